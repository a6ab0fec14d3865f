from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_item_additional_costs import CartItemAdditionalCosts
    from ..models.cart_item_attributes import CartItemAttributes
    from ..models.cart_item_prices import CartItemPrices
    from ..models.product import Product


T = TypeVar("T", bound="CartItem")


@_attrs_define
class CartItem:
    """One line of a cart.

    Attributes:
        sku (str):
        quantity (int):
        name (str | Unset):
        returned_quantity (int | Unset):
        remaining_quantity (int | Unset):
        price (float | Unset):
        category (str | Unset):
        product (Product | Unset): The product a cart item belongs to.
        weight (float | Unset):
        height (float | Unset):
        width (float | Unset):
        length (float | Unset):
        position (float | Unset):
        attributes (CartItemAttributes | Unset):
        additional_costs (CartItemAdditionalCosts | Unset):
        catalog_item_id (int | Unset):
        selected_price_type (str | Unset):
        adjustment_reference_id (UUID | Unset):
        adjustment_effective_from (datetime.datetime | Unset):
        adjustment_effective_until (datetime.datetime | Unset):
        prices (CartItemPrices | Unset):
    """

    sku: str
    quantity: int
    name: str | Unset = UNSET
    returned_quantity: int | Unset = UNSET
    remaining_quantity: int | Unset = UNSET
    price: float | Unset = UNSET
    category: str | Unset = UNSET
    product: Product | Unset = UNSET
    weight: float | Unset = UNSET
    height: float | Unset = UNSET
    width: float | Unset = UNSET
    length: float | Unset = UNSET
    position: float | Unset = UNSET
    attributes: CartItemAttributes | Unset = UNSET
    additional_costs: CartItemAdditionalCosts | Unset = UNSET
    catalog_item_id: int | Unset = UNSET
    selected_price_type: str | Unset = UNSET
    adjustment_reference_id: UUID | Unset = UNSET
    adjustment_effective_from: datetime.datetime | Unset = UNSET
    adjustment_effective_until: datetime.datetime | Unset = UNSET
    prices: CartItemPrices | Unset = UNSET
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
        sku = self.sku

        quantity = self.quantity

        name = self.name

        returned_quantity = self.returned_quantity

        remaining_quantity = self.remaining_quantity

        price = self.price

        category = self.category

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        weight = self.weight

        height = self.height

        width = self.width

        length = self.length

        position = self.position

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        additional_costs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_costs, Unset):
            additional_costs = self.additional_costs.to_dict()

        catalog_item_id = self.catalog_item_id

        selected_price_type = self.selected_price_type

        adjustment_reference_id: str | Unset = UNSET
        if not isinstance(self.adjustment_reference_id, Unset):
            adjustment_reference_id = str(self.adjustment_reference_id)

        adjustment_effective_from: str | Unset = UNSET
        if not isinstance(self.adjustment_effective_from, Unset):
            adjustment_effective_from = self.adjustment_effective_from.isoformat()

        adjustment_effective_until: str | Unset = UNSET
        if not isinstance(self.adjustment_effective_until, Unset):
            adjustment_effective_until = self.adjustment_effective_until.isoformat()

        prices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prices, Unset):
            prices = self.prices.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sku": sku,
                "quantity": quantity,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if returned_quantity is not UNSET:
            field_dict["returnedQuantity"] = returned_quantity
        if remaining_quantity is not UNSET:
            field_dict["remainingQuantity"] = remaining_quantity
        if price is not UNSET:
            field_dict["price"] = price
        if category is not UNSET:
            field_dict["category"] = category
        if product is not UNSET:
            field_dict["product"] = product
        if weight is not UNSET:
            field_dict["weight"] = weight
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width
        if length is not UNSET:
            field_dict["length"] = length
        if position is not UNSET:
            field_dict["position"] = position
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if additional_costs is not UNSET:
            field_dict["additionalCosts"] = additional_costs
        if catalog_item_id is not UNSET:
            field_dict["catalogItemID"] = catalog_item_id
        if selected_price_type is not UNSET:
            field_dict["selectedPriceType"] = selected_price_type
        if adjustment_reference_id is not UNSET:
            field_dict["adjustmentReferenceId"] = adjustment_reference_id
        if adjustment_effective_from is not UNSET:
            field_dict["adjustmentEffectiveFrom"] = adjustment_effective_from
        if adjustment_effective_until is not UNSET:
            field_dict["adjustmentEffectiveUntil"] = adjustment_effective_until
        if prices is not UNSET:
            field_dict["prices"] = prices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cart_item_additional_costs import CartItemAdditionalCosts
        from ..models.cart_item_attributes import CartItemAttributes
        from ..models.cart_item_prices import CartItemPrices
        from ..models.product import Product

        d = dict(src_dict)
        sku = d.pop("sku")

        quantity = d.pop("quantity")

        name = d.pop("name", UNSET)

        returned_quantity = d.pop("returnedQuantity", UNSET)

        remaining_quantity = d.pop("remainingQuantity", UNSET)

        price = d.pop("price", UNSET)

        category = d.pop("category", UNSET)

        _product = d.pop("product", UNSET)
        product: Product | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = Product.from_dict(_product)

        weight = d.pop("weight", UNSET)

        height = d.pop("height", UNSET)

        width = d.pop("width", UNSET)

        length = d.pop("length", UNSET)

        position = d.pop("position", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: CartItemAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = CartItemAttributes.from_dict(_attributes)

        _additional_costs = d.pop("additionalCosts", UNSET)
        additional_costs: CartItemAdditionalCosts | Unset
        if isinstance(_additional_costs, Unset):
            additional_costs = UNSET
        else:
            additional_costs = CartItemAdditionalCosts.from_dict(_additional_costs)

        catalog_item_id = d.pop("catalogItemID", UNSET)

        selected_price_type = d.pop("selectedPriceType", UNSET)

        _adjustment_reference_id = d.pop("adjustmentReferenceId", UNSET)
        adjustment_reference_id: UUID | Unset
        if isinstance(_adjustment_reference_id, Unset):
            adjustment_reference_id = UNSET
        else:
            adjustment_reference_id = UUID(_adjustment_reference_id)

        _adjustment_effective_from = d.pop("adjustmentEffectiveFrom", UNSET)
        adjustment_effective_from: datetime.datetime | Unset
        if isinstance(_adjustment_effective_from, Unset):
            adjustment_effective_from = UNSET
        else:
            adjustment_effective_from = datetime.datetime.fromisoformat(
                _adjustment_effective_from
            )

        _adjustment_effective_until = d.pop("adjustmentEffectiveUntil", UNSET)
        adjustment_effective_until: datetime.datetime | Unset
        if isinstance(_adjustment_effective_until, Unset):
            adjustment_effective_until = UNSET
        else:
            adjustment_effective_until = datetime.datetime.fromisoformat(
                _adjustment_effective_until
            )

        _prices = d.pop("prices", UNSET)
        prices: CartItemPrices | Unset
        if isinstance(_prices, Unset):
            prices = UNSET
        else:
            prices = CartItemPrices.from_dict(_prices)

        cart_item = cls(
            sku=sku,
            quantity=quantity,
            name=name,
            returned_quantity=returned_quantity,
            remaining_quantity=remaining_quantity,
            price=price,
            category=category,
            product=product,
            weight=weight,
            height=height,
            width=width,
            length=length,
            position=position,
            attributes=attributes,
            additional_costs=additional_costs,
            catalog_item_id=catalog_item_id,
            selected_price_type=selected_price_type,
            adjustment_reference_id=adjustment_reference_id,
            adjustment_effective_from=adjustment_effective_from,
            adjustment_effective_until=adjustment_effective_until,
            prices=prices,
        )

        cart_item.additional_properties = d
        return cart_item

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
