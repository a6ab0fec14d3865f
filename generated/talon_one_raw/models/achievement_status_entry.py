from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.achievement_status_entry_activation_policy import (
    AchievementStatusEntryActivationPolicy,
)
from ..models.achievement_status_entry_recurrence_policy import (
    AchievementStatusEntryRecurrencePolicy,
)
from ..models.achievement_status_entry_status import AchievementStatusEntryStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.achievement_progress import AchievementProgress
    from ..models.time_point import TimePoint


T = TypeVar("T", bound="AchievementStatusEntry")


@_attrs_define
class AchievementStatusEntry:
    """An achievement as it applies to one profile.

    Attributes:
        id (int):
        created (datetime.datetime):
        name (str):
        title (str):
        description (str):
        target (float):
        period (str | Unset):
        period_end_override (TimePoint | Unset): A moment in a recurring period.
        recurrence_policy (AchievementStatusEntryRecurrencePolicy | Unset):
        activation_policy (AchievementStatusEntryActivationPolicy | Unset):
        fixed_start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        allow_rollback_after_completion (bool | Unset):
        campaign_id (int | Unset):
        status (AchievementStatusEntryStatus | Unset):
        current_progress (AchievementProgress | Unset): A profile's progress record in an achievement.
    """

    id: int
    created: datetime.datetime
    name: str
    title: str
    description: str
    target: float
    period: str | Unset = UNSET
    period_end_override: TimePoint | Unset = UNSET
    recurrence_policy: AchievementStatusEntryRecurrencePolicy | Unset = UNSET
    activation_policy: AchievementStatusEntryActivationPolicy | Unset = UNSET
    fixed_start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    allow_rollback_after_completion: bool | Unset = UNSET
    campaign_id: int | Unset = UNSET
    status: AchievementStatusEntryStatus | Unset = UNSET
    current_progress: AchievementProgress | Unset = UNSET
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

        name = self.name

        title = self.title

        description = self.description

        target = self.target

        period = self.period

        period_end_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period_end_override, Unset):
            period_end_override = self.period_end_override.to_dict()

        recurrence_policy: str | Unset = UNSET
        if not isinstance(self.recurrence_policy, Unset):
            recurrence_policy = self.recurrence_policy.value

        activation_policy: str | Unset = UNSET
        if not isinstance(self.activation_policy, Unset):
            activation_policy = self.activation_policy.value

        fixed_start_date: str | Unset = UNSET
        if not isinstance(self.fixed_start_date, Unset):
            fixed_start_date = self.fixed_start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        allow_rollback_after_completion = self.allow_rollback_after_completion

        campaign_id = self.campaign_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        current_progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_progress, Unset):
            current_progress = self.current_progress.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "name": name,
                "title": title,
                "description": description,
                "target": target,
            }
        )
        if period is not UNSET:
            field_dict["period"] = period
        if period_end_override is not UNSET:
            field_dict["periodEndOverride"] = period_end_override
        if recurrence_policy is not UNSET:
            field_dict["recurrencePolicy"] = recurrence_policy
        if activation_policy is not UNSET:
            field_dict["activationPolicy"] = activation_policy
        if fixed_start_date is not UNSET:
            field_dict["fixedStartDate"] = fixed_start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if allow_rollback_after_completion is not UNSET:
            field_dict["allowRollbackAfterCompletion"] = allow_rollback_after_completion
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if status is not UNSET:
            field_dict["status"] = status
        if current_progress is not UNSET:
            field_dict["currentProgress"] = current_progress

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.achievement_progress import AchievementProgress
        from ..models.time_point import TimePoint

        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        name = d.pop("name")

        title = d.pop("title")

        description = d.pop("description")

        target = d.pop("target")

        period = d.pop("period", UNSET)

        _period_end_override = d.pop("periodEndOverride", UNSET)
        period_end_override: TimePoint | Unset
        if isinstance(_period_end_override, Unset):
            period_end_override = UNSET
        else:
            period_end_override = TimePoint.from_dict(_period_end_override)

        _recurrence_policy = d.pop("recurrencePolicy", UNSET)
        recurrence_policy: AchievementStatusEntryRecurrencePolicy | Unset
        if isinstance(_recurrence_policy, Unset):
            recurrence_policy = UNSET
        else:
            recurrence_policy = AchievementStatusEntryRecurrencePolicy(
                _recurrence_policy
            )

        _activation_policy = d.pop("activationPolicy", UNSET)
        activation_policy: AchievementStatusEntryActivationPolicy | Unset
        if isinstance(_activation_policy, Unset):
            activation_policy = UNSET
        else:
            activation_policy = AchievementStatusEntryActivationPolicy(
                _activation_policy
            )

        _fixed_start_date = d.pop("fixedStartDate", UNSET)
        fixed_start_date: datetime.datetime | Unset
        if isinstance(_fixed_start_date, Unset):
            fixed_start_date = UNSET
        else:
            fixed_start_date = datetime.datetime.fromisoformat(_fixed_start_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        allow_rollback_after_completion = d.pop("allowRollbackAfterCompletion", UNSET)

        campaign_id = d.pop("campaignId", UNSET)

        _status = d.pop("status", UNSET)
        status: AchievementStatusEntryStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AchievementStatusEntryStatus(_status)

        _current_progress = d.pop("currentProgress", UNSET)
        current_progress: AchievementProgress | Unset
        if isinstance(_current_progress, Unset):
            current_progress = UNSET
        else:
            current_progress = AchievementProgress.from_dict(_current_progress)

        achievement_status_entry = cls(
            id=id,
            created=created,
            name=name,
            title=title,
            description=description,
            target=target,
            period=period,
            period_end_override=period_end_override,
            recurrence_policy=recurrence_policy,
            activation_policy=activation_policy,
            fixed_start_date=fixed_start_date,
            end_date=end_date,
            allow_rollback_after_completion=allow_rollback_after_completion,
            campaign_id=campaign_id,
            status=status,
            current_progress=current_progress,
        )

        achievement_status_entry.additional_properties = d
        return achievement_status_entry

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
