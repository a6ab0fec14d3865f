from enum import StrEnum


class GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType(StrEnum):
    IMPORT = "import"
    MANUAL = "manual"
    SESSION = "session"

    def __str__(self) -> str:
        return str(self.value)
