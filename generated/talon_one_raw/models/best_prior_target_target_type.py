from enum import StrEnum


class BestPriorTargetTargetType(StrEnum):
    AUDIENCE = "AUDIENCE"
    NONE = "NONE"

    def __str__(self) -> str:
        return str(self.value)
