from enum import StrEnum


class LimitConfigEntitiesItem(StrEnum):
    COUPON = "Coupon"
    IDENTIFIER = "Identifier"
    PROFILE = "Profile"
    REFERRAL = "Referral"
    SESSION = "Session"
    STORE = "Store"

    def __str__(self) -> str:
        return str(self.value)
