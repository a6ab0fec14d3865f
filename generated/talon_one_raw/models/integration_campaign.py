from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.integration_campaign_features_item import IntegrationCampaignFeaturesItem
from ..models.integration_campaign_state import IntegrationCampaignState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_campaign_attributes import IntegrationCampaignAttributes
    from ..models.integration_campaign_rules_item import IntegrationCampaignRulesItem


T = TypeVar("T", bound="IntegrationCampaign")


@_attrs_define
class IntegrationCampaign:
    """A campaign as the Integration API exposes it.

    Attributes:
        id (int):
        application_id (int):
        name (str):
        state (IntegrationCampaignState):  Default: IntegrationCampaignState.ENABLED.
        tags (list[str]):
        features (list[IntegrationCampaignFeaturesItem]):
        rules (list[IntegrationCampaignRulesItem]):
        description (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        attributes (IntegrationCampaignAttributes | Unset):
    """

    id: int
    application_id: int
    name: str
    tags: list[str]
    features: list[IntegrationCampaignFeaturesItem]
    rules: list[IntegrationCampaignRulesItem]
    state: IntegrationCampaignState = IntegrationCampaignState.ENABLED
    description: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    attributes: IntegrationCampaignAttributes | Unset = UNSET
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
        id = self.id

        application_id = self.application_id

        name = self.name

        state = self.state.value

        tags = self.tags

        features = []
        for features_item_data in self.features:
            features_item = features_item_data.value
            features.append(features_item)

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        description = self.description

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "applicationId": application_id,
                "name": name,
                "state": state,
                "tags": tags,
                "features": features,
                "rules": rules,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.integration_campaign_attributes import (
            IntegrationCampaignAttributes,
        )
        from ..models.integration_campaign_rules_item import (
            IntegrationCampaignRulesItem,
        )

        d = dict(src_dict)
        id = d.pop("id")

        application_id = d.pop("applicationId")

        name = d.pop("name")

        state = IntegrationCampaignState(d.pop("state"))

        tags = cast(list[str], d.pop("tags"))

        features = []
        _features = d.pop("features")
        for features_item_data in _features:
            features_item = IntegrationCampaignFeaturesItem(features_item_data)

            features.append(features_item)

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = IntegrationCampaignRulesItem.from_dict(rules_item_data)

            rules.append(rules_item)

        description = d.pop("description", UNSET)

        _start_time = d.pop("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        _attributes = d.pop("attributes", UNSET)
        attributes: IntegrationCampaignAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = IntegrationCampaignAttributes.from_dict(_attributes)

        integration_campaign = cls(
            id=id,
            application_id=application_id,
            name=name,
            state=state,
            tags=tags,
            features=features,
            rules=rules,
            description=description,
            start_time=start_time,
            end_time=end_time,
            attributes=attributes,
        )

        integration_campaign.additional_properties = d
        return integration_campaign

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
