from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="RuleFailureReason")


@_attrs_define
class RuleFailureReason:
    """Why a rule did not fire.

    Attributes:
        campaign_id (int):
        campaign_name (str):
        ruleset_id (int):
        rule_index (int):
        rule_name (str):
        coupon_id (int | Unset):
        coupon_value (str | Unset):
        referral_id (int | Unset):
        referral_value (str | Unset):
        condition_index (int | Unset):
        effect_index (int | Unset):
        details (str | Unset):
        evaluation_group_id (int | Unset):
        evaluation_group_mode (str | Unset):
    """

    campaign_id: int
    campaign_name: str
    ruleset_id: int
    rule_index: int
    rule_name: str
    coupon_id: int | Unset = UNSET
    coupon_value: str | Unset = UNSET
    referral_id: int | Unset = UNSET
    referral_value: str | Unset = UNSET
    condition_index: int | Unset = UNSET
    effect_index: int | Unset = UNSET
    details: str | Unset = UNSET
    evaluation_group_id: int | Unset = UNSET
    evaluation_group_mode: str | Unset = UNSET
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
        campaign_id = self.campaign_id

        campaign_name = self.campaign_name

        ruleset_id = self.ruleset_id

        rule_index = self.rule_index

        rule_name = self.rule_name

        coupon_id = self.coupon_id

        coupon_value = self.coupon_value

        referral_id = self.referral_id

        referral_value = self.referral_value

        condition_index = self.condition_index

        effect_index = self.effect_index

        details = self.details

        evaluation_group_id = self.evaluation_group_id

        evaluation_group_mode = self.evaluation_group_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignID": campaign_id,
                "campaignName": campaign_name,
                "rulesetID": ruleset_id,
                "ruleIndex": rule_index,
                "ruleName": rule_name,
            }
        )
        if coupon_id is not UNSET:
            field_dict["couponID"] = coupon_id
        if coupon_value is not UNSET:
            field_dict["couponValue"] = coupon_value
        if referral_id is not UNSET:
            field_dict["referralID"] = referral_id
        if referral_value is not UNSET:
            field_dict["referralValue"] = referral_value
        if condition_index is not UNSET:
            field_dict["conditionIndex"] = condition_index
        if effect_index is not UNSET:
            field_dict["effectIndex"] = effect_index
        if details is not UNSET:
            field_dict["details"] = details
        if evaluation_group_id is not UNSET:
            field_dict["evaluationGroupID"] = evaluation_group_id
        if evaluation_group_mode is not UNSET:
            field_dict["evaluationGroupMode"] = evaluation_group_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaign_id = d.pop("campaignID")

        campaign_name = d.pop("campaignName")

        ruleset_id = d.pop("rulesetID")

        rule_index = d.pop("ruleIndex")

        rule_name = d.pop("ruleName")

        coupon_id = d.pop("couponID", UNSET)

        coupon_value = d.pop("couponValue", UNSET)

        referral_id = d.pop("referralID", UNSET)

        referral_value = d.pop("referralValue", UNSET)

        condition_index = d.pop("conditionIndex", UNSET)

        effect_index = d.pop("effectIndex", UNSET)

        details = d.pop("details", UNSET)

        evaluation_group_id = d.pop("evaluationGroupID", UNSET)

        evaluation_group_mode = d.pop("evaluationGroupMode", UNSET)

        rule_failure_reason = cls(
            campaign_id=campaign_id,
            campaign_name=campaign_name,
            ruleset_id=ruleset_id,
            rule_index=rule_index,
            rule_name=rule_name,
            coupon_id=coupon_id,
            coupon_value=coupon_value,
            referral_id=referral_id,
            referral_value=referral_value,
            condition_index=condition_index,
            effect_index=effect_index,
            details=details,
            evaluation_group_id=evaluation_group_id,
            evaluation_group_mode=evaluation_group_mode,
        )

        rule_failure_reason.additional_properties = d
        return rule_failure_reason

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
