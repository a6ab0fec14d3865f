from enum import StrEnum


class AchievementProgressStatus(StrEnum):
    COMPLETED = "completed"
    EXPIRED = "expired"
    INPROGRESS = "inprogress"
    NOT_STARTED = "not_started"

    def __str__(self) -> str:
        return str(self.value)
