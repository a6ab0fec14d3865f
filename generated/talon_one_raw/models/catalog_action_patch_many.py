from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.catalog_action_patch_many_type import CatalogActionPatchManyType
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.catalog_action_patch_many_payload import CatalogActionPatchManyPayload


T = TypeVar("T", bound="CatalogActionPatchMany")


@_attrs_define
class CatalogActionPatchMany:
    """A catalog step that changes every item matching filters.

    Attributes:
        payload (CatalogActionPatchManyPayload):
        type_ (CatalogActionPatchManyType):
    """

    payload: CatalogActionPatchManyPayload
    type_: CatalogActionPatchManyType
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
        payload = self.payload.to_dict()

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_action_patch_many_payload import (
            CatalogActionPatchManyPayload,
        )

        d = dict(src_dict)
        payload = CatalogActionPatchManyPayload.from_dict(d.pop("payload"))

        type_ = CatalogActionPatchManyType(d.pop("type"))

        catalog_action_patch_many = cls(
            payload=payload,
            type_=type_,
        )

        catalog_action_patch_many.additional_properties = d
        return catalog_action_patch_many

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
