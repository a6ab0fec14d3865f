from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_balance import LoyaltyBalance
    from ..models.loyalty_card_balances_subledger_balances import (
        LoyaltyCardBalancesSubledgerBalances,
    )
    from ..models.loyalty_card_profile_registration import (
        LoyaltyCardProfileRegistration,
    )


T = TypeVar("T", bound="LoyaltyCardBalances")


@_attrs_define
class LoyaltyCardBalances:
    """A card's balances and the profiles linked to it.

    Attributes:
        balance (LoyaltyBalance | Unset): Point totals of one ledger.
        subledger_balances (LoyaltyCardBalancesSubledgerBalances | Unset):
        profiles (list[LoyaltyCardProfileRegistration] | Unset):
    """

    balance: LoyaltyBalance | Unset = UNSET
    subledger_balances: LoyaltyCardBalancesSubledgerBalances | Unset = UNSET
    profiles: list[LoyaltyCardProfileRegistration] | Unset = UNSET
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

        profiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.profiles, Unset):
            profiles = []
            for profiles_item_data in self.profiles:
                profiles_item = profiles_item_data.to_dict()
                profiles.append(profiles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if subledger_balances is not UNSET:
            field_dict["subledgerBalances"] = subledger_balances
        if profiles is not UNSET:
            field_dict["profiles"] = profiles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.loyalty_balance import LoyaltyBalance
        from ..models.loyalty_card_balances_subledger_balances import (
            LoyaltyCardBalancesSubledgerBalances,
        )
        from ..models.loyalty_card_profile_registration import (
            LoyaltyCardProfileRegistration,
        )

        d = dict(src_dict)
        _balance = d.pop("balance", UNSET)
        balance: LoyaltyBalance | Unset
        if isinstance(_balance, Unset):
            balance = UNSET
        else:
            balance = LoyaltyBalance.from_dict(_balance)

        _subledger_balances = d.pop("subledgerBalances", UNSET)
        subledger_balances: LoyaltyCardBalancesSubledgerBalances | Unset
        if isinstance(_subledger_balances, Unset):
            subledger_balances = UNSET
        else:
            subledger_balances = LoyaltyCardBalancesSubledgerBalances.from_dict(
                _subledger_balances
            )

        _profiles = d.pop("profiles", UNSET)
        profiles: list[LoyaltyCardProfileRegistration] | Unset = UNSET
        if _profiles is not UNSET:
            profiles = []
            for profiles_item_data in _profiles:
                profiles_item = LoyaltyCardProfileRegistration.from_dict(
                    profiles_item_data
                )

                profiles.append(profiles_item)

        loyalty_card_balances = cls(
            balance=balance,
            subledger_balances=subledger_balances,
            profiles=profiles,
        )

        loyalty_card_balances.additional_properties = d
        return loyalty_card_balances

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
