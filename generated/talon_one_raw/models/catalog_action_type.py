from enum import StrEnum


class CatalogActionType(StrEnum):
    ADD = "ADD"
    ADD_PRICE_ADJUSTMENT = "ADD_PRICE_ADJUSTMENT"
    PATCH = "PATCH"
    PATCH_MANY = "PATCH_MANY"
    REMOVE = "REMOVE"
    REMOVE_MANY = "REMOVE_MANY"

    def __str__(self) -> str:
        return str(self.value)
