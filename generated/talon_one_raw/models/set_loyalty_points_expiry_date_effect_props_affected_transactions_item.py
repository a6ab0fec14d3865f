from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetLoyaltyPointsExpiryDateEffectPropsAffectedTransactionsItem")


@_attrs_define
class SetLoyaltyPointsExpiryDateEffectPropsAffectedTransactionsItem:
    """
    Attributes:
        new_expiry_date (datetime.datetime):
        transaction_uuid (UUID):
        previous_expiry_date (datetime.datetime | Unset):
    """

    new_expiry_date: datetime.datetime
    transaction_uuid: UUID
    previous_expiry_date: datetime.datetime | Unset = UNSET
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
        new_expiry_date = self.new_expiry_date.isoformat()

        transaction_uuid = str(self.transaction_uuid)

        previous_expiry_date: str | Unset = UNSET
        if not isinstance(self.previous_expiry_date, Unset):
            previous_expiry_date = self.previous_expiry_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "newExpiryDate": new_expiry_date,
                "transactionUUID": transaction_uuid,
            }
        )
        if previous_expiry_date is not UNSET:
            field_dict["previousExpiryDate"] = previous_expiry_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        new_expiry_date = datetime.datetime.fromisoformat(d.pop("newExpiryDate"))

        transaction_uuid = UUID(d.pop("transactionUUID"))

        _previous_expiry_date = d.pop("previousExpiryDate", UNSET)
        previous_expiry_date: datetime.datetime | Unset
        if isinstance(_previous_expiry_date, Unset):
            previous_expiry_date = UNSET
        else:
            previous_expiry_date = datetime.datetime.fromisoformat(
                _previous_expiry_date
            )

        set_loyalty_points_expiry_date_effect_props_affected_transactions_item = cls(
            new_expiry_date=new_expiry_date,
            transaction_uuid=transaction_uuid,
            previous_expiry_date=previous_expiry_date,
        )

        set_loyalty_points_expiry_date_effect_props_affected_transactions_item.additional_properties = d
        return set_loyalty_points_expiry_date_effect_props_affected_transactions_item

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
