from enum import StrEnum


class BestPriorPriceRequestTimeframeEndDateType(StrEnum):
    PRICE = "price"
    SALE = "sale"
    STRICT = "strict"

    def __str__(self) -> str:
        return str(self.value)
