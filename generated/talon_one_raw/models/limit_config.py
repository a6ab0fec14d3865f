from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.limit_config_entities_item import LimitConfigEntitiesItem
from ..models.limit_config_period import LimitConfigPeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="LimitConfig")


@_attrs_define
class LimitConfig:
    """A usage limit of a campaign.

    Attributes:
        action (str):
        limit (float):
        entities (list[LimitConfigEntitiesItem]):
        period (LimitConfigPeriod | Unset):
    """

    action: str
    limit: float
    entities: list[LimitConfigEntitiesItem]
    period: LimitConfigPeriod | Unset = UNSET
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
        action = self.action

        limit = self.limit

        entities = []
        for entities_item_data in self.entities:
            entities_item = entities_item_data.value
            entities.append(entities_item)

        period: str | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "limit": limit,
                "entities": entities,
            }
        )
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = d.pop("action")

        limit = d.pop("limit")

        entities = []
        _entities = d.pop("entities")
        for entities_item_data in _entities:
            entities_item = LimitConfigEntitiesItem(entities_item_data)

            entities.append(entities_item)

        _period = d.pop("period", UNSET)
        period: LimitConfigPeriod | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = LimitConfigPeriod(_period)

        limit_config = cls(
            action=action,
            limit=limit,
            entities=entities,
            period=period,
        )

        limit_config.additional_properties = d
        return limit_config

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
