from enum import StrEnum


class AchievementProgressWithDefinitionAchievementRecurrencePolicy(StrEnum):
    NO_RECURRENCE = "no_recurrence"
    ON_COMPLETION = "on_completion"
    ON_EXPIRATION = "on_expiration"

    def __str__(self) -> str:
        return str(self.value)
