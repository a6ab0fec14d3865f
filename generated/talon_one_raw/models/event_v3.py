from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_v3_attributes import EventV3Attributes


T = TypeVar("T", bound="EventV3")


@_attrs_define
class EventV3:
    """An event evaluated together with a session update.

    Attributes:
        type_ (str):
        attributes (EventV3Attributes):
        application_id (int):
        created (datetime.datetime):
        effects (list[list[Any]]):
        id (int):
        profile_id (str | Unset):
        store_integration_id (str | Unset):
        integration_id (str | Unset):
        connected_session_id (str | Unset):
    """

    type_: str
    attributes: EventV3Attributes
    application_id: int
    created: datetime.datetime
    effects: list[list[Any]]
    id: int
    profile_id: str | Unset = UNSET
    store_integration_id: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    connected_session_id: str | Unset = UNSET
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

        application_id = self.application_id

        created = self.created.isoformat()

        effects = []
        for effects_item_data in self.effects:
            effects_item = effects_item_data

            effects.append(effects_item)

        id = self.id

        profile_id = self.profile_id

        store_integration_id = self.store_integration_id

        integration_id = self.integration_id

        connected_session_id = self.connected_session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "attributes": attributes,
                "applicationId": application_id,
                "created": created,
                "effects": effects,
                "id": id,
            }
        )
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id
        if store_integration_id is not UNSET:
            field_dict["storeIntegrationId"] = store_integration_id
        if integration_id is not UNSET:
            field_dict["integrationId"] = integration_id
        if connected_session_id is not UNSET:
            field_dict["connectedSessionId"] = connected_session_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_v3_attributes import EventV3Attributes

        d = dict(src_dict)
        type_ = d.pop("type")

        attributes = EventV3Attributes.from_dict(d.pop("attributes"))

        application_id = d.pop("applicationId")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        effects = []
        _effects = d.pop("effects")
        for effects_item_data in _effects:
            effects_item = cast(list[Any], effects_item_data)

            effects.append(effects_item)

        id = d.pop("id")

        profile_id = d.pop("profileId", UNSET)

        store_integration_id = d.pop("storeIntegrationId", UNSET)

        integration_id = d.pop("integrationId", UNSET)

        connected_session_id = d.pop("connectedSessionId", UNSET)

        event_v3 = cls(
            type_=type_,
            attributes=attributes,
            application_id=application_id,
            created=created,
            effects=effects,
            id=id,
            profile_id=profile_id,
            store_integration_id=store_integration_id,
            integration_id=integration_id,
            connected_session_id=connected_session_id,
        )

        event_v3.additional_properties = d
        return event_v3

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
