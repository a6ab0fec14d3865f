"""Campaign evaluation: coupon, referral and loyalty effects in the wire format."""

from __future__ import annotations

import dataclasses

from emulator_support import Api, effects_of, item

CART = [item("SKU1", 2, 10.0)]


def test_percent_coupon_gives_accept_and_set_discount(api: Api) -> None:
    state = api.session("s1", profileId="bob", couponCodes=["WELCOME10"], cartItems=CART)
    accept = effects_of(state, "acceptCoupon")[0]
    assert accept["props"] == {"value": "WELCOME10"}
    assert accept["campaignId"] == 1 and accept["triggeredByCoupon"] > 0
    assert effects_of(state, "setDiscount")[0]["props"] == {"name": "10% off", "value": 2.0}


def test_fixed_discount_is_capped_by_the_cart(api: Api) -> None:
    state = api.session("s1", profileId="bob", couponCodes=["SAVE5"], cartItems=[item("X", 1, 3.0)])
    assert effects_of(state, "setDiscount")[0]["props"] == {
        "name": "5 off",
        "value": 3.0,
        "desiredValue": 5.0,
    }


def test_unknown_coupon_is_rejected_with_coupon_not_found(api: Api) -> None:
    state = api.session(
        "s1", profileId="bob", couponCodes=["NOPE"], cartItems=CART, content=["ruleFailureReasons"]
    )
    reject = effects_of(state, "rejectCoupon")[0]
    assert reject["props"] == {"value": "NOPE", "rejectionReason": "CouponNotFound"}
    assert not effects_of(state, "setDiscount")


def test_usage_limit_is_counted_on_close(api: Api) -> None:
    api.session("s1", profileId="bob", couponCodes=["SAVE5"], cartItems=CART)
    api.session("s1", state="closed")
    state = api.session(
        "s2",
        profileId="carol",
        couponCodes=["SAVE5"],
        cartItems=CART,
        content=["ruleFailureReasons", "coupons"],
    )
    reject = effects_of(state, "rejectCoupon")[0]["props"]
    assert reject["rejectionReason"] == "CouponLimitReached"
    assert state["ruleFailureReasons"][0]["couponValue"] == "SAVE5"
    assert state["coupons"][0]["usageCounter"] == 1


def test_reservation_required_coupon(api: Api) -> None:
    state = api.session("s1", profileId="bob", couponCodes=["VIP20"], cartItems=CART)
    assert (
        effects_of(state, "rejectCoupon")[0]["props"]["rejectionReason"]
        == "CouponReservationRequired"
    )
    assert api.post("/v1/coupon_reservations/VIP20", {"integrationIDs": ["bob"]}).status_code == 201
    state = api.session("s1", couponCodes=["VIP20"])
    assert effects_of(state, "setDiscount")[0]["props"]["value"] == 4.0
    api.delete("/v1/coupon_reservations/VIP20", {"integrationIDs": ["bob"]})
    state = api.session("s1", couponCodes=["VIP20"])
    assert effects_of(state, "rejectCoupon")


def test_two_coupons_of_one_campaign(api: Api) -> None:
    state = api.session("s1", profileId="bob", couponCodes=["WELCOME10", "SAVE5"], cartItems=CART)
    assert effects_of(state, "acceptCoupon")[0]["props"]["value"] == "WELCOME10"
    assert (
        effects_of(state, "rejectCoupon")[0]["props"]["rejectionReason"]
        == "EffectCouldNotBeApplied"
    )


def test_referral_accepted_for_a_friend_and_advocate_rewarded_on_close(api: Api) -> None:
    state = api.session("s1", profileId="bob", referralCode="REF-ALICE", cartItems=CART)
    assert effects_of(state, "acceptReferral")[0]["props"] == {"value": "REF-ALICE"}
    assert effects_of(state, "setDiscount")[0]["props"]["name"] == "Referral 5% off"
    closed = api.session("s1", state="closed")
    rewards = [e["props"] for e in effects_of(closed, "addLoyaltyPoints")]
    assert {"alice", "bob"} == {r["recipientIntegrationId"] for r in rewards}
    alice = api.get("/v1/loyalty_programs/1/profile/alice/balances").json()
    assert alice["balance"]["activePoints"] == 50
    referral = api.server.store.referrals["REF-ALICE"]
    assert referral.usage_counter == 1 and referral.referred == ["bob"]


def test_referral_rejections(api: Api) -> None:
    own = api.session("s1", profileId="alice", referralCode="REF-ALICE", cartItems=CART)
    assert effects_of(own, "rejectReferral")[0]["props"] == {
        "value": "REF-ALICE",
        "rejectionReason": "ReferralRecipientIdSameAsAdvocate",
    }
    missing = api.session("s2", profileId="bob", referralCode="NOPE", cartItems=CART)
    assert (
        effects_of(missing, "rejectReferral")[0]["props"]["rejectionReason"] == "ReferralNotFound"
    )
    code = api.post(
        "/v1/referrals", {"campaignId": 2, "advocateProfileIntegrationId": "dan", "usageLimit": 1}
    ).json()["code"]
    api.session("s3", profileId="erin", referralCode=code, cartItems=CART, state="closed")
    limited = api.session("s4", profileId="fay", referralCode=code, cartItems=CART)
    assert (
        effects_of(limited, "rejectReferral")[0]["props"]["rejectionReason"]
        == "ReferralLimitReached"
    )


def test_loyalty_points_per_currency_unit_land_on_close(api: Api) -> None:
    open_state = api.session("s1", profileId="bob", cartItems=[item("X", 3, 9.99)])
    assert effects_of(open_state, "addLoyaltyPoints")[0]["props"]["value"] == 29
    assert api.get("/v1/loyalty_programs/1/profile/bob/balances", validate=False).status_code == 200
    balance = api.get("/v1/loyalty_programs/1/profile/bob/balances").json()
    assert balance["balance"]["activePoints"] == 0
    api.session("s1", state="closed")
    balance = api.get(
        "/v1/loyalty_programs/1/profile/bob/balances", params={"includeTiers": "true"}
    ).json()["balance"]
    assert balance["activePoints"] == 29
    assert balance["currentTier"]["name"] == "Silver"
    assert balance["nextTierName"] == "Gold" and balance["pointsToNextTier"] == 471
    txns = api.get("/v1/loyalty_programs/1/profile/bob/transactions").json()["data"]
    assert [(t["type"], t["amount"], t["customerSessionId"]) for t in txns] == [
        ("addition", 29, "s1")
    ]


def test_event_points_and_achievements(api: Api) -> None:
    response = api.post(
        "/v2/events?silent=no",
        {"profileId": "bob", "type": "review_written", "responseContent": ["loyalty", "event"]},
    )
    state = response.json()
    assert effects_of(state, "addLoyaltyPoints")[0]["props"]["value"] == 10
    assert state["loyalty"]["programs"]["1"]["ledger"]["currentBalance"] == 10
    assert state["event"]["type"] == "review_written"
    other = api.post("/v2/events?silent=no", {"profileId": "bob", "type": "something_else"})
    other = other.json()
    assert other["effects"] == []
    for n in range(3):
        api.session(f"s{n}", profileId="bob", cartItems=CART, state="closed")
    achievements = api.get("/v1/customer_profiles/bob/achievements").json()["data"]
    assert achievements[0]["currentProgress"]["status"] == "completed"
    history = api.get("/v1/customer_profiles/bob/achievements/1").json()
    assert history["data"][0]["progress"] == 3


def test_card_points_go_to_the_session_card(api: Api) -> None:
    api.post(
        "/v1/loyalty_programs/2/cards",
        {"cardIdentifier": "CARD-0001", "customerProfileIds": ["bob"]},
    )
    state = api.session(
        "s1",
        profileId="bob",
        loyaltyCards=["CARD-0001"],
        cartItems=CART,
        state="closed",
        content=["loyalty"],
    )
    card_effect = next(
        e["props"] for e in effects_of(state, "addLoyaltyPoints") if e["props"]["programId"] == 2
    )
    assert card_effect["cardIdentifier"] == "CARD-0001" and card_effect["value"] == 40
    assert state["loyalty"]["cards"][0]["ledger"]["currentBalance"] == 40
    balances = api.get("/v1/loyalty_programs/2/cards/CARD-0001/balances").json()
    assert balances["balance"]["activePoints"] == 40
    assert balances["profiles"][0]["integrationId"] == "bob"


def test_pending_points_activate(api: Api) -> None:
    store = api.server.store
    original = store.programs[1]
    store.programs[1] = dataclasses.replace(original, pending_days=14)
    try:
        closed = api.session("s1", profileId="bob", cartItems=CART, state="closed")
    finally:
        store.programs[1] = original
    assert "startDate" in effects_of(closed, "addLoyaltyPoints")[0]["props"]
    pending = api.get(
        "/v1/loyalty_programs/1/profile/bob/points", params={"status": "pending"}
    ).json()["data"]
    assert [p["amount"] for p in pending] == [20]
    activated = api.post(
        "/v1/loyalty_programs/1/activate_points",
        {"transactionUUIDs": [pending[0]["transactionUUID"]]},
    )
    assert activated.json()["ledgerEntries"][0]["amount"] == 20
    balance = api.get("/v1/loyalty_programs/1/profile/bob/balances").json()["balance"]
    assert (balance["activePoints"], balance["pendingPoints"]) == (20, 0)
    again = api.post("/v1/loyalty_programs/1/activate_points", {"sessionId": "s1"})
    assert again.status_code == 404
    both = api.post(
        "/v1/loyalty_programs/1/activate_points",
        {"sessionId": "s1", "transactionUUIDs": [pending[0]["transactionUUID"]]},
    )
    assert both.status_code == 400


def test_evaluable_campaign_ids_restrict_evaluation(api: Api) -> None:
    state = api.session(
        "s1", profileId="bob", couponCodes=["WELCOME10"], cartItems=CART, evaluableCampaignIds=[3]
    )
    assert (
        effects_of(state, "rejectCoupon")[0]["props"]["rejectionReason"]
        == "CouponPartOfNotRunningCampaign"
    )
    assert effects_of(state, "addLoyaltyPoints")
