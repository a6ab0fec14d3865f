from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationCampaignRulesItem")


@_attrs_define
class IntegrationCampaignRulesItem:
    """
    Attributes:
        title (str):
        display_description (str | Unset):
        display_name (str | Unset):
        related_data (str | Unset):
    """

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
        title = self.title

        display_description = self.display_description

        display_name = self.display_name

        related_data = self.related_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        d = dict(src_dict)
        title = d.pop("title")

        display_description = d.pop("displayDescription", UNSET)

        display_name = d.pop("displayName", UNSET)

        related_data = d.pop("relatedData", UNSET)

        integration_campaign_rules_item = cls(
            title=title,
            display_description=display_description,
            display_name=display_name,
            related_data=related_data,
        )

        integration_campaign_rules_item.additional_properties = d
        return integration_campaign_rules_item

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
