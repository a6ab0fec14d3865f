from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.generate_loyalty_card_status import GenerateLoyaltyCardStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateLoyaltyCard")


@_attrs_define
class GenerateLoyaltyCard:
    """Settings of a new loyalty card.

    Attributes:
        status (GenerateLoyaltyCardStatus | Unset):  Default: GenerateLoyaltyCardStatus.ACTIVE.
        customer_profile_ids (list[str] | Unset):
        card_identifier (str | Unset):
    """

    status: GenerateLoyaltyCardStatus | Unset = GenerateLoyaltyCardStatus.ACTIVE
    customer_profile_ids: list[str] | Unset = UNSET
    card_identifier: str | Unset = UNSET
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
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        customer_profile_ids: list[str] | Unset = UNSET
        if not isinstance(self.customer_profile_ids, Unset):
            customer_profile_ids = self.customer_profile_ids

        card_identifier = self.card_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if customer_profile_ids is not UNSET:
            field_dict["customerProfileIds"] = customer_profile_ids
        if card_identifier is not UNSET:
            field_dict["cardIdentifier"] = card_identifier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: GenerateLoyaltyCardStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GenerateLoyaltyCardStatus(_status)

        customer_profile_ids = cast(list[str], d.pop("customerProfileIds", UNSET))

        card_identifier = d.pop("cardIdentifier", UNSET)

        generate_loyalty_card = cls(
            status=status,
            customer_profile_ids=customer_profile_ids,
            card_identifier=card_identifier,
        )

        generate_loyalty_card.additional_properties = d
        return generate_loyalty_card

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
