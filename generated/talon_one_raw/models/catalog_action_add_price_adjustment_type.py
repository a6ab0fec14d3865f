from enum import StrEnum


class CatalogActionAddPriceAdjustmentType(StrEnum):
    ADD_PRICE_ADJUSTMENT = "ADD_PRICE_ADJUSTMENT"

    def __str__(self) -> str:
        return str(self.value)
