from enum import StrEnum


class IntegrationEventV3RequestResponseContentItem(StrEnum):
    ADVANCEDEVENT = "advancedEvent"
    AWARDEDGIVEAWAYS = "awardedGiveaways"
    CUSTOMERPROFILE = "customerProfile"
    LOYALTY = "loyalty"
    RULEFAILUREREASONS = "ruleFailureReasons"
    TRIGGEREDCAMPAIGNS = "triggeredCampaigns"

    def __str__(self) -> str:
        return str(self.value)
