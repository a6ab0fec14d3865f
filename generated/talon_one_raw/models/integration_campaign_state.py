from enum import StrEnum


class IntegrationCampaignState(StrEnum):
    ENABLED = "enabled"

    def __str__(self) -> str:
        return str(self.value)
