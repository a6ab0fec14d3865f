from enum import StrEnum


class CatalogActionPatchType(StrEnum):
    PATCH = "PATCH"

    def __str__(self) -> str:
        return str(self.value)
