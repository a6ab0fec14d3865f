from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAudience")


@_attrs_define
class UpdateAudience:
    """The new name of an audience.

    Attributes:
        name (str):
        subscribed_applications_ids (list[int] | Unset):
    """

    name: str
    subscribed_applications_ids: list[int] | Unset = UNSET
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

        subscribed_applications_ids: list[int] | Unset = UNSET
        if not isinstance(self.subscribed_applications_ids, Unset):
            subscribed_applications_ids = self.subscribed_applications_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if subscribed_applications_ids is not UNSET:
            field_dict["subscribedApplicationsIds"] = subscribed_applications_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        subscribed_applications_ids = cast(
            list[int], d.pop("subscribedApplicationsIds", UNSET)
        )

        update_audience = cls(
            name=name,
            subscribed_applications_ids=subscribed_applications_ids,
        )

        update_audience.additional_properties = d
        return update_audience

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
