from enum import StrEnum


class CatalogActionAddType(StrEnum):
    ADD = "ADD"

    def __str__(self) -> str:
        return str(self.value)
