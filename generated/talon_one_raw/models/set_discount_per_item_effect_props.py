from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetDiscountPerItemEffectProps")


@_attrs_define
class SetDiscountPerItemEffectProps:
    """Props of the `setDiscountPerItem` effect. A discount on one cart item.

    Attributes:
        name (str):
        value (float):
        position (float):
        sub_position (float | Unset):
        desired_value (float | Unset):
        scope (str | Unset):
        total_discount (float | Unset):
        desired_total_discount (float | Unset):
        bundle_index (int | Unset):
        bundle_name (str | Unset):
        targeted_item_position (float | Unset):
        targeted_item_sub_position (float | Unset):
    """

    name: str
    value: float
    position: float
    sub_position: float | Unset = UNSET
    desired_value: float | Unset = UNSET
    scope: str | Unset = UNSET
    total_discount: float | Unset = UNSET
    desired_total_discount: float | Unset = UNSET
    bundle_index: int | Unset = UNSET
    bundle_name: str | Unset = UNSET
    targeted_item_position: float | Unset = UNSET
    targeted_item_sub_position: float | Unset = UNSET
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

        position = self.position

        sub_position = self.sub_position

        desired_value = self.desired_value

        scope = self.scope

        total_discount = self.total_discount

        desired_total_discount = self.desired_total_discount

        bundle_index = self.bundle_index

        bundle_name = self.bundle_name

        targeted_item_position = self.targeted_item_position

        targeted_item_sub_position = self.targeted_item_sub_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
                "position": position,
            }
        )
        if sub_position is not UNSET:
            field_dict["subPosition"] = sub_position
        if desired_value is not UNSET:
            field_dict["desiredValue"] = desired_value
        if scope is not UNSET:
            field_dict["scope"] = scope
        if total_discount is not UNSET:
            field_dict["totalDiscount"] = total_discount
        if desired_total_discount is not UNSET:
            field_dict["desiredTotalDiscount"] = desired_total_discount
        if bundle_index is not UNSET:
            field_dict["bundleIndex"] = bundle_index
        if bundle_name is not UNSET:
            field_dict["bundleName"] = bundle_name
        if targeted_item_position is not UNSET:
            field_dict["targetedItemPosition"] = targeted_item_position
        if targeted_item_sub_position is not UNSET:
            field_dict["targetedItemSubPosition"] = targeted_item_sub_position

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        value = d.pop("value")

        position = d.pop("position")

        sub_position = d.pop("subPosition", UNSET)

        desired_value = d.pop("desiredValue", UNSET)

        scope = d.pop("scope", UNSET)

        total_discount = d.pop("totalDiscount", UNSET)

        desired_total_discount = d.pop("desiredTotalDiscount", UNSET)

        bundle_index = d.pop("bundleIndex", UNSET)

        bundle_name = d.pop("bundleName", UNSET)

        targeted_item_position = d.pop("targetedItemPosition", UNSET)

        targeted_item_sub_position = d.pop("targetedItemSubPosition", UNSET)

        set_discount_per_item_effect_props = cls(
            name=name,
            value=value,
            position=position,
            sub_position=sub_position,
            desired_value=desired_value,
            scope=scope,
            total_discount=total_discount,
            desired_total_discount=desired_total_discount,
            bundle_index=bundle_index,
            bundle_name=bundle_name,
            targeted_item_position=targeted_item_position,
            targeted_item_sub_position=targeted_item_sub_position,
        )

        set_discount_per_item_effect_props.additional_properties = d
        return set_discount_per_item_effect_props

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
