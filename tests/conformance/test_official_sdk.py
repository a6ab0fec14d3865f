"""Talon.One's official Python SDK (talon-one-sdk) drives the emulator through realistic flows.

Every operation the SDK's IntegrationApi exposes is called (the last test checks that), each
answer must deserialise into the SDK's pydantic models, and the values are the ones Talon.One
would give. Where the SDK itself is wrong, the test says so and sets it up the way a user has to.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import talon_one
from conformance_support import API_KEY, PENDING_EVENT, PENDING_PROGRAM
from pydantic import Field
from talon_one import models as m

from talon_async.testing import EmulatorServer

PROFILE = "sdk-customer"
CARD = "SDK-CARD-0001"
POINTS_PROGRAM, CARD_PROGRAM, CATALOG = 1, 2, 1
CART = [
    {"sku": "APL-GALA-1KG", "quantity": 2, "price": 2.49, "name": "Apples"},
    {"sku": "MLK-OAT-1L", "quantity": 1, "price": 1.89, "name": "Oat drink"},
]


class Recorder:
    """The SDK's IntegrationApi, remembering which operations were called."""

    def __init__(self, api: talon_one.IntegrationApi) -> None:
        self._api = api
        self.called: set[str] = set()

    def __getattr__(self, name: str) -> Any:
        self.called.add(name)
        return getattr(self._api, name)


def sdk_operations() -> set[str]:
    return {
        name
        for name, _ in inspect.getmembers(talon_one.IntegrationApi, inspect.isfunction)
        if not name.startswith("_") and not name.endswith(("_with_http_info", "_preload_content"))
    }


# SDK: date-time query parameters are formatted with `%z` ("+0000"), which is not RFC 3339
# and Talon.One rejects (test_sdk_default_date_format_is_rejected). A user sets this format and
# passes UTC datetimes.
RFC3339_UTC = "%Y-%m-%dT%H:%M:%S.%fZ"


def configuration(emulator: EmulatorServer) -> talon_one.Configuration:
    return talon_one.Configuration(
        host=emulator.url,
        api_key={"api_key_v1": API_KEY},
        api_key_prefix={"api_key_v1": "ApiKey-v1"},
    )


@contextlib.contextmanager
def sdk(emulator: EmulatorServer, *, fix_dates: bool = True) -> Iterator[Recorder]:
    emulator.reset()
    config = configuration(emulator)
    if fix_dates:
        config.datetime_format = RFC3339_UTC
    client = talon_one.ApiClient(config)
    try:
        yield Recorder(talon_one.IntegrationApi(client))
    finally:
        client.rest_client.pool_manager.clear()  # ApiClient has no close()


@pytest.fixture
def api(emulator: EmulatorServer) -> Iterator[Recorder]:
    with sdk(emulator) as recorder:
        yield recorder


class BestPriorPriceRequest(m.BestPriorPriceRequest):
    """SDK: its model lacks `timeframeEndDateType`, which Talon.One requires (and carries a
    required `strictEndDate` Talon.One no longer documents); a user adds the field like this."""

    timeframe_end_date_type: str = Field(alias="timeframeEndDateType")


def utc(days: float = 0) -> dt.datetime:
    return dt.datetime.now(dt.UTC) + dt.timedelta(days=days)


def session_request(**fields: Any) -> m.IntegrationRequest:
    return m.IntegrationRequest(
        customer_session=m.NewCustomerSessionV2.from_dict({"profileId": PROFILE, **fields}),
        response_content=["customerSession", "customerProfile", "loyalty", "coupons"],
    )


def effects(result: Any, effect_type: str) -> list[Any]:
    return [e for e in result.effects if e.effect_type == effect_type]


def close_session(api: Recorder, session_id: str, **fields: Any) -> m.IntegrationStateV2:
    api.update_customer_session_v2(session_id, session_request(cartItems=CART, **fields))
    return api.update_customer_session_v2(session_id, session_request(state="closed"))


# ------------------------------------------------------------------------------- the flows


def checkout_flow(api: Recorder) -> None:
    """Profile, cart with a coupon, close, read back, return an item, reopen."""
    profile = api.update_customer_profile_v2(
        PROFILE,
        m.CustomerProfileIntegrationRequestV2(
            attributes={"Name": "Ada"}, response_content=["customerProfile"]
        ),
        run_rule_engine=True,
    )
    assert isinstance(profile, m.CustomerProfileIntegrationResponseV2)
    assert profile.customer_profile.integration_id == PROFILE

    state = api.update_customer_session_v2(
        "sdk-s1", session_request(cartItems=CART, couponCodes=["WELCOME10"])
    )
    assert isinstance(state, m.IntegrationStateV2)
    assert [e.props["value"] for e in effects(state, "acceptCoupon")] == ["WELCOME10"]
    assert state.customer_session.cart_item_total == 6.87
    [discount] = effects(state, "setDiscount")
    assert (discount.campaign_id, discount.props["value"]) == (1, 0.69)

    closed = api.update_customer_session_v2("sdk-s1", session_request(state="closed"))
    assert closed.customer_session.state == "closed"

    got = api.get_customer_session("sdk-s1")
    assert isinstance(got, m.IntegrationCustomerSessionResponse)
    assert got.customer_session.state == "closed"

    returned = api.return_cart_items(
        "sdk-s1",
        m.ReturnIntegrationRequest(
            var_return=m.NewReturn(returned_cart_items=[m.ReturnedCartItem(position=1)]),
            response_content=["customerSession"],
        ),
    )
    assert returned.customer_session.state == "partially_returned"
    [rollback] = effects(returned, "rollbackDiscount")
    assert (rollback.campaign_id, rollback.rule_name) == (1, "10% off")

    close_session(api, "sdk-s2")
    reopened = api.reopen_customer_session("sdk-s2")
    assert isinstance(reopened, m.ReopenSessionResponse)
    assert {e.effect_type for e in reopened.effects} >= {"rollbackAddedLoyaltyPoints"}


def profiles_and_events_flow(api: Recorder) -> None:
    """Bulk profile updates, events (v2), inventory, then the customer's data deleted."""
    api.update_customer_profiles_v2(
        m.MultipleCustomerProfileIntegrationRequest(
            customer_profiles=[
                m.MultipleCustomerProfileIntegrationRequestItem(
                    integration_id=f"sdk-bulk-{i}", attributes={"Tier": "new"}
                )
                for i in range(3)
            ]
        ),
        silent="no",
    )
    # `silent` defaults to yes (204, no body) since the 2026-06 contract: ask for the state
    event = api.track_event_v2(
        m.IntegrationEventV2Request(profile_id=PROFILE, type="review_written", attributes={}),
        silent="no",
    )
    assert isinstance(event, m.TrackEventV2Response)
    [points] = effects(event, "addLoyaltyPoints")
    assert points.props["value"] == 10

    close_session(api, "sdk-s3")
    inventory = api.get_customer_inventory(PROFILE, profile=True, loyalty=True, coupons=True)
    assert isinstance(inventory, m.CustomerInventory)
    assert inventory.profile.integration_id == PROFILE

    api.delete_customer_data(PROFILE)
    with pytest.raises(talon_one.ApiException) as gone:
        api.get_customer_inventory(PROFILE)
    assert gone.value.status == 404


def loyalty_flow(api: Recorder) -> None:
    """Points from a closed session, balances, ledgers, pending points, card lifecycle."""
    close_session(api, "sdk-s4")
    balances = api.get_loyalty_balances(POINTS_PROGRAM, PROFILE, include_tiers=True)
    assert isinstance(balances, m.LoyaltyBalancesWithTiers)
    assert balances.balance.active_points == 6  # whole points for 6.87 spent

    transactions = api.get_loyalty_program_profile_transactions(
        POINTS_PROGRAM, PROFILE, start_date=utc(-1), end_date=utc(1)
    )
    assert isinstance(transactions, m.GetLoyaltyProgramProfileTransactions200Response)
    assert [t.amount for t in transactions.data] == [6]

    points = api.get_loyalty_program_profile_points(POINTS_PROGRAM, PROFILE, status="active")
    assert isinstance(points, m.GetLoyaltyProgramProfilePoints200Response)
    assert [p.amount for p in points.data] == [6]

    survey = api.track_event_v2(
        m.IntegrationEventV2Request(profile_id=PROFILE, type=PENDING_EVENT, attributes={}),
        silent="no",
    )
    [pending] = effects(survey, "addLoyaltyPoints")
    activated = api.activate_loyalty_points(
        PENDING_PROGRAM,
        m.ActivateLoyaltyPoints(transaction_uuids=[pending.props["transactionUUID"]]),
    )
    assert isinstance(activated, m.ActivateLoyaltyPointsResponse)
    assert [e.amount for e in activated.ledger_entries] == [25]

    api.delete_loyalty_transactions_from_ledgers(
        POINTS_PROGRAM,
        PROFILE,
        m.DeleteLoyaltyTransactionsRequest(scope="AllSubledgers"),
    )
    after = api.get_loyalty_balances(POINTS_PROGRAM, PROFILE)
    assert after.balance.active_points == 0

    card = api.generate_loyalty_card(
        CARD_PROGRAM,
        m.GenerateLoyaltyCard(status="active", customer_profile_ids=[PROFILE]),
    )
    assert isinstance(card, m.LoyaltyCard)
    identifier = card.identifier
    close_session(api, "sdk-s5", loyaltyCards=[identifier])

    card_balances = api.get_loyalty_card_balances(CARD_PROGRAM, identifier)
    assert isinstance(card_balances, m.LoyaltyCardBalances)
    assert card_balances.balance.active_points == 13
    card_transactions = api.get_loyalty_card_transactions(CARD_PROGRAM, identifier)
    assert [t.amount for t in card_transactions.data] == [13]
    card_points = api.get_loyalty_card_points(CARD_PROGRAM, identifier)
    assert [p.amount for p in card_points.data] == [13]

    registration = m.LoyaltyCardRegistration(integration_id="sdk-second-holder")
    linked = api.link_loyalty_card_to_profile(CARD_PROGRAM, identifier, registration)
    assert "sdk-second-holder" in {p.integration_id for p in linked.profiles}
    unlinked = api.unlink_loyalty_card_from_profile(CARD_PROGRAM, identifier, registration)
    assert "sdk-second-holder" not in {p.integration_id for p in unlinked.profiles or []}


def coupons_and_referrals_flow(api: Recorder) -> None:
    """Reserve a coupon that needs a reservation, list, release; referral codes."""
    reservation = m.CouponReservations(integration_ids=[PROFILE])
    coupon = api.create_coupon_reservation("VIP20", reservation)
    assert isinstance(coupon, m.Coupon)
    assert coupon.value == "VIP20"
    customers = api.get_reserved_customers("VIP20")
    assert [p.integration_id for p in customers.data] == [PROFILE]
    api.delete_coupon_reservation("VIP20", reservation)
    assert api.get_reserved_customers("VIP20").data == []

    referral = api.create_referral(
        m.NewReferral(campaign_id=2, advocate_profile_integration_id="alice")
    )
    assert isinstance(referral, m.Referral)
    assert (referral.campaign_id, referral.advocate_profile_integration_id) == (2, "alice")
    many = api.create_referrals_for_multiple_advocates(
        # SDK: its model leaves `usageLimit` optional; Talon.One requires it (400 without)
        m.NewReferralsForMultipleAdvocates(
            campaign_id=2, advocate_profile_integration_ids=["alice", "bob"], usage_limit=1
        ),
        silent="no",
    )
    assert isinstance(many, m.CreateReferralsForMultipleAdvocates201Response)
    assert sorted(r.advocate_profile_integration_id for r in many.data) == ["alice", "bob"]


def audiences_flow(api: Recorder) -> None:
    """Create, rename, join, set member attributes, empty, delete."""
    audience = api.create_audience_v2(
        m.NewAudience(name="Newsletter", integration="mparticle", integration_id="aud-sdk")
    )
    assert isinstance(audience, m.Audience)
    renamed = api.update_audience_v2(audience.id, m.UpdateAudience(name="Weekly offers"))
    assert renamed.name == "Weekly offers"
    api.update_customer_profile_audiences(
        m.CustomerProfileAudienceRequest(
            data=[
                m.CustomerProfileAudienceRequestItem(
                    action="add", profile_integration_id=PROFILE, audience_id=audience.id
                )
            ]
        )
    )
    api.update_audience_customers_attributes(audience.id, {"Segment": "gold"})
    api.delete_audience_memberships_v2(audience.id)
    api.delete_audience_v2(audience.id)
    with pytest.raises(talon_one.ApiException) as gone:
        api.update_audience_v2(audience.id, m.UpdateAudience(name="x"))
    assert gone.value.status == 404


def catalog_and_prices_flow(api: Recorder) -> None:
    """Catalog sync (price changes) and the best prior price over them."""
    for price in (2.49, 1.99, 2.29):
        catalog = api.sync_catalog(
            CATALOG,
            m.CatalogSyncRequest(
                # the SDK types actions as plain dicts (one model per action type, unused)
                actions=[
                    {
                        "type": "PATCH",
                        "payload": m.PatchItemCatalogAction(
                            sku="APL-GALA-1KG", price=price, create_if_not_exists=True
                        ).to_dict(),
                    }
                ]
            ),
        )
        assert isinstance(catalog, m.Catalog)
    prices = api.best_prior_price(
        BestPriorPriceRequest(
            skus=["APL-GALA-1KG"],
            timeframe="30",
            timeframe_end_date=utc(1 / 1440),
            strict_end_date=True,
            timeframe_end_date_type="strict",
        )
    )
    assert [(p.sku, p.price) for p in prices] == [("APL-GALA-1KG", 1.99)]


def achievements_flow(api: Recorder) -> None:
    """Three closed sessions complete the "ThreeOrders" achievement."""
    for n in range(3):
        close_session(api, f"sdk-a{n}")
    achievements = api.get_customer_achievements(PROFILE)
    assert isinstance(achievements, m.GetCustomerAchievements200Response)
    [done] = achievements.data
    assert (done.name, done.current_progress.status) == ("ThreeOrders", "completed")
    history = api.get_customer_achievement_history(PROFILE, done.id, start_date=utc(-1))
    assert [h.status for h in history.data] == ["completed"]


FLOWS: list[Callable[[Recorder], None]] = [
    checkout_flow,
    profiles_and_events_flow,
    loyalty_flow,
    coupons_and_referrals_flow,
    audiences_flow,
    catalog_and_prices_flow,
    achievements_flow,
]


@pytest.mark.parametrize("flow", FLOWS, ids=[f.__name__ for f in FLOWS])
def test_flow(api: Recorder, flow: Callable[[Recorder], None]) -> None:
    flow(api)


def test_the_flows_drive_every_sdk_operation(emulator: EmulatorServer) -> None:
    called: set[str] = set()
    for flow in FLOWS:
        with sdk(emulator) as recorder:
            flow(recorder)
        called |= recorder.called
    assert sdk_operations() - called == set()


def test_sdk_default_date_format_is_rejected(emulator: EmulatorServer) -> None:
    """The SDK's `%z` ("+0000") is not RFC 3339: Talon.One answers 400, and so does the emulator."""
    with sdk(emulator, fix_dates=False) as api:
        with pytest.raises(talon_one.ApiException) as rejected:
            api.update_customer_session_v2(
                "sdk-dry", session_request(cartItems=CART), dry=True, now=utc()
            )
        assert rejected.value.status == 400
        assert "now" in str(rejected.value.body)
    with sdk(emulator) as api:
        state = api.update_customer_session_v2(
            "sdk-dry", session_request(cartItems=CART), dry=True, now=utc()
        )
        assert state.customer_session.cart_item_total == 6.87


def test_sdk_from_dict_sends_null_for_omitted_fields(emulator: EmulatorServer) -> None:
    """SDK: `Model.from_dict` marks every field as set, so `to_dict` sends `null` for the
    nullable ones the input left out. `audiencesChanges` must be an object when present: Talon.One
    (and the emulator) answer 400. A user builds the model with keyword arguments instead."""
    from_dict = m.CustomerProfileIntegrationRequestV2.from_dict({"attributes": {"Name": "Ada"}})
    assert from_dict is not None
    assert from_dict.to_dict()["audiencesChanges"] is None
    with sdk(emulator) as api:
        with pytest.raises(talon_one.ApiException) as rejected:
            api.update_customer_profile_v2(PROFILE, from_dict)
        assert rejected.value.status == 400
        assert "/audiencesChanges" in str(rejected.value.body)
        built = m.CustomerProfileIntegrationRequestV2(attributes={"Name": "Ada"})
        assert "audiencesChanges" not in built.to_dict()
        api.update_customer_profile_v2(PROFILE, built)
