from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_eligibility_rules_item_eligibility_item import (
        CampaignEligibilityRulesItemEligibilityItem,
    )


T = TypeVar("T", bound="CampaignEligibilityRulesItem")


@_attrs_define
class CampaignEligibilityRulesItem:
    """
    Attributes:
        eligibility (list[CampaignEligibilityRulesItemEligibilityItem]):
        title (str):
        display_description (str | Unset):
        display_name (str | Unset):
        related_data (str | Unset):
    """

    eligibility: list[CampaignEligibilityRulesItemEligibilityItem]
    title: str
    display_description: str | Unset = UNSET
    display_name: str | Unset = UNSET
    related_data: str | Unset = UNSET
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
        eligibility = []
        for eligibility_item_data in self.eligibility:
            eligibility_item = eligibility_item_data.to_dict()
            eligibility.append(eligibility_item)

        title = self.title

        display_description = self.display_description

        display_name = self.display_name

        related_data = self.related_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eligibility": eligibility,
                "title": title,
            }
        )
        if display_description is not UNSET:
            field_dict["displayDescription"] = display_description
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if related_data is not UNSET:
            field_dict["relatedData"] = related_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_eligibility_rules_item_eligibility_item import (
            CampaignEligibilityRulesItemEligibilityItem,
        )

        d = dict(src_dict)
        eligibility = []
        _eligibility = d.pop("eligibility")
        for eligibility_item_data in _eligibility:
            eligibility_item = CampaignEligibilityRulesItemEligibilityItem.from_dict(
                eligibility_item_data
            )

            eligibility.append(eligibility_item)

        title = d.pop("title")

        display_description = d.pop("displayDescription", UNSET)

        display_name = d.pop("displayName", UNSET)

        related_data = d.pop("relatedData", UNSET)

        campaign_eligibility_rules_item = cls(
            eligibility=eligibility,
            title=title,
            display_description=display_description,
            display_name=display_name,
            related_data=related_data,
        )

        campaign_eligibility_rules_item.additional_properties = d
        return campaign_eligibility_rules_item

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
