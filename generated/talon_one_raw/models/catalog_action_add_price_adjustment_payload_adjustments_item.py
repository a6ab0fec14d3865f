from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogActionAddPriceAdjustmentPayloadAdjustmentsItem")


@_attrs_define
class CatalogActionAddPriceAdjustmentPayloadAdjustmentsItem:
    """
    Attributes:
        price_type (str):
        reference_id (str):
        calculated_at (datetime.datetime | Unset):
        context_id (str | Unset):
        effective_from (datetime.datetime | Unset):
        effective_until (datetime.datetime | Unset):
        price (float | None | Unset):
    """

    price_type: str
    reference_id: str
    calculated_at: datetime.datetime | Unset = UNSET
    context_id: str | Unset = UNSET
    effective_from: datetime.datetime | Unset = UNSET
    effective_until: datetime.datetime | Unset = UNSET
    price: float | None | Unset = UNSET
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
        price_type = self.price_type

        reference_id = self.reference_id

        calculated_at: str | Unset = UNSET
        if not isinstance(self.calculated_at, Unset):
            calculated_at = self.calculated_at.isoformat()

        context_id = self.context_id

        effective_from: str | Unset = UNSET
        if not isinstance(self.effective_from, Unset):
            effective_from = self.effective_from.isoformat()

        effective_until: str | Unset = UNSET
        if not isinstance(self.effective_until, Unset):
            effective_until = self.effective_until.isoformat()

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "priceType": price_type,
                "referenceId": reference_id,
            }
        )
        if calculated_at is not UNSET:
            field_dict["calculatedAt"] = calculated_at
        if context_id is not UNSET:
            field_dict["contextId"] = context_id
        if effective_from is not UNSET:
            field_dict["effectiveFrom"] = effective_from
        if effective_until is not UNSET:
            field_dict["effectiveUntil"] = effective_until
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        price_type = d.pop("priceType")

        reference_id = d.pop("referenceId")

        _calculated_at = d.pop("calculatedAt", UNSET)
        calculated_at: datetime.datetime | Unset
        if isinstance(_calculated_at, Unset):
            calculated_at = UNSET
        else:
            calculated_at = datetime.datetime.fromisoformat(_calculated_at)

        context_id = d.pop("contextId", UNSET)

        _effective_from = d.pop("effectiveFrom", UNSET)
        effective_from: datetime.datetime | Unset
        if isinstance(_effective_from, Unset):
            effective_from = UNSET
        else:
            effective_from = datetime.datetime.fromisoformat(_effective_from)

        _effective_until = d.pop("effectiveUntil", UNSET)
        effective_until: datetime.datetime | Unset
        if isinstance(_effective_until, Unset):
            effective_until = UNSET
        else:
            effective_until = datetime.datetime.fromisoformat(_effective_until)

        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        catalog_action_add_price_adjustment_payload_adjustments_item = cls(
            price_type=price_type,
            reference_id=reference_id,
            calculated_at=calculated_at,
            context_id=context_id,
            effective_from=effective_from,
            effective_until=effective_until,
            price=price,
        )

        catalog_action_add_price_adjustment_payload_adjustments_item.additional_properties = d
        return catalog_action_add_price_adjustment_payload_adjustments_item

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
