from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="RollbackDiscountEffectProps")


@_attrs_define
class RollbackDiscountEffectProps:
    """Props of the `rollbackDiscount` effect. An earlier discount was undone.

    Attributes:
        name (str):
        value (float):
        additional_cost (str | Unset):
        additional_cost_id (int | Unset):
        cart_item_position (float | Unset):
        cart_item_sub_position (float | Unset):
        scope (str | Unset):
    """

    name: str
    value: float
    additional_cost: str | Unset = UNSET
    additional_cost_id: int | Unset = UNSET
    cart_item_position: float | Unset = UNSET
    cart_item_sub_position: float | Unset = UNSET
    scope: str | Unset = UNSET
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
        name = self.name

        value = self.value

        additional_cost = self.additional_cost

        additional_cost_id = self.additional_cost_id

        cart_item_position = self.cart_item_position

        cart_item_sub_position = self.cart_item_sub_position

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )
        if additional_cost is not UNSET:
            field_dict["additionalCost"] = additional_cost
        if additional_cost_id is not UNSET:
            field_dict["additionalCostId"] = additional_cost_id
        if cart_item_position is not UNSET:
            field_dict["cartItemPosition"] = cart_item_position
        if cart_item_sub_position is not UNSET:
            field_dict["cartItemSubPosition"] = cart_item_sub_position
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        value = d.pop("value")

        additional_cost = d.pop("additionalCost", UNSET)

        additional_cost_id = d.pop("additionalCostId", UNSET)

        cart_item_position = d.pop("cartItemPosition", UNSET)

        cart_item_sub_position = d.pop("cartItemSubPosition", UNSET)

        scope = d.pop("scope", UNSET)

        rollback_discount_effect_props = cls(
            name=name,
            value=value,
            additional_cost=additional_cost,
            additional_cost_id=additional_cost_id,
            cart_item_position=cart_item_position,
            cart_item_sub_position=cart_item_sub_position,
            scope=scope,
        )

        rollback_discount_effect_props.additional_properties = d
        return rollback_discount_effect_props

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
