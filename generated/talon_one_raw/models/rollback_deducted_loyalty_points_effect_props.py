from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="RollbackDeductedLoyaltyPointsEffectProps")


@_attrs_define
class RollbackDeductedLoyaltyPointsEffectProps:
    """Props of the `rollbackDeductedLoyaltyPoints` effect. Earlier deducted points were given back.

    Attributes:
        program_id (int):
        recipient_integration_id (str):
        sub_ledger_id (str):
        transaction_uuid (str):
        value (float):
        card_identifier (str | Unset):
        expiry_date (datetime.datetime | Unset):
        start_date (datetime.datetime | Unset):
    """

    program_id: int
    recipient_integration_id: str
    sub_ledger_id: str
    transaction_uuid: str
    value: float
    card_identifier: str | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
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
        program_id = self.program_id

        recipient_integration_id = self.recipient_integration_id

        sub_ledger_id = self.sub_ledger_id

        transaction_uuid = self.transaction_uuid

        value = self.value

        card_identifier = self.card_identifier

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "programId": program_id,
                "recipientIntegrationId": recipient_integration_id,
                "subLedgerId": sub_ledger_id,
                "transactionUUID": transaction_uuid,
                "value": value,
            }
        )
        if card_identifier is not UNSET:
            field_dict["cardIdentifier"] = card_identifier
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if start_date is not UNSET:
            field_dict["startDate"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        program_id = d.pop("programId")

        recipient_integration_id = d.pop("recipientIntegrationId")

        sub_ledger_id = d.pop("subLedgerId")

        transaction_uuid = d.pop("transactionUUID")

        value = d.pop("value")

        card_identifier = d.pop("cardIdentifier", UNSET)

        _expiry_date = d.pop("expiryDate", UNSET)
        expiry_date: datetime.datetime | Unset
        if isinstance(_expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = datetime.datetime.fromisoformat(_expiry_date)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        rollback_deducted_loyalty_points_effect_props = cls(
            program_id=program_id,
            recipient_integration_id=recipient_integration_id,
            sub_ledger_id=sub_ledger_id,
            transaction_uuid=transaction_uuid,
            value=value,
            card_identifier=card_identifier,
            expiry_date=expiry_date,
            start_date=start_date,
        )

        rollback_deducted_loyalty_points_effect_props.additional_properties = d
        return rollback_deducted_loyalty_points_effect_props

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
