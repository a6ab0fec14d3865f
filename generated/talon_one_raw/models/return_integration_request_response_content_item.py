from enum import StrEnum


class ReturnIntegrationRequestResponseContentItem(StrEnum):
    COUPONS = "coupons"
    CUSTOMERPROFILE = "customerProfile"
    CUSTOMERSESSION = "customerSession"
    EVENT = "event"
    LOYALTY = "loyalty"
    PREVIOUSRETURNS = "previousReturns"
    REFERRAL = "referral"
    TRIGGEREDCAMPAIGNS = "triggeredCampaigns"

    def __str__(self) -> str:
        return str(self.value)
