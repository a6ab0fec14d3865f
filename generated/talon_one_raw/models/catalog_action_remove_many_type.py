from enum import StrEnum


class CatalogActionRemoveManyType(StrEnum):
    REMOVE_MANY = "REMOVE_MANY"

    def __str__(self) -> str:
        return str(self.value)
