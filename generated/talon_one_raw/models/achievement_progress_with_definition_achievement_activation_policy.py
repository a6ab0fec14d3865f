from enum import StrEnum


class AchievementProgressWithDefinitionAchievementActivationPolicy(StrEnum):
    FIXED_SCHEDULE = "fixed_schedule"
    USER_ACTION = "user_action"

    def __str__(self) -> str:
        return str(self.value)
