from __future__ import annotations

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
        profile_id (str):
        integration_id (str):
        type_ (str):
        store_integration_id (str | Unset):
        evaluable_campaign_ids (list[int] | Unset):
        attributes (EventV3Attributes | Unset):
        connected_session_id (str | Unset):
        previous_event_id (str | Unset):
    """

    profile_id: str
    integration_id: str
    type_: str
    store_integration_id: str | Unset = UNSET
    evaluable_campaign_ids: list[int] | Unset = UNSET
    attributes: EventV3Attributes | Unset = UNSET
    connected_session_id: str | Unset = UNSET
    previous_event_id: str | Unset = UNSET
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
        profile_id = self.profile_id

        integration_id = self.integration_id

        type_ = self.type_

        store_integration_id = self.store_integration_id

        evaluable_campaign_ids: list[int] | Unset = UNSET
        if not isinstance(self.evaluable_campaign_ids, Unset):
            evaluable_campaign_ids = self.evaluable_campaign_ids

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        connected_session_id = self.connected_session_id

        previous_event_id = self.previous_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profileId": profile_id,
                "integrationId": integration_id,
                "type": type_,
            }
        )
        if store_integration_id is not UNSET:
            field_dict["storeIntegrationId"] = store_integration_id
        if evaluable_campaign_ids is not UNSET:
            field_dict["evaluableCampaignIds"] = evaluable_campaign_ids
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if connected_session_id is not UNSET:
            field_dict["connectedSessionID"] = connected_session_id
        if previous_event_id is not UNSET:
            field_dict["previousEventID"] = previous_event_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_v3_attributes import EventV3Attributes

        d = dict(src_dict)
        profile_id = d.pop("profileId")

        integration_id = d.pop("integrationId")

        type_ = d.pop("type")

        store_integration_id = d.pop("storeIntegrationId", UNSET)

        evaluable_campaign_ids = cast(list[int], d.pop("evaluableCampaignIds", UNSET))

        _attributes = d.pop("attributes", UNSET)
        attributes: EventV3Attributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = EventV3Attributes.from_dict(_attributes)

        connected_session_id = d.pop("connectedSessionID", UNSET)

        previous_event_id = d.pop("previousEventID", UNSET)

        event_v3 = cls(
            profile_id=profile_id,
            integration_id=integration_id,
            type_=type_,
            store_integration_id=store_integration_id,
            evaluable_campaign_ids=evaluable_campaign_ids,
            attributes=attributes,
            connected_session_id=connected_session_id,
            previous_event_id=previous_event_id,
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
