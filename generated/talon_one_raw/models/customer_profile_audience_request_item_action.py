from enum import StrEnum


class CustomerProfileAudienceRequestItemAction(StrEnum):
    ADD = "add"
    DELETE = "delete"

    def __str__(self) -> str:
        return str(self.value)
