from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.loyalty_balance_with_tier import LoyaltyBalanceWithTier


T = TypeVar("T", bound="LoyaltyBalancesWithTiersSubledgerBalances")


@_attrs_define
class LoyaltyBalancesWithTiersSubledgerBalances:
    additional_properties: dict[str, LoyaltyBalanceWithTier] = _attrs_field(
        init=False, factory=dict
    )

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

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.loyalty_balance_with_tier import LoyaltyBalanceWithTier

        d = dict(src_dict)
        loyalty_balances_with_tiers_subledger_balances = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = LoyaltyBalanceWithTier.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        loyalty_balances_with_tiers_subledger_balances.additional_properties = (
            additional_properties
        )
        return loyalty_balances_with_tiers_subledger_balances

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> LoyaltyBalanceWithTier:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: LoyaltyBalanceWithTier) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
