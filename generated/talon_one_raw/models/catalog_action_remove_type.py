from enum import StrEnum


class CatalogActionRemoveType(StrEnum):
    REMOVE = "REMOVE"

    def __str__(self) -> str:
        return str(self.value)
