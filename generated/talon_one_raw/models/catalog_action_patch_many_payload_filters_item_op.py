from enum import StrEnum


class CatalogActionPatchManyPayloadFiltersItemOp(StrEnum):
    EQ = "EQ"
    GE = "GE"
    GT = "GT"
    IN = "IN"
    LE = "LE"
    LT = "LT"

    def __str__(self) -> str:
        return str(self.value)
