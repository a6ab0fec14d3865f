from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.integration_event_v3_request_response_content_item import (
    IntegrationEventV3RequestResponseContentItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_event_v3_request_attributes import (
        IntegrationEventV3RequestAttributes,
    )


T = TypeVar("T", bound="IntegrationEventV3Request")


@_attrs_define
class IntegrationEventV3Request:
    """An advanced event to record and evaluate, identified by your integration ID.

    Attributes:
        integration_id (str):
        profile_id (str):
        type_ (str):
        attributes (IntegrationEventV3RequestAttributes | Unset):
        connected_session_id (str | Unset):
        evaluable_campaign_ids (list[int] | Unset):
        loyalty_cards (list[str] | Unset):
        response_content (list[IntegrationEventV3RequestResponseContentItem] | Unset):
        store_integration_id (str | Unset):
    """

    integration_id: str
    profile_id: str
    type_: str
    attributes: IntegrationEventV3RequestAttributes | Unset = UNSET
    connected_session_id: str | Unset = UNSET
    evaluable_campaign_ids: list[int] | Unset = UNSET
    loyalty_cards: list[str] | Unset = UNSET
    response_content: list[IntegrationEventV3RequestResponseContentItem] | Unset = UNSET
    store_integration_id: str | Unset = UNSET
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
        integration_id = self.integration_id

        profile_id = self.profile_id

        type_ = self.type_

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        connected_session_id = self.connected_session_id

        evaluable_campaign_ids: list[int] | Unset = UNSET
        if not isinstance(self.evaluable_campaign_ids, Unset):
            evaluable_campaign_ids = self.evaluable_campaign_ids

        loyalty_cards: list[str] | Unset = UNSET
        if not isinstance(self.loyalty_cards, Unset):
            loyalty_cards = self.loyalty_cards

        response_content: list[str] | Unset = UNSET
        if not isinstance(self.response_content, Unset):
            response_content = []
            for response_content_item_data in self.response_content:
                response_content_item = response_content_item_data.value
                response_content.append(response_content_item)

        store_integration_id = self.store_integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integrationId": integration_id,
                "profileId": profile_id,
                "type": type_,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if connected_session_id is not UNSET:
            field_dict["connectedSessionId"] = connected_session_id
        if evaluable_campaign_ids is not UNSET:
            field_dict["evaluableCampaignIds"] = evaluable_campaign_ids
        if loyalty_cards is not UNSET:
            field_dict["loyaltyCards"] = loyalty_cards
        if response_content is not UNSET:
            field_dict["responseContent"] = response_content
        if store_integration_id is not UNSET:
            field_dict["storeIntegrationId"] = store_integration_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.integration_event_v3_request_attributes import (
            IntegrationEventV3RequestAttributes,
        )

        d = dict(src_dict)
        integration_id = d.pop("integrationId")

        profile_id = d.pop("profileId")

        type_ = d.pop("type")

        _attributes = d.pop("attributes", UNSET)
        attributes: IntegrationEventV3RequestAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = IntegrationEventV3RequestAttributes.from_dict(_attributes)

        connected_session_id = d.pop("connectedSessionId", UNSET)

        evaluable_campaign_ids = cast(list[int], d.pop("evaluableCampaignIds", UNSET))

        loyalty_cards = cast(list[str], d.pop("loyaltyCards", UNSET))

        _response_content = d.pop("responseContent", UNSET)
        response_content: list[IntegrationEventV3RequestResponseContentItem] | Unset = (
            UNSET
        )
        if _response_content is not UNSET:
            response_content = []
            for response_content_item_data in _response_content:
                response_content_item = IntegrationEventV3RequestResponseContentItem(
                    response_content_item_data
                )

                response_content.append(response_content_item)

        store_integration_id = d.pop("storeIntegrationId", UNSET)

        integration_event_v3_request = cls(
            integration_id=integration_id,
            profile_id=profile_id,
            type_=type_,
            attributes=attributes,
            connected_session_id=connected_session_id,
            evaluable_campaign_ids=evaluable_campaign_ids,
            loyalty_cards=loyalty_cards,
            response_content=response_content,
            store_integration_id=store_integration_id,
        )

        integration_event_v3_request.additional_properties = d
        return integration_event_v3_request

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
