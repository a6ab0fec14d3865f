from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalog_action_patch_payload_attributes import (
        CatalogActionPatchPayloadAttributes,
    )
    from ..models.product import Product


T = TypeVar("T", bound="CatalogActionPatchPayload")


@_attrs_define
class CatalogActionPatchPayload:
    """
    Attributes:
        sku (str):
        attributes (CatalogActionPatchPayloadAttributes | Unset):
        create_if_not_exists (bool | Unset):  Default: False.
        price (float | Unset):
        product (Product | Unset): The product a cart item belongs to.
    """

    sku: str
    attributes: CatalogActionPatchPayloadAttributes | Unset = UNSET
    create_if_not_exists: bool | Unset = False
    price: float | Unset = UNSET
    product: Product | Unset = UNSET
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

        create_if_not_exists = self.create_if_not_exists

        price = self.price

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sku": sku,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if create_if_not_exists is not UNSET:
            field_dict["createIfNotExists"] = create_if_not_exists
        if price is not UNSET:
            field_dict["price"] = price
        if product is not UNSET:
            field_dict["product"] = product

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_action_patch_payload_attributes import (
            CatalogActionPatchPayloadAttributes,
        )
        from ..models.product import Product

        d = dict(src_dict)
        sku = d.pop("sku")

        _attributes = d.pop("attributes", UNSET)
        attributes: CatalogActionPatchPayloadAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = CatalogActionPatchPayloadAttributes.from_dict(_attributes)

        create_if_not_exists = d.pop("createIfNotExists", UNSET)

        price = d.pop("price", UNSET)

        _product = d.pop("product", UNSET)
        product: Product | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = Product.from_dict(_product)

        catalog_action_patch_payload = cls(
            sku=sku,
            attributes=attributes,
            create_if_not_exists=create_if_not_exists,
            price=price,
            product=product,
        )

        catalog_action_patch_payload.additional_properties = d
        return catalog_action_patch_payload

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
