from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="Catalog")


@_attrs_define
class Catalog:
    """A cart item catalog after a sync.

    Attributes:
        id (int):
        created (datetime.datetime):
        account_id (int):
        modified (datetime.datetime):
        name (str):
        description (str):
        version (int):
        created_by (int):
        subscribed_applications_ids (list[int] | Unset):
    """

    id: int
    created: datetime.datetime
    account_id: int
    modified: datetime.datetime
    name: str
    description: str
    version: int
    created_by: int
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
        id = self.id

        created = self.created.isoformat()

        account_id = self.account_id

        modified = self.modified.isoformat()

        name = self.name

        description = self.description

        version = self.version

        created_by = self.created_by

        subscribed_applications_ids: list[int] | Unset = UNSET
        if not isinstance(self.subscribed_applications_ids, Unset):
            subscribed_applications_ids = self.subscribed_applications_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "accountId": account_id,
                "modified": modified,
                "name": name,
                "description": description,
                "version": version,
                "createdBy": created_by,
            }
        )
        if subscribed_applications_ids is not UNSET:
            field_dict["subscribedApplicationsIds"] = subscribed_applications_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        account_id = d.pop("accountId")

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        name = d.pop("name")

        description = d.pop("description")

        version = d.pop("version")

        created_by = d.pop("createdBy")

        subscribed_applications_ids = cast(
            list[int], d.pop("subscribedApplicationsIds", UNSET)
        )

        catalog = cls(
            id=id,
            created=created,
            account_id=account_id,
            modified=modified,
            name=name,
            description=description,
            version=version,
            created_by=created_by,
            subscribed_applications_ids=subscribed_applications_ids,
        )

        catalog.additional_properties = d
        return catalog

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
