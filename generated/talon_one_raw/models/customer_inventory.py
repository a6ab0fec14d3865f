from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.achievement_progress_with_definition import (
        AchievementProgressWithDefinition,
    )
    from ..models.customer_profile import CustomerProfile
    from ..models.giveaway import Giveaway
    from ..models.inventory_coupon import InventoryCoupon
    from ..models.inventory_referral import InventoryReferral
    from ..models.loyalty import Loyalty


T = TypeVar("T", bound="CustomerInventory")


@_attrs_define
class CustomerInventory:
    """What a profile owns: coupons, referrals, loyalty, giveaways, achievements.

    Attributes:
        profile (CustomerProfile | Unset): A customer as Talon.One knows them.
        loyalty (Loyalty | Unset): Loyalty balances of the profile and of the cards used.
        referrals (list[InventoryReferral] | Unset):
        coupons (list[InventoryCoupon] | Unset):
        giveaways (list[Giveaway] | Unset):
        achievements (list[AchievementProgressWithDefinition] | Unset):
    """

    profile: CustomerProfile | Unset = UNSET
    loyalty: Loyalty | Unset = UNSET
    referrals: list[InventoryReferral] | Unset = UNSET
    coupons: list[InventoryCoupon] | Unset = UNSET
    giveaways: list[Giveaway] | Unset = UNSET
    achievements: list[AchievementProgressWithDefinition] | Unset = UNSET
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
        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        loyalty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty, Unset):
            loyalty = self.loyalty.to_dict()

        referrals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.referrals, Unset):
            referrals = []
            for referrals_item_data in self.referrals:
                referrals_item = referrals_item_data.to_dict()
                referrals.append(referrals_item)

        coupons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coupons, Unset):
            coupons = []
            for coupons_item_data in self.coupons:
                coupons_item = coupons_item_data.to_dict()
                coupons.append(coupons_item)

        giveaways: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.giveaways, Unset):
            giveaways = []
            for giveaways_item_data in self.giveaways:
                giveaways_item = giveaways_item_data.to_dict()
                giveaways.append(giveaways_item)

        achievements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.achievements, Unset):
            achievements = []
            for achievements_item_data in self.achievements:
                achievements_item = achievements_item_data.to_dict()
                achievements.append(achievements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile is not UNSET:
            field_dict["profile"] = profile
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty
        if referrals is not UNSET:
            field_dict["referrals"] = referrals
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
        if giveaways is not UNSET:
            field_dict["giveaways"] = giveaways
        if achievements is not UNSET:
            field_dict["achievements"] = achievements

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.achievement_progress_with_definition import (
            AchievementProgressWithDefinition,
        )
        from ..models.customer_profile import CustomerProfile
        from ..models.giveaway import Giveaway
        from ..models.inventory_coupon import InventoryCoupon
        from ..models.inventory_referral import InventoryReferral
        from ..models.loyalty import Loyalty

        d = dict(src_dict)
        _profile = d.pop("profile", UNSET)
        profile: CustomerProfile | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = CustomerProfile.from_dict(_profile)

        _loyalty = d.pop("loyalty", UNSET)
        loyalty: Loyalty | Unset
        if isinstance(_loyalty, Unset):
            loyalty = UNSET
        else:
            loyalty = Loyalty.from_dict(_loyalty)

        _referrals = d.pop("referrals", UNSET)
        referrals: list[InventoryReferral] | Unset = UNSET
        if _referrals is not UNSET:
            referrals = []
            for referrals_item_data in _referrals:
                referrals_item = InventoryReferral.from_dict(referrals_item_data)

                referrals.append(referrals_item)

        _coupons = d.pop("coupons", UNSET)
        coupons: list[InventoryCoupon] | Unset = UNSET
        if _coupons is not UNSET:
            coupons = []
            for coupons_item_data in _coupons:
                coupons_item = InventoryCoupon.from_dict(coupons_item_data)

                coupons.append(coupons_item)

        _giveaways = d.pop("giveaways", UNSET)
        giveaways: list[Giveaway] | Unset = UNSET
        if _giveaways is not UNSET:
            giveaways = []
            for giveaways_item_data in _giveaways:
                giveaways_item = Giveaway.from_dict(giveaways_item_data)

                giveaways.append(giveaways_item)

        _achievements = d.pop("achievements", UNSET)
        achievements: list[AchievementProgressWithDefinition] | Unset = UNSET
        if _achievements is not UNSET:
            achievements = []
            for achievements_item_data in _achievements:
                achievements_item = AchievementProgressWithDefinition.from_dict(
                    achievements_item_data
                )

                achievements.append(achievements_item)

        customer_inventory = cls(
            profile=profile,
            loyalty=loyalty,
            referrals=referrals,
            coupons=coupons,
            giveaways=giveaways,
            achievements=achievements,
        )

        customer_inventory.additional_properties = d
        return customer_inventory

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
