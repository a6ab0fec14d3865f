from enum import StrEnum


class CampaignEligibilityState(StrEnum):
    ENABLED = "enabled"

    def __str__(self) -> str:
        return str(self.value)
