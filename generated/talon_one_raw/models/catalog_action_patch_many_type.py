from enum import StrEnum


class CatalogActionPatchManyType(StrEnum):
    PATCH_MANY = "PATCH_MANY"

    def __str__(self) -> str:
        return str(self.value)
