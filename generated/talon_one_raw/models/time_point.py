from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimePoint")


@_attrs_define
class TimePoint:
    """A moment in a recurring period.

    Attributes:
        hour (int):
        minute (int):
        second (int):
        month (int | Unset):
        day_of_month (int | Unset):
        day_of_week (int | Unset):
    """

    hour: int
    minute: int
    second: int
    month: int | Unset = UNSET
    day_of_month: int | Unset = UNSET
    day_of_week: int | Unset = UNSET
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
        hour = self.hour

        minute = self.minute

        second = self.second

        month = self.month

        day_of_month = self.day_of_month

        day_of_week = self.day_of_week

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hour": hour,
                "minute": minute,
                "second": second,
            }
        )
        if month is not UNSET:
            field_dict["month"] = month
        if day_of_month is not UNSET:
            field_dict["dayOfMonth"] = day_of_month
        if day_of_week is not UNSET:
            field_dict["dayOfWeek"] = day_of_week

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        hour = d.pop("hour")

        minute = d.pop("minute")

        second = d.pop("second")

        month = d.pop("month", UNSET)

        day_of_month = d.pop("dayOfMonth", UNSET)

        day_of_week = d.pop("dayOfWeek", UNSET)

        time_point = cls(
            hour=hour,
            minute=minute,
            second=second,
            month=month,
            day_of_month=day_of_month,
            day_of_week=day_of_week,
        )

        time_point.additional_properties = d
        return time_point

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
