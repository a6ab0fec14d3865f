from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivateLoyaltyPoints")


@_attrs_define
class ActivateLoyaltyPoints:
    """Which pending points to activate.

    Attributes:
        transaction_uui_ds (list[UUID] | Unset):
        session_id (str | Unset):
    """

    transaction_uui_ds: list[UUID] | Unset = UNSET
    session_id: str | Unset = UNSET

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
        transaction_uui_ds: list[str] | Unset = UNSET
        if not isinstance(self.transaction_uui_ds, Unset):
            transaction_uui_ds = []
            for transaction_uui_ds_item_data in self.transaction_uui_ds:
                transaction_uui_ds_item = str(transaction_uui_ds_item_data)
                transaction_uui_ds.append(transaction_uui_ds_item)

        session_id = self.session_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if transaction_uui_ds is not UNSET:
            field_dict["transactionUUIDs"] = transaction_uui_ds
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _transaction_uui_ds = d.pop("transactionUUIDs", UNSET)
        transaction_uui_ds: list[UUID] | Unset = UNSET
        if _transaction_uui_ds is not UNSET:
            transaction_uui_ds = []
            for transaction_uui_ds_item_data in _transaction_uui_ds:
                transaction_uui_ds_item = UUID(transaction_uui_ds_item_data)

                transaction_uui_ds.append(transaction_uui_ds_item)

        session_id = d.pop("sessionId", UNSET)

        activate_loyalty_points = cls(
            transaction_uui_ds=transaction_uui_ds,
            session_id=session_id,
        )

        return activate_loyalty_points
