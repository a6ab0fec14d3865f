from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_ledger_entry import LoyaltyLedgerEntry


T = TypeVar("T", bound="ActivateLoyaltyPointsResponse")


@_attrs_define
class ActivateLoyaltyPointsResponse:
    """How many points were activated.

    Attributes:
        ledger_entries (list[LoyaltyLedgerEntry] | Unset):
    """

    ledger_entries: list[LoyaltyLedgerEntry] | Unset = UNSET
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
        ledger_entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ledger_entries, Unset):
            ledger_entries = []
            for ledger_entries_item_data in self.ledger_entries:
                ledger_entries_item = ledger_entries_item_data.to_dict()
                ledger_entries.append(ledger_entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ledger_entries is not UNSET:
            field_dict["ledgerEntries"] = ledger_entries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.loyalty_ledger_entry import LoyaltyLedgerEntry

        d = dict(src_dict)
        _ledger_entries = d.pop("ledgerEntries", UNSET)
        ledger_entries: list[LoyaltyLedgerEntry] | Unset = UNSET
        if _ledger_entries is not UNSET:
            ledger_entries = []
            for ledger_entries_item_data in _ledger_entries:
                ledger_entries_item = LoyaltyLedgerEntry.from_dict(
                    ledger_entries_item_data
                )

                ledger_entries.append(ledger_entries_item)

        activate_loyalty_points_response = cls(
            ledger_entries=ledger_entries,
        )

        activate_loyalty_points_response.additional_properties = d
        return activate_loyalty_points_response

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
