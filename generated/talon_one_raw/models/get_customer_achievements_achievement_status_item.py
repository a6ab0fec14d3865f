from enum import StrEnum


class GetCustomerAchievementsAchievementStatusItem(StrEnum):
    ACTIVE = "active"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
