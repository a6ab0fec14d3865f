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
        position (float):
        value (float):
        bundle_index (int | Unset):
        bundle_name (str | Unset):
        desired_total_discount (float | Unset):
        desired_value (float | Unset):
        excluded_from_price_history (bool | Unset):
        scope (str | Unset):
        sub_position (float | Unset):
        targeted_item_position (float | Unset):
        targeted_item_sub_position (float | Unset):
        total_discount (float | Unset):
    """

    name: str
    position: float
    value: float
    bundle_index: int | Unset = UNSET
    bundle_name: str | Unset = UNSET
    desired_total_discount: float | Unset = UNSET
    desired_value: float | Unset = UNSET
    excluded_from_price_history: bool | Unset = UNSET
    scope: str | Unset = UNSET
    sub_position: float | Unset = UNSET
    targeted_item_position: float | Unset = UNSET
    targeted_item_sub_position: float | Unset = UNSET
    total_discount: float | Unset = UNSET
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

        position = self.position

        value = self.value

        bundle_index = self.bundle_index

        bundle_name = self.bundle_name

        desired_total_discount = self.desired_total_discount

        desired_value = self.desired_value

        excluded_from_price_history = self.excluded_from_price_history

        scope = self.scope

        sub_position = self.sub_position

        targeted_item_position = self.targeted_item_position

        targeted_item_sub_position = self.targeted_item_sub_position

        total_discount = self.total_discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "position": position,
                "value": value,
            }
        )
        if bundle_index is not UNSET:
            field_dict["bundleIndex"] = bundle_index
        if bundle_name is not UNSET:
            field_dict["bundleName"] = bundle_name
        if desired_total_discount is not UNSET:
            field_dict["desiredTotalDiscount"] = desired_total_discount
        if desired_value is not UNSET:
            field_dict["desiredValue"] = desired_value
        if excluded_from_price_history is not UNSET:
            field_dict["excludedFromPriceHistory"] = excluded_from_price_history
        if scope is not UNSET:
            field_dict["scope"] = scope
        if sub_position is not UNSET:
            field_dict["subPosition"] = sub_position
        if targeted_item_position is not UNSET:
            field_dict["targetedItemPosition"] = targeted_item_position
        if targeted_item_sub_position is not UNSET:
            field_dict["targetedItemSubPosition"] = targeted_item_sub_position
        if total_discount is not UNSET:
            field_dict["totalDiscount"] = total_discount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        position = d.pop("position")

        value = d.pop("value")

        bundle_index = d.pop("bundleIndex", UNSET)

        bundle_name = d.pop("bundleName", UNSET)

        desired_total_discount = d.pop("desiredTotalDiscount", UNSET)

        desired_value = d.pop("desiredValue", UNSET)

        excluded_from_price_history = d.pop("excludedFromPriceHistory", UNSET)

        scope = d.pop("scope", UNSET)

        sub_position = d.pop("subPosition", UNSET)

        targeted_item_position = d.pop("targetedItemPosition", UNSET)

        targeted_item_sub_position = d.pop("targetedItemSubPosition", UNSET)

        total_discount = d.pop("totalDiscount", UNSET)

        set_discount_per_item_effect_props = cls(
            name=name,
            position=position,
            value=value,
            bundle_index=bundle_index,
            bundle_name=bundle_name,
            desired_total_discount=desired_total_discount,
            desired_value=desired_value,
            excluded_from_price_history=excluded_from_price_history,
            scope=scope,
            sub_position=sub_position,
            targeted_item_position=targeted_item_position,
            targeted_item_sub_position=targeted_item_sub_position,
            total_discount=total_discount,
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
