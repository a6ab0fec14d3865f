from enum import StrEnum


class CustomerSessionState(StrEnum):
    CANCELLED = "cancelled"
    CLOSED = "closed"
    OPEN = "open"
    PARTIALLY_RETURNED = "partially_returned"

    def __str__(self) -> str:
        return str(self.value)
