from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.projected_tier import ProjectedTier
    from ..models.tier import Tier


T = TypeVar("T", bound="LoyaltyBalanceWithTier")


@_attrs_define
class LoyaltyBalanceWithTier:
    """Point totals of one ledger, with tier information.

    Attributes:
        active_points (float | Unset):
        pending_points (float | Unset):
        spent_points (float | Unset):
        expired_points (float | Unset):
        negative_points (float | Unset):
        current_tier (Tier | Unset): A loyalty tier.
        projected_tier (ProjectedTier | Unset): The tier a profile is expected to be in.
        points_to_next_tier (float | Unset):
        next_tier_name (str | Unset):
    """

    active_points: float | Unset = UNSET
    pending_points: float | Unset = UNSET
    spent_points: float | Unset = UNSET
    expired_points: float | Unset = UNSET
    negative_points: float | Unset = UNSET
    current_tier: Tier | Unset = UNSET
    projected_tier: ProjectedTier | Unset = UNSET
    points_to_next_tier: float | Unset = UNSET
    next_tier_name: str | Unset = UNSET
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
        active_points = self.active_points

        pending_points = self.pending_points

        spent_points = self.spent_points

        expired_points = self.expired_points

        negative_points = self.negative_points

        current_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_tier, Unset):
            current_tier = self.current_tier.to_dict()

        projected_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.projected_tier, Unset):
            projected_tier = self.projected_tier.to_dict()

        points_to_next_tier = self.points_to_next_tier

        next_tier_name = self.next_tier_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_points is not UNSET:
            field_dict["activePoints"] = active_points
        if pending_points is not UNSET:
            field_dict["pendingPoints"] = pending_points
        if spent_points is not UNSET:
            field_dict["spentPoints"] = spent_points
        if expired_points is not UNSET:
            field_dict["expiredPoints"] = expired_points
        if negative_points is not UNSET:
            field_dict["negativePoints"] = negative_points
        if current_tier is not UNSET:
            field_dict["currentTier"] = current_tier
        if projected_tier is not UNSET:
            field_dict["projectedTier"] = projected_tier
        if points_to_next_tier is not UNSET:
            field_dict["pointsToNextTier"] = points_to_next_tier
        if next_tier_name is not UNSET:
            field_dict["nextTierName"] = next_tier_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.projected_tier import ProjectedTier
        from ..models.tier import Tier

        d = dict(src_dict)
        active_points = d.pop("activePoints", UNSET)

        pending_points = d.pop("pendingPoints", UNSET)

        spent_points = d.pop("spentPoints", UNSET)

        expired_points = d.pop("expiredPoints", UNSET)

        negative_points = d.pop("negativePoints", UNSET)

        _current_tier = d.pop("currentTier", UNSET)
        current_tier: Tier | Unset
        if isinstance(_current_tier, Unset):
            current_tier = UNSET
        else:
            current_tier = Tier.from_dict(_current_tier)

        _projected_tier = d.pop("projectedTier", UNSET)
        projected_tier: ProjectedTier | Unset
        if isinstance(_projected_tier, Unset):
            projected_tier = UNSET
        else:
            projected_tier = ProjectedTier.from_dict(_projected_tier)

        points_to_next_tier = d.pop("pointsToNextTier", UNSET)

        next_tier_name = d.pop("nextTierName", UNSET)

        loyalty_balance_with_tier = cls(
            active_points=active_points,
            pending_points=pending_points,
            spent_points=spent_points,
            expired_points=expired_points,
            negative_points=negative_points,
            current_tier=current_tier,
            projected_tier=projected_tier,
            points_to_next_tier=points_to_next_tier,
            next_tier_name=next_tier_name,
        )

        loyalty_balance_with_tier.additional_properties = d
        return loyalty_balance_with_tier

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
