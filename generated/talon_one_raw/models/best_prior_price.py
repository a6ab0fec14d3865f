from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.best_prior_price_metadata import BestPriorPriceMetadata
    from ..models.best_prior_price_target_type_0 import BestPriorPriceTargetType0
    from ..models.best_prior_price_target_type_1 import BestPriorPriceTargetType1


T = TypeVar("T", bound="BestPriorPrice")


@_attrs_define
class BestPriorPrice:
    """The lowest earlier price found for a SKU.

    Attributes:
        id (int):
        sku (str):
        observed_at (datetime.datetime):
        price (float):
        metadata (BestPriorPriceMetadata): Where a best prior price came from.
        target (BestPriorPriceTargetType0 | BestPriorPriceTargetType1):
        context_ids (list[str]):
        context_id (str | Unset):  Default: ''.
    """

    id: int
    sku: str
    observed_at: datetime.datetime
    price: float
    metadata: BestPriorPriceMetadata
    target: BestPriorPriceTargetType0 | BestPriorPriceTargetType1
    context_ids: list[str]
    context_id: str | Unset = ""
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
        from ..models.best_prior_price_target_type_0 import BestPriorPriceTargetType0

        id = self.id

        sku = self.sku

        observed_at = self.observed_at.isoformat()

        price = self.price

        metadata = self.metadata.to_dict()

        target: dict[str, Any]
        if isinstance(self.target, BestPriorPriceTargetType0):
            target = self.target.to_dict()
        else:
            target = self.target.to_dict()

        context_ids = self.context_ids

        context_id = self.context_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sku": sku,
                "observedAt": observed_at,
                "price": price,
                "metadata": metadata,
                "target": target,
                "contextIds": context_ids,
            }
        )
        if context_id is not UNSET:
            field_dict["contextId"] = context_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.best_prior_price_metadata import BestPriorPriceMetadata
        from ..models.best_prior_price_target_type_0 import BestPriorPriceTargetType0
        from ..models.best_prior_price_target_type_1 import BestPriorPriceTargetType1

        d = dict(src_dict)
        id = d.pop("id")

        sku = d.pop("sku")

        observed_at = datetime.datetime.fromisoformat(d.pop("observedAt"))

        price = d.pop("price")

        metadata = BestPriorPriceMetadata.from_dict(d.pop("metadata"))

        def _parse_target(
            data: object,
        ) -> BestPriorPriceTargetType0 | BestPriorPriceTargetType1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_type_0 = BestPriorPriceTargetType0.from_dict(data)

                return target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            target_type_1 = BestPriorPriceTargetType1.from_dict(data)

            return target_type_1

        target = _parse_target(d.pop("target"))

        context_ids = cast(list[str], d.pop("contextIds"))

        context_id = d.pop("contextId", UNSET)

        best_prior_price = cls(
            id=id,
            sku=sku,
            observed_at=observed_at,
            price=price,
            metadata=metadata,
            target=target,
            context_ids=context_ids,
            context_id=context_id,
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
