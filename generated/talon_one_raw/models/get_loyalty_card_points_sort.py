from enum import StrEnum


class GetLoyaltyCardPointsSort(StrEnum):
    EXPIRYDATE = "expiryDate"
    STARTDATE = "startDate"

    def __str__(self) -> str:
        return str(self.value)
