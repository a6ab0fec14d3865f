from enum import StrEnum


class CouponRejectionReasonReason(StrEnum):
    CAMPAIGNLIMITREACHED = "CampaignLimitReached"
    COUPONEXPIRED = "CouponExpired"
    COUPONNOTFOUND = "CouponNotFound"
    COUPONPARTOFNOTRUNNINGCAMPAIGN = "CouponPartOfNotRunningCampaign"
    COUPONPARTOFNOTTRIGGEREDCAMPAIGN = "CouponPartOfNotTriggeredCampaign"
    COUPONRECIPIENTDOESNOTMATCH = "CouponRecipientDoesNotMatch"
    COUPONREJECTEDBYCONDITION = "CouponRejectedByCondition"
    COUPONRESERVATIONREQUIRED = "CouponReservationRequired"
    COUPONSTARTDATEINFUTURE = "CouponStartDateInFuture"
    EFFECTCOULDNOTBEAPPLIED = "EffectCouldNotBeApplied"
    PROFILELIMITREACHED = "ProfileLimitReached"
    PROFILEREQUIRED = "ProfileRequired"

    def __str__(self) -> str:
        return str(self.value)
