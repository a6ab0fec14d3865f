from enum import StrEnum


class GetLoyaltyProgramProfilePointsSort(StrEnum):
    EXPIRYDATE = "expiryDate"
    STARTDATE = "startDate"

    def __str__(self) -> str:
        return str(self.value)
