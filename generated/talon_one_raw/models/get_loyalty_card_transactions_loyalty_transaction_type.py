from enum import StrEnum


class GetLoyaltyCardTransactionsLoyaltyTransactionType(StrEnum):
    IMPORT = "import"
    MANUAL = "manual"
    SESSION = "session"

    def __str__(self) -> str:
        return str(self.value)
