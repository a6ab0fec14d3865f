from enum import StrEnum


class ReferralRejectionReasonReason(StrEnum):
    CAMPAIGNLIMITREACHED = "CampaignLimitReached"
    EFFECTCOULDNOTBEAPPLIED = "EffectCouldNotBeApplied"
    PROFILELIMITREACHED = "ProfileLimitReached"
    REFERRALEXPIRED = "ReferralExpired"
    REFERRALLIMITREACHED = "ReferralLimitReached"
    REFERRALNOTFOUND = "ReferralNotFound"
    REFERRALPARTOFNOTRUNNINGCAMPAIGN = "ReferralPartOfNotRunningCampaign"
    REFERRALPARTOFNOTTRIGGEREDCAMPAIGN = "ReferralPartOfNotTriggeredCampaign"
    REFERRALRECIPIENTDOESNOTMATCH = "ReferralRecipientDoesNotMatch"
    REFERRALRECIPIENTIDSAMEASADVOCATE = "ReferralRecipientIdSameAsAdvocate"
    REFERRALREJECTEDBYCONDITION = "ReferralRejectedByCondition"
    REFERRALSTARTDATEINFUTURE = "ReferralStartDateInFuture"

    def __str__(self) -> str:
        return str(self.value)
