from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.best_prior_price_request_timeframe_end_date_type import (
    BestPriorPriceRequestTimeframeEndDateType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.best_prior_target import BestPriorTarget


T = TypeVar("T", bound="BestPriorPriceRequest")


@_attrs_define
class BestPriorPriceRequest:
    """SKUs and the time window to search for their lowest earlier price.

    Attributes:
        skus (list[str]):
        timeframe_end_date (datetime.datetime):
        timeframe (str):
        timeframe_end_date_type (BestPriorPriceRequestTimeframeEndDateType):
        target (BestPriorTarget | Unset): Which price history a best prior price lookup uses.
    """

    skus: list[str]
    timeframe_end_date: datetime.datetime
    timeframe: str
    timeframe_end_date_type: BestPriorPriceRequestTimeframeEndDateType
    target: BestPriorTarget | Unset = UNSET
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
        skus = self.skus

        timeframe_end_date = self.timeframe_end_date.isoformat()

        timeframe = self.timeframe

        timeframe_end_date_type = self.timeframe_end_date_type.value

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skus": skus,
                "timeframeEndDate": timeframe_end_date,
                "timeframe": timeframe,
                "timeframeEndDateType": timeframe_end_date_type,
            }
        )
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.best_prior_target import BestPriorTarget

        d = dict(src_dict)
        skus = cast(list[str], d.pop("skus"))

        timeframe_end_date = datetime.datetime.fromisoformat(d.pop("timeframeEndDate"))

        timeframe = d.pop("timeframe")

        timeframe_end_date_type = BestPriorPriceRequestTimeframeEndDateType(
            d.pop("timeframeEndDateType")
        )

        _target = d.pop("target", UNSET)
        target: BestPriorTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = BestPriorTarget.from_dict(_target)

        best_prior_price_request = cls(
            skus=skus,
            timeframe_end_date=timeframe_end_date,
            timeframe=timeframe,
            timeframe_end_date_type=timeframe_end_date_type,
            target=target,
        )

        best_prior_price_request.additional_properties = d
        return best_prior_price_request

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
