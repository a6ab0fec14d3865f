from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.customer_session_v2_state import CustomerSessionV2State
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_item import CartItem
    from ..models.customer_session_v2_additional_costs import (
        CustomerSessionV2AdditionalCosts,
    )
    from ..models.customer_session_v2_attributes import CustomerSessionV2Attributes
    from ..models.experiment_variant_allocation import ExperimentVariantAllocation


T = TypeVar("T", bound="CustomerSessionV2")


@_attrs_define
class CustomerSessionV2:
    """A customer session: cart, codes, state and totals.

    Attributes:
        id (int):
        created (datetime.datetime):
        integration_id (str):
        application_id (int):
        profile_id (str):
        state (CustomerSessionV2State):  Default: CustomerSessionV2State.OPEN.
        cart_items (list[CartItem]):
        attributes (CustomerSessionV2Attributes):
        first_session (bool):
        update_count (int):
        total (float):
        cart_item_total (float):
        additional_cost_total (float):
        updated (datetime.datetime):
        cart_item_additional_cost_total (float):
        store_integration_id (str | Unset):
        evaluable_campaign_ids (list[int] | Unset):
        coupon_codes (list[str] | Unset):
        referral_code (str | Unset):
        loyalty_cards (list[str] | Unset):
        experiment_variant_allocations (list[ExperimentVariantAllocation] | Unset):
        additional_costs (CustomerSessionV2AdditionalCosts | Unset):
        identifiers (list[str] | Unset):
    """

    id: int
    created: datetime.datetime
    integration_id: str
    application_id: int
    profile_id: str
    cart_items: list[CartItem]
    attributes: CustomerSessionV2Attributes
    first_session: bool
    update_count: int
    total: float
    cart_item_total: float
    additional_cost_total: float
    updated: datetime.datetime
    cart_item_additional_cost_total: float
    state: CustomerSessionV2State = CustomerSessionV2State.OPEN
    store_integration_id: str | Unset = UNSET
    evaluable_campaign_ids: list[int] | Unset = UNSET
    coupon_codes: list[str] | Unset = UNSET
    referral_code: str | Unset = UNSET
    loyalty_cards: list[str] | Unset = UNSET
    experiment_variant_allocations: list[ExperimentVariantAllocation] | Unset = UNSET
    additional_costs: CustomerSessionV2AdditionalCosts | Unset = UNSET
    identifiers: list[str] | Unset = UNSET
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

        created = self.created.isoformat()

        integration_id = self.integration_id

        application_id = self.application_id

        profile_id = self.profile_id

        state = self.state.value

        cart_items = []
        for cart_items_item_data in self.cart_items:
            cart_items_item = cart_items_item_data.to_dict()
            cart_items.append(cart_items_item)

        attributes = self.attributes.to_dict()

        first_session = self.first_session

        update_count = self.update_count

        total = self.total

        cart_item_total = self.cart_item_total

        additional_cost_total = self.additional_cost_total

        updated = self.updated.isoformat()

        cart_item_additional_cost_total = self.cart_item_additional_cost_total

        store_integration_id = self.store_integration_id

        evaluable_campaign_ids: list[int] | Unset = UNSET
        if not isinstance(self.evaluable_campaign_ids, Unset):
            evaluable_campaign_ids = self.evaluable_campaign_ids

        coupon_codes: list[str] | Unset = UNSET
        if not isinstance(self.coupon_codes, Unset):
            coupon_codes = self.coupon_codes

        referral_code = self.referral_code

        loyalty_cards: list[str] | Unset = UNSET
        if not isinstance(self.loyalty_cards, Unset):
            loyalty_cards = self.loyalty_cards

        experiment_variant_allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.experiment_variant_allocations, Unset):
            experiment_variant_allocations = []
            for (
                experiment_variant_allocations_item_data
            ) in self.experiment_variant_allocations:
                experiment_variant_allocations_item = (
                    experiment_variant_allocations_item_data.to_dict()
                )
                experiment_variant_allocations.append(
                    experiment_variant_allocations_item
                )

        additional_costs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_costs, Unset):
            additional_costs = self.additional_costs.to_dict()

        identifiers: list[str] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "integrationId": integration_id,
                "applicationId": application_id,
                "profileId": profile_id,
                "state": state,
                "cartItems": cart_items,
                "attributes": attributes,
                "firstSession": first_session,
                "updateCount": update_count,
                "total": total,
                "cartItemTotal": cart_item_total,
                "additionalCostTotal": additional_cost_total,
                "updated": updated,
                "cartItemAdditionalCostTotal": cart_item_additional_cost_total,
            }
        )
        if store_integration_id is not UNSET:
            field_dict["storeIntegrationId"] = store_integration_id
        if evaluable_campaign_ids is not UNSET:
            field_dict["evaluableCampaignIds"] = evaluable_campaign_ids
        if coupon_codes is not UNSET:
            field_dict["couponCodes"] = coupon_codes
        if referral_code is not UNSET:
            field_dict["referralCode"] = referral_code
        if loyalty_cards is not UNSET:
            field_dict["loyaltyCards"] = loyalty_cards
        if experiment_variant_allocations is not UNSET:
            field_dict["experimentVariantAllocations"] = experiment_variant_allocations
        if additional_costs is not UNSET:
            field_dict["additionalCosts"] = additional_costs
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cart_item import CartItem
        from ..models.customer_session_v2_additional_costs import (
            CustomerSessionV2AdditionalCosts,
        )
        from ..models.customer_session_v2_attributes import CustomerSessionV2Attributes
        from ..models.experiment_variant_allocation import ExperimentVariantAllocation

        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        integration_id = d.pop("integrationId")

        application_id = d.pop("applicationId")

        profile_id = d.pop("profileId")

        state = CustomerSessionV2State(d.pop("state"))

        cart_items = []
        _cart_items = d.pop("cartItems")
        for cart_items_item_data in _cart_items:
            cart_items_item = CartItem.from_dict(cart_items_item_data)

            cart_items.append(cart_items_item)

        attributes = CustomerSessionV2Attributes.from_dict(d.pop("attributes"))

        first_session = d.pop("firstSession")

        update_count = d.pop("updateCount")

        total = d.pop("total")

        cart_item_total = d.pop("cartItemTotal")

        additional_cost_total = d.pop("additionalCostTotal")

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        cart_item_additional_cost_total = d.pop("cartItemAdditionalCostTotal")

        store_integration_id = d.pop("storeIntegrationId", UNSET)

        evaluable_campaign_ids = cast(list[int], d.pop("evaluableCampaignIds", UNSET))

        coupon_codes = cast(list[str], d.pop("couponCodes", UNSET))

        referral_code = d.pop("referralCode", UNSET)

        loyalty_cards = cast(list[str], d.pop("loyaltyCards", UNSET))

        _experiment_variant_allocations = d.pop("experimentVariantAllocations", UNSET)
        experiment_variant_allocations: list[ExperimentVariantAllocation] | Unset = (
            UNSET
        )
        if _experiment_variant_allocations is not UNSET:
            experiment_variant_allocations = []
            for (
                experiment_variant_allocations_item_data
            ) in _experiment_variant_allocations:
                experiment_variant_allocations_item = (
                    ExperimentVariantAllocation.from_dict(
                        experiment_variant_allocations_item_data
                    )
                )

                experiment_variant_allocations.append(
                    experiment_variant_allocations_item
                )

        _additional_costs = d.pop("additionalCosts", UNSET)
        additional_costs: CustomerSessionV2AdditionalCosts | Unset
        if isinstance(_additional_costs, Unset):
            additional_costs = UNSET
        else:
            additional_costs = CustomerSessionV2AdditionalCosts.from_dict(
                _additional_costs
            )

        identifiers = cast(list[str], d.pop("identifiers", UNSET))

        customer_session_v2 = cls(
            id=id,
            created=created,
            integration_id=integration_id,
            application_id=application_id,
            profile_id=profile_id,
            state=state,
            cart_items=cart_items,
            attributes=attributes,
            first_session=first_session,
            update_count=update_count,
            total=total,
            cart_item_total=cart_item_total,
            additional_cost_total=additional_cost_total,
            updated=updated,
            cart_item_additional_cost_total=cart_item_additional_cost_total,
            store_integration_id=store_integration_id,
            evaluable_campaign_ids=evaluable_campaign_ids,
            coupon_codes=coupon_codes,
            referral_code=referral_code,
            loyalty_cards=loyalty_cards,
            experiment_variant_allocations=experiment_variant_allocations,
            additional_costs=additional_costs,
            identifiers=identifiers,
        )

        customer_session_v2.additional_properties = d
        return customer_session_v2

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
