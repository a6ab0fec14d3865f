from enum import StrEnum


class DeleteLoyaltyTransactionsRequestScope(StrEnum):
    ALLSUBLEDGERS = "AllSubledgers"
    SELECTEDSUBLEDGERS = "SelectedSubledgers"

    def __str__(self) -> str:
        return str(self.value)
