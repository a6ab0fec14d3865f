from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_card import LoyaltyCard
    from ..models.loyalty_programs import LoyaltyPrograms


T = TypeVar("T", bound="Loyalty")


@_attrs_define
class Loyalty:
    """Loyalty balances of the profile and of the cards used.

    Attributes:
        programs (LoyaltyPrograms):
        cards (list[LoyaltyCard] | Unset):
    """

    programs: LoyaltyPrograms
    cards: list[LoyaltyCard] | Unset = UNSET
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
        programs = self.programs.to_dict()

        cards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cards, Unset):
            cards = []
            for cards_item_data in self.cards:
                cards_item = cards_item_data.to_dict()
                cards.append(cards_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "programs": programs,
            }
        )
        if cards is not UNSET:
            field_dict["cards"] = cards

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.loyalty_card import LoyaltyCard
        from ..models.loyalty_programs import LoyaltyPrograms

        d = dict(src_dict)
        programs = LoyaltyPrograms.from_dict(d.pop("programs"))

        _cards = d.pop("cards", UNSET)
        cards: list[LoyaltyCard] | Unset = UNSET
        if _cards is not UNSET:
            cards = []
            for cards_item_data in _cards:
                cards_item = LoyaltyCard.from_dict(cards_item_data)

                cards.append(cards_item)

        loyalty = cls(
            programs=programs,
            cards=cards,
        )

        loyalty.additional_properties = d
        return loyalty

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
