from enum import StrEnum


class TierDowngradePolicy(StrEnum):
    BALANCE_BASED = "balance_based"
    ONE_DOWN = "one_down"

    def __str__(self) -> str:
        return str(self.value)
