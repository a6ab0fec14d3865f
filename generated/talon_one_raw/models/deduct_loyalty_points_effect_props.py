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
        rule_title (str):
        program_id (int):
        sub_ledger_id (str):
        value (float):
        transaction_uuid (str):
        name (str):
        card_identifier (str | Unset):
    """

    rule_title: str
    program_id: int
    sub_ledger_id: str
    value: float
    transaction_uuid: str
    name: str
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
        rule_title = self.rule_title

        program_id = self.program_id

        sub_ledger_id = self.sub_ledger_id

        value = self.value

        transaction_uuid = self.transaction_uuid

        name = self.name

        card_identifier = self.card_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ruleTitle": rule_title,
                "programId": program_id,
                "subLedgerId": sub_ledger_id,
                "value": value,
                "transactionUUID": transaction_uuid,
                "name": name,
            }
        )
        if card_identifier is not UNSET:
            field_dict["cardIdentifier"] = card_identifier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rule_title = d.pop("ruleTitle")

        program_id = d.pop("programId")

        sub_ledger_id = d.pop("subLedgerId")

        value = d.pop("value")

        transaction_uuid = d.pop("transactionUUID")

        name = d.pop("name")

        card_identifier = d.pop("cardIdentifier", UNSET)

        deduct_loyalty_points_effect_props = cls(
            rule_title=rule_title,
            program_id=program_id,
            sub_ledger_id=sub_ledger_id,
            value=value,
            transaction_uuid=transaction_uuid,
            name=name,
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
