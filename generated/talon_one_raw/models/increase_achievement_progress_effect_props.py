from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncreaseAchievementProgressEffectProps")


@_attrs_define
class IncreaseAchievementProgressEffectProps:
    """Props of the `increaseAchievementProgress` effect. A profile's progress in an achievement grew.

    Attributes:
        achievement_id (int):
        achievement_name (str):
        delta (float):
        is_just_completed (bool):
        target (float):
        value (float):
        progress_tracker_id (int | Unset):
    """

    achievement_id: int
    achievement_name: str
    delta: float
    is_just_completed: bool
    target: float
    value: float
    progress_tracker_id: int | Unset = UNSET
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
        achievement_id = self.achievement_id

        achievement_name = self.achievement_name

        delta = self.delta

        is_just_completed = self.is_just_completed

        target = self.target

        value = self.value

        progress_tracker_id = self.progress_tracker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "achievementId": achievement_id,
                "achievementName": achievement_name,
                "delta": delta,
                "isJustCompleted": is_just_completed,
                "target": target,
                "value": value,
            }
        )
        if progress_tracker_id is not UNSET:
            field_dict["progressTrackerId"] = progress_tracker_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        achievement_id = d.pop("achievementId")

        achievement_name = d.pop("achievementName")

        delta = d.pop("delta")

        is_just_completed = d.pop("isJustCompleted")

        target = d.pop("target")

        value = d.pop("value")

        progress_tracker_id = d.pop("progressTrackerId", UNSET)

        increase_achievement_progress_effect_props = cls(
            achievement_id=achievement_id,
            achievement_name=achievement_name,
            delta=delta,
            is_just_completed=is_just_completed,
            target=target,
            value=value,
            progress_tracker_id=progress_tracker_id,
        )

        increase_achievement_progress_effect_props.additional_properties = d
        return increase_achievement_progress_effect_props

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
