from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_effect_props_payload import CustomEffectPropsPayload


T = TypeVar("T", bound="CustomEffectProps")


@_attrs_define
class CustomEffectProps:
    """Props of the `customEffect` effect. An effect defined by the application, with its payload.

    Attributes:
        effect_id (int):
        name (str):
        payload (CustomEffectPropsPayload):
        bundle_index (int | Unset):
        bundle_name (str | Unset):
        cart_item_position (float | Unset):
        cart_item_sub_position (float | Unset):
    """

    effect_id: int
    name: str
    payload: CustomEffectPropsPayload
    bundle_index: int | Unset = UNSET
    bundle_name: str | Unset = UNSET
    cart_item_position: float | Unset = UNSET
    cart_item_sub_position: float | Unset = UNSET
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
        effect_id = self.effect_id

        name = self.name

        payload = self.payload.to_dict()

        bundle_index = self.bundle_index

        bundle_name = self.bundle_name

        cart_item_position = self.cart_item_position

        cart_item_sub_position = self.cart_item_sub_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "effectId": effect_id,
                "name": name,
                "payload": payload,
            }
        )
        if bundle_index is not UNSET:
            field_dict["bundleIndex"] = bundle_index
        if bundle_name is not UNSET:
            field_dict["bundleName"] = bundle_name
        if cart_item_position is not UNSET:
            field_dict["cartItemPosition"] = cart_item_position
        if cart_item_sub_position is not UNSET:
            field_dict["cartItemSubPosition"] = cart_item_sub_position

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_effect_props_payload import CustomEffectPropsPayload

        d = dict(src_dict)
        effect_id = d.pop("effectId")

        name = d.pop("name")

        payload = CustomEffectPropsPayload.from_dict(d.pop("payload"))

        bundle_index = d.pop("bundleIndex", UNSET)

        bundle_name = d.pop("bundleName", UNSET)

        cart_item_position = d.pop("cartItemPosition", UNSET)

        cart_item_sub_position = d.pop("cartItemSubPosition", UNSET)

        custom_effect_props = cls(
            effect_id=effect_id,
            name=name,
            payload=payload,
            bundle_index=bundle_index,
            bundle_name=bundle_name,
            cart_item_position=cart_item_position,
            cart_item_sub_position=cart_item_sub_position,
        )

        custom_effect_props.additional_properties = d
        return custom_effect_props

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
