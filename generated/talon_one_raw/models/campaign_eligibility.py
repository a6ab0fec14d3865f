from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.campaign_eligibility_features_item import CampaignEligibilityFeaturesItem
from ..models.campaign_eligibility_state import CampaignEligibilityState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_eligibility_attributes import CampaignEligibilityAttributes
    from ..models.campaign_eligibility_eligibility_item import (
        CampaignEligibilityEligibilityItem,
    )
    from ..models.campaign_eligibility_experiment import CampaignEligibilityExperiment
    from ..models.campaign_eligibility_rules_item import CampaignEligibilityRulesItem


T = TypeVar("T", bound="CampaignEligibility")


@_attrs_define
class CampaignEligibility:
    """Whether a campaign could apply to the request, rule by rule.

    Attributes:
        application_id (int):
        eligibility (list[CampaignEligibilityEligibilityItem]):
        features (list[CampaignEligibilityFeaturesItem]):
        id (int):
        name (str):
        rules (list[CampaignEligibilityRulesItem]):
        state (CampaignEligibilityState):  Default: CampaignEligibilityState.ENABLED.
        tags (list[str]):
        attributes (CampaignEligibilityAttributes | Unset):
        description (str | Unset):
        end_time (datetime.datetime | Unset):
        experiment (CampaignEligibilityExperiment | Unset):
        start_time (datetime.datetime | Unset):
    """

    application_id: int
    eligibility: list[CampaignEligibilityEligibilityItem]
    features: list[CampaignEligibilityFeaturesItem]
    id: int
    name: str
    rules: list[CampaignEligibilityRulesItem]
    tags: list[str]
    state: CampaignEligibilityState = CampaignEligibilityState.ENABLED
    attributes: CampaignEligibilityAttributes | Unset = UNSET
    description: str | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    experiment: CampaignEligibilityExperiment | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
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
        application_id = self.application_id

        eligibility = []
        for eligibility_item_data in self.eligibility:
            eligibility_item = eligibility_item_data.to_dict()
            eligibility.append(eligibility_item)

        features = []
        for features_item_data in self.features:
            features_item = features_item_data.value
            features.append(features_item)

        id = self.id

        name = self.name

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        state = self.state.value

        tags = self.tags

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        description = self.description

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        experiment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.experiment, Unset):
            experiment = self.experiment.to_dict()

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationId": application_id,
                "eligibility": eligibility,
                "features": features,
                "id": id,
                "name": name,
                "rules": rules,
                "state": state,
                "tags": tags,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if description is not UNSET:
            field_dict["description"] = description
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if start_time is not UNSET:
            field_dict["startTime"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_eligibility_attributes import (
            CampaignEligibilityAttributes,
        )
        from ..models.campaign_eligibility_eligibility_item import (
            CampaignEligibilityEligibilityItem,
        )
        from ..models.campaign_eligibility_experiment import (
            CampaignEligibilityExperiment,
        )
        from ..models.campaign_eligibility_rules_item import (
            CampaignEligibilityRulesItem,
        )

        d = dict(src_dict)
        application_id = d.pop("applicationId")

        eligibility = []
        _eligibility = d.pop("eligibility")
        for eligibility_item_data in _eligibility:
            eligibility_item = CampaignEligibilityEligibilityItem.from_dict(
                eligibility_item_data
            )

            eligibility.append(eligibility_item)

        features = []
        _features = d.pop("features")
        for features_item_data in _features:
            features_item = CampaignEligibilityFeaturesItem(features_item_data)

            features.append(features_item)

        id = d.pop("id")

        name = d.pop("name")

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = CampaignEligibilityRulesItem.from_dict(rules_item_data)

            rules.append(rules_item)

        state = CampaignEligibilityState(d.pop("state"))

        tags = cast(list[str], d.pop("tags"))

        _attributes = d.pop("attributes", UNSET)
        attributes: CampaignEligibilityAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = CampaignEligibilityAttributes.from_dict(_attributes)

        description = d.pop("description", UNSET)

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        _experiment = d.pop("experiment", UNSET)
        experiment: CampaignEligibilityExperiment | Unset
        if isinstance(_experiment, Unset):
            experiment = UNSET
        else:
            experiment = CampaignEligibilityExperiment.from_dict(_experiment)

        _start_time = d.pop("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        campaign_eligibility = cls(
            application_id=application_id,
            eligibility=eligibility,
            features=features,
            id=id,
            name=name,
            rules=rules,
            state=state,
            tags=tags,
            attributes=attributes,
            description=description,
            end_time=end_time,
            experiment=experiment,
            start_time=start_time,
        )

        campaign_eligibility.additional_properties = d
        return campaign_eligibility

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
