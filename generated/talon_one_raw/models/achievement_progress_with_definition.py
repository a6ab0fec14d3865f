from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.achievement_progress_with_definition_achievement_activation_policy import (
    AchievementProgressWithDefinitionAchievementActivationPolicy,
)
from ..models.achievement_progress_with_definition_achievement_recurrence_policy import (
    AchievementProgressWithDefinitionAchievementRecurrencePolicy,
)
from ..models.achievement_progress_with_definition_status import (
    AchievementProgressWithDefinitionStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AchievementProgressWithDefinition")


@_attrs_define
class AchievementProgressWithDefinition:
    """A profile's progress together with the achievement's definition.

    Attributes:
        status (AchievementProgressWithDefinitionStatus):
        progress (float):
        achievement_id (int):
        name (str):
        title (str):
        description (str):
        campaign_id (int):
        achievement_recurrence_policy (AchievementProgressWithDefinitionAchievementRecurrencePolicy):
        achievement_activation_policy (AchievementProgressWithDefinitionAchievementActivationPolicy):
        start_date (datetime.datetime | Unset):
        completion_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        target (float | Unset):
        achievement_fixed_start_date (datetime.datetime | Unset):
        achievement_end_date (datetime.datetime | Unset):
        achievement_allow_rollback_after_completion (bool | Unset):
    """

    status: AchievementProgressWithDefinitionStatus
    progress: float
    achievement_id: int
    name: str
    title: str
    description: str
    campaign_id: int
    achievement_recurrence_policy: (
        AchievementProgressWithDefinitionAchievementRecurrencePolicy
    )
    achievement_activation_policy: (
        AchievementProgressWithDefinitionAchievementActivationPolicy
    )
    start_date: datetime.datetime | Unset = UNSET
    completion_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    target: float | Unset = UNSET
    achievement_fixed_start_date: datetime.datetime | Unset = UNSET
    achievement_end_date: datetime.datetime | Unset = UNSET
    achievement_allow_rollback_after_completion: bool | Unset = UNSET
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

        achievement_id = self.achievement_id

        name = self.name

        title = self.title

        description = self.description

        campaign_id = self.campaign_id

        achievement_recurrence_policy = self.achievement_recurrence_policy.value

        achievement_activation_policy = self.achievement_activation_policy.value

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        completion_date: str | Unset = UNSET
        if not isinstance(self.completion_date, Unset):
            completion_date = self.completion_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        target = self.target

        achievement_fixed_start_date: str | Unset = UNSET
        if not isinstance(self.achievement_fixed_start_date, Unset):
            achievement_fixed_start_date = self.achievement_fixed_start_date.isoformat()

        achievement_end_date: str | Unset = UNSET
        if not isinstance(self.achievement_end_date, Unset):
            achievement_end_date = self.achievement_end_date.isoformat()

        achievement_allow_rollback_after_completion = (
            self.achievement_allow_rollback_after_completion
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "progress": progress,
                "achievementId": achievement_id,
                "name": name,
                "title": title,
                "description": description,
                "campaignId": campaign_id,
                "achievementRecurrencePolicy": achievement_recurrence_policy,
                "achievementActivationPolicy": achievement_activation_policy,
            }
        )
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if completion_date is not UNSET:
            field_dict["completionDate"] = completion_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if target is not UNSET:
            field_dict["target"] = target
        if achievement_fixed_start_date is not UNSET:
            field_dict["achievementFixedStartDate"] = achievement_fixed_start_date
        if achievement_end_date is not UNSET:
            field_dict["achievementEndDate"] = achievement_end_date
        if achievement_allow_rollback_after_completion is not UNSET:
            field_dict["achievementAllowRollbackAfterCompletion"] = (
                achievement_allow_rollback_after_completion
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = AchievementProgressWithDefinitionStatus(d.pop("status"))

        progress = d.pop("progress")

        achievement_id = d.pop("achievementId")

        name = d.pop("name")

        title = d.pop("title")

        description = d.pop("description")

        campaign_id = d.pop("campaignId")

        achievement_recurrence_policy = (
            AchievementProgressWithDefinitionAchievementRecurrencePolicy(
                d.pop("achievementRecurrencePolicy")
            )
        )

        achievement_activation_policy = (
            AchievementProgressWithDefinitionAchievementActivationPolicy(
                d.pop("achievementActivationPolicy")
            )
        )

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

        target = d.pop("target", UNSET)

        _achievement_fixed_start_date = d.pop("achievementFixedStartDate", UNSET)
        achievement_fixed_start_date: datetime.datetime | Unset
        if isinstance(_achievement_fixed_start_date, Unset):
            achievement_fixed_start_date = UNSET
        else:
            achievement_fixed_start_date = datetime.datetime.fromisoformat(
                _achievement_fixed_start_date
            )

        _achievement_end_date = d.pop("achievementEndDate", UNSET)
        achievement_end_date: datetime.datetime | Unset
        if isinstance(_achievement_end_date, Unset):
            achievement_end_date = UNSET
        else:
            achievement_end_date = datetime.datetime.fromisoformat(
                _achievement_end_date
            )

        achievement_allow_rollback_after_completion = d.pop(
            "achievementAllowRollbackAfterCompletion", UNSET
        )

        achievement_progress_with_definition = cls(
            status=status,
            progress=progress,
            achievement_id=achievement_id,
            name=name,
            title=title,
            description=description,
            campaign_id=campaign_id,
            achievement_recurrence_policy=achievement_recurrence_policy,
            achievement_activation_policy=achievement_activation_policy,
            start_date=start_date,
            completion_date=completion_date,
            end_date=end_date,
            target=target,
            achievement_fixed_start_date=achievement_fixed_start_date,
            achievement_end_date=achievement_end_date,
            achievement_allow_rollback_after_completion=achievement_allow_rollback_after_completion,
        )

        achievement_progress_with_definition.additional_properties = d
        return achievement_progress_with_definition

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
