"""Every one of the 39 operations: a happy path on the real server, response checked by schema."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from emulator_support import Api, item

from talon_async._meta import all_operations

Scenario = Callable[[Api], httpx.Response]


def _closed_session(api: Api, session_id: str = "s1", profile: str = "bob") -> None:
    api.session(
        session_id,
        profileId=profile,
        couponCodes=["WELCOME10"],
        cartItems=[item("SKU1", 2, 10.0), item("SKU2", 1, 5.0)],
    )
    api.session(session_id, state="closed")


def _card(api: Api, identifier: str = "CARD-0001", profiles: list[str] | None = None) -> None:
    body: dict[str, Any] = {"cardIdentifier": identifier}
    if profiles:
        body["customerProfileIds"] = profiles
    assert api.post("/v1/loyalty_programs/2/cards", body).status_code == 200


def _audience(api: Api, name: str = "Readers") -> int:
    response = api.post("/v2/audiences", {"name": name})
    assert response.status_code == 201
    return int(response.json()["id"])


def get_customer_session(api: Api) -> httpx.Response:
    _closed_session(api)
    return api.get("/v2/customer_sessions/s1")


def update_customer_session(api: Api) -> httpx.Response:
    return api.put(
        "/v2/customer_sessions/s1",
        {
            "customerSession": {"profileId": "bob", "cartItems": [item("SKU1", 1, 3.5)]},
            "responseContent": [
                "customerSession",
                "customerProfile",
                "coupons",
                "triggeredCampaigns",
                "referral",
                "loyalty",
                "event",
                "awardedGiveaways",
                "ruleFailureReasons",
                "previousReturns",
            ],
        },
    )


def return_cart_items(api: Api) -> httpx.Response:
    _closed_session(api)
    return api.post(
        "/v2/customer_sessions/s1/returns",
        {"return": {"returnedCartItems": [{"position": 0, "quantity": 1}]}},
    )


def reopen_customer_session(api: Api) -> httpx.Response:
    _closed_session(api)
    return api.put("/v2/customer_sessions/s1/reopen")


def update_customer_profile(api: Api) -> httpx.Response:
    return api.put(
        "/v2/customer_profiles/bob",
        {"attributes": {"Name": "Bob"}, "responseContent": ["customerProfile"]},
    )


def update_customer_profiles(api: Api) -> httpx.Response:
    return api.put(
        "/v2/customer_profiles",
        {
            "customerProfiles": [
                {"integrationId": "a", "attributes": {"x": 1}},
                {"integrationId": "b"},
            ]
        },
        params={"silent": "no"},
    )


def create_audience(api: Api) -> httpx.Response:
    return api.post("/v2/audiences", {"name": "Readers", "integrationId": "aud-1"})


def delete_audience(api: Api) -> httpx.Response:
    return api.delete(f"/v2/audiences/{_audience(api)}")


def update_audience(api: Api) -> httpx.Response:
    return api.put(f"/v2/audiences/{_audience(api)}", {"name": "Renamed"})


def delete_audience_memberships(api: Api) -> httpx.Response:
    return api.delete(f"/v2/audiences/{_audience(api)}/memberships")


def update_customer_profile_audiences(api: Api) -> httpx.Response:
    audience = _audience(api)
    return api.post(
        "/v2/customer_audiences",
        {"data": [{"action": "add", "profileIntegrationId": "bob", "audienceId": audience}]},
    )


def update_audience_customers_attributes(api: Api) -> httpx.Response:
    audience = _audience(api)
    api.put("/v2/customer_profiles/bob", {"audiencesChanges": {"adds": [audience], "deletes": []}})
    return api.put(f"/v2/audience_customers/{audience}/attributes", {"tier": "gold"})


def link_loyalty_card(api: Api) -> httpx.Response:
    _card(api)
    return api.post("/v2/loyalty_programs/2/cards/CARD-0001/link_profile", {"integrationId": "bob"})


def unlink_loyalty_card(api: Api) -> httpx.Response:
    _card(api, profiles=["bob"])
    return api.post(
        "/v2/loyalty_programs/2/cards/CARD-0001/unlink_profile", {"integrationId": "bob"}
    )


def list_campaigns(api: Api) -> httpx.Response:
    return api.get("/v1/integration/campaigns", params={"pageSize": 2})


def track_event_v2(api: Api) -> httpx.Response:
    return api.post(
        "/v2/events?silent=no",
        {
            "profileId": "bob",
            "type": "review_written",
            "responseContent": ["customerProfile", "loyalty", "event", "triggeredCampaigns"],
        },
    )


def track_event_v3(api: Api) -> httpx.Response:
    api.session("s-shared", profileId="bob", state="closed")
    return api.post(
        "/v3/events",
        {
            "integrationId": "evt-1",
            "profileId": "bob",
            "type": "review_written",
            "connectedSessionId": "s-shared",
            "responseContent": ["customerProfile", "loyalty", "advancedEvent"],
        },
    )


def get_event_v3(api: Api) -> httpx.Response:
    api.post("/v3/events", {"integrationId": "evt-2", "profileId": "bob", "type": "x"})
    return api.get("/v3/events/evt-2")


def create_referral(api: Api) -> httpx.Response:
    return api.post("/v1/referrals", {"campaignId": 2, "advocateProfileIntegrationId": "alice"})


def create_referrals_for_advocates(api: Api) -> httpx.Response:
    return api.post(
        "/v1/referrals_for_multiple_advocates",
        {"campaignId": 2, "advocateProfileIntegrationIds": ["a1", "a2"], "usageLimit": 2},
        params={"silent": "no"},
    )


def delete_customer_data(api: Api) -> httpx.Response:
    _closed_session(api)
    return api.delete("/v1/customer_data/bob")


def delete_coupon_reservation(api: Api) -> httpx.Response:
    api.post("/v1/coupon_reservations/VIP20", {"integrationIDs": ["bob"]})
    return api.delete("/v1/coupon_reservations/VIP20", {"integrationIDs": ["bob"]})


def create_coupon_reservation(api: Api) -> httpx.Response:
    return api.post("/v1/coupon_reservations/VIP20", {"integrationIDs": ["bob", "carol"]})


def get_reserved_customers(api: Api) -> httpx.Response:
    api.post("/v1/coupon_reservations/VIP20", {"integrationIDs": ["bob"]})
    return api.get("/v1/coupon_reservations/customerprofiles/VIP20")


def get_customer_inventory(api: Api) -> httpx.Response:
    _closed_session(api)
    api.post("/v1/coupon_reservations/VIP20", {"integrationIDs": ["bob"]})
    api.post("/v1/referrals", {"campaignId": 2, "advocateProfileIntegrationId": "bob"})
    flags = {
        k: "true"
        for k in ("profile", "referrals", "coupons", "loyalty", "giveaways", "achievements")
    }
    return api.get("/v1/customer_profiles/bob/inventory", params=flags)


def get_customer_achievements(api: Api) -> httpx.Response:
    _closed_session(api)
    return api.get("/v1/customer_profiles/bob/achievements")


def get_customer_achievement_history(api: Api) -> httpx.Response:
    _closed_session(api)
    return api.get("/v1/customer_profiles/bob/achievements/1")


def _card_with_points(api: Api) -> None:
    _card(api, profiles=["bob"])
    api.session(
        "c1", profileId="bob", loyaltyCards=["CARD-0001"], cartItems=[item("SKU1", 1, 10.0)]
    )
    api.session("c1", state="closed")


def get_loyalty_card_balances(api: Api) -> httpx.Response:
    _card_with_points(api)
    return api.get("/v1/loyalty_programs/2/cards/CARD-0001/balances")


def get_loyalty_balances(api: Api) -> httpx.Response:
    _closed_session(api)
    return api.get(
        "/v1/loyalty_programs/1/profile/bob/balances",
        params={"includeTiers": "true", "includeProjectedTier": "true"},
    )


def get_loyalty_card_transactions(api: Api) -> httpx.Response:
    _card_with_points(api)
    return api.get("/v1/loyalty_programs/2/cards/CARD-0001/transactions")


def get_loyalty_profile_transactions(api: Api) -> httpx.Response:
    _closed_session(api)
    return api.get("/v1/loyalty_programs/1/profile/bob/transactions")


def delete_loyalty_transactions(api: Api) -> httpx.Response:
    _closed_session(api)
    return api.post(
        "/v1/loyalty_programs/1/profile/bob/delete_transactions", {"scope": "AllSubledgers"}
    )


def get_loyalty_card_points(api: Api) -> httpx.Response:
    _card_with_points(api)
    return api.get("/v1/loyalty_programs/2/cards/CARD-0001/points")


def get_loyalty_profile_points(api: Api) -> httpx.Response:
    _closed_session(api)
    return api.get("/v1/loyalty_programs/1/profile/bob/points", params={"status": "active"})


def activate_loyalty_points(api: Api) -> httpx.Response:
    store = api.server.store
    program = store.programs[1]
    import dataclasses

    store.programs[1] = dataclasses.replace(program, pending_days=7)
    try:
        _closed_session(api)
    finally:
        store.programs[1] = program
    return api.post("/v1/loyalty_programs/1/activate_points", {"sessionId": "s1"})


def generate_loyalty_card(api: Api) -> httpx.Response:
    return api.post("/v1/loyalty_programs/2/cards", {"customerProfileIds": ["bob"]})


def best_prior_price(api: Api) -> httpx.Response:
    api.put(
        "/v1/catalogs/1/sync",
        {"actions": [{"type": "ADD", "payload": {"sku": "SKU1", "price": 10}}]},
    )
    return api.post(
        "/v1/best_prior_price",
        {
            "skus": ["SKU1"],
            "timeframe": "30",
            "timeframeEndDate": "2100-01-01T00:00:00Z",
            "timeframeEndDateType": "strict",
        },
    )


def sync_catalog(api: Api) -> httpx.Response:
    return api.put(
        "/v1/catalogs/1/sync",
        {
            "actions": [
                {
                    "type": "ADD",
                    "payload": {"sku": "SKU1", "price": 10, "attributes": {"color": "red"}},
                },
                {"type": "PATCH", "payload": {"sku": "SKU1", "price": 9}},
                {"type": "ADD", "payload": {"sku": "SKU2", "price": 3}},
                {"type": "REMOVE", "payload": {"sku": "SKU2"}},
            ]
        },
    )


def track_event_v1(api: Api) -> httpx.Response:
    return api.post(
        "/v1/events",
        {"profileId": "bob", "type": "review_written", "attributes": {}, "sessionId": "s-ev"},
    )


SCENARIOS: dict[str, tuple[Scenario, int]] = {
    "getCustomerSession": (get_customer_session, 200),
    "updateCustomerSessionV2": (update_customer_session, 200),
    "returnCartItems": (return_cart_items, 200),
    "reopenCustomerSession": (reopen_customer_session, 200),
    "updateCustomerProfileV2": (update_customer_profile, 200),
    "updateCustomerProfilesV2": (update_customer_profiles, 200),
    "createAudienceV2": (create_audience, 201),
    "deleteAudienceV2": (delete_audience, 204),
    "updateAudienceV2": (update_audience, 200),
    "deleteAudienceMembershipsV2": (delete_audience_memberships, 204),
    "updateCustomerProfileAudiences": (update_customer_profile_audiences, 204),
    "updateAudienceCustomersAttributes": (update_audience_customers_attributes, 204),
    "linkLoyaltyCardToProfile": (link_loyalty_card, 200),
    "unlinkLoyaltyCardFromProfile": (unlink_loyalty_card, 200),
    "integrationGetAllCampaigns": (list_campaigns, 200),
    "trackEventV2": (track_event_v2, 200),
    "createReferral": (create_referral, 201),
    "createReferralsForMultipleAdvocates": (create_referrals_for_advocates, 201),
    "deleteCustomerData": (delete_customer_data, 204),
    "deleteCouponReservation": (delete_coupon_reservation, 204),
    "createCouponReservation": (create_coupon_reservation, 201),
    "getReservedCustomers": (get_reserved_customers, 200),
    "getCustomerInventory": (get_customer_inventory, 200),
    "getCustomerAchievements": (get_customer_achievements, 200),
    "getCustomerAchievementHistory": (get_customer_achievement_history, 200),
    "getLoyaltyCardBalances": (get_loyalty_card_balances, 200),
    "getLoyaltyBalances": (get_loyalty_balances, 200),
    "getLoyaltyCardTransactions": (get_loyalty_card_transactions, 200),
    "getLoyaltyProgramProfileTransactions": (get_loyalty_profile_transactions, 200),
    "deleteLoyaltyTransactionsFromLedgers": (delete_loyalty_transactions, 204),
    "getLoyaltyCardPoints": (get_loyalty_card_points, 200),
    "getLoyaltyProgramProfilePoints": (get_loyalty_profile_points, 200),
    "activateLoyaltyPoints": (activate_loyalty_points, 200),
    "generateLoyaltyCard": (generate_loyalty_card, 200),
    "bestPriorPrice": (best_prior_price, 200),
    "syncCatalog": (sync_catalog, 200),
    "trackEvent": (track_event_v1, 201),
    "trackEventV3": (track_event_v3, 200),
    "getEventV3": (get_event_v3, 200),
}


def test_every_operation_has_a_scenario() -> None:
    operations = {op.operation_id for op in all_operations()}
    assert len(operations) == 39
    assert set(SCENARIOS) == operations


@pytest.mark.parametrize("operation_id", sorted(SCENARIOS))
def test_happy_path_matches_the_response_schema(api: Api, operation_id: str) -> None:
    scenario, status = SCENARIOS[operation_id]
    before = api.server.requests(operation_id)
    response = scenario(api)
    assert response.status_code == status, response.text
    assert api.server.requests(operation_id) > before
    if status != 204:
        assert response.headers["content-type"].startswith("application/json")
        assert response.json() is not None
