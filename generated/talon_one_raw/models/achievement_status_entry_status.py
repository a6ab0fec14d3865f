from enum import StrEnum


class AchievementStatusEntryStatus(StrEnum):
    ACTIVE = "active"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
