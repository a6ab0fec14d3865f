from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="PriceDetail")


@_attrs_define
class PriceDetail:
    """A price and the adjustment it came from.

    Attributes:
        price (float | Unset):
        adjustment_context_id (str | Unset):
        adjustment_reference_id (UUID | Unset):
        adjustment_effective_from (datetime.datetime | Unset):
        adjustment_effective_until (datetime.datetime | Unset):
    """

    price: float | Unset = UNSET
    adjustment_context_id: str | Unset = UNSET
    adjustment_reference_id: UUID | Unset = UNSET
    adjustment_effective_from: datetime.datetime | Unset = UNSET
    adjustment_effective_until: datetime.datetime | Unset = UNSET
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
        price = self.price

        adjustment_context_id = self.adjustment_context_id

        adjustment_reference_id: str | Unset = UNSET
        if not isinstance(self.adjustment_reference_id, Unset):
            adjustment_reference_id = str(self.adjustment_reference_id)

        adjustment_effective_from: str | Unset = UNSET
        if not isinstance(self.adjustment_effective_from, Unset):
            adjustment_effective_from = self.adjustment_effective_from.isoformat()

        adjustment_effective_until: str | Unset = UNSET
        if not isinstance(self.adjustment_effective_until, Unset):
            adjustment_effective_until = self.adjustment_effective_until.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
        if adjustment_context_id is not UNSET:
            field_dict["adjustmentContextId"] = adjustment_context_id
        if adjustment_reference_id is not UNSET:
            field_dict["adjustmentReferenceId"] = adjustment_reference_id
        if adjustment_effective_from is not UNSET:
            field_dict["adjustmentEffectiveFrom"] = adjustment_effective_from
        if adjustment_effective_until is not UNSET:
            field_dict["adjustmentEffectiveUntil"] = adjustment_effective_until

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        price = d.pop("price", UNSET)

        adjustment_context_id = d.pop("adjustmentContextId", UNSET)

        _adjustment_reference_id = d.pop("adjustmentReferenceId", UNSET)
        adjustment_reference_id: UUID | Unset
        if isinstance(_adjustment_reference_id, Unset):
            adjustment_reference_id = UNSET
        else:
            adjustment_reference_id = UUID(_adjustment_reference_id)

        _adjustment_effective_from = d.pop("adjustmentEffectiveFrom", UNSET)
        adjustment_effective_from: datetime.datetime | Unset
        if isinstance(_adjustment_effective_from, Unset):
            adjustment_effective_from = UNSET
        else:
            adjustment_effective_from = datetime.datetime.fromisoformat(
                _adjustment_effective_from
            )

        _adjustment_effective_until = d.pop("adjustmentEffectiveUntil", UNSET)
        adjustment_effective_until: datetime.datetime | Unset
        if isinstance(_adjustment_effective_until, Unset):
            adjustment_effective_until = UNSET
        else:
            adjustment_effective_until = datetime.datetime.fromisoformat(
                _adjustment_effective_until
            )

        price_detail = cls(
            price=price,
            adjustment_context_id=adjustment_context_id,
            adjustment_reference_id=adjustment_reference_id,
            adjustment_effective_from=adjustment_effective_from,
            adjustment_effective_until=adjustment_effective_until,
        )

        price_detail.additional_properties = d
        return price_detail

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
