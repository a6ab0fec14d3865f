from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.customer_profile import CustomerProfile


T = TypeVar("T", bound="CustomerProfileUpdateV2Response")


@_attrs_define
class CustomerProfileUpdateV2Response:
    """The outcome of one profile in a bulk update.

    Attributes:
        customer_profile (CustomerProfile): A customer as Talon.One knows them.
    """

    customer_profile: CustomerProfile
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
        customer_profile = self.customer_profile.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerProfile": customer_profile,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_profile import CustomerProfile

        d = dict(src_dict)
        customer_profile = CustomerProfile.from_dict(d.pop("customerProfile"))

        customer_profile_update_v2_response = cls(
            customer_profile=customer_profile,
        )

        customer_profile_update_v2_response.additional_properties = d
        return customer_profile_update_v2_response

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
