from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multiple_customer_profile_integration_request_item_attributes import (
        MultipleCustomerProfileIntegrationRequestItemAttributes,
    )


T = TypeVar("T", bound="MultipleCustomerProfileIntegrationRequestItem")


@_attrs_define
class MultipleCustomerProfileIntegrationRequestItem:
    """One profile of a bulk upsert.

    Attributes:
        integration_id (str):
        attributes (MultipleCustomerProfileIntegrationRequestItemAttributes | Unset):
    """

    integration_id: str
    attributes: MultipleCustomerProfileIntegrationRequestItemAttributes | Unset = UNSET
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
        integration_id = self.integration_id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integrationId": integration_id,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.multiple_customer_profile_integration_request_item_attributes import (
            MultipleCustomerProfileIntegrationRequestItemAttributes,
        )

        d = dict(src_dict)
        integration_id = d.pop("integrationId")

        _attributes = d.pop("attributes", UNSET)
        attributes: MultipleCustomerProfileIntegrationRequestItemAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = (
                MultipleCustomerProfileIntegrationRequestItemAttributes.from_dict(
                    _attributes
                )
            )

        multiple_customer_profile_integration_request_item = cls(
            integration_id=integration_id,
            attributes=attributes,
        )

        multiple_customer_profile_integration_request_item.additional_properties = d
        return multiple_customer_profile_integration_request_item

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
