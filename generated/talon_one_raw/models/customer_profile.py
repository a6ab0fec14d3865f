from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audience_membership import AudienceMembership
    from ..models.customer_profile_attributes import CustomerProfileAttributes
    from ..models.loyalty_membership import LoyaltyMembership


T = TypeVar("T", bound="CustomerProfile")


@_attrs_define
class CustomerProfile:
    """A customer as Talon.One knows them.

    Attributes:
        id (int):
        created (datetime.datetime):
        integration_id (str):
        attributes (CustomerProfileAttributes):
        account_id (int):
        closed_sessions (int):
        total_sales (float):
        last_activity (datetime.datetime):
        loyalty_memberships (list[LoyaltyMembership] | Unset):
        audience_memberships (list[AudienceMembership] | Unset):
        sandbox (bool | Unset):
    """

    id: int
    created: datetime.datetime
    integration_id: str
    attributes: CustomerProfileAttributes
    account_id: int
    closed_sessions: int
    total_sales: float
    last_activity: datetime.datetime
    loyalty_memberships: list[LoyaltyMembership] | Unset = UNSET
    audience_memberships: list[AudienceMembership] | Unset = UNSET
    sandbox: bool | Unset = UNSET
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
        id = self.id

        created = self.created.isoformat()

        integration_id = self.integration_id

        attributes = self.attributes.to_dict()

        account_id = self.account_id

        closed_sessions = self.closed_sessions

        total_sales = self.total_sales

        last_activity = self.last_activity.isoformat()

        loyalty_memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loyalty_memberships, Unset):
            loyalty_memberships = []
            for loyalty_memberships_item_data in self.loyalty_memberships:
                loyalty_memberships_item = loyalty_memberships_item_data.to_dict()
                loyalty_memberships.append(loyalty_memberships_item)

        audience_memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audience_memberships, Unset):
            audience_memberships = []
            for audience_memberships_item_data in self.audience_memberships:
                audience_memberships_item = audience_memberships_item_data.to_dict()
                audience_memberships.append(audience_memberships_item)

        sandbox = self.sandbox

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "integrationId": integration_id,
                "attributes": attributes,
                "accountId": account_id,
                "closedSessions": closed_sessions,
                "totalSales": total_sales,
                "lastActivity": last_activity,
            }
        )
        if loyalty_memberships is not UNSET:
            field_dict["loyaltyMemberships"] = loyalty_memberships
        if audience_memberships is not UNSET:
            field_dict["audienceMemberships"] = audience_memberships
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audience_membership import AudienceMembership
        from ..models.customer_profile_attributes import CustomerProfileAttributes
        from ..models.loyalty_membership import LoyaltyMembership

        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        integration_id = d.pop("integrationId")

        attributes = CustomerProfileAttributes.from_dict(d.pop("attributes"))

        account_id = d.pop("accountId")

        closed_sessions = d.pop("closedSessions")

        total_sales = d.pop("totalSales")

        last_activity = datetime.datetime.fromisoformat(d.pop("lastActivity"))

        _loyalty_memberships = d.pop("loyaltyMemberships", UNSET)
        loyalty_memberships: list[LoyaltyMembership] | Unset = UNSET
        if _loyalty_memberships is not UNSET:
            loyalty_memberships = []
            for loyalty_memberships_item_data in _loyalty_memberships:
                loyalty_memberships_item = LoyaltyMembership.from_dict(
                    loyalty_memberships_item_data
                )

                loyalty_memberships.append(loyalty_memberships_item)

        _audience_memberships = d.pop("audienceMemberships", UNSET)
        audience_memberships: list[AudienceMembership] | Unset = UNSET
        if _audience_memberships is not UNSET:
            audience_memberships = []
            for audience_memberships_item_data in _audience_memberships:
                audience_memberships_item = AudienceMembership.from_dict(
                    audience_memberships_item_data
                )

                audience_memberships.append(audience_memberships_item)

        sandbox = d.pop("sandbox", UNSET)

        customer_profile = cls(
            id=id,
            created=created,
            integration_id=integration_id,
            attributes=attributes,
            account_id=account_id,
            closed_sessions=closed_sessions,
            total_sales=total_sales,
            last_activity=last_activity,
            loyalty_memberships=loyalty_memberships,
            audience_memberships=audience_memberships,
            sandbox=sandbox,
        )

        customer_profile.additional_properties = d
        return customer_profile

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
