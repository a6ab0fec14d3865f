from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.integration_event_v2_request_response_content_item import (
    IntegrationEventV2RequestResponseContentItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_event_v2_request_attributes import (
        IntegrationEventV2RequestAttributes,
    )


T = TypeVar("T", bound="IntegrationEventV2Request")


@_attrs_define
class IntegrationEventV2Request:
    """A custom event to record and evaluate.

    Example:
        {'profileId': 'cust-0001', 'type': 'app_opened', 'attributes': {}}

    Attributes:
        type_ (str):
        profile_id (str | Unset):
        store_integration_id (str | Unset):
        evaluable_campaign_ids (list[int] | Unset):
        attributes (IntegrationEventV2RequestAttributes | Unset):
        response_content (list[IntegrationEventV2RequestResponseContentItem] | Unset):
        loyalty_cards (list[str] | Unset):
    """

    type_: str
    profile_id: str | Unset = UNSET
    store_integration_id: str | Unset = UNSET
    evaluable_campaign_ids: list[int] | Unset = UNSET
    attributes: IntegrationEventV2RequestAttributes | Unset = UNSET
    response_content: list[IntegrationEventV2RequestResponseContentItem] | Unset = UNSET
    loyalty_cards: list[str] | Unset = UNSET
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

        profile_id = self.profile_id

        store_integration_id = self.store_integration_id

        evaluable_campaign_ids: list[int] | Unset = UNSET
        if not isinstance(self.evaluable_campaign_ids, Unset):
            evaluable_campaign_ids = self.evaluable_campaign_ids

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        response_content: list[str] | Unset = UNSET
        if not isinstance(self.response_content, Unset):
            response_content = []
            for response_content_item_data in self.response_content:
                response_content_item = response_content_item_data.value
                response_content.append(response_content_item)

        loyalty_cards: list[str] | Unset = UNSET
        if not isinstance(self.loyalty_cards, Unset):
            loyalty_cards = self.loyalty_cards

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id
        if store_integration_id is not UNSET:
            field_dict["storeIntegrationId"] = store_integration_id
        if evaluable_campaign_ids is not UNSET:
            field_dict["evaluableCampaignIds"] = evaluable_campaign_ids
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if response_content is not UNSET:
            field_dict["responseContent"] = response_content
        if loyalty_cards is not UNSET:
            field_dict["loyaltyCards"] = loyalty_cards

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.integration_event_v2_request_attributes import (
            IntegrationEventV2RequestAttributes,
        )

        d = dict(src_dict)
        type_ = d.pop("type")

        profile_id = d.pop("profileId", UNSET)

        store_integration_id = d.pop("storeIntegrationId", UNSET)

        evaluable_campaign_ids = cast(list[int], d.pop("evaluableCampaignIds", UNSET))

        _attributes = d.pop("attributes", UNSET)
        attributes: IntegrationEventV2RequestAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = IntegrationEventV2RequestAttributes.from_dict(_attributes)

        _response_content = d.pop("responseContent", UNSET)
        response_content: list[IntegrationEventV2RequestResponseContentItem] | Unset = (
            UNSET
        )
        if _response_content is not UNSET:
            response_content = []
            for response_content_item_data in _response_content:
                response_content_item = IntegrationEventV2RequestResponseContentItem(
                    response_content_item_data
                )

                response_content.append(response_content_item)

        loyalty_cards = cast(list[str], d.pop("loyaltyCards", UNSET))

        integration_event_v2_request = cls(
            type_=type_,
            profile_id=profile_id,
            store_integration_id=store_integration_id,
            evaluable_campaign_ids=evaluable_campaign_ids,
            attributes=attributes,
            response_content=response_content,
            loyalty_cards=loyalty_cards,
        )

        integration_event_v2_request.additional_properties = d
        return integration_event_v2_request

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
