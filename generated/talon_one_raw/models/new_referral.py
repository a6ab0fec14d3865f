from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_referral_attributes import NewReferralAttributes


T = TypeVar("T", bound="NewReferral")


@_attrs_define
class NewReferral:
    """A referral code to create.

    Example:
        {'campaignId': 17, 'advocateProfileIntegrationId': 'cust-0001'}

    Attributes:
        campaign_id (int):
        advocate_profile_integration_id (str):
        start_date (datetime.datetime | Unset):
        expiry_date (datetime.datetime | Unset):
        usage_limit (int | Unset):
        friend_profile_integration_id (str | Unset):
        attributes (NewReferralAttributes | Unset):
    """

    campaign_id: int
    advocate_profile_integration_id: str
    start_date: datetime.datetime | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    usage_limit: int | Unset = UNSET
    friend_profile_integration_id: str | Unset = UNSET
    attributes: NewReferralAttributes | Unset = UNSET
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
        campaign_id = self.campaign_id

        advocate_profile_integration_id = self.advocate_profile_integration_id

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        usage_limit = self.usage_limit

        friend_profile_integration_id = self.friend_profile_integration_id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
                "advocateProfileIntegrationId": advocate_profile_integration_id,
            }
        )
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if usage_limit is not UNSET:
            field_dict["usageLimit"] = usage_limit
        if friend_profile_integration_id is not UNSET:
            field_dict["friendProfileIntegrationId"] = friend_profile_integration_id
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.new_referral_attributes import NewReferralAttributes

        d = dict(src_dict)
        campaign_id = d.pop("campaignId")

        advocate_profile_integration_id = d.pop("advocateProfileIntegrationId")

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _expiry_date = d.pop("expiryDate", UNSET)
        expiry_date: datetime.datetime | Unset
        if isinstance(_expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = datetime.datetime.fromisoformat(_expiry_date)

        usage_limit = d.pop("usageLimit", UNSET)

        friend_profile_integration_id = d.pop("friendProfileIntegrationId", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: NewReferralAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = NewReferralAttributes.from_dict(_attributes)

        new_referral = cls(
            campaign_id=campaign_id,
            advocate_profile_integration_id=advocate_profile_integration_id,
            start_date=start_date,
            expiry_date=expiry_date,
            usage_limit=usage_limit,
            friend_profile_integration_id=friend_profile_integration_id,
            attributes=attributes,
        )

        new_referral.additional_properties = d
        return new_referral

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
