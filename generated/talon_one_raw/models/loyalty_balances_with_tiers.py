from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_balance_with_tier import LoyaltyBalanceWithTier
    from ..models.loyalty_balances_with_tiers_subledger_balances import (
        LoyaltyBalancesWithTiersSubledgerBalances,
    )


T = TypeVar("T", bound="LoyaltyBalancesWithTiers")


@_attrs_define
class LoyaltyBalancesWithTiers:
    """A profile's balances in a loyalty program, per subledger.

    Attributes:
        balance (LoyaltyBalanceWithTier | Unset): Point totals of one ledger, with tier information.
        subledger_balances (LoyaltyBalancesWithTiersSubledgerBalances | Unset):
    """

    balance: LoyaltyBalanceWithTier | Unset = UNSET
    subledger_balances: LoyaltyBalancesWithTiersSubledgerBalances | Unset = UNSET
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
        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()

        subledger_balances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subledger_balances, Unset):
            subledger_balances = self.subledger_balances.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if subledger_balances is not UNSET:
            field_dict["subledgerBalances"] = subledger_balances

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.loyalty_balance_with_tier import LoyaltyBalanceWithTier
        from ..models.loyalty_balances_with_tiers_subledger_balances import (
            LoyaltyBalancesWithTiersSubledgerBalances,
        )

        d = dict(src_dict)
        _balance = d.pop("balance", UNSET)
        balance: LoyaltyBalanceWithTier | Unset
        if isinstance(_balance, Unset):
            balance = UNSET
        else:
            balance = LoyaltyBalanceWithTier.from_dict(_balance)

        _subledger_balances = d.pop("subledgerBalances", UNSET)
        subledger_balances: LoyaltyBalancesWithTiersSubledgerBalances | Unset
        if isinstance(_subledger_balances, Unset):
            subledger_balances = UNSET
        else:
            subledger_balances = LoyaltyBalancesWithTiersSubledgerBalances.from_dict(
                _subledger_balances
            )

        loyalty_balances_with_tiers = cls(
            balance=balance,
            subledger_balances=subledger_balances,
        )

        loyalty_balances_with_tiers.additional_properties = d
        return loyalty_balances_with_tiers

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
