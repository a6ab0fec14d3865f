"""Integration tests: every operation through TalonClient against the emulator, over real sockets.

For each of the 39 operations of openapi/integration.yaml:

- a happy path on state built through the API itself (a session is created before it is read,
  a card generated before it is linked, points earned before they are listed): the result is
  the documented model of the status received, carries the state the call made, and decodes
  fully (`materialize`); 204 operations return None and their effect is read back;
- each documented error status (400, 401, 404, 409 from spec_meta.json) provoked for real:
  401 with a key the emulator does not accept, 400 with a request its validation or its
  semantics reject, 404 with unknown IDs, 409 with a parallel update of one session or profile
  or a duplicate. The error must be the right `errors.*` class with Talon.One's body parsed.
  The few statuses the emulator cannot produce are skipped with the reason.

The emulator runs with response validation on (conftest.py): an answer that strays from the
spec comes back as a 500 and fails the test that received it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from integration_support import (
    CARD,
    CARD_PROGRAM,
    CART_TOTAL,
    CATALOG,
    OTHER,
    PENDING_EVENT,
    PENDING_POINTS,
    PENDING_PROGRAM,
    POINTS_AFTER_WELCOME,
    POINTS_PROGRAM,
    PROFILE,
    REVIEW_EVENT,
    THIRD,
    WELCOME_DISCOUNT,
    active_points,
    all_operations,
    best_prior_price_request,
    card_request,
    cart,
    catalog_action,
    check_api_error,
    close_session,
    delete_all_transactions,
    documented_errors,
    effects_of,
    event_v1,
    event_v2,
    event_v3,
    membership,
    new_audience,
    new_referral,
    only_effect,
    open_session,
    profile_of,
    profile_request,
    referrals_for,
    registration,
    reservations,
    session_request,
    success_types,
    undocumented_statuses_allowed,
)

from talon_async import TalonClient, errors, materialize
from talon_async import models as m
from talon_async.testing.pytest_plugin import TalonEmulator

Closed = m.NewCustomerSessionV2State.CLOSED
State = m.CustomerSessionV2State

# ---------------------------------------------------------------------------------------------
# Happy paths, one per operation
# ---------------------------------------------------------------------------------------------

Happy = Callable[[TalonClient, TalonEmulator], Awaitable[Any]]
HAPPY: dict[str, Happy] = {}


def happy(op_key: str) -> Callable[[Happy], Happy]:
    def register(fn: Happy) -> Happy:
        assert op_key not in HAPPY, op_key
        HAPPY[op_key] = fn
        return fn

    return register


# -- customer sessions -------------------------------------------------------------------------


@happy("customer_sessions.update_customer_session_v2")
async def _update_session(talon: TalonClient, emu: TalonEmulator) -> Any:
    opened = await open_session(talon, "s-1", coupons=["WELCOME10"])
    assert isinstance(opened, m.IntegrationStateV2)
    assert opened.customer_session.state == State.OPEN
    assert opened.customer_session.total == CART_TOTAL
    assert only_effect(opened.effects, "acceptCoupon").props.value == "WELCOME10"
    assert only_effect(opened.effects, "setDiscount").props.value == WELCOME_DISCOUNT
    # open sessions promise points (tentative) but write none
    ledger = opened.loyalty.programs[str(POINTS_PROGRAM)].ledger
    assert ledger.current_balance == 0
    assert ledger.tentative_current_balance == POINTS_AFTER_WELCOME
    closed = await talon.customer_sessions.update_customer_session_v2(
        "s-1", session_request(state=Closed, coupons=["WELCOME10"])
    )
    assert closed.customer_session.state == State.CLOSED
    assert closed.customer_session.update_count == 2
    points = only_effect(closed.effects, "addLoyaltyPoints").props
    assert (points.program_id, points.value) == (POINTS_PROGRAM, POINTS_AFTER_WELCOME)
    assert closed.customer_profile.closed_sessions == 1
    assert closed.customer_profile.total_sales == CART_TOTAL - WELCOME_DISCOUNT
    coupon = closed.coupons[0]
    assert (coupon.value, coupon.usage_counter) == ("WELCOME10", 1)
    return closed


@happy("customer_sessions.get_customer_session")
async def _get_session(talon: TalonClient, emu: TalonEmulator) -> Any:
    await open_session(talon, "s-1", coupons=["WELCOME10", "NOPE-CODE"])
    result = await talon.customer_sessions.get_customer_session("s-1")
    assert isinstance(result, m.IntegrationCustomerSessionResponse)
    session = result.customer_session
    assert (session.integration_id, session.profile_id) == ("s-1", PROFILE)
    assert session.state == State.OPEN
    assert [item.sku for item in session.cart_items] == ["APL-GALA-1KG", "MLK-OAT-1L"]
    assert session.coupon_codes == ["WELCOME10", "NOPE-CODE"]
    rejected = only_effect(result.effects, "rejectCoupon").props
    assert (rejected.value, rejected.rejection_reason) == ("NOPE-CODE", "CouponNotFound")
    assert only_effect(result.effects, "acceptCoupon").props.value == "WELCOME10"
    return result


@happy("customer_sessions.return_cart_items")
async def _return_items(talon: TalonClient, emu: TalonEmulator) -> Any:
    await close_session(talon, "s-1", coupons=["WELCOME10"])
    assert await active_points(talon) == POINTS_AFTER_WELCOME
    body = m.ReturnIntegrationRequest(
        return_=m.NewReturn(returned_cart_items=[m.ReturnedCartItem(position=0, quantity=1)]),
        response_content=[
            m.ReturnIntegrationRequestResponseContentItem.CUSTOMERSESSION,
            m.ReturnIntegrationRequestResponseContentItem.LOYALTY,
            m.ReturnIntegrationRequestResponseContentItem.PREVIOUSRETURNS,
        ],
    )
    result = await talon.customer_sessions.return_cart_items("s-1", body)
    assert isinstance(result, m.IntegrationStateV2)
    assert result.customer_session.state == State.PARTIALLY_RETURNED
    first = result.customer_session.cart_items[0]
    assert (first.returned_quantity, first.remaining_quantity) == (1, 1)
    returned = result.return_.returned_cart_items
    assert [(r.position, r.quantity, r.sku) for r in returned] == [(0, 1, "APL-GALA-1KG")]
    # 20.00 of 50.00 returned: 40% of the discount and of the points go back
    assert only_effect(result.effects, "rollbackDiscount").props.value == 2.0
    assert only_effect(result.effects, "rollbackAddedLoyaltyPoints").props.value == 18.0
    assert await active_points(talon) == POINTS_AFTER_WELCOME - 18.0
    return result


@happy("customer_sessions.reopen_customer_session")
async def _reopen(talon: TalonClient, emu: TalonEmulator) -> Any:
    await close_session(talon, "s-1", coupons=["WELCOME10"])
    result = await talon.customer_sessions.reopen_customer_session("s-1")
    assert isinstance(result, m.ReopenSessionResponse)
    kinds = {e.effect_type for e in result.effects}
    assert {"rollbackCoupon", "rollbackDiscount", "rollbackAddedLoyaltyPoints"} <= kinds
    assert only_effect(result.effects, "rollbackCoupon").props.value == "WELCOME10"
    again = await talon.customer_sessions.get_customer_session("s-1")
    assert again.customer_session.state == State.OPEN
    assert await active_points(talon) == 0
    return result


# -- customer profiles -------------------------------------------------------------------------


@happy("customer_profiles.update_customer_profile_v2")
async def _update_profile(talon: TalonClient, emu: TalonEmulator) -> Any:
    audience = await new_audience(talon)
    body = profile_request(Name="Mira Holm", ShippingCity="Aarhus")
    body.audiences_changes = m.ProfileAudiencesChanges(adds=[audience], deletes=[])
    result = await talon.customer_profiles.update_customer_profile_v2(
        PROFILE, body, run_rule_engine=True
    )
    assert isinstance(result, m.CustomerProfileIntegrationResponseV2)
    profile = result.customer_profile
    assert profile.integration_id == PROFILE
    assert profile.attributes.to_dict() == {"Name": "Mira Holm", "ShippingCity": "Aarhus"}
    assert [a.id for a in profile.audience_memberships] == [audience]
    stored = await profile_of(talon)
    assert stored.attributes.to_dict()["ShippingCity"] == "Aarhus"
    return result


@happy("customer_profiles.update_customer_profiles_v2")
async def _update_profiles(talon: TalonClient, emu: TalonEmulator) -> Any:
    body = m.MultipleCustomerProfileIntegrationRequest(
        customer_profiles=[
            m.MultipleCustomerProfileIntegrationRequestItem(
                integration_id=p,
                attributes=m.MultipleCustomerProfileIntegrationRequestItemAttributes.from_dict(
                    {"Tier": "gold"}
                ),
            )
            for p in (PROFILE, OTHER)
        ]
    )
    result = await talon.customer_profiles.update_customer_profiles_v2(body, silent="no")
    assert isinstance(result, m.MultipleCustomerProfileIntegrationResponseV2)
    assert [s.customer_profile.integration_id for s in result.integration_states] == [
        PROFILE,
        OTHER,
    ]
    assert (await profile_of(talon, OTHER)).attributes.to_dict() == {"Tier": "gold"}
    return result


@happy("customer_profiles.get_customer_inventory")
async def _inventory(talon: TalonClient, emu: TalonEmulator) -> Any:
    await talon.coupons.create_coupon_reservation("VIP20", reservations(PROFILE))
    await close_session(talon, "s-1")
    await talon.referrals.create_referral(new_referral())
    await talon.loyalty_cards.generate_loyalty_card(CARD_PROGRAM, card_request(CARD, [PROFILE]))
    result = await talon.customer_profiles.get_customer_inventory(
        PROFILE, profile=True, referrals=True, coupons=True, loyalty=True, achievements=True
    )
    assert isinstance(result, m.CustomerInventory)
    assert result.profile.closed_sessions == 1
    assert [(c.value, c.state) for c in result.coupons] == [("VIP20", "active")]
    assert [r.advocate_profile_integration_id for r in result.referrals] == [PROFILE]
    assert result.loyalty.programs[str(POINTS_PROGRAM)].ledger.current_balance == CART_TOTAL
    assert [c.identifier for c in result.loyalty.cards] == [CARD]
    achievement = result.achievements[0]
    assert (achievement.name, achievement.progress, achievement.target) == ("ThreeOrders", 1, 3)
    return result


@happy("customer_profiles.delete_customer_data")
async def _delete_customer_data(talon: TalonClient, emu: TalonEmulator) -> Any:
    await close_session(talon, "s-1")
    result = await talon.customer_profiles.delete_customer_data(PROFILE)
    with pytest.raises(errors.NotFound):
        await talon.customer_profiles.get_customer_inventory(PROFILE)
    with undocumented_statuses_allowed(emu), pytest.raises(errors.NotFound):
        await talon.customer_sessions.get_customer_session("s-1")  # its sessions went too
    return result


# -- audiences ---------------------------------------------------------------------------------


@happy("audiences.create_audience_v2")
async def _create_audience(talon: TalonClient, emu: TalonEmulator) -> Any:
    result = await talon.audiences.create_audience_v2(
        m.NewAudience(
            name="Newsletter readers",
            description="Opted in to the weekly mail",
            integration="mparticle",
            integration_id="aud-newsletter",
        )
    )
    assert isinstance(result, m.Audience)
    assert (result.name, result.integration, result.integration_id) == (
        "Newsletter readers",
        "mparticle",
        "aud-newsletter",
    )
    assert result.id >= 1
    return result


@happy("audiences.update_audience_v2")
async def _update_audience(talon: TalonClient, emu: TalonEmulator) -> Any:
    audience = await new_audience(talon)
    result = await talon.audiences.update_audience_v2(
        audience, m.UpdateAudience(name="Weekly offers readers")
    )
    assert isinstance(result, m.Audience)
    assert (result.id, result.name) == (audience, "Weekly offers readers")
    assert isinstance(result.last_update, dt.datetime)
    return result


@happy("audiences.delete_audience_v2")
async def _delete_audience(talon: TalonClient, emu: TalonEmulator) -> Any:
    audience = await new_audience(talon)
    await talon.audiences.update_customer_profile_audiences(membership(audience, PROFILE))
    result = await talon.audiences.delete_audience_v2(audience)
    assert (await profile_of(talon)).audience_memberships == []
    with pytest.raises(errors.NotFound):
        await talon.audiences.update_audience_v2(audience, m.UpdateAudience(name="gone"))
    return result


@happy("audiences.delete_audience_memberships_v2")
async def _delete_memberships(talon: TalonClient, emu: TalonEmulator) -> Any:
    audience = await new_audience(talon)
    await talon.audiences.update_customer_profile_audiences(membership(audience, PROFILE, OTHER))
    assert [a.id for a in (await profile_of(talon, OTHER)).audience_memberships] == [audience]
    result = await talon.audiences.delete_audience_memberships_v2(audience)
    for profile in (PROFILE, OTHER):
        assert (await profile_of(talon, profile)).audience_memberships == []
    # the audience itself stays
    assert (await talon.audiences.update_audience_v2(audience, m.UpdateAudience(name="x"))).id
    return result


@happy("audiences.update_customer_profile_audiences")
async def _profile_audiences(talon: TalonClient, emu: TalonEmulator) -> Any:
    keep, leave = await new_audience(talon, "keep"), await new_audience(talon, "leave")
    await talon.audiences.update_customer_profile_audiences(membership(leave, PROFILE))
    body = m.CustomerProfileAudienceRequest(
        data=[
            *membership(keep, PROFILE).data,
            *membership(
                leave, PROFILE, action=m.CustomerProfileAudienceRequestItemAction.DELETE
            ).data,
        ]
    )
    result = await talon.audiences.update_customer_profile_audiences(body)
    memberships = (await profile_of(talon)).audience_memberships
    assert [(a.id, a.name) for a in memberships] == [(keep, "keep")]
    return result


@happy("audiences.update_audience_customers_attributes")
async def _audience_attributes(talon: TalonClient, emu: TalonEmulator) -> Any:
    audience = await new_audience(talon)
    await talon.audiences.update_customer_profile_audiences(membership(audience, PROFILE))
    await talon.customer_profiles.update_customer_profile_v2(OTHER, profile_request(Name="Jonas"))
    result = await talon.audiences.update_audience_customers_attributes(
        audience, m.AttributeQuery.from_dict({"NewsletterTier": "gold"})
    )
    assert (await profile_of(talon)).attributes.to_dict() == {"NewsletterTier": "gold"}
    assert (await profile_of(talon, OTHER)).attributes.to_dict() == {"Name": "Jonas"}
    return result


# -- campaigns, catalogs -----------------------------------------------------------------------


@happy("campaigns.integration_get_all_campaigns")
async def _campaigns(talon: TalonClient, emu: TalonEmulator) -> Any:
    first = await talon.campaigns.integration_get_all_campaigns(page_size=2)
    assert first.has_more is True
    assert [c.id for c in first.data] == [1, 2]
    assert first.data[0].features == ["coupons"]
    result = await talon.campaigns.integration_get_all_campaigns(campaign_ids=["3"], skip=0)
    assert isinstance(result, m.IntegrationGetAllCampaigns200Response)
    assert result.has_more is False
    assert [(c.id, c.name, c.features) for c in result.data] == [
        (3, "Points on every order", ["loyalty", "achievements"])
    ]
    return result


@happy("catalogs.sync_catalog")
async def _sync_catalog(talon: TalonClient, emu: TalonEmulator) -> Any:
    added = await talon.catalogs.sync_catalog(
        CATALOG,
        m.CatalogSyncRequest(
            actions=[
                catalog_action("ADD", sku="APL-GALA-1KG", price=2.49),
                catalog_action("ADD", sku="MLK-OAT-1L", price=1.89),
            ]
        ),
    )
    assert isinstance(added, m.Catalog)
    assert (added.id, added.version) == (CATALOG, 2)
    result = await talon.catalogs.sync_catalog(
        CATALOG,
        m.CatalogSyncRequest(
            actions=[catalog_action("REMOVE", sku="MLK-OAT-1L")],
            version=added.version,
        ),
    )
    assert result.version == 3
    with pytest.raises(errors.BadRequest):  # the removed item is gone
        await talon.catalogs.sync_catalog(
            CATALOG,
            m.CatalogSyncRequest(actions=[catalog_action("REMOVE", sku="MLK-OAT-1L")]),
        )
    return result


@happy("catalogs.best_prior_price")
async def _best_prior_price(talon: TalonClient, emu: TalonEmulator) -> Any:
    for price in (2.49, 1.99, 2.29):
        await talon.catalogs.sync_catalog(
            CATALOG,
            m.CatalogSyncRequest(
                actions=[
                    catalog_action(
                        "PATCH",
                        sku="APL-GALA-1KG",
                        price=price,
                        createIfNotExists=True,
                    )
                ]
            ),
        )
    end = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)
    result = await talon.catalogs.best_prior_price(
        best_prior_price_request("APL-GALA-1KG", "NOT-IN-CATALOG", end=end)
    )
    assert isinstance(result, list)
    assert [(p.sku, p.price) for p in result] == [("APL-GALA-1KG", 1.99)]
    assert all(isinstance(p, m.BestPriorPrice) for p in result)
    return result


# -- coupons -----------------------------------------------------------------------------------


@happy("coupons.create_coupon_reservation")
async def _reserve(talon: TalonClient, emu: TalonEmulator) -> Any:
    before = await open_session(talon, "s-0", coupons=["VIP20"])
    assert only_effect(before.effects, "rejectCoupon").props.rejection_reason == (
        "CouponReservationRequired"
    )
    result = await talon.coupons.create_coupon_reservation("VIP20", reservations(PROFILE))
    assert isinstance(result, m.Coupon)
    assert (result.value, result.reservation_counter) == ("VIP20", 1)
    assert result.is_reservation_mandatory is True
    after = await open_session(talon, "s-1", coupons=["VIP20"])
    assert only_effect(after.effects, "acceptCoupon").props.value == "VIP20"
    assert only_effect(after.effects, "setDiscount").props.value == 10.0  # 20% of 50
    return result


@happy("coupons.get_reserved_customers")
async def _reserved(talon: TalonClient, emu: TalonEmulator) -> Any:
    await talon.coupons.create_coupon_reservation("VIP20", reservations(PROFILE, OTHER))
    result = await talon.coupons.get_reserved_customers("VIP20")
    assert isinstance(result, m.GetReservedCustomers200Response)
    assert result.total_result_size == 2
    assert [p.integration_id for p in result.data] == [PROFILE, OTHER]
    return result


@happy("coupons.delete_coupon_reservation")
async def _release(talon: TalonClient, emu: TalonEmulator) -> Any:
    await talon.coupons.create_coupon_reservation("VIP20", reservations(PROFILE, OTHER))
    result = await talon.coupons.delete_coupon_reservation("VIP20", reservations(PROFILE))
    left = await talon.coupons.get_reserved_customers("VIP20")
    assert [p.integration_id for p in left.data] == [OTHER]
    state = await open_session(talon, "s-1", coupons=["VIP20"])
    assert only_effect(state.effects, "rejectCoupon").props.rejection_reason == (
        "CouponReservationRequired"
    )
    return result


# -- events ------------------------------------------------------------------------------------


@happy("events.track_event_v2")
async def _track_v2(talon: TalonClient, emu: TalonEmulator) -> Any:
    result = await talon.events.track_event_v2(event_v2(), silent="no")
    assert isinstance(result, m.IntegrationEventV2Response)
    points = only_effect(result.effects, "addLoyaltyPoints").props
    assert (points.program_id, points.value, points.recipient_integration_id) == (
        POINTS_PROGRAM,
        10.0,
        PROFILE,
    )
    assert result.event.type_ == REVIEW_EVENT
    assert result.customer_profile.integration_id == PROFILE
    assert [c.id for c in result.triggered_campaigns] == [3]
    assert await active_points(talon) == 10.0
    return result


@happy("events.track_event")
async def _track_v1(talon: TalonClient, emu: TalonEmulator) -> Any:
    await open_session(talon, "s-1", coupons=["WELCOME10"])
    result = await talon.events.track_event(event_v1("s-1"))
    assert isinstance(result, m.IntegrationState)
    assert (result.session.integration_id, result.session.coupon) == ("s-1", "WELCOME10")
    assert result.profile.integration_id == PROFILE
    assert (result.event.type_, result.event.session_id) == (REVIEW_EVENT, "s-1")
    # an Event's effects are arrays of free-form values in the spec (2026-06-09)
    effects = [e[0] for e in result.event.effects]
    assert [(e["effectType"], e["props"]["value"]) for e in effects] == [("addLoyaltyPoints", 10)]
    assert result.coupon.value == "WELCOME10"
    assert await active_points(talon) == 10.0
    return result


@happy("events.track_event_v3")
async def _track_v3(talon: TalonClient, emu: TalonEmulator) -> Any:
    await open_session(talon, "s-1")
    request = event_v3("evt-review-1")
    request.connected_session_id = "s-1"
    result = await talon.events.track_event_v3(request, silent="no")
    assert isinstance(result, m.IntegrationEventV3Response)
    points = only_effect(result.effects, "addLoyaltyPoints").props
    assert (points.value, points.recipient_integration_id) == (10.0, PROFILE)
    event = result.advanced_event
    assert (event.integration_id, event.type_, event.connected_session_id) == (
        "evt-review-1",
        REVIEW_EVENT,
        "s-1",
    )
    assert await active_points(talon) == 10.0
    return result


@happy("events.get_event_v3")
async def _get_v3(talon: TalonClient, emu: TalonEmulator) -> Any:
    tracked = await talon.events.track_event_v3(event_v3("evt-review-2"), silent="no")
    result = await talon.events.get_event_v3("evt-review-2")
    assert isinstance(result, m.EventV3)
    # read back as recorded: same ID, type, attributes and effects
    assert (result.id, result.type_, result.profile_id) == (
        tracked.advanced_event.id,
        REVIEW_EVENT,
        PROFILE,
    )
    assert result.attributes.additional_properties == {"stars": 4}
    assert [e[0]["effectType"] for e in result.effects] == ["addLoyaltyPoints"]
    return result


# -- loyalty (profile-based) -------------------------------------------------------------------


@happy("loyalty.get_loyalty_balances")
async def _balances(talon: TalonClient, emu: TalonEmulator) -> Any:
    await close_session(talon, "s-1", coupons=["WELCOME10"])
    await talon.events.track_event_v2(event_v2())
    result = await talon.loyalty.get_loyalty_balances(
        POINTS_PROGRAM, PROFILE, include_tiers=True, include_projected_tier=True
    )
    assert isinstance(result, m.LoyaltyBalancesWithTiers)
    balance = result.balance
    assert (balance.active_points, balance.pending_points) == (POINTS_AFTER_WELCOME + 10, 0)
    assert balance.current_tier.name == "Silver"
    assert (balance.next_tier_name, balance.points_to_next_tier) == ("Gold", 445.0)
    return result


@happy("loyalty.get_loyalty_program_profile_points")
async def _profile_points(talon: TalonClient, emu: TalonEmulator) -> Any:
    await close_session(talon, "s-1", coupons=["WELCOME10"])
    await talon.events.track_event_v2(event_v2())
    result = await talon.loyalty.get_loyalty_program_profile_points(
        POINTS_PROGRAM, PROFILE, status=m.GetLoyaltyProgramProfilePointsStatus.ACTIVE
    )
    assert isinstance(result, m.GetLoyaltyProgramProfilePoints200Response)
    assert sorted(p.amount for p in result.data) == [10.0, POINTS_AFTER_WELCOME]
    by_session = await talon.loyalty.get_loyalty_program_profile_points(
        POINTS_PROGRAM, PROFILE, customer_session_i_ds=["s-1"]
    )
    assert [(p.amount, p.customer_session_id) for p in by_session.data] == [
        (POINTS_AFTER_WELCOME, "s-1")
    ]
    return result


@happy("loyalty.get_loyalty_program_profile_transactions")
async def _profile_transactions(talon: TalonClient, emu: TalonEmulator) -> Any:
    closed = await close_session(talon, "s-1", coupons=["WELCOME10"])
    uuid_ = only_effect(closed.effects, "addLoyaltyPoints").props.transaction_uuid
    await talon.events.track_event_v2(event_v2())
    result = await talon.loyalty.get_loyalty_program_profile_transactions(
        POINTS_PROGRAM,
        PROFILE,
        loyalty_transaction_type=m.GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType.SESSION,
    )
    assert isinstance(result, m.GetLoyaltyProgramProfileTransactions200Response)
    [entry] = result.data
    assert (entry.transaction_uuid, entry.customer_session_id, entry.amount) == (
        uuid_,
        "s-1",
        POINTS_AFTER_WELCOME,
    )
    assert entry.type_ == "addition"
    everything = await talon.loyalty.get_loyalty_program_profile_transactions(
        POINTS_PROGRAM, PROFILE
    )
    assert len(everything.data) == 2
    return result


@happy("loyalty.activate_loyalty_points")
async def _activate(talon: TalonClient, emu: TalonEmulator) -> Any:
    tracked = await talon.events.track_event_v2(event_v2(PENDING_EVENT), silent="no")
    uuid_ = only_effect(tracked.effects, "addLoyaltyPoints").props.transaction_uuid
    before = (await talon.loyalty.get_loyalty_balances(PENDING_PROGRAM, PROFILE)).balance
    assert (before.active_points, before.pending_points) == (0, PENDING_POINTS)
    result = await talon.loyalty.activate_loyalty_points(
        PENDING_PROGRAM, m.ActivateLoyaltyPoints(transaction_uui_ds=[uuid.UUID(uuid_)])
    )
    assert isinstance(result, m.ActivateLoyaltyPointsResponse)
    [entry] = result.ledger_entries
    assert (entry.program_id, entry.amount, entry.customer_profile_id) == (
        PENDING_PROGRAM,
        PENDING_POINTS,
        PROFILE,
    )
    after = (await talon.loyalty.get_loyalty_balances(PENDING_PROGRAM, PROFILE)).balance
    assert (after.active_points, after.pending_points) == (PENDING_POINTS, 0)
    return result


@happy("loyalty.delete_loyalty_transactions_from_ledgers")
async def _delete_transactions(talon: TalonClient, emu: TalonEmulator) -> Any:
    await close_session(talon, "s-1")
    assert await active_points(talon) == CART_TOTAL
    result = await talon.loyalty.delete_loyalty_transactions_from_ledgers(
        POINTS_PROGRAM, PROFILE, delete_all_transactions()
    )
    assert await active_points(talon) == 0
    listed = await talon.loyalty.get_loyalty_program_profile_transactions(POINTS_PROGRAM, PROFILE)
    assert listed.data == []
    return result


# -- loyalty cards -----------------------------------------------------------------------------


@happy("loyalty_cards.generate_loyalty_card")
async def _generate_card(talon: TalonClient, emu: TalonEmulator) -> Any:
    result = await talon.loyalty_cards.generate_loyalty_card(
        CARD_PROGRAM, card_request(CARD, [PROFILE])
    )
    assert isinstance(result, m.LoyaltyCard)
    assert (result.identifier, result.status, result.program_id) == (CARD, "active", CARD_PROGRAM)
    assert [p.integration_id for p in result.profiles] == [PROFILE]
    assert result.ledger.current_balance == 0
    generated = await talon.loyalty_cards.generate_loyalty_card(CARD_PROGRAM, card_request(None))
    assert generated.identifier and generated.identifier != CARD
    return result


async def _card_with_points(talon: TalonClient) -> str:
    """A card linked to PROFILE that earned 2 x 45 points in a closed session."""
    await talon.loyalty_cards.generate_loyalty_card(CARD_PROGRAM, card_request(CARD, [PROFILE]))
    await close_session(talon, "s-1", coupons=["WELCOME10"], cards=[CARD])
    return CARD


@happy("loyalty_cards.get_loyalty_card_balances")
async def _card_balances(talon: TalonClient, emu: TalonEmulator) -> Any:
    card = await _card_with_points(talon)
    result = await talon.loyalty_cards.get_loyalty_card_balances(CARD_PROGRAM, card)
    assert isinstance(result, m.LoyaltyCardBalances)
    assert result.balance.active_points == 2 * POINTS_AFTER_WELCOME
    assert [p.integration_id for p in result.profiles] == [PROFILE]
    return result


@happy("loyalty_cards.get_loyalty_card_points")
async def _card_points(talon: TalonClient, emu: TalonEmulator) -> Any:
    card = await _card_with_points(talon)
    result = await talon.loyalty_cards.get_loyalty_card_points(CARD_PROGRAM, card)
    assert isinstance(result, m.GetLoyaltyCardPoints200Response)
    [entry] = result.data
    assert (entry.amount, entry.customer_session_id) == (2 * POINTS_AFTER_WELCOME, "s-1")
    pending = await talon.loyalty_cards.get_loyalty_card_points(
        CARD_PROGRAM, card, status=m.GetLoyaltyCardPointsStatus.PENDING
    )
    assert pending.data == []
    return result


@happy("loyalty_cards.get_loyalty_card_transactions")
async def _card_transactions(talon: TalonClient, emu: TalonEmulator) -> Any:
    card = await _card_with_points(talon)
    result = await talon.loyalty_cards.get_loyalty_card_transactions(CARD_PROGRAM, card)
    assert isinstance(result, m.GetLoyaltyCardTransactions200Response)
    [entry] = result.data
    assert (entry.card_identifier, entry.customer_session_id, entry.amount) == (
        CARD,
        "s-1",
        2 * POINTS_AFTER_WELCOME,
    )
    assert entry.type_ == "addition"
    return result


@happy("loyalty_cards.link_loyalty_card_to_profile")
async def _link(talon: TalonClient, emu: TalonEmulator) -> Any:
    await talon.loyalty_cards.generate_loyalty_card(CARD_PROGRAM, card_request(CARD))
    result = await talon.loyalty_cards.link_loyalty_card_to_profile(
        CARD_PROGRAM, CARD, registration(PROFILE)
    )
    assert isinstance(result, m.LoyaltyCard)
    assert [p.integration_id for p in result.profiles] == [PROFILE]
    inventory = await talon.customer_profiles.get_customer_inventory(PROFILE, loyalty=True)
    assert [c.identifier for c in inventory.loyalty.cards] == [CARD]
    return result


@happy("loyalty_cards.unlink_loyalty_card_from_profile")
async def _unlink(talon: TalonClient, emu: TalonEmulator) -> Any:
    await talon.loyalty_cards.generate_loyalty_card(
        CARD_PROGRAM, card_request(CARD, [PROFILE, OTHER])
    )
    result = await talon.loyalty_cards.unlink_loyalty_card_from_profile(
        CARD_PROGRAM, CARD, registration(PROFILE)
    )
    assert isinstance(result, m.LoyaltyCard)
    assert [p.integration_id for p in result.profiles] == [OTHER]
    return result


# -- achievements ------------------------------------------------------------------------------


@happy("achievements.get_customer_achievements")
async def _achievements(talon: TalonClient, emu: TalonEmulator) -> Any:
    await close_session(talon, "s-1")
    result = await talon.achievements.get_customer_achievements(PROFILE, page_size=10)
    assert isinstance(result, m.GetCustomerAchievements200Response)
    assert result.total_result_size == 1
    [entry] = result.data
    assert (entry.id, entry.name, entry.campaign_id, entry.target) == (1, "ThreeOrders", 3, 3)
    progress = entry.current_progress
    assert (progress.status, progress.progress) == ("inprogress", 1)
    none_done = await talon.achievements.get_customer_achievements(
        PROFILE,
        current_progress_status=[m.GetCustomerAchievementsCurrentProgressStatusItem.COMPLETED],
    )
    assert none_done.data == []
    return result


@happy("achievements.get_customer_achievement_history")
async def _achievement_history(talon: TalonClient, emu: TalonEmulator) -> Any:
    for n in range(3):
        await close_session(talon, f"s-{n}")
    result = await talon.achievements.get_customer_achievement_history(PROFILE, 1)
    assert isinstance(result, m.GetCustomerAchievementHistory200Response)
    [record] = result.data
    assert (record.status, record.progress) == ("completed", 3)
    assert isinstance(record.completion_date, dt.datetime)
    return result


# -- referrals ---------------------------------------------------------------------------------


@happy("referrals.create_referral")
async def _create_referral(talon: TalonClient, emu: TalonEmulator) -> Any:
    result = await talon.referrals.create_referral(new_referral())
    assert isinstance(result, m.Referral)
    assert (result.campaign_id, result.advocate_profile_integration_id) == (2, PROFILE)
    assert (result.friend_profile_integration_id, result.usage_counter) == (OTHER, 0)
    assert result.code
    used = await close_session(talon, "s-friend", profile=OTHER, referral=result.code)
    assert only_effect(used.effects, "acceptReferral").props.value == result.code
    advocate = [e.props for e in effects_of(used.effects, "addLoyaltyPoints") if e.campaign_id == 2]
    assert [(p.recipient_integration_id, p.value) for p in advocate] == [(PROFILE, 50.0)]
    return result


@happy("referrals.create_referrals_for_multiple_advocates")
async def _referrals_for_advocates(talon: TalonClient, emu: TalonEmulator) -> Any:
    silent = await talon.referrals.create_referrals_for_multiple_advocates(referrals_for(THIRD))
    assert silent is None  # silent by default: 204
    result = await talon.referrals.create_referrals_for_multiple_advocates(
        referrals_for(PROFILE, OTHER), silent="no"
    )
    assert isinstance(result, m.CreateReferralsForMultipleAdvocates201Response)
    assert result.total_result_size == 2
    assert [r.advocate_profile_integration_id for r in result.data] == [PROFILE, OTHER]
    assert all(r.code.startswith("FRIEND-") and len(r.code) == 11 for r in result.data)
    assert len({r.batch_id for r in result.data}) == 1
    inventory = await talon.customer_profiles.get_customer_inventory(THIRD, referrals=True)
    assert len(inventory.referrals) == 1  # the silent call created its referral too
    return result


# ---------------------------------------------------------------------------------------------
# Happy-path tests
# ---------------------------------------------------------------------------------------------


def test_every_operation_has_a_happy_path() -> None:
    operations = set(all_operations())
    assert len(operations) == 39
    assert set(HAPPY) == operations


@pytest.mark.parametrize("op_key", sorted(HAPPY))
async def test_happy_path(op_key: str, talon: TalonClient, talon_emulator: TalonEmulator) -> None:
    calls_before = talon_emulator.requests(op_key)
    result = await HAPPY[op_key](talon, talon_emulator)
    assert talon_emulator.requests(op_key) > calls_before, f"{op_key} was never called"
    documented = success_types(op_key)
    if result is None:  # 204: nothing to decode
        assert None in documented, f"{op_key} returned None but documents no 204"
        assert materialize(result) is None
        return
    [expected] = [t for t in documented if t is not None]
    if isinstance(expected, tuple):
        outer, inner = expected
        assert isinstance(result, outer) and all(isinstance(x, inner) for x in result)
    else:
        assert isinstance(result, expected), (op_key, type(result))
    assert materialize(result) is result


# ---------------------------------------------------------------------------------------------
# Documented error statuses
# ---------------------------------------------------------------------------------------------

Thunk = Callable[[], Awaitable[Any]]
Provoke = Callable[[TalonClient, TalonEmulator], Awaitable[Thunk]]


class NotProvokable:
    """A documented status the emulator has no way to produce; skipped with this reason."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


# 401: any call of the operation with a key the emulator rejects. The key is checked before the
# request is validated, so these need no prepared state.
ANY_CALL: dict[str, Callable[[TalonClient], Awaitable[Any]]] = {
    "catalogs.best_prior_price": lambda t: t.catalogs.best_prior_price(
        best_prior_price_request("A", end=dt.datetime.now(dt.UTC))
    ),
    "events.get_event_v3": lambda t: t.events.get_event_v3("evt-1"),
    "achievements.get_customer_achievement_history": lambda t: (
        t.achievements.get_customer_achievement_history(PROFILE, 1)
    ),
    "achievements.get_customer_achievements": lambda t: t.achievements.get_customer_achievements(
        PROFILE
    ),
    "audiences.create_audience_v2": lambda t: t.audiences.create_audience_v2(
        m.NewAudience(name="A")
    ),
    "audiences.delete_audience_memberships_v2": lambda t: (
        t.audiences.delete_audience_memberships_v2(1)
    ),
    "audiences.delete_audience_v2": lambda t: t.audiences.delete_audience_v2(1),
    "audiences.update_audience_customers_attributes": lambda t: (
        t.audiences.update_audience_customers_attributes(1, m.AttributeQuery.from_dict({"a": 1}))
    ),
    "audiences.update_audience_v2": lambda t: t.audiences.update_audience_v2(
        1, m.UpdateAudience(name="A")
    ),
    "audiences.update_customer_profile_audiences": lambda t: (
        t.audiences.update_customer_profile_audiences(membership(1, PROFILE))
    ),
    "campaigns.integration_get_all_campaigns": lambda t: (
        t.campaigns.integration_get_all_campaigns()
    ),
    "catalogs.sync_catalog": lambda t: t.catalogs.sync_catalog(
        CATALOG,
        m.CatalogSyncRequest(actions=[catalog_action("ADD", sku="A", price=1)]),
    ),
    "coupons.create_coupon_reservation": lambda t: t.coupons.create_coupon_reservation(
        "VIP20", reservations(PROFILE)
    ),
    "coupons.delete_coupon_reservation": lambda t: t.coupons.delete_coupon_reservation(
        "VIP20", reservations(PROFILE)
    ),
    "coupons.get_reserved_customers": lambda t: t.coupons.get_reserved_customers("VIP20"),
    "customer_profiles.delete_customer_data": lambda t: t.customer_profiles.delete_customer_data(
        PROFILE
    ),
    "customer_profiles.get_customer_inventory": lambda t: (
        t.customer_profiles.get_customer_inventory(PROFILE)
    ),
    "customer_profiles.update_customer_profile_v2": lambda t: (
        t.customer_profiles.update_customer_profile_v2(PROFILE, profile_request(Name="M"))
    ),
    "customer_profiles.update_customer_profiles_v2": lambda t: (
        t.customer_profiles.update_customer_profiles_v2(
            m.MultipleCustomerProfileIntegrationRequest(
                customer_profiles=[
                    m.MultipleCustomerProfileIntegrationRequestItem(integration_id=PROFILE)
                ]
            )
        )
    ),
    "customer_sessions.get_customer_session": lambda t: t.customer_sessions.get_customer_session(
        "s-1"
    ),
    "customer_sessions.reopen_customer_session": lambda t: (
        t.customer_sessions.reopen_customer_session("s-1")
    ),
    "customer_sessions.return_cart_items": lambda t: t.customer_sessions.return_cart_items(
        "s-1",
        m.ReturnIntegrationRequest(
            return_=m.NewReturn(returned_cart_items=[m.ReturnedCartItem(position=0)])
        ),
    ),
    "customer_sessions.update_customer_session_v2": lambda t: (
        t.customer_sessions.update_customer_session_v2("s-1", session_request())
    ),
    "events.track_event": lambda t: t.events.track_event(event_v1("s-1")),
    "events.track_event_v2": lambda t: t.events.track_event_v2(event_v2()),
    "events.track_event_v3": lambda t: t.events.track_event_v3(event_v3("evt-1")),
    "loyalty.activate_loyalty_points": lambda t: t.loyalty.activate_loyalty_points(
        PENDING_PROGRAM, m.ActivateLoyaltyPoints(session_id="s-1")
    ),
    "loyalty.delete_loyalty_transactions_from_ledgers": lambda t: (
        t.loyalty.delete_loyalty_transactions_from_ledgers(
            POINTS_PROGRAM, PROFILE, delete_all_transactions()
        )
    ),
    "loyalty.get_loyalty_balances": lambda t: t.loyalty.get_loyalty_balances(
        POINTS_PROGRAM, PROFILE
    ),
    "loyalty.get_loyalty_program_profile_points": lambda t: (
        t.loyalty.get_loyalty_program_profile_points(POINTS_PROGRAM, PROFILE)
    ),
    "loyalty.get_loyalty_program_profile_transactions": lambda t: (
        t.loyalty.get_loyalty_program_profile_transactions(POINTS_PROGRAM, PROFILE)
    ),
    "loyalty_cards.generate_loyalty_card": lambda t: t.loyalty_cards.generate_loyalty_card(
        CARD_PROGRAM, card_request()
    ),
    "loyalty_cards.get_loyalty_card_balances": lambda t: t.loyalty_cards.get_loyalty_card_balances(
        CARD_PROGRAM, CARD
    ),
    "loyalty_cards.get_loyalty_card_points": lambda t: t.loyalty_cards.get_loyalty_card_points(
        CARD_PROGRAM, CARD
    ),
    "loyalty_cards.get_loyalty_card_transactions": lambda t: (
        t.loyalty_cards.get_loyalty_card_transactions(CARD_PROGRAM, CARD)
    ),
    "loyalty_cards.link_loyalty_card_to_profile": lambda t: (
        t.loyalty_cards.link_loyalty_card_to_profile(CARD_PROGRAM, CARD, registration())
    ),
    "loyalty_cards.unlink_loyalty_card_from_profile": lambda t: (
        t.loyalty_cards.unlink_loyalty_card_from_profile(CARD_PROGRAM, CARD, registration())
    ),
    "referrals.create_referral": lambda t: t.referrals.create_referral(new_referral()),
    "referrals.create_referrals_for_multiple_advocates": lambda t: (
        t.referrals.create_referrals_for_multiple_advocates(referrals_for(PROFILE))
    ),
}

PROVOKE: dict[tuple[str, int], Provoke | NotProvokable] = {}


def provokes(op_key: str, status: int) -> Callable[[Provoke], Provoke]:
    def register(fn: Provoke) -> Provoke:
        assert (op_key, status) not in PROVOKE
        PROVOKE[(op_key, status)] = fn
        return fn

    return register


def not_provokable(op_key: str, status: int, reason: str) -> None:
    PROVOKE[(op_key, status)] = NotProvokable(reason)


async def _parallel(first: Thunk, second: Thunk) -> Any:
    """Run two updates of one entity at once; exactly one must win, the other's error is raised."""
    results = await asyncio.gather(first(), second(), return_exceptions=True)
    failures = [r for r in results if isinstance(r, BaseException)]
    assert len(failures) == 1, f"expected one winner and one 409, got {results!r}"
    raise failures[0]


def _slow(emu: TalonEmulator, op_key: str) -> None:
    """Hold each request of the operation for 0.4 s after it took its entity's in-flight mark.

    This widens the window of a real race; it does not produce the 409 (the emulator's
    parallel-request rule does, for the request that arrives while the first is in flight).
    """
    emu.inject("latency", op_key, latency=0.4)


# -- statuses Talon.One's documents omit and our overlay adds -----------------------------------


@provokes("audiences.delete_audience_memberships_v2", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.audiences.delete_audience_memberships_v2("x")  # type: ignore[arg-type]


@provokes("audiences.update_audience_customers_attributes", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.audiences.update_audience_customers_attributes(
        "x", m.AttributeQuery.from_dict({})
    )  # type: ignore[arg-type]


@provokes("audiences.update_audience_v2", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.audiences.update_audience_v2("x", m.UpdateAudience(name="A"))  # type: ignore[arg-type]


@provokes("catalogs.best_prior_price", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    # skus has minItems 1
    return lambda: t.catalogs.best_prior_price(
        best_prior_price_request(end=dt.datetime.now(dt.UTC))
    )


not_provokable(
    "customer_profiles.get_customer_inventory",
    400,
    "its query parameters are booleans the facade types: only a hand-made request is invalid "
    "(tests/emulator/test_emulator_errors.py sends one)",
)

for _op in ("get_customer_session", "reopen_customer_session", "return_cart_items"):
    provokes(f"customer_sessions.{_op}", 404)(
        lambda t, emu, _op=_op: _unknown_session_call(t, _op)  # type: ignore[misc]
    )


async def _unknown_session_call(t: TalonClient, op: str) -> Thunk:
    if op == "return_cart_items":
        body = m.ReturnIntegrationRequest(
            return_=m.NewReturn(returned_cart_items=[m.ReturnedCartItem(position=0)])
        )
        return lambda: t.customer_sessions.return_cart_items("nope", body)
    return lambda: getattr(t.customer_sessions, op)("nope")  # type: ignore[no-any-return]


for _op in ("create_referral", "create_referrals_for_multiple_advocates"):
    not_provokable(
        f"referrals.{_op}",
        409,
        "answered only when the code pattern has no unique code left (8 random characters)",
    )


# -- 400 ---------------------------------------------------------------------------------------


@provokes("achievements.get_customer_achievements", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await close_session(t, "s-1")
    return lambda: t.achievements.get_customer_achievements(PROFILE, page_size=0)


@provokes("achievements.get_customer_achievement_history", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await close_session(t, "s-1")
    return lambda: t.achievements.get_customer_achievement_history(PROFILE, 1, page_size=1001)


@provokes("audiences.create_audience_v2", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.audiences.create_audience_v2(m.NewAudience(name=""))  # minLength 1


@provokes("audiences.delete_audience_v2", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    # audienceId is an integer: the only part of this request that can be invalid
    return lambda: t.audiences.delete_audience_v2("newsletter")  # type: ignore[arg-type]


@provokes("audiences.update_customer_profile_audiences", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    audience = await new_audience(t)
    return lambda: t.audiences.update_customer_profile_audiences(
        membership(audience, "x" * 1001)  # profileIntegrationId: maxLength 1000
    )


@provokes("campaigns.integration_get_all_campaigns", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.campaigns.integration_get_all_campaigns(page_size=5000)


@provokes("catalogs.sync_catalog", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    # a stale version: the catalog is at version 1
    return lambda: t.catalogs.sync_catalog(
        CATALOG,
        m.CatalogSyncRequest(actions=[catalog_action("ADD", sku="A", price=1.0)], version=7),
    )


@provokes("coupons.create_coupon_reservation", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    many = [f"p-{i}" for i in range(1001)]  # integrationIDs: maxItems 1000
    return lambda: t.coupons.create_coupon_reservation("VIP20", reservations(*many))


@provokes("coupons.delete_coupon_reservation", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await t.coupons.create_coupon_reservation("VIP20", reservations(PROFILE))
    many = [f"p-{i}" for i in range(1001)]
    return lambda: t.coupons.delete_coupon_reservation("VIP20", reservations(*many))


not_provokable(
    "coupons.get_reserved_customers",
    400,
    "the request has only a free-form string in the path (couponValue) and no query or body: "
    "nothing in it can fail validation, and the emulator answers an unknown coupon with 404",
)


@provokes("customer_profiles.update_customer_profile_v2", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    body = profile_request(Name="Mira")
    body.audiences_changes = m.ProfileAudiencesChanges(adds=[404], deletes=[])  # no such audience
    return lambda: t.customer_profiles.update_customer_profile_v2(PROFILE, body)


@provokes("customer_profiles.update_customer_profiles_v2", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    body = m.MultipleCustomerProfileIntegrationRequest(
        customer_profiles=[
            m.MultipleCustomerProfileIntegrationRequestItem(integration_id=f"p-{i}")
            for i in range(1001)  # at most 1000 per request
        ]
    )
    return lambda: t.customer_profiles.update_customer_profiles_v2(body)


not_provokable(
    "customer_sessions.get_customer_session",
    400,
    "the request has only a free-form string in the path (customerSessionId) and no query or "
    "body: nothing in it can fail validation; an unknown session is answered with 404, which "
    "the spec does not list",
)


@provokes("customer_sessions.reopen_customer_session", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await open_session(t, "s-1")  # only closed sessions can be reopened
    return lambda: t.customer_sessions.reopen_customer_session("s-1")


@provokes("customer_sessions.return_cart_items", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await close_session(t, "s-1")
    body = m.ReturnIntegrationRequest(
        return_=m.NewReturn(returned_cart_items=[m.ReturnedCartItem(position=0, quantity=3)])
    )  # 2 were bought
    return lambda: t.customer_sessions.return_cart_items("s-1", body)


@provokes("customer_sessions.update_customer_session_v2", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await close_session(t, "s-1")

    async def both() -> None:
        # schema: quantity has a minimum of 1
        with pytest.raises(errors.BadRequest) as info:
            await t.customer_sessions.update_customer_session_v2(
                "s-2", session_request(items=cart(quantity=0))
            )
        assert info.value.errors[0].source == {"pointer": "/customerSession/cartItems/0/quantity"}
        # semantics: a closed session can only be cancelled, not edited
        await t.customer_sessions.update_customer_session_v2(
            "s-1", session_request(state=Closed, items=cart(quantity=5))
        )

    return both


@provokes("events.track_event", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.events.track_event(event_v1("s-1", event_type=""))  # type: minLength 1


@provokes("events.track_event_v2", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.events.track_event_v2(event_v2(event_type=""))


@provokes("events.track_event_v3", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.events.track_event_v3(event_v3(""))  # integrationId: minLength 1


@provokes("events.get_event_v3", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await t.events.track_event_v3(event_v3("evt-known"))
    return lambda: t.events.get_event_v3("evt-unknown")


@provokes("events.track_event_v3", 409)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await t.events.track_event_v3(event_v3("evt-once"))
    return lambda: t.events.track_event_v3(event_v3("evt-once"))  # recorded once: a duplicate


@provokes("loyalty.activate_loyalty_points", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    tracked = await t.events.track_event_v2(event_v2(PENDING_EVENT), silent="no")
    uuid_ = only_effect(tracked.effects, "addLoyaltyPoints").props.transaction_uuid
    body = m.ActivateLoyaltyPoints(transaction_uui_ds=[uuid.UUID(uuid_)], session_id="s-1")
    return lambda: t.loyalty.activate_loyalty_points(PENDING_PROGRAM, body)  # one or the other


@provokes("loyalty.delete_loyalty_transactions_from_ledgers", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await close_session(t, "s-1")
    body = m.DeleteLoyaltyTransactionsRequest(
        scope=m.DeleteLoyaltyTransactionsRequestScope.SELECTEDSUBLEDGERS  # without subledgerIds
    )
    return lambda: t.loyalty.delete_loyalty_transactions_from_ledgers(POINTS_PROGRAM, PROFILE, body)


@provokes("loyalty.get_loyalty_balances", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await close_session(t, "s-1")
    return lambda: t.loyalty.get_loyalty_balances(CARD_PROGRAM, PROFILE)  # a card-based program


@provokes("loyalty.get_loyalty_program_profile_points", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await close_session(t, "s-1")
    return lambda: t.loyalty.get_loyalty_program_profile_points(
        POINTS_PROGRAM, PROFILE, page_size=0
    )


@provokes("loyalty.get_loyalty_program_profile_transactions", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await close_session(t, "s-1")
    return lambda: t.loyalty.get_loyalty_program_profile_transactions(CARD_PROGRAM, PROFILE)


@provokes("loyalty_cards.generate_loyalty_card", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await t.loyalty_cards.generate_loyalty_card(CARD_PROGRAM, card_request(CARD))
    return lambda: t.loyalty_cards.generate_loyalty_card(CARD_PROGRAM, card_request(CARD))


@provokes("loyalty_cards.get_loyalty_card_balances", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await t.loyalty_cards.generate_loyalty_card(CARD_PROGRAM, card_request(CARD))
    return lambda: t.loyalty_cards.get_loyalty_card_balances(POINTS_PROGRAM, CARD)  # not cards


@provokes("loyalty_cards.get_loyalty_card_points", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await t.loyalty_cards.generate_loyalty_card(CARD_PROGRAM, card_request(CARD))
    return lambda: t.loyalty_cards.get_loyalty_card_points(CARD_PROGRAM, CARD, page_size=0)


@provokes("loyalty_cards.get_loyalty_card_transactions", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.loyalty_cards.get_loyalty_card_transactions(CARD_PROGRAM, "AB")  # minLength 4


@provokes("loyalty_cards.link_loyalty_card_to_profile", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await t.loyalty_cards.generate_loyalty_card(CARD_PROGRAM, card_request(CARD, [PROFILE, OTHER]))
    return lambda: t.loyalty_cards.link_loyalty_card_to_profile(  # 2 profiles per card at most
        CARD_PROGRAM, CARD, registration(THIRD)
    )


@provokes("loyalty_cards.unlink_loyalty_card_from_profile", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await t.loyalty_cards.generate_loyalty_card(CARD_PROGRAM, card_request(CARD, [PROFILE]))
    return lambda: t.loyalty_cards.unlink_loyalty_card_from_profile(
        CARD_PROGRAM,
        CARD,
        registration(OTHER),  # not linked to this card
    )


@provokes("referrals.create_referral", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.referrals.create_referral(new_referral(campaign_id=1))  # no referral program


@provokes("referrals.create_referrals_for_multiple_advocates", 400)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.referrals.create_referrals_for_multiple_advocates(
        referrals_for()  # advocateProfileIntegrationIds: minItems 1
    )


# -- 404 ---------------------------------------------------------------------------------------


@provokes("achievements.get_customer_achievements", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.achievements.get_customer_achievements("nobody")


@provokes("achievements.get_customer_achievement_history", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await close_session(t, "s-1")  # the profile exists; achievement 99 does not
    return lambda: t.achievements.get_customer_achievement_history(PROFILE, 99)


@provokes("audiences.delete_audience_v2", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    audience = await new_audience(t)
    await t.audiences.delete_audience_v2(audience)
    return lambda: t.audiences.delete_audience_v2(audience)  # deleted twice


@provokes("audiences.delete_audience_memberships_v2", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.audiences.delete_audience_memberships_v2(999)


@provokes("audiences.update_audience_customers_attributes", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.audiences.update_audience_customers_attributes(
        999, m.AttributeQuery.from_dict({"NewsletterTier": "gold"})
    )


@provokes("audiences.update_audience_v2", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.audiences.update_audience_v2(999, m.UpdateAudience(name="x"))


@provokes("audiences.update_customer_profile_audiences", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    audience = await new_audience(t)
    body = m.CustomerProfileAudienceRequest(
        data=[*membership(audience, PROFILE).data, *membership(999, PROFILE).data]
    )

    async def call() -> None:
        try:
            await t.audiences.update_customer_profile_audiences(body)
        finally:  # all or nothing: the valid item was not applied either
            assert (await profile_of(t)).audience_memberships == []

    await t.customer_profiles.update_customer_profile_v2(PROFILE, profile_request())
    return call


not_provokable(
    "campaigns.integration_get_all_campaigns",
    404,
    "the listing has no entity in its path and the emulator answers filters that match "
    "nothing (unknown campaignIds, dates) with an empty page, never with 404",
)


@provokes("catalogs.sync_catalog", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.catalogs.sync_catalog(
        99,
        m.CatalogSyncRequest(actions=[catalog_action("REMOVE", sku="A")]),
    )


@provokes("coupons.create_coupon_reservation", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.coupons.create_coupon_reservation("NO-SUCH-CODE", reservations(PROFILE))


@provokes("coupons.delete_coupon_reservation", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.coupons.delete_coupon_reservation("NO-SUCH-CODE", reservations(PROFILE))


@provokes("coupons.get_reserved_customers", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.coupons.get_reserved_customers("NO-SUCH-CODE")


@provokes("customer_profiles.delete_customer_data", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await close_session(t, "s-1")
    await t.customer_profiles.delete_customer_data(PROFILE)
    return lambda: t.customer_profiles.delete_customer_data(PROFILE)  # erased already


@provokes("customer_profiles.get_customer_inventory", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.customer_profiles.get_customer_inventory("nobody", profile=True)


@provokes("loyalty.activate_loyalty_points", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    tracked = await t.events.track_event_v2(event_v2(PENDING_EVENT), silent="no")
    uuid_ = only_effect(tracked.effects, "addLoyaltyPoints").props.transaction_uuid
    body = m.ActivateLoyaltyPoints(transaction_uui_ds=[uuid.UUID(uuid_)])
    await t.loyalty.activate_loyalty_points(PENDING_PROGRAM, body)
    return lambda: t.loyalty.activate_loyalty_points(PENDING_PROGRAM, body)  # nothing pending


@provokes("loyalty.delete_loyalty_transactions_from_ledgers", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.loyalty.delete_loyalty_transactions_from_ledgers(
        POINTS_PROGRAM, "nobody", delete_all_transactions()
    )


@provokes("loyalty.get_loyalty_balances", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await close_session(t, "s-1")
    return lambda: t.loyalty.get_loyalty_balances(99, PROFILE)  # no such program


@provokes("loyalty.get_loyalty_program_profile_points", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.loyalty.get_loyalty_program_profile_points(POINTS_PROGRAM, "nobody")


@provokes("loyalty.get_loyalty_program_profile_transactions", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.loyalty.get_loyalty_program_profile_transactions(POINTS_PROGRAM, "nobody")


@provokes("loyalty_cards.get_loyalty_card_balances", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.loyalty_cards.get_loyalty_card_balances(CARD_PROGRAM, "NO-SUCH-CARD")


@provokes("loyalty_cards.get_loyalty_card_points", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.loyalty_cards.get_loyalty_card_points(CARD_PROGRAM, "NO-SUCH-CARD")


@provokes("loyalty_cards.get_loyalty_card_transactions", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.loyalty_cards.get_loyalty_card_transactions(CARD_PROGRAM, "NO-SUCH-CARD")


@provokes("loyalty_cards.link_loyalty_card_to_profile", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.loyalty_cards.link_loyalty_card_to_profile(
        CARD_PROGRAM, "NO-SUCH-CARD", registration()
    )


@provokes("loyalty_cards.unlink_loyalty_card_from_profile", 404)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    return lambda: t.loyalty_cards.unlink_loyalty_card_from_profile(
        CARD_PROGRAM, "NO-SUCH-CARD", registration()
    )


# -- 409 ---------------------------------------------------------------------------------------


@provokes("audiences.create_audience_v2", 409)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await t.audiences.create_audience_v2(m.NewAudience(name="A", integration_id="aud-1"))
    return lambda: t.audiences.create_audience_v2(m.NewAudience(name="B", integration_id="aud-1"))


@provokes("customer_sessions.update_customer_session_v2", 409)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    _slow(emu, "customer_sessions.update_customer_session_v2")

    async def race() -> None:
        try:
            await _parallel(
                lambda: t.customer_sessions.update_customer_session_v2(
                    "s-1", session_request(coupons=["WELCOME10"])
                ),
                lambda: t.customer_sessions.update_customer_session_v2(
                    "s-1", session_request(coupons=["SAVE5"])
                ),
            )
        finally:
            emu.faults.clear()
            stored = await t.customer_sessions.get_customer_session("s-1")
            assert stored.customer_session.update_count == 1  # only the winner was applied

    return race


@provokes("customer_profiles.update_customer_profile_v2", 409)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    _slow(emu, "customer_profiles.update_customer_profile_v2")
    return lambda: _parallel(
        lambda: t.customer_profiles.update_customer_profile_v2(PROFILE, profile_request(A=1)),
        lambda: t.customer_profiles.update_customer_profile_v2(PROFILE, profile_request(B=2)),
    )


@provokes("events.track_event", 409)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    await open_session(t, "s-1")
    _slow(emu, "events.track_event")
    return lambda: _parallel(
        lambda: t.events.track_event(event_v1("s-1")),
        lambda: t.events.track_event(event_v1("s-1")),
    )


@provokes("events.track_event_v2", 409)
async def _(t: TalonClient, emu: TalonEmulator) -> Thunk:
    _slow(emu, "events.track_event_v2")

    async def race() -> None:
        try:
            await _parallel(
                lambda: t.events.track_event_v2(event_v2()),
                lambda: t.events.track_event_v2(event_v2()),
            )
        finally:
            emu.faults.clear()
            assert await active_points(t) == 10.0  # one review counted, not two

    return race


# ---------------------------------------------------------------------------------------------
# Error-status tests
# ---------------------------------------------------------------------------------------------


def test_every_documented_error_status_has_a_case() -> None:
    documented = set(documented_errors())
    assert {(op, 401) for op in ANY_CALL} == {pair for pair in documented if pair[1] == 401}
    assert set(PROVOKE) == {pair for pair in documented if pair[1] != 401}
    assert set(ANY_CALL) | {op for op, _ in PROVOKE} <= set(all_operations())


def _error_params() -> list[Any]:
    params = []
    for op_key, status in documented_errors():
        case = PROVOKE.get((op_key, status))
        marks = []
        if isinstance(case, NotProvokable):
            marks.append(pytest.mark.skip(reason=f"not provokable on the emulator: {case.reason}"))
        params.append(pytest.param(op_key, status, id=f"{op_key}-{status}", marks=marks))
    return params


@pytest.mark.parametrize(("op_key", "status"), _error_params())
async def test_documented_error(
    op_key: str,
    status: int,
    talon: TalonClient,
    wrong_key: TalonClient,
    talon_emulator: TalonEmulator,
) -> None:
    if status == 401:
        thunk: Thunk = lambda: ANY_CALL[op_key](wrong_key)  # noqa: E731
    else:
        case = PROVOKE[(op_key, status)]
        assert not isinstance(case, NotProvokable)
        thunk = await case(talon, talon_emulator)
    calls_before = talon_emulator.requests(op_key)
    with pytest.raises(errors.APIError) as info:
        await thunk()
    assert talon_emulator.requests(op_key) > calls_before, f"{op_key} was never called"
    exc = check_api_error(info.value, status)
    assert exc.method == all_operations()[op_key]["method"]
    assert exc.attempts == 1
    if status == 401:
        assert "tk-not-the-emulator-key" not in str(exc)
    assert exc.errors, exc.body  # Talon.One says what is wrong, and where


# ---------------------------------------------------------------------------------------------
# Statuses the spec does not list, seen on the way
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda t: t.customer_sessions.get_customer_session("nope"), id="get"),
        pytest.param(lambda t: t.customer_sessions.reopen_customer_session("nope"), id="reopen"),
        pytest.param(
            lambda t: t.customer_sessions.return_cart_items(
                "nope",
                m.ReturnIntegrationRequest(
                    return_=m.NewReturn(returned_cart_items=[m.ReturnedCartItem(position=0)])
                ),
            ),
            id="return",
        ),
    ],
)
async def test_unknown_session_is_an_undocumented_404(
    call: Callable[[TalonClient], Awaitable[Any]],
    talon: TalonClient,
    talon_emulator: TalonEmulator,
) -> None:
    """The spec lists 400/401 for these; the emulator answers 404, which raises NotFound."""
    with undocumented_statuses_allowed(talon_emulator), pytest.raises(errors.NotFound) as info:
        await call(talon)
    check_api_error(info.value, 404)


async def test_non_exploded_array_parameters_send_every_value(talon: TalonClient) -> None:
    result = await talon.campaigns.integration_get_all_campaigns(campaign_ids=["1", "3"])
    assert [c.id for c in result.data] == [1, 3]
