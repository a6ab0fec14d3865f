from enum import StrEnum


class CampaignEligibilityFeaturesItem(StrEnum):
    ACHIEVEMENTS = "achievements"
    COUPONS = "coupons"
    GIVEAWAYS = "giveaways"
    LOYALTY = "loyalty"
    REFERRALS = "referrals"
    STRIKETHROUGH = "strikethrough"

    def __str__(self) -> str:
        return str(self.value)
