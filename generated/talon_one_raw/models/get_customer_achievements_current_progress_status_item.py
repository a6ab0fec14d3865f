from enum import StrEnum


class GetCustomerAchievementsCurrentProgressStatusItem(StrEnum):
    COMPLETED = "completed"
    INPROGRESS = "inprogress"
    NOT_STARTED = "not_started"

    def __str__(self) -> str:
        return str(self.value)
