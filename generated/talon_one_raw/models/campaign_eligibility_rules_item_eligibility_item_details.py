from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.campaign_eligibility_rules_item_eligibility_item_details_failure_code import (
    CampaignEligibilityRulesItemEligibilityItemDetailsFailureCode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignEligibilityRulesItemEligibilityItemDetails")


@_attrs_define
class CampaignEligibilityRulesItemEligibilityItemDetails:
    """
    Attributes:
        details (str):
        failure_code (CampaignEligibilityRulesItemEligibilityItemDetailsFailureCode):
        condition_index (int | Unset):
        coupon_id (int | Unset):
        coupon_value (str | Unset):
        effect_index (int | Unset):
        referral_id (int | Unset):
        referral_value (str | Unset):
    """

    details: str
    failure_code: CampaignEligibilityRulesItemEligibilityItemDetailsFailureCode
    condition_index: int | Unset = UNSET
    coupon_id: int | Unset = UNSET
    coupon_value: str | Unset = UNSET
    effect_index: int | Unset = UNSET
    referral_id: int | Unset = UNSET
    referral_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The attrs repr of the fields that are set: UNSET ones were neither sent nor received."""
        shown = []
        for attribute in _attrs_fields(type(self)):
            value = getattr(self, attribute.name)
            if value is UNSET or (
                attribute.name == "additional_properties" and not value
            ):
                continue
            shown.append(f"{attribute.name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        details = self.details

        failure_code = self.failure_code.value

        condition_index = self.condition_index

        coupon_id = self.coupon_id

        coupon_value = self.coupon_value

        effect_index = self.effect_index

        referral_id = self.referral_id

        referral_value = self.referral_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "details": details,
                "failureCode": failure_code,
            }
        )
        if condition_index is not UNSET:
            field_dict["conditionIndex"] = condition_index
        if coupon_id is not UNSET:
            field_dict["couponID"] = coupon_id
        if coupon_value is not UNSET:
            field_dict["couponValue"] = coupon_value
        if effect_index is not UNSET:
            field_dict["effectIndex"] = effect_index
        if referral_id is not UNSET:
            field_dict["referralID"] = referral_id
        if referral_value is not UNSET:
            field_dict["referralValue"] = referral_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        details = d.pop("details")

        failure_code = CampaignEligibilityRulesItemEligibilityItemDetailsFailureCode(
            d.pop("failureCode")
        )

        condition_index = d.pop("conditionIndex", UNSET)

        coupon_id = d.pop("couponID", UNSET)

        coupon_value = d.pop("couponValue", UNSET)

        effect_index = d.pop("effectIndex", UNSET)

        referral_id = d.pop("referralID", UNSET)

        referral_value = d.pop("referralValue", UNSET)

        campaign_eligibility_rules_item_eligibility_item_details = cls(
            details=details,
            failure_code=failure_code,
            condition_index=condition_index,
            coupon_id=coupon_id,
            coupon_value=coupon_value,
            effect_index=effect_index,
            referral_id=referral_id,
            referral_value=referral_value,
        )

        campaign_eligibility_rules_item_eligibility_item_details.additional_properties = d
        return campaign_eligibility_rules_item_eligibility_item_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
