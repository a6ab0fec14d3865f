from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tier import Tier


T = TypeVar("T", bound="LedgerInfo")


@_attrs_define
class LedgerInfo:
    """Balances of one loyalty ledger.

    Attributes:
        current_balance (float):
        pending_balance (float):
        expired_balance (float):
        spent_balance (float):
        tentative_current_balance (float):
        negative_balance (float | Unset):
        tentative_pending_balance (float | Unset):
        tentative_negative_balance (float | Unset):
        current_tier (Tier | Unset): A loyalty tier.
        points_to_next_tier (float | Unset):
        next_tier_name (str | Unset):
    """

    current_balance: float
    pending_balance: float
    expired_balance: float
    spent_balance: float
    tentative_current_balance: float
    negative_balance: float | Unset = UNSET
    tentative_pending_balance: float | Unset = UNSET
    tentative_negative_balance: float | Unset = UNSET
    current_tier: Tier | Unset = UNSET
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
        current_balance = self.current_balance

        pending_balance = self.pending_balance

        expired_balance = self.expired_balance

        spent_balance = self.spent_balance

        tentative_current_balance = self.tentative_current_balance

        negative_balance = self.negative_balance

        tentative_pending_balance = self.tentative_pending_balance

        tentative_negative_balance = self.tentative_negative_balance

        current_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_tier, Unset):
            current_tier = self.current_tier.to_dict()

        points_to_next_tier = self.points_to_next_tier

        next_tier_name = self.next_tier_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentBalance": current_balance,
                "pendingBalance": pending_balance,
                "expiredBalance": expired_balance,
                "spentBalance": spent_balance,
                "tentativeCurrentBalance": tentative_current_balance,
            }
        )
        if negative_balance is not UNSET:
            field_dict["negativeBalance"] = negative_balance
        if tentative_pending_balance is not UNSET:
            field_dict["tentativePendingBalance"] = tentative_pending_balance
        if tentative_negative_balance is not UNSET:
            field_dict["tentativeNegativeBalance"] = tentative_negative_balance
        if current_tier is not UNSET:
            field_dict["currentTier"] = current_tier
        if points_to_next_tier is not UNSET:
            field_dict["pointsToNextTier"] = points_to_next_tier
        if next_tier_name is not UNSET:
            field_dict["nextTierName"] = next_tier_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tier import Tier

        d = dict(src_dict)
        current_balance = d.pop("currentBalance")

        pending_balance = d.pop("pendingBalance")

        expired_balance = d.pop("expiredBalance")

        spent_balance = d.pop("spentBalance")

        tentative_current_balance = d.pop("tentativeCurrentBalance")

        negative_balance = d.pop("negativeBalance", UNSET)

        tentative_pending_balance = d.pop("tentativePendingBalance", UNSET)

        tentative_negative_balance = d.pop("tentativeNegativeBalance", UNSET)

        _current_tier = d.pop("currentTier", UNSET)
        current_tier: Tier | Unset
        if isinstance(_current_tier, Unset):
            current_tier = UNSET
        else:
            current_tier = Tier.from_dict(_current_tier)

        points_to_next_tier = d.pop("pointsToNextTier", UNSET)

        next_tier_name = d.pop("nextTierName", UNSET)

        ledger_info = cls(
            current_balance=current_balance,
            pending_balance=pending_balance,
            expired_balance=expired_balance,
            spent_balance=spent_balance,
            tentative_current_balance=tentative_current_balance,
            negative_balance=negative_balance,
            tentative_pending_balance=tentative_pending_balance,
            tentative_negative_balance=tentative_negative_balance,
            current_tier=current_tier,
            points_to_next_tier=points_to_next_tier,
            next_tier_name=next_tier_name,
        )

        ledger_info.additional_properties = d
        return ledger_info

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
