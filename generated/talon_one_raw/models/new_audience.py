from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewAudience")


@_attrs_define
class NewAudience:
    """An audience to create.

    Example:
        {'name': 'Newsletter readers', 'integration': 'mparticle', 'integrationId': 'aud-42'}

    Attributes:
        name (str):
        sandbox (bool | Unset):
        description (str | Unset):
        integration (str | Unset):
        integration_id (str | Unset):
        created_in_3_rd_party (bool | Unset):
        last_update (datetime.datetime | Unset):
        subscribed_applications_ids (list[int] | Unset):
    """

    name: str
    sandbox: bool | Unset = UNSET
    description: str | Unset = UNSET
    integration: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    created_in_3_rd_party: bool | Unset = UNSET
    last_update: datetime.datetime | Unset = UNSET
    subscribed_applications_ids: list[int] | Unset = UNSET
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
        name = self.name

        sandbox = self.sandbox

        description = self.description

        integration = self.integration

        integration_id = self.integration_id

        created_in_3_rd_party = self.created_in_3_rd_party

        last_update: str | Unset = UNSET
        if not isinstance(self.last_update, Unset):
            last_update = self.last_update.isoformat()

        subscribed_applications_ids: list[int] | Unset = UNSET
        if not isinstance(self.subscribed_applications_ids, Unset):
            subscribed_applications_ids = self.subscribed_applications_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox
        if description is not UNSET:
            field_dict["description"] = description
        if integration is not UNSET:
            field_dict["integration"] = integration
        if integration_id is not UNSET:
            field_dict["integrationId"] = integration_id
        if created_in_3_rd_party is not UNSET:
            field_dict["createdIn3rdParty"] = created_in_3_rd_party
        if last_update is not UNSET:
            field_dict["lastUpdate"] = last_update
        if subscribed_applications_ids is not UNSET:
            field_dict["subscribedApplicationsIds"] = subscribed_applications_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        sandbox = d.pop("sandbox", UNSET)

        description = d.pop("description", UNSET)

        integration = d.pop("integration", UNSET)

        integration_id = d.pop("integrationId", UNSET)

        created_in_3_rd_party = d.pop("createdIn3rdParty", UNSET)

        _last_update = d.pop("lastUpdate", UNSET)
        last_update: datetime.datetime | Unset
        if isinstance(_last_update, Unset):
            last_update = UNSET
        else:
            last_update = datetime.datetime.fromisoformat(_last_update)

        subscribed_applications_ids = cast(
            list[int], d.pop("subscribedApplicationsIds", UNSET)
        )

        new_audience = cls(
            name=name,
            sandbox=sandbox,
            description=description,
            integration=integration,
            integration_id=integration_id,
            created_in_3_rd_party=created_in_3_rd_party,
            last_update=last_update,
            subscribed_applications_ids=subscribed_applications_ids,
        )

        new_audience.additional_properties = d
        return new_audience

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
