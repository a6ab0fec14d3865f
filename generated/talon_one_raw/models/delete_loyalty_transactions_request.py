from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..models.delete_loyalty_transactions_request_scope import (
    DeleteLoyaltyTransactionsRequestScope,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteLoyaltyTransactionsRequest")


@_attrs_define
class DeleteLoyaltyTransactionsRequest:
    """Which loyalty transactions to delete.

    Attributes:
        scope (DeleteLoyaltyTransactionsRequestScope):
        subledger_ids (list[str] | None | Unset):
    """

    scope: DeleteLoyaltyTransactionsRequestScope
    subledger_ids: list[str] | None | Unset = UNSET

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
        scope = self.scope.value

        subledger_ids: list[str] | None | Unset
        if isinstance(self.subledger_ids, Unset):
            subledger_ids = UNSET
        elif isinstance(self.subledger_ids, list):
            subledger_ids = self.subledger_ids

        else:
            subledger_ids = self.subledger_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scope": scope,
            }
        )
        if subledger_ids is not UNSET:
            field_dict["subledgerIds"] = subledger_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scope = DeleteLoyaltyTransactionsRequestScope(d.pop("scope"))

        def _parse_subledger_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subledger_ids_type_0 = cast(list[str], data)

                return subledger_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        subledger_ids = _parse_subledger_ids(d.pop("subledgerIds", UNSET))

        delete_loyalty_transactions_request = cls(
            scope=scope,
            subledger_ids=subledger_ids,
        )

        return delete_loyalty_transactions_request
