from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extend_loyalty_points_expiry_date_effect_props_affected_transactions_item import (
        ExtendLoyaltyPointsExpiryDateEffectPropsAffectedTransactionsItem,
    )


T = TypeVar("T", bound="ExtendLoyaltyPointsExpiryDateEffectProps")


@_attrs_define
class ExtendLoyaltyPointsExpiryDateEffectProps:
    """Props of the `extendLoyaltyPointsExpiryDate` effect. Points now expire later.

    Attributes:
        extension_duration (str):
        program_id (int):
        sub_ledger_id (str):
        affected_transactions (list[ExtendLoyaltyPointsExpiryDateEffectPropsAffectedTransactionsItem] | Unset):
    """

    extension_duration: str
    program_id: int
    sub_ledger_id: str
    affected_transactions: (
        list[ExtendLoyaltyPointsExpiryDateEffectPropsAffectedTransactionsItem] | Unset
    ) = UNSET
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
        extension_duration = self.extension_duration

        program_id = self.program_id

        sub_ledger_id = self.sub_ledger_id

        affected_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.affected_transactions, Unset):
            affected_transactions = []
            for affected_transactions_item_data in self.affected_transactions:
                affected_transactions_item = affected_transactions_item_data.to_dict()
                affected_transactions.append(affected_transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "extensionDuration": extension_duration,
                "programId": program_id,
                "subLedgerId": sub_ledger_id,
            }
        )
        if affected_transactions is not UNSET:
            field_dict["affectedTransactions"] = affected_transactions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.extend_loyalty_points_expiry_date_effect_props_affected_transactions_item import (
            ExtendLoyaltyPointsExpiryDateEffectPropsAffectedTransactionsItem,
        )

        d = dict(src_dict)
        extension_duration = d.pop("extensionDuration")

        program_id = d.pop("programId")

        sub_ledger_id = d.pop("subLedgerId")

        _affected_transactions = d.pop("affectedTransactions", UNSET)
        affected_transactions: (
            list[ExtendLoyaltyPointsExpiryDateEffectPropsAffectedTransactionsItem]
            | Unset
        ) = UNSET
        if _affected_transactions is not UNSET:
            affected_transactions = []
            for affected_transactions_item_data in _affected_transactions:
                affected_transactions_item = ExtendLoyaltyPointsExpiryDateEffectPropsAffectedTransactionsItem.from_dict(
                    affected_transactions_item_data
                )

                affected_transactions.append(affected_transactions_item)

        extend_loyalty_points_expiry_date_effect_props = cls(
            extension_duration=extension_duration,
            program_id=program_id,
            sub_ledger_id=sub_ledger_id,
            affected_transactions=affected_transactions,
        )

        extend_loyalty_points_expiry_date_effect_props.additional_properties = d
        return extend_loyalty_points_expiry_date_effect_props

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
