from enum import StrEnum


class CampaignFeaturesItem(StrEnum):
    ACHIEVEMENTS = "achievements"
    ADVANCEDEVENTS = "advancedEvents"
    COUPONS = "coupons"
    GIVEAWAYS = "giveaways"
    LOYALTY = "loyalty"
    REFERRALS = "referrals"
    STRIKETHROUGH = "strikethrough"

    def __str__(self) -> str:
        return str(self.value)
