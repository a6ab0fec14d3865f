from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.customer_profile_integration_request_v2_response_content_item import (
    CustomerProfileIntegrationRequestV2ResponseContentItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_profile_integration_request_v2_attributes import (
        CustomerProfileIntegrationRequestV2Attributes,
    )
    from ..models.profile_audiences_changes import ProfileAudiencesChanges


T = TypeVar("T", bound="CustomerProfileIntegrationRequestV2")


@_attrs_define
class CustomerProfileIntegrationRequestV2:
    """Profile attributes and audience changes to store.

    Example:
        {'attributes': {'Name': 'Ada'}}

    Attributes:
        attributes (CustomerProfileIntegrationRequestV2Attributes | Unset):
        evaluable_campaign_ids (list[int] | Unset):
        response_content (list[CustomerProfileIntegrationRequestV2ResponseContentItem] | Unset):
        audiences_changes (ProfileAudiencesChanges | Unset): Audiences a profile joins and leaves.
    """

    attributes: CustomerProfileIntegrationRequestV2Attributes | Unset = UNSET
    evaluable_campaign_ids: list[int] | Unset = UNSET
    response_content: (
        list[CustomerProfileIntegrationRequestV2ResponseContentItem] | Unset
    ) = UNSET
    audiences_changes: ProfileAudiencesChanges | Unset = UNSET
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
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        evaluable_campaign_ids: list[int] | Unset = UNSET
        if not isinstance(self.evaluable_campaign_ids, Unset):
            evaluable_campaign_ids = self.evaluable_campaign_ids

        response_content: list[str] | Unset = UNSET
        if not isinstance(self.response_content, Unset):
            response_content = []
            for response_content_item_data in self.response_content:
                response_content_item = response_content_item_data.value
                response_content.append(response_content_item)

        audiences_changes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audiences_changes, Unset):
            audiences_changes = self.audiences_changes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if evaluable_campaign_ids is not UNSET:
            field_dict["evaluableCampaignIds"] = evaluable_campaign_ids
        if response_content is not UNSET:
            field_dict["responseContent"] = response_content
        if audiences_changes is not UNSET:
            field_dict["audiencesChanges"] = audiences_changes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_profile_integration_request_v2_attributes import (
            CustomerProfileIntegrationRequestV2Attributes,
        )
        from ..models.profile_audiences_changes import ProfileAudiencesChanges

        d = dict(src_dict)
        _attributes = d.pop("attributes", UNSET)
        attributes: CustomerProfileIntegrationRequestV2Attributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = CustomerProfileIntegrationRequestV2Attributes.from_dict(
                _attributes
            )

        evaluable_campaign_ids = cast(list[int], d.pop("evaluableCampaignIds", UNSET))

        _response_content = d.pop("responseContent", UNSET)
        response_content: (
            list[CustomerProfileIntegrationRequestV2ResponseContentItem] | Unset
        ) = UNSET
        if _response_content is not UNSET:
            response_content = []
            for response_content_item_data in _response_content:
                response_content_item = (
                    CustomerProfileIntegrationRequestV2ResponseContentItem(
                        response_content_item_data
                    )
                )

                response_content.append(response_content_item)

        _audiences_changes = d.pop("audiencesChanges", UNSET)
        audiences_changes: ProfileAudiencesChanges | Unset
        if isinstance(_audiences_changes, Unset):
            audiences_changes = UNSET
        else:
            audiences_changes = ProfileAudiencesChanges.from_dict(_audiences_changes)

        customer_profile_integration_request_v2 = cls(
            attributes=attributes,
            evaluable_campaign_ids=evaluable_campaign_ids,
            response_content=response_content,
            audiences_changes=audiences_changes,
        )

        customer_profile_integration_request_v2.additional_properties = d
        return customer_profile_integration_request_v2

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
