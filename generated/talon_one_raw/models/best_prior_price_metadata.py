from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adjustment_details import AdjustmentDetails
    from ..models.influencing_campaign_details import InfluencingCampaignDetails


T = TypeVar("T", bound="BestPriorPriceMetadata")


@_attrs_define
class BestPriorPriceMetadata:
    """Where a best prior price came from.

    Attributes:
        influencing_campaign_details (list[InfluencingCampaignDetails]):
        adjustment_details (AdjustmentDetails | Unset): A price adjustment that applies to an item.
    """

    influencing_campaign_details: list[InfluencingCampaignDetails]
    adjustment_details: AdjustmentDetails | Unset = UNSET
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
        influencing_campaign_details = []
        for influencing_campaign_details_item_data in self.influencing_campaign_details:
            influencing_campaign_details_item = (
                influencing_campaign_details_item_data.to_dict()
            )
            influencing_campaign_details.append(influencing_campaign_details_item)

        adjustment_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adjustment_details, Unset):
            adjustment_details = self.adjustment_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "influencingCampaignDetails": influencing_campaign_details,
            }
        )
        if adjustment_details is not UNSET:
            field_dict["adjustmentDetails"] = adjustment_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.adjustment_details import AdjustmentDetails
        from ..models.influencing_campaign_details import InfluencingCampaignDetails

        d = dict(src_dict)
        influencing_campaign_details = []
        _influencing_campaign_details = d.pop("influencingCampaignDetails")
        for influencing_campaign_details_item_data in _influencing_campaign_details:
            influencing_campaign_details_item = InfluencingCampaignDetails.from_dict(
                influencing_campaign_details_item_data
            )

            influencing_campaign_details.append(influencing_campaign_details_item)

        _adjustment_details = d.pop("adjustmentDetails", UNSET)
        adjustment_details: AdjustmentDetails | Unset
        if isinstance(_adjustment_details, Unset):
            adjustment_details = UNSET
        else:
            adjustment_details = AdjustmentDetails.from_dict(_adjustment_details)

        best_prior_price_metadata = cls(
            influencing_campaign_details=influencing_campaign_details,
            adjustment_details=adjustment_details,
        )

        best_prior_price_metadata.additional_properties = d
        return best_prior_price_metadata

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
