from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.ledger_transaction_log_entry_integration_api_type import (
    LedgerTransactionLogEntryIntegrationAPIType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_ledger_entry_flags import LoyaltyLedgerEntryFlags


T = TypeVar("T", bound="LedgerTransactionLogEntryIntegrationAPI")


@_attrs_define
class LedgerTransactionLogEntryIntegrationAPI:
    """A transaction on a profile's ledger.

    Attributes:
        transaction_uuid (str):
        created (datetime.datetime):
        program_id (int):
        type_ (LedgerTransactionLogEntryIntegrationAPIType):
        name (str):
        start_date (str):
        expiry_date (str):
        subledger_id (str):
        amount (float):
        id (int):
        customer_session_id (str | Unset):
        ruleset_id (int | Unset):
        rule_name (str | Unset):
        flags (LoyaltyLedgerEntryFlags | Unset): Extra facts about a ledger entry.
        validity_duration (str | Unset):
    """

    transaction_uuid: str
    created: datetime.datetime
    program_id: int
    type_: LedgerTransactionLogEntryIntegrationAPIType
    name: str
    start_date: str
    expiry_date: str
    subledger_id: str
    amount: float
    id: int
    customer_session_id: str | Unset = UNSET
    ruleset_id: int | Unset = UNSET
    rule_name: str | Unset = UNSET
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
        transaction_uuid = self.transaction_uuid

        created = self.created.isoformat()

        program_id = self.program_id

        type_ = self.type_.value

        name = self.name

        start_date = self.start_date

        expiry_date = self.expiry_date

        subledger_id = self.subledger_id

        amount = self.amount

        id = self.id

        customer_session_id = self.customer_session_id

        ruleset_id = self.ruleset_id

        rule_name = self.rule_name

        flags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags.to_dict()

        validity_duration = self.validity_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactionUUID": transaction_uuid,
                "created": created,
                "programId": program_id,
                "type": type_,
                "name": name,
                "startDate": start_date,
                "expiryDate": expiry_date,
                "subledgerId": subledger_id,
                "amount": amount,
                "id": id,
            }
        )
        if customer_session_id is not UNSET:
            field_dict["customerSessionId"] = customer_session_id
        if ruleset_id is not UNSET:
            field_dict["rulesetId"] = ruleset_id
        if rule_name is not UNSET:
            field_dict["ruleName"] = rule_name
        if flags is not UNSET:
            field_dict["flags"] = flags
        if validity_duration is not UNSET:
            field_dict["validityDuration"] = validity_duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.loyalty_ledger_entry_flags import LoyaltyLedgerEntryFlags

        d = dict(src_dict)
        transaction_uuid = d.pop("transactionUUID")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        program_id = d.pop("programId")

        type_ = LedgerTransactionLogEntryIntegrationAPIType(d.pop("type"))

        name = d.pop("name")

        start_date = d.pop("startDate")

        expiry_date = d.pop("expiryDate")

        subledger_id = d.pop("subledgerId")

        amount = d.pop("amount")

        id = d.pop("id")

        customer_session_id = d.pop("customerSessionId", UNSET)

        ruleset_id = d.pop("rulesetId", UNSET)

        rule_name = d.pop("ruleName", UNSET)

        _flags = d.pop("flags", UNSET)
        flags: LoyaltyLedgerEntryFlags | Unset
        if isinstance(_flags, Unset):
            flags = UNSET
        else:
            flags = LoyaltyLedgerEntryFlags.from_dict(_flags)

        validity_duration = d.pop("validityDuration", UNSET)

        ledger_transaction_log_entry_integration_api = cls(
            transaction_uuid=transaction_uuid,
            created=created,
            program_id=program_id,
            type_=type_,
            name=name,
            start_date=start_date,
            expiry_date=expiry_date,
            subledger_id=subledger_id,
            amount=amount,
            id=id,
            customer_session_id=customer_session_id,
            ruleset_id=ruleset_id,
            rule_name=rule_name,
            flags=flags,
            validity_duration=validity_duration,
        )

        ledger_transaction_log_entry_integration_api.additional_properties = d
        return ledger_transaction_log_entry_integration_api

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
