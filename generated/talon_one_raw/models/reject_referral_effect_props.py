from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="RejectReferralEffectProps")


@_attrs_define
class RejectReferralEffectProps:
    """Props of the `rejectReferral` effect. The referral code was rejected, with the reason.

    Attributes:
        rejection_reason (str):
        value (str):
        campaign_exclusion_reason (str | Unset):
        condition_index (int | Unset):
        details (str | Unset):
        effect_index (int | Unset):
    """

    rejection_reason: str
    value: str
    campaign_exclusion_reason: str | Unset = UNSET
    condition_index: int | Unset = UNSET
    details: str | Unset = UNSET
    effect_index: int | Unset = UNSET
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
        rejection_reason = self.rejection_reason

        value = self.value

        campaign_exclusion_reason = self.campaign_exclusion_reason

        condition_index = self.condition_index

        details = self.details

        effect_index = self.effect_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rejectionReason": rejection_reason,
                "value": value,
            }
        )
        if campaign_exclusion_reason is not UNSET:
            field_dict["campaignExclusionReason"] = campaign_exclusion_reason
        if condition_index is not UNSET:
            field_dict["conditionIndex"] = condition_index
        if details is not UNSET:
            field_dict["details"] = details
        if effect_index is not UNSET:
            field_dict["effectIndex"] = effect_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rejection_reason = d.pop("rejectionReason")

        value = d.pop("value")

        campaign_exclusion_reason = d.pop("campaignExclusionReason", UNSET)

        condition_index = d.pop("conditionIndex", UNSET)

        details = d.pop("details", UNSET)

        effect_index = d.pop("effectIndex", UNSET)

        reject_referral_effect_props = cls(
            rejection_reason=rejection_reason,
            value=value,
            campaign_exclusion_reason=campaign_exclusion_reason,
            condition_index=condition_index,
            details=details,
            effect_index=effect_index,
        )

        reject_referral_effect_props.additional_properties = d
        return reject_referral_effect_props

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
