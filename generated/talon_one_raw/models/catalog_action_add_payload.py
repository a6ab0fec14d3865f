from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalog_action_add_payload_attributes import (
        CatalogActionAddPayloadAttributes,
    )
    from ..models.product import Product


T = TypeVar("T", bound="CatalogActionAddPayload")


@_attrs_define
class CatalogActionAddPayload:
    """
    Attributes:
        sku (str):
        attributes (CatalogActionAddPayloadAttributes | Unset):
        price (float | Unset):
        product (Product | Unset): The product a cart item belongs to.
        replace_if_exists (bool | Unset):  Default: False.
    """

    sku: str
    attributes: CatalogActionAddPayloadAttributes | Unset = UNSET
    price: float | Unset = UNSET
    product: Product | Unset = UNSET
    replace_if_exists: bool | Unset = False
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
        sku = self.sku

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        price = self.price

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        replace_if_exists = self.replace_if_exists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sku": sku,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if price is not UNSET:
            field_dict["price"] = price
        if product is not UNSET:
            field_dict["product"] = product
        if replace_if_exists is not UNSET:
            field_dict["replaceIfExists"] = replace_if_exists

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_action_add_payload_attributes import (
            CatalogActionAddPayloadAttributes,
        )
        from ..models.product import Product

        d = dict(src_dict)
        sku = d.pop("sku")

        _attributes = d.pop("attributes", UNSET)
        attributes: CatalogActionAddPayloadAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = CatalogActionAddPayloadAttributes.from_dict(_attributes)

        price = d.pop("price", UNSET)

        _product = d.pop("product", UNSET)
        product: Product | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = Product.from_dict(_product)

        replace_if_exists = d.pop("replaceIfExists", UNSET)

        catalog_action_add_payload = cls(
            sku=sku,
            attributes=attributes,
            price=price,
            product=product,
            replace_if_exists=replace_if_exists,
        )

        catalog_action_add_payload.additional_properties = d
        return catalog_action_add_payload

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
