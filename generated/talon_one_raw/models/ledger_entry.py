from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="LedgerEntry")


@_attrs_define
class LedgerEntry:
    """A change of a loyalty balance.

    Attributes:
        id (int):
        created (datetime.datetime):
        profile_id (str):
        account_id (int):
        loyalty_program_id (int):
        event_id (int):
        amount (int):
        reason (str):
        expiry_date (datetime.datetime):
        reference_id (int | Unset):
    """

    id: int
    created: datetime.datetime
    profile_id: str
    account_id: int
    loyalty_program_id: int
    event_id: int
    amount: int
    reason: str
    expiry_date: datetime.datetime
    reference_id: int | Unset = UNSET
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
        id = self.id

        created = self.created.isoformat()

        profile_id = self.profile_id

        account_id = self.account_id

        loyalty_program_id = self.loyalty_program_id

        event_id = self.event_id

        amount = self.amount

        reason = self.reason

        expiry_date = self.expiry_date.isoformat()

        reference_id = self.reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "profileId": profile_id,
                "accountId": account_id,
                "loyaltyProgramId": loyalty_program_id,
                "eventId": event_id,
                "amount": amount,
                "reason": reason,
                "expiryDate": expiry_date,
            }
        )
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        profile_id = d.pop("profileId")

        account_id = d.pop("accountId")

        loyalty_program_id = d.pop("loyaltyProgramId")

        event_id = d.pop("eventId")

        amount = d.pop("amount")

        reason = d.pop("reason")

        expiry_date = datetime.datetime.fromisoformat(d.pop("expiryDate"))

        reference_id = d.pop("referenceId", UNSET)

        ledger_entry = cls(
            id=id,
            created=created,
            profile_id=profile_id,
            account_id=account_id,
            loyalty_program_id=loyalty_program_id,
            event_id=event_id,
            amount=amount,
            reason=reason,
            expiry_date=expiry_date,
            reference_id=reference_id,
        )

        ledger_entry.additional_properties = d
        return ledger_entry

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
