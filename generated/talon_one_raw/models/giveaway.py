from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.giveaway_attributes import GiveawayAttributes


T = TypeVar("T", bound="Giveaway")


@_attrs_define
class Giveaway:
    """A giveaway code awarded to a profile.

    Attributes:
        id (int):
        created (datetime.datetime):
        code (str):
        pool_id (int):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        attributes (GiveawayAttributes | Unset):
        used (bool | Unset):
        import_id (int | Unset):
        profile_integration_id (str | Unset):
        profile_id (int | Unset):
    """

    id: int
    created: datetime.datetime
    code: str
    pool_id: int
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    attributes: GiveawayAttributes | Unset = UNSET
    used: bool | Unset = UNSET
    import_id: int | Unset = UNSET
    profile_integration_id: str | Unset = UNSET
    profile_id: int | Unset = UNSET
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

        code = self.code

        pool_id = self.pool_id

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        used = self.used

        import_id = self.import_id

        profile_integration_id = self.profile_integration_id

        profile_id = self.profile_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "code": code,
                "poolId": pool_id,
            }
        )
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if used is not UNSET:
            field_dict["used"] = used
        if import_id is not UNSET:
            field_dict["importId"] = import_id
        if profile_integration_id is not UNSET:
            field_dict["profileIntegrationId"] = profile_integration_id
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.giveaway_attributes import GiveawayAttributes

        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        code = d.pop("code")

        pool_id = d.pop("poolId")

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        _attributes = d.pop("attributes", UNSET)
        attributes: GiveawayAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = GiveawayAttributes.from_dict(_attributes)

        used = d.pop("used", UNSET)

        import_id = d.pop("importId", UNSET)

        profile_integration_id = d.pop("profileIntegrationId", UNSET)

        profile_id = d.pop("profileId", UNSET)

        giveaway = cls(
            id=id,
            created=created,
            code=code,
            pool_id=pool_id,
            start_date=start_date,
            end_date=end_date,
            attributes=attributes,
            used=used,
            import_id=import_id,
            profile_integration_id=profile_integration_id,
            profile_id=profile_id,
        )

        giveaway.additional_properties = d
        return giveaway

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
