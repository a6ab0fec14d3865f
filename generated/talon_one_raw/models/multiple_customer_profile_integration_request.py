from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multiple_customer_profile_integration_request_item import (
        MultipleCustomerProfileIntegrationRequestItem,
    )


T = TypeVar("T", bound="MultipleCustomerProfileIntegrationRequest")


@_attrs_define
class MultipleCustomerProfileIntegrationRequest:
    """Up to 1000 profiles to upsert.

    Attributes:
        customer_profiles (list[MultipleCustomerProfileIntegrationRequestItem] | Unset):
    """

    customer_profiles: list[MultipleCustomerProfileIntegrationRequestItem] | Unset = (
        UNSET
    )
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
        customer_profiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customer_profiles, Unset):
            customer_profiles = []
            for customer_profiles_item_data in self.customer_profiles:
                customer_profiles_item = customer_profiles_item_data.to_dict()
                customer_profiles.append(customer_profiles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_profiles is not UNSET:
            field_dict["customerProfiles"] = customer_profiles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.multiple_customer_profile_integration_request_item import (
            MultipleCustomerProfileIntegrationRequestItem,
        )

        d = dict(src_dict)
        _customer_profiles = d.pop("customerProfiles", UNSET)
        customer_profiles: (
            list[MultipleCustomerProfileIntegrationRequestItem] | Unset
        ) = UNSET
        if _customer_profiles is not UNSET:
            customer_profiles = []
            for customer_profiles_item_data in _customer_profiles:
                customer_profiles_item = (
                    MultipleCustomerProfileIntegrationRequestItem.from_dict(
                        customer_profiles_item_data
                    )
                )

                customer_profiles.append(customer_profiles_item)

        multiple_customer_profile_integration_request = cls(
            customer_profiles=customer_profiles,
        )

        multiple_customer_profile_integration_request.additional_properties = d
        return multiple_customer_profile_integration_request

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
