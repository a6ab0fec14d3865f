from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoveFromAudienceEffectProps")


@_attrs_define
class RemoveFromAudienceEffectProps:
    """Props of the `removeFromAudience` effect. A profile removed from an audience.

    Attributes:
        audience_id (int | Unset):
        audience_name (str | Unset):
        profile_id (int | Unset):
        profile_integration_id (str | Unset):
    """

    audience_id: int | Unset = UNSET
    audience_name: str | Unset = UNSET
    profile_id: int | Unset = UNSET
    profile_integration_id: str | Unset = UNSET
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
        audience_id = self.audience_id

        audience_name = self.audience_name

        profile_id = self.profile_id

        profile_integration_id = self.profile_integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audience_id is not UNSET:
            field_dict["audienceId"] = audience_id
        if audience_name is not UNSET:
            field_dict["audienceName"] = audience_name
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id
        if profile_integration_id is not UNSET:
            field_dict["profileIntegrationId"] = profile_integration_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audience_id = d.pop("audienceId", UNSET)

        audience_name = d.pop("audienceName", UNSET)

        profile_id = d.pop("profileId", UNSET)

        profile_integration_id = d.pop("profileIntegrationId", UNSET)

        remove_from_audience_effect_props = cls(
            audience_id=audience_id,
            audience_name=audience_name,
            profile_id=profile_id,
            profile_integration_id=profile_integration_id,
        )

        remove_from_audience_effect_props.additional_properties = d
        return remove_from_audience_effect_props

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
