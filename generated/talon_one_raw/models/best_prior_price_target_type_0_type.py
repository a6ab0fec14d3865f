from enum import StrEnum


class BestPriorPriceTargetType0Type(StrEnum):
    NONE = "NONE"

    def __str__(self) -> str:
        return str(self.value)
