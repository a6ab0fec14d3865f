from enum import StrEnum


class CampaignEligibilityEligibilityItemDetailsFailureCode(StrEnum):
    ALL_RULES_FAILED = "ALL_RULES_FAILED"
    AUDIENCE_NOT_MATCHED = "AUDIENCE_NOT_MATCHED"
    SKIPPED = "SKIPPED"

    def __str__(self) -> str:
        return str(self.value)
