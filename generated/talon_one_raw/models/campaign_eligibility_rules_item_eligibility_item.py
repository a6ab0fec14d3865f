from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_eligibility_rules_item_eligibility_item_details import (
        CampaignEligibilityRulesItemEligibilityItemDetails,
    )


T = TypeVar("T", bound="CampaignEligibilityRulesItemEligibilityItem")


@_attrs_define
class CampaignEligibilityRulesItemEligibilityItem:
    """
    Attributes:
        passed (bool):
        coupon_code (str | Unset):
        details (CampaignEligibilityRulesItemEligibilityItemDetails | Unset):
    """

    passed: bool
    coupon_code: str | Unset = UNSET
    details: CampaignEligibilityRulesItemEligibilityItemDetails | Unset = UNSET
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
        passed = self.passed

        coupon_code = self.coupon_code

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "passed": passed,
            }
        )
        if coupon_code is not UNSET:
            field_dict["couponCode"] = coupon_code
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_eligibility_rules_item_eligibility_item_details import (
            CampaignEligibilityRulesItemEligibilityItemDetails,
        )

        d = dict(src_dict)
        passed = d.pop("passed")

        coupon_code = d.pop("couponCode", UNSET)

        _details = d.pop("details", UNSET)
        details: CampaignEligibilityRulesItemEligibilityItemDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = CampaignEligibilityRulesItemEligibilityItemDetails.from_dict(
                _details
            )

        campaign_eligibility_rules_item_eligibility_item = cls(
            passed=passed,
            coupon_code=coupon_code,
            details=details,
        )

        campaign_eligibility_rules_item_eligibility_item.additional_properties = d
        return campaign_eligibility_rules_item_eligibility_item

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
