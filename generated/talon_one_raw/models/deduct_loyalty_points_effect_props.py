from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeductLoyaltyPointsEffectProps")


@_attrs_define
class DeductLoyaltyPointsEffectProps:
    """Props of the `deductLoyaltyPoints` effect. Points taken from a loyalty ledger.

    Attributes:
        name (str):
        program_id (int):
        rule_title (str):
        sub_ledger_id (str):
        transaction_uuid (str):
        value (float):
        card_identifier (str | Unset):
    """

    name: str
    program_id: int
    rule_title: str
    sub_ledger_id: str
    transaction_uuid: str
    value: float
    card_identifier: str | Unset = UNSET
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
        name = self.name

        program_id = self.program_id

        rule_title = self.rule_title

        sub_ledger_id = self.sub_ledger_id

        transaction_uuid = self.transaction_uuid

        value = self.value

        card_identifier = self.card_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "programId": program_id,
                "ruleTitle": rule_title,
                "subLedgerId": sub_ledger_id,
                "transactionUUID": transaction_uuid,
                "value": value,
            }
        )
        if card_identifier is not UNSET:
            field_dict["cardIdentifier"] = card_identifier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        program_id = d.pop("programId")

        rule_title = d.pop("ruleTitle")

        sub_ledger_id = d.pop("subLedgerId")

        transaction_uuid = d.pop("transactionUUID")

        value = d.pop("value")

        card_identifier = d.pop("cardIdentifier", UNSET)

        deduct_loyalty_points_effect_props = cls(
            name=name,
            program_id=program_id,
            rule_title=rule_title,
            sub_ledger_id=sub_ledger_id,
            transaction_uuid=transaction_uuid,
            value=value,
            card_identifier=card_identifier,
        )

        deduct_loyalty_points_effect_props.additional_properties = d
        return deduct_loyalty_points_effect_props

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
