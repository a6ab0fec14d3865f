from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangeLoyaltyTierLevelEffectProps")


@_attrs_define
class ChangeLoyaltyTierLevelEffectProps:
    """Props of the `changeLoyaltyTierLevel` effect. A profile's loyalty tier changed.

    Attributes:
        new_tier_name (str):
        program_id (int):
        rule_title (str):
        sub_ledger_id (str):
        expiry_date (datetime.datetime | Unset):
        previous_tier_name (str | Unset):
    """

    new_tier_name: str
    program_id: int
    rule_title: str
    sub_ledger_id: str
    expiry_date: datetime.datetime | Unset = UNSET
    previous_tier_name: str | Unset = UNSET
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
        new_tier_name = self.new_tier_name

        program_id = self.program_id

        rule_title = self.rule_title

        sub_ledger_id = self.sub_ledger_id

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        previous_tier_name = self.previous_tier_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "newTierName": new_tier_name,
                "programId": program_id,
                "ruleTitle": rule_title,
                "subLedgerId": sub_ledger_id,
            }
        )
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if previous_tier_name is not UNSET:
            field_dict["previousTierName"] = previous_tier_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        new_tier_name = d.pop("newTierName")

        program_id = d.pop("programId")

        rule_title = d.pop("ruleTitle")

        sub_ledger_id = d.pop("subLedgerId")

        _expiry_date = d.pop("expiryDate", UNSET)
        expiry_date: datetime.datetime | Unset
        if isinstance(_expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = datetime.datetime.fromisoformat(_expiry_date)

        previous_tier_name = d.pop("previousTierName", UNSET)

        change_loyalty_tier_level_effect_props = cls(
            new_tier_name=new_tier_name,
            program_id=program_id,
            rule_title=rule_title,
            sub_ledger_id=sub_ledger_id,
            expiry_date=expiry_date,
            previous_tier_name=previous_tier_name,
        )

        change_loyalty_tier_level_effect_props.additional_properties = d
        return change_loyalty_tier_level_effect_props

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
