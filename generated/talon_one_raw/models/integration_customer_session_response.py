from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_session_v2 import CustomerSessionV2
    from ..models.effect import Effect


T = TypeVar("T", bound="IntegrationCustomerSessionResponse")


@_attrs_define
class IntegrationCustomerSessionResponse:
    """A stored customer session and its effects.

    Attributes:
        customer_session (CustomerSessionV2 | Unset): A customer session: cart, codes, state and totals.
        effects (list[Effect] | Unset):
    """

    customer_session: CustomerSessionV2 | Unset = UNSET
    effects: list[Effect] | Unset = UNSET
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
        customer_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_session, Unset):
            customer_session = self.customer_session.to_dict()

        effects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.effects, Unset):
            effects = []
            for effects_item_data in self.effects:
                effects_item = effects_item_data.to_dict()
                effects.append(effects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_session is not UNSET:
            field_dict["customerSession"] = customer_session
        if effects is not UNSET:
            field_dict["effects"] = effects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_session_v2 import CustomerSessionV2
        from ..models.effect import Effect

        d = dict(src_dict)
        _customer_session = d.pop("customerSession", UNSET)
        customer_session: CustomerSessionV2 | Unset
        if isinstance(_customer_session, Unset):
            customer_session = UNSET
        else:
            customer_session = CustomerSessionV2.from_dict(_customer_session)

        _effects = d.pop("effects", UNSET)
        effects: list[Effect] | Unset = UNSET
        if _effects is not UNSET:
            effects = []
            for effects_item_data in _effects:
                effects_item = Effect.from_dict(effects_item_data)

                effects.append(effects_item)

        integration_customer_session_response = cls(
            customer_session=customer_session,
            effects=effects,
        )

        integration_customer_session_response.additional_properties = d
        return integration_customer_session_response

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
