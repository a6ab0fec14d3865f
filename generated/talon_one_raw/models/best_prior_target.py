from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.best_prior_target_target_type import BestPriorTargetTargetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BestPriorTarget")


@_attrs_define
class BestPriorTarget:
    """Which price history a best prior price lookup uses.

    Attributes:
        target_type (BestPriorTargetTargetType):
        audience_id (int | Unset):
    """

    target_type: BestPriorTargetTargetType
    audience_id: int | Unset = UNSET
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
        target_type = self.target_type.value

        audience_id = self.audience_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetType": target_type,
            }
        )
        if audience_id is not UNSET:
            field_dict["audienceID"] = audience_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        target_type = BestPriorTargetTargetType(d.pop("targetType"))

        audience_id = d.pop("audienceID", UNSET)

        best_prior_target = cls(
            target_type=target_type,
            audience_id=audience_id,
        )

        best_prior_target.additional_properties = d
        return best_prior_target

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
