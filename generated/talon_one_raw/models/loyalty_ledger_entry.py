from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_ledger_entry_flags import LoyaltyLedgerEntryFlags


T = TypeVar("T", bound="LoyaltyLedgerEntry")


@_attrs_define
class LoyaltyLedgerEntry:
    """One entry of a loyalty ledger.

    Attributes:
        created (datetime.datetime):
        program_id (int):
        type_ (str):
        amount (float):
        name (str):
        sub_ledger_id (str):
        customer_profile_id (str | Unset):
        card_id (int | Unset):
        customer_session_id (str | Unset):
        event_id (int | Unset):
        start_date (datetime.datetime | Unset):
        expiry_date (datetime.datetime | Unset):
        user_id (int | Unset):
        archived (bool | Unset):
        flags (LoyaltyLedgerEntryFlags | Unset): Extra facts about a ledger entry.
        validity_duration (str | Unset):
    """

    created: datetime.datetime
    program_id: int
    type_: str
    amount: float
    name: str
    sub_ledger_id: str
    customer_profile_id: str | Unset = UNSET
    card_id: int | Unset = UNSET
    customer_session_id: str | Unset = UNSET
    event_id: int | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    user_id: int | Unset = UNSET
    archived: bool | Unset = UNSET
    flags: LoyaltyLedgerEntryFlags | Unset = UNSET
    validity_duration: str | Unset = UNSET
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
        created = self.created.isoformat()

        program_id = self.program_id

        type_ = self.type_

        amount = self.amount

        name = self.name

        sub_ledger_id = self.sub_ledger_id

        customer_profile_id = self.customer_profile_id

        card_id = self.card_id

        customer_session_id = self.customer_session_id

        event_id = self.event_id

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        user_id = self.user_id

        archived = self.archived

        flags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags.to_dict()

        validity_duration = self.validity_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "programID": program_id,
                "type": type_,
                "amount": amount,
                "name": name,
                "subLedgerID": sub_ledger_id,
            }
        )
        if customer_profile_id is not UNSET:
            field_dict["customerProfileID"] = customer_profile_id
        if card_id is not UNSET:
            field_dict["cardID"] = card_id
        if customer_session_id is not UNSET:
            field_dict["customerSessionID"] = customer_session_id
        if event_id is not UNSET:
            field_dict["eventID"] = event_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if user_id is not UNSET:
            field_dict["userID"] = user_id
        if archived is not UNSET:
            field_dict["archived"] = archived
        if flags is not UNSET:
            field_dict["flags"] = flags
        if validity_duration is not UNSET:
            field_dict["validityDuration"] = validity_duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.loyalty_ledger_entry_flags import LoyaltyLedgerEntryFlags

        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created"))

        program_id = d.pop("programID")

        type_ = d.pop("type")

        amount = d.pop("amount")

        name = d.pop("name")

        sub_ledger_id = d.pop("subLedgerID")

        customer_profile_id = d.pop("customerProfileID", UNSET)

        card_id = d.pop("cardID", UNSET)

        customer_session_id = d.pop("customerSessionID", UNSET)

        event_id = d.pop("eventID", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _expiry_date = d.pop("expiryDate", UNSET)
        expiry_date: datetime.datetime | Unset
        if isinstance(_expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = datetime.datetime.fromisoformat(_expiry_date)

        user_id = d.pop("userID", UNSET)

        archived = d.pop("archived", UNSET)

        _flags = d.pop("flags", UNSET)
        flags: LoyaltyLedgerEntryFlags | Unset
        if isinstance(_flags, Unset):
            flags = UNSET
        else:
            flags = LoyaltyLedgerEntryFlags.from_dict(_flags)

        validity_duration = d.pop("validityDuration", UNSET)

        loyalty_ledger_entry = cls(
            created=created,
            program_id=program_id,
            type_=type_,
            amount=amount,
            name=name,
            sub_ledger_id=sub_ledger_id,
            customer_profile_id=customer_profile_id,
            card_id=card_id,
            customer_session_id=customer_session_id,
            event_id=event_id,
            start_date=start_date,
            expiry_date=expiry_date,
            user_id=user_id,
            archived=archived,
            flags=flags,
            validity_duration=validity_duration,
        )

        loyalty_ledger_entry.additional_properties = d
        return loyalty_ledger_entry

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
