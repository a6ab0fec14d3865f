from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.achievement_progress_status import AchievementProgressStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AchievementProgress")


@_attrs_define
class AchievementProgress:
    """A profile's progress record in an achievement.

    Attributes:
        status (AchievementProgressStatus):
        progress (float):
        start_date (datetime.datetime | Unset):
        completion_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
    """

    status: AchievementProgressStatus
    progress: float
    start_date: datetime.datetime | Unset = UNSET
    completion_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
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
        status = self.status.value

        progress = self.progress

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        completion_date: str | Unset = UNSET
        if not isinstance(self.completion_date, Unset):
            completion_date = self.completion_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "progress": progress,
            }
        )
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if completion_date is not UNSET:
            field_dict["completionDate"] = completion_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = AchievementProgressStatus(d.pop("status"))

        progress = d.pop("progress")

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _completion_date = d.pop("completionDate", UNSET)
        completion_date: datetime.datetime | Unset
        if isinstance(_completion_date, Unset):
            completion_date = UNSET
        else:
            completion_date = datetime.datetime.fromisoformat(_completion_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        achievement_progress = cls(
            status=status,
            progress=progress,
            start_date=start_date,
            completion_date=completion_date,
            end_date=end_date,
        )

        achievement_progress.additional_properties = d
        return achievement_progress

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
