from enum import StrEnum


class CampaignState(StrEnum):
    ARCHIVED = "archived"
    DISABLED = "disabled"
    ENABLED = "enabled"

    def __str__(self) -> str:
        return str(self.value)
