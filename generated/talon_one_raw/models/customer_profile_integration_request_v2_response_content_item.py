from enum import StrEnum


class CustomerProfileIntegrationRequestV2ResponseContentItem(StrEnum):
    AWARDEDGIVEAWAYS = "awardedGiveaways"
    CAMPAIGNELIGIBILITY = "campaignEligibility"
    CUSTOMERPROFILE = "customerProfile"
    EVENT = "event"
    LOYALTY = "loyalty"
    RULEFAILUREREASONS = "ruleFailureReasons"
    TRIGGEREDCAMPAIGNS = "triggeredCampaigns"

    def __str__(self) -> str:
        return str(self.value)
