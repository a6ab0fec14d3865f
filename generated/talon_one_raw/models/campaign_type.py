from enum import StrEnum


class CampaignType(StrEnum):
    ADVANCED = "advanced"
    CARTITEM = "cartItem"

    def __str__(self) -> str:
        return str(self.value)
