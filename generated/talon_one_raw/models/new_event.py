from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_event_attributes import NewEventAttributes


T = TypeVar("T", bound="NewEvent")


@_attrs_define
class NewEvent:
    """A custom event to record (2022 API).

    Attributes:
        type_ (str):
        attributes (NewEventAttributes):
        session_id (str):
        profile_id (str | Unset):
    """

    type_: str
    attributes: NewEventAttributes
    session_id: str
    profile_id: str | Unset = UNSET
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
        type_ = self.type_

        attributes = self.attributes.to_dict()

        session_id = self.session_id

        profile_id = self.profile_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "attributes": attributes,
                "sessionId": session_id,
            }
        )
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.new_event_attributes import NewEventAttributes

        d = dict(src_dict)
        type_ = d.pop("type")

        attributes = NewEventAttributes.from_dict(d.pop("attributes"))

        session_id = d.pop("sessionId")

        profile_id = d.pop("profileId", UNSET)

        new_event = cls(
            type_=type_,
            attributes=attributes,
            session_id=session_id,
            profile_id=profile_id,
        )

        new_event.additional_properties = d
        return new_event

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
