from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.best_prior_price_target_type_1_type import BestPriorPriceTargetType1Type
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.best_prior_price_target_type_1_audience import (
        BestPriorPriceTargetType1Audience,
    )


T = TypeVar("T", bound="BestPriorPriceTargetType1")


@_attrs_define
class BestPriorPriceTargetType1:
    """
    Attributes:
        audience (BestPriorPriceTargetType1Audience):
        type_ (BestPriorPriceTargetType1Type):
    """

    audience: BestPriorPriceTargetType1Audience
    type_: BestPriorPriceTargetType1Type
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
        audience = self.audience.to_dict()

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audience": audience,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.best_prior_price_target_type_1_audience import (
            BestPriorPriceTargetType1Audience,
        )

        d = dict(src_dict)
        audience = BestPriorPriceTargetType1Audience.from_dict(d.pop("audience"))

        type_ = BestPriorPriceTargetType1Type(d.pop("type"))

        best_prior_price_target_type_1 = cls(
            audience=audience,
            type_=type_,
        )

        best_prior_price_target_type_1.additional_properties = d
        return best_prior_price_target_type_1

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
