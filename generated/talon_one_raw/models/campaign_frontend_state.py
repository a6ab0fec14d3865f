from enum import StrEnum


class CampaignFrontendState(StrEnum):
    ARCHIVED = "archived"
    DISABLED = "disabled"
    EXPIRED = "expired"
    RUNNING = "running"
    SCHEDULED = "scheduled"
    STAGED = "staged"

    def __str__(self) -> str:
        return str(self.value)
