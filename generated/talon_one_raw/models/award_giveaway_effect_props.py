from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET

T = TypeVar("T", bound="AwardGiveawayEffectProps")


@_attrs_define
class AwardGiveawayEffectProps:
    """Props of the `awardGiveaway` effect. A giveaway code awarded to a profile.

    Attributes:
        code (str):
        giveaway_id (int):
        pool_id (int):
        pool_name (str):
        recipient_integration_id (str):
    """

    code: str
    giveaway_id: int
    pool_id: int
    pool_name: str
    recipient_integration_id: str
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
        code = self.code

        giveaway_id = self.giveaway_id

        pool_id = self.pool_id

        pool_name = self.pool_name

        recipient_integration_id = self.recipient_integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "giveawayId": giveaway_id,
                "poolId": pool_id,
                "poolName": pool_name,
                "recipientIntegrationId": recipient_integration_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        giveaway_id = d.pop("giveawayId")

        pool_id = d.pop("poolId")

        pool_name = d.pop("poolName")

        recipient_integration_id = d.pop("recipientIntegrationId")

        award_giveaway_effect_props = cls(
            code=code,
            giveaway_id=giveaway_id,
            pool_id=pool_id,
            pool_name=pool_name,
            recipient_integration_id=recipient_integration_id,
        )

        award_giveaway_effect_props.additional_properties = d
        return award_giveaway_effect_props

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
