from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_profile_update_v2_response import (
        CustomerProfileUpdateV2Response,
    )


T = TypeVar("T", bound="MultipleCustomerProfileIntegrationResponseV2")


@_attrs_define
class MultipleCustomerProfileIntegrationResponseV2:
    """Per-profile outcomes of a bulk upsert.

    Attributes:
        integration_states (list[CustomerProfileUpdateV2Response] | Unset):
    """

    integration_states: list[CustomerProfileUpdateV2Response] | Unset = UNSET
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
        integration_states: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integration_states, Unset):
            integration_states = []
            for integration_states_item_data in self.integration_states:
                integration_states_item = integration_states_item_data.to_dict()
                integration_states.append(integration_states_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration_states is not UNSET:
            field_dict["integrationStates"] = integration_states

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_profile_update_v2_response import (
            CustomerProfileUpdateV2Response,
        )

        d = dict(src_dict)
        _integration_states = d.pop("integrationStates", UNSET)
        integration_states: list[CustomerProfileUpdateV2Response] | Unset = UNSET
        if _integration_states is not UNSET:
            integration_states = []
            for integration_states_item_data in _integration_states:
                integration_states_item = CustomerProfileUpdateV2Response.from_dict(
                    integration_states_item_data
                )

                integration_states.append(integration_states_item)

        multiple_customer_profile_integration_response_v2 = cls(
            integration_states=integration_states,
        )

        multiple_customer_profile_integration_response_v2.additional_properties = d
        return multiple_customer_profile_integration_response_v2

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
