from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.best_prior_price_metadata import BestPriorPriceMetadata
    from ..models.best_prior_price_target import BestPriorPriceTarget


T = TypeVar("T", bound="BestPriorPrice")


@_attrs_define
class BestPriorPrice:
    """The lowest earlier price found for a SKU.

    Attributes:
        id (int):
        sku (str):
        observed_at (datetime.datetime):
        context_id (str):
        price (float):
        metadata (BestPriorPriceMetadata): Where a best prior price came from.
        target (BestPriorPriceTarget):
    """

    id: int
    sku: str
    observed_at: datetime.datetime
    context_id: str
    price: float
    metadata: BestPriorPriceMetadata
    target: BestPriorPriceTarget
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
        id = self.id

        sku = self.sku

        observed_at = self.observed_at.isoformat()

        context_id = self.context_id

        price = self.price

        metadata = self.metadata.to_dict()

        target = self.target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sku": sku,
                "observedAt": observed_at,
                "contextId": context_id,
                "price": price,
                "metadata": metadata,
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.best_prior_price_metadata import BestPriorPriceMetadata
        from ..models.best_prior_price_target import BestPriorPriceTarget

        d = dict(src_dict)
        id = d.pop("id")

        sku = d.pop("sku")

        observed_at = datetime.datetime.fromisoformat(d.pop("observedAt"))

        context_id = d.pop("contextId")

        price = d.pop("price")

        metadata = BestPriorPriceMetadata.from_dict(d.pop("metadata"))

        target = BestPriorPriceTarget.from_dict(d.pop("target"))

        best_prior_price = cls(
            id=id,
            sku=sku,
            observed_at=observed_at,
            context_id=context_id,
            price=price,
            metadata=metadata,
            target=target,
        )

        best_prior_price.additional_properties = d
        return best_prior_price

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
