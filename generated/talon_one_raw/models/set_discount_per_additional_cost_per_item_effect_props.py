from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetDiscountPerAdditionalCostPerItemEffectProps")


@_attrs_define
class SetDiscountPerAdditionalCostPerItemEffectProps:
    """Props of the `setDiscountPerAdditionalCostPerItem` effect. A discount on an additional cost of one cart item.

    Attributes:
        additional_cost (str):
        additional_cost_id (int):
        name (str):
        position (float):
        value (float):
        desired_value (float | Unset):
        sub_position (float | Unset):
    """

    additional_cost: str
    additional_cost_id: int
    name: str
    position: float
    value: float
    desired_value: float | Unset = UNSET
    sub_position: float | Unset = UNSET
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
        additional_cost = self.additional_cost

        additional_cost_id = self.additional_cost_id

        name = self.name

        position = self.position

        value = self.value

        desired_value = self.desired_value

        sub_position = self.sub_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "additionalCost": additional_cost,
                "additionalCostId": additional_cost_id,
                "name": name,
                "position": position,
                "value": value,
            }
        )
        if desired_value is not UNSET:
            field_dict["desiredValue"] = desired_value
        if sub_position is not UNSET:
            field_dict["subPosition"] = sub_position

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        additional_cost = d.pop("additionalCost")

        additional_cost_id = d.pop("additionalCostId")

        name = d.pop("name")

        position = d.pop("position")

        value = d.pop("value")

        desired_value = d.pop("desiredValue", UNSET)

        sub_position = d.pop("subPosition", UNSET)

        set_discount_per_additional_cost_per_item_effect_props = cls(
            additional_cost=additional_cost,
            additional_cost_id=additional_cost_id,
            name=name,
            position=position,
            value=value,
            desired_value=desired_value,
            sub_position=sub_position,
        )

        set_discount_per_additional_cost_per_item_effect_props.additional_properties = d
        return set_discount_per_additional_cost_per_item_effect_props

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
