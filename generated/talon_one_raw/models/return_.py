from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.returned_cart_item import ReturnedCartItem


T = TypeVar("T", bound="Return")


@_attrs_define
class Return:
    """A stored return of cart items.

    Attributes:
        id (int):
        created (datetime.datetime):
        application_id (int):
        account_id (int):
        returned_cart_items (list[ReturnedCartItem]):
        event_id (int):
        session_id (int):
        session_integration_id (str):
        profile_id (int | Unset):
        profile_integration_id (str | Unset):
        created_by (int | Unset):
    """

    id: int
    created: datetime.datetime
    application_id: int
    account_id: int
    returned_cart_items: list[ReturnedCartItem]
    event_id: int
    session_id: int
    session_integration_id: str
    profile_id: int | Unset = UNSET
    profile_integration_id: str | Unset = UNSET
    created_by: int | Unset = UNSET
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

        application_id = self.application_id

        account_id = self.account_id

        returned_cart_items = []
        for returned_cart_items_item_data in self.returned_cart_items:
            returned_cart_items_item = returned_cart_items_item_data.to_dict()
            returned_cart_items.append(returned_cart_items_item)

        event_id = self.event_id

        session_id = self.session_id

        session_integration_id = self.session_integration_id

        profile_id = self.profile_id

        profile_integration_id = self.profile_integration_id

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "applicationId": application_id,
                "accountId": account_id,
                "returnedCartItems": returned_cart_items,
                "eventId": event_id,
                "sessionId": session_id,
                "sessionIntegrationId": session_integration_id,
            }
        )
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id
        if profile_integration_id is not UNSET:
            field_dict["profileIntegrationId"] = profile_integration_id
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.returned_cart_item import ReturnedCartItem

        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        application_id = d.pop("applicationId")

        account_id = d.pop("accountId")

        returned_cart_items = []
        _returned_cart_items = d.pop("returnedCartItems")
        for returned_cart_items_item_data in _returned_cart_items:
            returned_cart_items_item = ReturnedCartItem.from_dict(
                returned_cart_items_item_data
            )

            returned_cart_items.append(returned_cart_items_item)

        event_id = d.pop("eventId")

        session_id = d.pop("sessionId")

        session_integration_id = d.pop("sessionIntegrationId")

        profile_id = d.pop("profileId", UNSET)

        profile_integration_id = d.pop("profileIntegrationId", UNSET)

        created_by = d.pop("createdBy", UNSET)

        return_ = cls(
            id=id,
            created=created,
            application_id=application_id,
            account_id=account_id,
            returned_cart_items=returned_cart_items,
            event_id=event_id,
            session_id=session_id,
            session_integration_id=session_integration_id,
            profile_id=profile_id,
            profile_integration_id=profile_integration_id,
            created_by=created_by,
        )

        return_.additional_properties = d
        return return_

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
