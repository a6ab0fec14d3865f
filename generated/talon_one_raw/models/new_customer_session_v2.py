from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.new_customer_session_v2_state import NewCustomerSessionV2State
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_item import CartItem
    from ..models.experiment_variant_allocation import ExperimentVariantAllocation
    from ..models.new_customer_session_v2_additional_costs import (
        NewCustomerSessionV2AdditionalCosts,
    )
    from ..models.new_customer_session_v2_attributes import (
        NewCustomerSessionV2Attributes,
    )


T = TypeVar("T", bound="NewCustomerSessionV2")


@_attrs_define
class NewCustomerSessionV2:
    """The session data to store: profile, codes, cart, state.

    Attributes:
        profile_id (str | Unset):
        store_integration_id (str | Unset):
        evaluable_campaign_ids (list[int] | Unset):
        coupon_codes (list[str] | Unset):
        referral_code (str | Unset):
        loyalty_cards (list[str] | Unset):
        state (NewCustomerSessionV2State | Unset):  Default: NewCustomerSessionV2State.OPEN.
        cart_items (list[CartItem] | Unset):
        experiment_variant_allocations (list[ExperimentVariantAllocation] | Unset):
        additional_costs (NewCustomerSessionV2AdditionalCosts | Unset):
        identifiers (list[str] | Unset):
        attributes (NewCustomerSessionV2Attributes | Unset):
    """

    profile_id: str | Unset = UNSET
    store_integration_id: str | Unset = UNSET
    evaluable_campaign_ids: list[int] | Unset = UNSET
    coupon_codes: list[str] | Unset = UNSET
    referral_code: str | Unset = UNSET
    loyalty_cards: list[str] | Unset = UNSET
    state: NewCustomerSessionV2State | Unset = NewCustomerSessionV2State.OPEN
    cart_items: list[CartItem] | Unset = UNSET
    experiment_variant_allocations: list[ExperimentVariantAllocation] | Unset = UNSET
    additional_costs: NewCustomerSessionV2AdditionalCosts | Unset = UNSET
    identifiers: list[str] | Unset = UNSET
    attributes: NewCustomerSessionV2Attributes | Unset = UNSET
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
        profile_id = self.profile_id

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

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        cart_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cart_items, Unset):
            cart_items = []
            for cart_items_item_data in self.cart_items:
                cart_items_item = cart_items_item_data.to_dict()
                cart_items.append(cart_items_item)

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

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id
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
        if state is not UNSET:
            field_dict["state"] = state
        if cart_items is not UNSET:
            field_dict["cartItems"] = cart_items
        if experiment_variant_allocations is not UNSET:
            field_dict["experimentVariantAllocations"] = experiment_variant_allocations
        if additional_costs is not UNSET:
            field_dict["additionalCosts"] = additional_costs
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cart_item import CartItem
        from ..models.experiment_variant_allocation import ExperimentVariantAllocation
        from ..models.new_customer_session_v2_additional_costs import (
            NewCustomerSessionV2AdditionalCosts,
        )
        from ..models.new_customer_session_v2_attributes import (
            NewCustomerSessionV2Attributes,
        )

        d = dict(src_dict)
        profile_id = d.pop("profileId", UNSET)

        store_integration_id = d.pop("storeIntegrationId", UNSET)

        evaluable_campaign_ids = cast(list[int], d.pop("evaluableCampaignIds", UNSET))

        coupon_codes = cast(list[str], d.pop("couponCodes", UNSET))

        referral_code = d.pop("referralCode", UNSET)

        loyalty_cards = cast(list[str], d.pop("loyaltyCards", UNSET))

        _state = d.pop("state", UNSET)
        state: NewCustomerSessionV2State | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = NewCustomerSessionV2State(_state)

        _cart_items = d.pop("cartItems", UNSET)
        cart_items: list[CartItem] | Unset = UNSET
        if _cart_items is not UNSET:
            cart_items = []
            for cart_items_item_data in _cart_items:
                cart_items_item = CartItem.from_dict(cart_items_item_data)

                cart_items.append(cart_items_item)

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
        additional_costs: NewCustomerSessionV2AdditionalCosts | Unset
        if isinstance(_additional_costs, Unset):
            additional_costs = UNSET
        else:
            additional_costs = NewCustomerSessionV2AdditionalCosts.from_dict(
                _additional_costs
            )

        identifiers = cast(list[str], d.pop("identifiers", UNSET))

        _attributes = d.pop("attributes", UNSET)
        attributes: NewCustomerSessionV2Attributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = NewCustomerSessionV2Attributes.from_dict(_attributes)

        new_customer_session_v2 = cls(
            profile_id=profile_id,
            store_integration_id=store_integration_id,
            evaluable_campaign_ids=evaluable_campaign_ids,
            coupon_codes=coupon_codes,
            referral_code=referral_code,
            loyalty_cards=loyalty_cards,
            state=state,
            cart_items=cart_items,
            experiment_variant_allocations=experiment_variant_allocations,
            additional_costs=additional_costs,
            identifiers=identifiers,
            attributes=attributes,
        )

        new_customer_session_v2.additional_properties = d
        return new_customer_session_v2

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
