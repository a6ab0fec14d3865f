from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.referral import Referral


T = TypeVar("T", bound="CreateReferralsForMultipleAdvocates201Response")


@_attrs_define
class CreateReferralsForMultipleAdvocates201Response:
    """The referral codes created, one per advocate.

    Attributes:
        total_result_size (int):
        data (list[Referral]):
    """

    total_result_size: int
    data: list[Referral]
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
        total_result_size = self.total_result_size

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalResultSize": total_result_size,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.referral import Referral

        d = dict(src_dict)
        total_result_size = d.pop("totalResultSize")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Referral.from_dict(data_item_data)

            data.append(data_item)

        create_referrals_for_multiple_advocates_201_response = cls(
            total_result_size=total_result_size,
            data=data,
        )

        create_referrals_for_multiple_advocates_201_response.additional_properties = d
        return create_referrals_for_multiple_advocates_201_response

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
