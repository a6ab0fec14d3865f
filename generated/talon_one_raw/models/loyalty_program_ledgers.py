from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ledger_info import LedgerInfo
    from ..models.loyalty_program_ledgers_sub_ledgers import (
        LoyaltyProgramLedgersSubLedgers,
    )


T = TypeVar("T", bound="LoyaltyProgramLedgers")


@_attrs_define
class LoyaltyProgramLedgers:
    """Balances of one loyalty program.

    Attributes:
        id (int):
        title (str):
        name (str):
        ledger (LedgerInfo): Balances of one loyalty ledger.
        join_date (datetime.datetime | Unset):
        sub_ledgers (LoyaltyProgramLedgersSubLedgers | Unset):
    """

    id: int
    title: str
    name: str
    ledger: LedgerInfo
    join_date: datetime.datetime | Unset = UNSET
    sub_ledgers: LoyaltyProgramLedgersSubLedgers | Unset = UNSET
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

        title = self.title

        name = self.name

        ledger = self.ledger.to_dict()

        join_date: str | Unset = UNSET
        if not isinstance(self.join_date, Unset):
            join_date = self.join_date.isoformat()

        sub_ledgers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sub_ledgers, Unset):
            sub_ledgers = self.sub_ledgers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "name": name,
                "ledger": ledger,
            }
        )
        if join_date is not UNSET:
            field_dict["joinDate"] = join_date
        if sub_ledgers is not UNSET:
            field_dict["subLedgers"] = sub_ledgers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ledger_info import LedgerInfo
        from ..models.loyalty_program_ledgers_sub_ledgers import (
            LoyaltyProgramLedgersSubLedgers,
        )

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        name = d.pop("name")

        ledger = LedgerInfo.from_dict(d.pop("ledger"))

        _join_date = d.pop("joinDate", UNSET)
        join_date: datetime.datetime | Unset
        if isinstance(_join_date, Unset):
            join_date = UNSET
        else:
            join_date = datetime.datetime.fromisoformat(_join_date)

        _sub_ledgers = d.pop("subLedgers", UNSET)
        sub_ledgers: LoyaltyProgramLedgersSubLedgers | Unset
        if isinstance(_sub_ledgers, Unset):
            sub_ledgers = UNSET
        else:
            sub_ledgers = LoyaltyProgramLedgersSubLedgers.from_dict(_sub_ledgers)

        loyalty_program_ledgers = cls(
            id=id,
            title=title,
            name=name,
            ledger=ledger,
            join_date=join_date,
            sub_ledgers=sub_ledgers,
        )

        loyalty_program_ledgers.additional_properties = d
        return loyalty_program_ledgers

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
