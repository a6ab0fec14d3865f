from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_referrals_for_multiple_advocates_attributes import (
        NewReferralsForMultipleAdvocatesAttributes,
    )


T = TypeVar("T", bound="NewReferralsForMultipleAdvocates")


@_attrs_define
class NewReferralsForMultipleAdvocates:
    """Referral codes to create, one per advocate.

    Attributes:
        usage_limit (int):
        campaign_id (int):
        advocate_profile_integration_ids (list[str]):
        start_date (datetime.datetime | Unset):
        expiry_date (datetime.datetime | Unset):
        attributes (NewReferralsForMultipleAdvocatesAttributes | Unset):
        valid_characters (list[str] | Unset):
        referral_pattern (str | Unset):
    """

    usage_limit: int
    campaign_id: int
    advocate_profile_integration_ids: list[str]
    start_date: datetime.datetime | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    attributes: NewReferralsForMultipleAdvocatesAttributes | Unset = UNSET
    valid_characters: list[str] | Unset = UNSET
    referral_pattern: str | Unset = UNSET
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
        usage_limit = self.usage_limit

        campaign_id = self.campaign_id

        advocate_profile_integration_ids = self.advocate_profile_integration_ids

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        valid_characters: list[str] | Unset = UNSET
        if not isinstance(self.valid_characters, Unset):
            valid_characters = self.valid_characters

        referral_pattern = self.referral_pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "usageLimit": usage_limit,
                "campaignId": campaign_id,
                "advocateProfileIntegrationIds": advocate_profile_integration_ids,
            }
        )
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if valid_characters is not UNSET:
            field_dict["validCharacters"] = valid_characters
        if referral_pattern is not UNSET:
            field_dict["referralPattern"] = referral_pattern

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.new_referrals_for_multiple_advocates_attributes import (
            NewReferralsForMultipleAdvocatesAttributes,
        )

        d = dict(src_dict)
        usage_limit = d.pop("usageLimit")

        campaign_id = d.pop("campaignId")

        advocate_profile_integration_ids = cast(
            list[str], d.pop("advocateProfileIntegrationIds")
        )

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

        _attributes = d.pop("attributes", UNSET)
        attributes: NewReferralsForMultipleAdvocatesAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = NewReferralsForMultipleAdvocatesAttributes.from_dict(
                _attributes
            )

        valid_characters = cast(list[str], d.pop("validCharacters", UNSET))

        referral_pattern = d.pop("referralPattern", UNSET)

        new_referrals_for_multiple_advocates = cls(
            usage_limit=usage_limit,
            campaign_id=campaign_id,
            advocate_profile_integration_ids=advocate_profile_integration_ids,
            start_date=start_date,
            expiry_date=expiry_date,
            attributes=attributes,
            valid_characters=valid_characters,
            referral_pattern=referral_pattern,
        )

        new_referrals_for_multiple_advocates.additional_properties = d
        return new_referrals_for_multiple_advocates

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
