from enum import StrEnum


class CardLedgerTransactionLogEntryIntegrationAPIType(StrEnum):
    ADDITION = "addition"
    SUBTRACTION = "subtraction"

    def __str__(self) -> str:
        return str(self.value)
