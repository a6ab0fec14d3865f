from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.catalog_action_patch_many_payload_filters_item_op import (
    CatalogActionPatchManyPayloadFiltersItemOp,
)
from ..types import UNSET

T = TypeVar("T", bound="CatalogActionPatchManyPayloadFiltersItem")


@_attrs_define
class CatalogActionPatchManyPayloadFiltersItem:
    """
    Attributes:
        attr (str):
        op (CatalogActionPatchManyPayloadFiltersItemOp):
        value (Any):
    """

    attr: str
    op: CatalogActionPatchManyPayloadFiltersItemOp
    value: Any
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
        attr = self.attr

        op = self.op.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attr": attr,
                "op": op,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        attr = d.pop("attr")

        op = CatalogActionPatchManyPayloadFiltersItemOp(d.pop("op"))

        value = d.pop("value")

        catalog_action_patch_many_payload_filters_item = cls(
            attr=attr,
            op=op,
            value=value,
        )

        catalog_action_patch_many_payload_filters_item.additional_properties = d
        return catalog_action_patch_many_payload_filters_item

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
