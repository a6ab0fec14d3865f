from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalog_action_patch_many_payload_attributes import (
        CatalogActionPatchManyPayloadAttributes,
    )
    from ..models.catalog_action_patch_many_payload_filters_item import (
        CatalogActionPatchManyPayloadFiltersItem,
    )


T = TypeVar("T", bound="CatalogActionPatchManyPayload")


@_attrs_define
class CatalogActionPatchManyPayload:
    """
    Attributes:
        attributes (CatalogActionPatchManyPayloadAttributes | Unset):
        filters (list[CatalogActionPatchManyPayloadFiltersItem] | Unset):
        price (float | Unset):
    """

    attributes: CatalogActionPatchManyPayloadAttributes | Unset = UNSET
    filters: list[CatalogActionPatchManyPayloadFiltersItem] | Unset = UNSET
    price: float | Unset = UNSET
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
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if filters is not UNSET:
            field_dict["filters"] = filters
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_action_patch_many_payload_attributes import (
            CatalogActionPatchManyPayloadAttributes,
        )
        from ..models.catalog_action_patch_many_payload_filters_item import (
            CatalogActionPatchManyPayloadFiltersItem,
        )

        d = dict(src_dict)
        _attributes = d.pop("attributes", UNSET)
        attributes: CatalogActionPatchManyPayloadAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = CatalogActionPatchManyPayloadAttributes.from_dict(_attributes)

        _filters = d.pop("filters", UNSET)
        filters: list[CatalogActionPatchManyPayloadFiltersItem] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = CatalogActionPatchManyPayloadFiltersItem.from_dict(
                    filters_item_data
                )

                filters.append(filters_item)

        price = d.pop("price", UNSET)

        catalog_action_patch_many_payload = cls(
            attributes=attributes,
            filters=filters,
            price=price,
        )

        catalog_action_patch_many_payload.additional_properties = d
        return catalog_action_patch_many_payload

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
