from enum import StrEnum


class CampaignEligibilityRulesItemEligibilityItemDetailsFailureCode(StrEnum):
    CONDITION_NOT_MET = "CONDITION_NOT_MET"
    EFFECT_FAILED = "EFFECT_FAILED"

    def __str__(self) -> str:
        return str(self.value)
