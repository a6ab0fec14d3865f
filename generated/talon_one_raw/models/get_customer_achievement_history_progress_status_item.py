from enum import StrEnum


class GetCustomerAchievementHistoryProgressStatusItem(StrEnum):
    COMPLETED = "completed"
    EXPIRED = "expired"
    INPROGRESS = "inprogress"

    def __str__(self) -> str:
        return str(self.value)
