"""Session semantics: state machine, returns, reopen, cancel rollbacks, dry runs, responseContent."""

from __future__ import annotations

from typing import Any

from emulator_support import API_KEY, Api, effects_of, item

from talon_async.testing import EmulatorServer, load_config_dict

CART = [item("SKU1", 2, 10.0), item("SKU2", 1, 5.0)]


def test_new_session_is_open_and_totals_come_from_the_cart(api: Api) -> None:
    state = api.session(
        "s1",
        profileId="bob",
        cartItems=CART,
        additionalCosts={"shipping": {"price": 4.5}},
        content=["customerSession"],
    )
    session = state["customerSession"]
    assert session["state"] == "open"
    assert session["cartItemTotal"] == 25.0
    assert session["additionalCostTotal"] == 4.5
    assert session["total"] == 29.5
    assert session["updateCount"] == 1
    assert session["firstSession"] is True
    assert [i["position"] for i in session["cartItems"]] == [0, 1]


def test_updates_build_on_each_other(api: Api) -> None:
    api.session("s1", profileId="bob", cartItems=CART)
    state = api.session("s1", attributes={"channel": "web"}, content=["customerSession"])
    session = state["customerSession"]
    assert session["profileId"] == "bob"
    assert len(session["cartItems"]) == 2
    assert session["attributes"] == {"channel": "web"}
    assert session["updateCount"] == 2


def test_closed_session_cannot_be_edited_only_cancelled(api: Api) -> None:
    api.session("s1", profileId="bob", cartItems=CART)
    api.session("s1", state="closed")
    refused = api.put("/v2/customer_sessions/s1", {"customerSession": {"cartItems": []}})
    assert refused.status_code == 400
    assert refused.json()["errors"][0]["source"] == {"pointer": "/customerSession/state"}
    assert "StatusCode" not in refused.json()  # this operation's 400 schema is ErrorResponse
    assert api.session("s1", state="open", expect=400)
    cancelled = api.session("s1", state="cancelled", content=["customerSession"])
    assert cancelled["customerSession"]["state"] == "cancelled"
    api.session("s1", state="open", expect=400)
    api.session("s1", state="cancelled", expect=400)


def test_partially_returned_only_through_returns(api: Api) -> None:
    api.session("s1", profileId="bob", cartItems=CART)
    api.session("s1", state="partially_returned", expect=400)
    api.session("new", state="cancelled", expect=400)


def test_session_can_be_created_closed(api: Api) -> None:
    state = api.session(
        "s1", profileId="bob", cartItems=CART, state="closed", content=["customerProfile"]
    )
    assert state["customerProfile"]["closedSessions"] == 1
    assert effects_of(state, "addLoyaltyPoints")


def test_returns_reduce_quantities_and_roll_back_effects(api: Api) -> None:
    api.session("s1", profileId="bob", couponCodes=["WELCOME10"], cartItems=CART)
    closed = api.session("s1", state="closed")
    points = effects_of(closed, "addLoyaltyPoints")[0]["props"]
    assert points["value"] == 22  # floor(25 - 2.5)

    response = api.post(
        "/v2/customer_sessions/s1/returns",
        {
            "return": {"returnedCartItems": [{"position": 0, "quantity": 1}]},
            "responseContent": ["customerSession", "previousReturns", "loyalty"],
        },
    )
    assert response.status_code == 200, response.text
    state = response.json()
    session = state["customerSession"]
    assert session["state"] == "partially_returned"
    first = session["cartItems"][0]
    assert (first["returnedQuantity"], first["remainingQuantity"]) == (1, 1)
    assert session["cartItemTotal"] == 15.0
    assert state["return"]["returnedCartItems"] == [{"position": 0, "quantity": 1, "sku": "SKU1"}]
    assert len(state["previousReturns"]) == 1
    rollback_discount = effects_of(state, "rollbackDiscount")[0]["props"]
    assert rollback_discount == {"name": "10% off", "value": 1.0}  # 10 of 25 returned: 40%
    rollback_points = effects_of(state, "rollbackAddedLoyaltyPoints")[0]["props"]
    assert rollback_points["value"] == 8.8
    assert rollback_points["transactionUUID"] == points["transactionUUID"]
    assert state["loyalty"]["programs"]["1"]["ledger"]["currentBalance"] == 13.2

    # returning more than remains is refused; the rest can be returned
    too_many = api.post(
        "/v2/customer_sessions/s1/returns",
        {"return": {"returnedCartItems": [{"position": 0, "quantity": 2}]}},
    )
    assert too_many.status_code == 400
    assert (
        too_many.json()["errors"][0]["source"]["pointer"] == "/return/returnedCartItems/0/quantity"
    )
    rest = api.post(
        "/v2/customer_sessions/s1/returns",
        {"return": {"returnedCartItems": [{"position": 0}, {"sku": "SKU2"}]}},
    ).json()
    assert sum(e["props"]["value"] for e in effects_of(rest, "rollbackAddedLoyaltyPoints")) == 13.2
    balance = api.get("/v1/loyalty_programs/1/profile/bob/balances").json()
    assert balance["balance"]["activePoints"] == 0


def test_returns_need_a_closed_session(api: Api) -> None:
    api.session("s1", profileId="bob", cartItems=CART)
    body = {"return": {"returnedCartItems": [{"position": 0}]}}
    assert api.post("/v2/customer_sessions/s1/returns", body).status_code == 400
    missing = api.post("/v2/customer_sessions/nope/returns", body, validate=False)
    assert missing.status_code == 404


def test_reopen_rolls_back_and_allows_editing(api: Api) -> None:
    api.session("s1", profileId="bob", couponCodes=["SAVE5"], cartItems=CART)
    api.session("s1", state="closed")
    coupon = api.server.store.coupons["SAVE5"]
    assert coupon.usage_counter == 1
    reopened = api.put("/v2/customer_sessions/s1/reopen")
    assert reopened.status_code == 200
    types = [e["effectType"] for e in reopened.json()["effects"]]
    assert types == ["rollbackCoupon", "rollbackDiscount", "rollbackAddedLoyaltyPoints"]
    assert coupon.usage_counter == 0
    state = api.session("s1", cartItems=[item("SKU1", 1, 10.0)], content=["customerSession"])
    assert state["customerSession"]["state"] == "open"
    assert effects_of(state, "acceptCoupon")  # the limit-1 coupon is usable again
    assert api.put("/v2/customer_sessions/s1/reopen").status_code == 400


def test_cancelling_a_closed_session_rolls_back_its_effects(api: Api) -> None:
    api.session("s1", profileId="bob", referralCode="REF-ALICE", cartItems=CART)
    api.session("s1", state="closed")
    cancelled = api.session("s1", state="cancelled")
    types = {e["effectType"] for e in cancelled["effects"]}
    assert {"rollbackReferral", "rollbackDiscount", "rollbackAddedLoyaltyPoints"} <= types
    assert api.server.store.referrals["REF-ALICE"].usage_counter == 0
    alice = api.get("/v1/loyalty_programs/1/profile/alice/balances").json()
    assert alice["balance"]["activePoints"] == 0
    assert alice["balance"]["negativePoints"] == 0


def test_dry_run_stores_nothing(api: Api) -> None:
    response = api.put(
        "/v2/customer_sessions/s1",
        {
            "customerSession": {
                "profileId": "bob",
                "couponCodes": ["SAVE5"],
                "cartItems": CART,
                "state": "closed",
            }
        },
        params={"dry": "true"},
    )
    assert response.status_code == 200
    assert effects_of(response.json(), "acceptCoupon")
    assert api.get("/v2/customer_sessions/s1", validate=False).status_code == 404
    assert api.server.store.coupons["SAVE5"].usage_counter == 0
    assert "bob" not in api.server.store.profiles
    not_dry = api.put(
        "/v2/customer_sessions/s1", {"customerSession": {}}, params={"now": "2030-01-01T00:00:00Z"}
    )
    assert not_dry.status_code == 400
    assert not_dry.json()["errors"][0]["source"] == {"parameter": "now"}


def test_response_content_selects_the_parts(api: Api) -> None:
    bare = api.session("s1", profileId="bob", cartItems=CART)
    assert set(bare) == {"effects", "createdCoupons", "createdReferrals"}
    full = api.session(
        "s1",
        referralCode="REF-ALICE",
        couponCodes=["WELCOME10"],
        content=[
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
    )
    assert {
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
    } <= set(full)
    assert full["coupons"][0]["value"] == "WELCOME10"
    assert full["referral"]["code"] == "REF-ALICE"
    assert {c["id"] for c in full["triggeredCampaigns"]} == {1, 2, 3}
    assert full["event"]["type"] == "talon_session_updated"
    tentative = full["loyalty"]["programs"]["1"]["ledger"]
    assert tentative["currentBalance"] == 0
    assert tentative["tentativeCurrentBalance"] > 0


def test_get_session_returns_stored_effects(api: Api) -> None:
    api.session("s1", profileId="bob", couponCodes=["WELCOME10"], cartItems=CART)
    stored = api.get("/v2/customer_sessions/s1").json()
    assert stored["customerSession"]["couponCodes"] == ["WELCOME10"]
    assert [e["effectType"] for e in stored["effects"]][:2] == ["acceptCoupon", "setDiscount"]


def test_profile_is_created_with_the_session_and_counts_closed_sessions(api: Api) -> None:
    api.session("s1", profileId="bob", cartItems=CART, state="closed")
    second = api.session(
        "s2", profileId="bob", cartItems=CART, content=["customerSession", "customerProfile"]
    )
    assert second["customerSession"]["firstSession"] is False
    profile = second["customerProfile"]
    assert profile["closedSessions"] == 1
    assert profile["totalSales"] == 25.0


def test_first_session_follows_a_session_that_moves_to_another_profile(api: Api) -> None:
    """firstSession is counted per profile (not scanned), so a session that changes profile
    counts for its new profile only."""
    api.session("s1", profileId="ann")
    api.session("s1", profileId="cid")  # the open session moves from ann to cid
    again = api.session("s2", profileId="ann", content=["customerSession"])
    assert again["customerSession"]["firstSession"] is True
    other = api.session("s3", profileId="cid", content=["customerSession"])
    assert other["customerSession"]["firstSession"] is False


def test_rolled_back_discounts_name_the_campaign_that_granted_them() -> None:
    """Two campaigns grant a discount of the same name: each is tracked and rolled back on its
    own, and every rollbackDiscount carries the campaign, ruleset and rule of its setDiscount."""
    config = load_config_dict(
        {
            "campaigns": [
                {"id": 1, "name": "Spring", "cart_discount": {"percent": 10, "name": "Welcome"}},
                {"id": 2, "name": "Loyal", "cart_discount": {"amount": 5, "name": "Welcome"}},
            ]
        }
    )
    with EmulatorServer(config, api_key=API_KEY) as server:
        api = Api(server)
        try:
            state = api.session("s1", profileId="bob", cartItems=CART, state="closed")
            granted = {
                (e["campaignId"], e["rulesetId"], e["ruleName"]): e["props"]["value"]
                for e in effects_of(state, "setDiscount")
            }
            assert granted == {(1, 1, "Welcome"): 2.5, (2, 2, "Welcome"): 5.0}

            returned = api.post(
                "/v2/customer_sessions/s1/returns",
                {"return": {"returnedCartItems": [{"sku": "SKU2"}]}},  # 5 of 25: a fifth
            ).json()
            assert rollbacks(returned) == {(1, 1, "Welcome"): 0.5, (2, 2, "Welcome"): 1.0}

            cancelled = api.session("s1", state="cancelled")
            assert rollbacks(cancelled) == {(1, 1, "Welcome"): 2.0, (2, 2, "Welcome"): 4.0}
        finally:
            api.http.close()


def rollbacks(state: dict[str, Any]) -> dict[tuple[int, int, str], float]:
    found: dict[tuple[int, int, str], float] = {}
    for e in effects_of(state, "rollbackDiscount"):
        assert e["props"]["name"] == "Welcome"
        key = (e["campaignId"], e["rulesetId"], e["ruleName"])
        assert key not in found, "one rollback per campaign and rule"
        found[key] = e["props"]["value"]
    return found
