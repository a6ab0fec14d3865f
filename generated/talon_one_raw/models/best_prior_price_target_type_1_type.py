from enum import StrEnum


class BestPriorPriceTargetType1Type(StrEnum):
    AUDIENCE = "AUDIENCE"

    def __str__(self) -> str:
        return str(self.value)
