from enum import StrEnum


class CampaignRevisionFrontendState(StrEnum):
    PENDING = "pending"
    REVISED = "revised"

    def __str__(self) -> str:
        return str(self.value)
