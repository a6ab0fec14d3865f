from enum import StrEnum


class IntegrationRequestResponseContentItem(StrEnum):
    AWARDEDGIVEAWAYS = "awardedGiveaways"
    CAMPAIGNELIGIBILITY = "campaignEligibility"
    COUPONS = "coupons"
    CUSTOMERPROFILE = "customerProfile"
    CUSTOMERSESSION = "customerSession"
    EVENT = "event"
    LOYALTY = "loyalty"
    PREVIOUSRETURNS = "previousReturns"
    REFERRAL = "referral"
    RULEFAILUREREASONS = "ruleFailureReasons"
    TRIGGEREDCAMPAIGNS = "triggeredCampaigns"

    def __str__(self) -> str:
        return str(self.value)
