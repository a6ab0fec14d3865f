from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.return_integration_request_response_content_item import (
    ReturnIntegrationRequestResponseContentItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_return import NewReturn


T = TypeVar("T", bound="ReturnIntegrationRequest")


@_attrs_define
class ReturnIntegrationRequest:
    """A return and which parts of the state to send back.

    Attributes:
        return_ (NewReturn): Cart items to return.
        response_content (list[ReturnIntegrationRequestResponseContentItem] | Unset):
    """

    return_: NewReturn
    response_content: list[ReturnIntegrationRequestResponseContentItem] | Unset = UNSET
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
        return_ = self.return_.to_dict()

        response_content: list[str] | Unset = UNSET
        if not isinstance(self.response_content, Unset):
            response_content = []
            for response_content_item_data in self.response_content:
                response_content_item = response_content_item_data.value
                response_content.append(response_content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "return": return_,
            }
        )
        if response_content is not UNSET:
            field_dict["responseContent"] = response_content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.new_return import NewReturn

        d = dict(src_dict)
        return_ = NewReturn.from_dict(d.pop("return"))

        _response_content = d.pop("responseContent", UNSET)
        response_content: list[ReturnIntegrationRequestResponseContentItem] | Unset = (
            UNSET
        )
        if _response_content is not UNSET:
            response_content = []
            for response_content_item_data in _response_content:
                response_content_item = ReturnIntegrationRequestResponseContentItem(
                    response_content_item_data
                )

                response_content.append(response_content_item)

        return_integration_request = cls(
            return_=return_,
            response_content=response_content,
        )

        return_integration_request.additional_properties = d
        return return_integration_request

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
