from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.returned_cart_item import ReturnedCartItem


T = TypeVar("T", bound="NewReturn")


@_attrs_define
class NewReturn:
    """Cart items to return.

    Attributes:
        returned_cart_items (list[ReturnedCartItem]):
    """

    returned_cart_items: list[ReturnedCartItem]
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
        returned_cart_items = []
        for returned_cart_items_item_data in self.returned_cart_items:
            returned_cart_items_item = returned_cart_items_item_data.to_dict()
            returned_cart_items.append(returned_cart_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "returnedCartItems": returned_cart_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.returned_cart_item import ReturnedCartItem

        d = dict(src_dict)
        returned_cart_items = []
        _returned_cart_items = d.pop("returnedCartItems")
        for returned_cart_items_item_data in _returned_cart_items:
            returned_cart_items_item = ReturnedCartItem.from_dict(
                returned_cart_items_item_data
            )

            returned_cart_items.append(returned_cart_items_item)

        new_return = cls(
            returned_cart_items=returned_cart_items,
        )

        new_return.additional_properties = d
        return new_return

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
