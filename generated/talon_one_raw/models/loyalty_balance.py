from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoyaltyBalance")


@_attrs_define
class LoyaltyBalance:
    """Point totals of one ledger.

    Attributes:
        active_points (float | Unset):
        pending_points (float | Unset):
        spent_points (float | Unset):
        expired_points (float | Unset):
        negative_points (float | Unset):
    """

    active_points: float | Unset = UNSET
    pending_points: float | Unset = UNSET
    spent_points: float | Unset = UNSET
    expired_points: float | Unset = UNSET
    negative_points: float | Unset = UNSET
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
        active_points = self.active_points

        pending_points = self.pending_points

        spent_points = self.spent_points

        expired_points = self.expired_points

        negative_points = self.negative_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_points is not UNSET:
            field_dict["activePoints"] = active_points
        if pending_points is not UNSET:
            field_dict["pendingPoints"] = pending_points
        if spent_points is not UNSET:
            field_dict["spentPoints"] = spent_points
        if expired_points is not UNSET:
            field_dict["expiredPoints"] = expired_points
        if negative_points is not UNSET:
            field_dict["negativePoints"] = negative_points

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active_points = d.pop("activePoints", UNSET)

        pending_points = d.pop("pendingPoints", UNSET)

        spent_points = d.pop("spentPoints", UNSET)

        expired_points = d.pop("expiredPoints", UNSET)

        negative_points = d.pop("negativePoints", UNSET)

        loyalty_balance = cls(
            active_points=active_points,
            pending_points=pending_points,
            spent_points=spent_points,
            expired_points=expired_points,
            negative_points=negative_points,
        )

        loyalty_balance.additional_properties = d
        return loyalty_balance

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
