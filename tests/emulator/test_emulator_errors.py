"""401 and 400 bodies in Talon.One's shape, and the documented 404/409/400 statuses."""

from __future__ import annotations

import httpx
import pytest
from emulator_support import Api

from talon_async._meta import all_operations


@pytest.mark.parametrize("header", [None, "Bearer x", "ApiKey-v1", "ApiKey-v1 wrong"])
def test_missing_or_invalid_key_is_401(api: Api, header: str | None) -> None:
    headers = {} if header is None else {"Authorization": header}
    response = httpx.get(f"{api.server.url}/v1/integration/campaigns", headers=headers)
    assert response.status_code == 401
    body = response.json()
    assert body["StatusCode"] == 401
    assert body["errors"][0]["source"] == {"parameter": "Authorization"}
    api.check(response)


def test_every_operation_answers_401_without_a_key(api: Api) -> None:
    for op in all_operations():
        path = op.path.replace("{", "").replace("}", "")
        for name in ("audienceId", "loyaltyProgramId", "catalogId", "achievementId"):
            path = path.replace(name, "1")
        response = httpx.request(op.method, f"{api.server.url}{path}")
        assert response.status_code == 401, op.operation_id
        api.check(response)  # every operation documents its 401 (the overlay adds missing ones)


def test_invalid_body_names_the_field(api: Api) -> None:
    response = api.put(
        "/v2/customer_sessions/s1",
        {"customerSession": {"cartItems": [{"sku": "A", "quantity": 0}]}},
    )
    assert response.status_code == 400
    body = response.json()
    assert body["message"] == "Invalid request body"
    assert body["errors"] == [
        {
            "title": "Invalid field value",
            "details": "0 is less than the minimum of 1",
            "source": {"pointer": "/customerSession/cartItems/0/quantity"},
        }
    ]
    assert "StatusCode" not in body  # ErrorResponse for this operation


def test_400_carries_status_code_where_the_schema_has_it(api: Api) -> None:
    response = api.put("/v2/customer_profiles/bob", {"attributes": "not an object"})
    assert response.status_code == 400
    body = response.json()
    assert body["StatusCode"] == 400
    assert body["errors"][0]["source"] == {"pointer": "/attributes"}


def test_invalid_parameter_names_the_parameter(api: Api) -> None:
    response = api.get("/v1/integration/campaigns", params={"pageSize": "5000"})
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["source"] == {"parameter": "pageSize"}
    assert "1000" in error["details"]
    bad_id = api.get("/v1/loyalty_programs/abc/profile/bob/balances")
    assert bad_id.status_code == 400
    assert bad_id.json()["errors"][0]["source"] == {"parameter": "loyaltyProgramId"}


def test_malformed_and_missing_bodies(api: Api) -> None:
    broken = api.http.post(
        "/v1/referrals", content=b"{nope", headers={"Content-Type": "application/json"}
    )
    assert broken.status_code == 400
    assert broken.json()["errors"][0]["title"] == "Malformed JSON"
    api.check(broken)
    missing = api.http.post("/v1/referrals")
    assert missing.status_code == 400
    api.check(missing)
    readonly = api.put(
        "/v2/customer_sessions/s1",
        {"customerSession": {"cartItems": [{"sku": "A", "quantity": 1, "position": 2}]}},
    )
    assert readonly.status_code == 400


def test_unknown_paths_and_methods(api: Api) -> None:
    assert api.get("/v1/nope", validate=False).status_code == 404
    assert api.call("PATCH", "/v1/referrals", validate=False).status_code == 405


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PATCH", "/v1/referrals", {"POST"}),
        ("DELETE", "/v2/customer_sessions/s1", {"GET", "HEAD", "PUT"}),
        ("POST", "/v2/audiences/1", {"PUT", "DELETE"}),
    ],
)
def test_405_names_the_allowed_methods(api: Api, method: str, path: str, allowed: set[str]) -> None:
    response = api.call(method, path, validate=False)
    assert response.status_code == 405
    assert set(response.headers["Allow"].split(", ")) == allowed  # RFC 9110 15.5.6
    assert response.json() == {"message": "Method Not Allowed", "StatusCode": 405}


def test_head_is_answered_like_get(api: Api) -> None:
    response = api.call("HEAD", "/v1/integration/campaigns", validate=False)
    assert response.status_code == 200
    assert response.content == b""


NOT_FOUND = [
    ("DELETE", "/v2/audiences/99", None),
    ("PUT", "/v2/audiences/99", {"name": "x"}),
    ("DELETE", "/v2/audiences/99/memberships", None),
    (
        "POST",
        "/v2/customer_audiences",
        {"data": [{"action": "add", "profileIntegrationId": "bob", "audienceId": 99}]},
    ),
    ("PUT", "/v2/audience_customers/99/attributes", {"a": 1}),
    ("POST", "/v2/loyalty_programs/2/cards/NOPE-1/link_profile", {"integrationId": "bob"}),
    ("POST", "/v2/loyalty_programs/2/cards/NOPE-1/unlink_profile", {"integrationId": "bob"}),
    ("DELETE", "/v1/customer_data/nobody", None),
    ("POST", "/v1/coupon_reservations/NOPE", {"integrationIDs": ["bob"]}),
    ("DELETE", "/v1/coupon_reservations/NOPE", {"integrationIDs": ["bob"]}),
    ("GET", "/v1/coupon_reservations/customerprofiles/NOPE", None),
    ("GET", "/v1/customer_profiles/nobody/inventory", None),
    ("GET", "/v1/customer_profiles/nobody/achievements", None),
    ("GET", "/v1/customer_profiles/nobody/achievements/1", None),
    ("GET", "/v1/loyalty_programs/2/cards/NOPE-1/balances", None),
    ("GET", "/v1/loyalty_programs/1/profile/nobody/balances", None),
    ("GET", "/v1/loyalty_programs/99/profile/nobody/balances", None),
    ("GET", "/v1/loyalty_programs/2/cards/NOPE-1/transactions", None),
    ("GET", "/v1/loyalty_programs/1/profile/nobody/transactions", None),
    (
        "POST",
        "/v1/loyalty_programs/1/profile/nobody/delete_transactions",
        {"scope": "AllSubledgers"},
    ),
    ("GET", "/v1/loyalty_programs/2/cards/NOPE-1/points", None),
    ("GET", "/v1/loyalty_programs/1/profile/nobody/points", None),
    ("POST", "/v1/loyalty_programs/1/activate_points", {"sessionId": "nope"}),
    ("PUT", "/v1/catalogs/99/sync", {"actions": [{"type": "REMOVE", "payload": {"sku": "x"}}]}),
]


@pytest.mark.parametrize(("method", "path", "body"), NOT_FOUND)
def test_documented_404s(api: Api, method: str, path: str, body: object) -> None:
    response = api.call(method, path, json_body=body)
    assert response.status_code == 404, response.text
    assert response.json()["StatusCode"] == 404


def test_unknown_session_is_a_documented_404(api: Api) -> None:
    """Talon.One's documents omit these 404s; the overlay documents them, so the emulator's
    response validation (on in this suite) passes them instead of turning them into 500s."""
    for method, path, body in (
        ("GET", "/v2/customer_sessions/nope", None),
        ("PUT", "/v2/customer_sessions/nope/reopen", None),
        ("POST", "/v2/customer_sessions/nope/returns", {"return": {"returnedCartItems": []}}),
    ):
        response = api.call(method, path, json_body=body)
        assert response.status_code == 404
        assert response.json()["StatusCode"] == 404


def test_documented_400s(api: Api) -> None:
    api.session("s1", profileId="bob")
    cases = [
        ("POST", "/v1/referrals", {"campaignId": 1, "advocateProfileIntegrationId": "a"}),
        (
            "POST",
            "/v1/referrals_for_multiple_advocates",
            {"campaignId": 99, "advocateProfileIntegrationIds": ["a"], "usageLimit": 1},
        ),
        ("POST", "/v1/loyalty_programs/1/cards", {}),
        (
            "POST",
            "/v2/customer_sessions/s1/returns",
            {"return": {"returnedCartItems": [{"position": 0}]}},
        ),
        ("PUT", "/v1/catalogs/1/sync", {"actions": [{"type": "PATCH", "payload": {"sku": "x"}}]}),
        (
            "PUT",
            "/v1/catalogs/1/sync",
            {"version": 7, "actions": [{"type": "ADD", "payload": {"sku": "x"}}]},
        ),
        (
            "POST",
            "/v1/loyalty_programs/1/profile/bob/delete_transactions",
            {"scope": "SelectedSubledgers"},
        ),
        ("GET", "/v1/loyalty_programs/2/profile/bob/balances", None),
        # 400s Talon.One's documents omit, documented by the overlay
        ("POST", "/v1/best_prior_price", {"skus": ["A"], "timeframe": "tomorrow"}),
        ("PUT", "/v2/audiences/1", None),
        ("PUT", "/v2/audience_customers/1/attributes", None),
        ("GET", "/v1/customer_profiles/bob/inventory?coupons=maybe", None),
    ]
    for method, path, body in cases:
        response = api.call(method, path, json_body=body)
        assert response.status_code == 400, (path, response.text)


def test_bulk_profile_update_is_limited_to_1000(api: Api) -> None:
    profiles = [{"integrationId": f"p{i}"} for i in range(1001)]
    response = api.put("/v2/customer_profiles", {"customerProfiles": profiles})
    assert response.status_code == 400
    assert response.json()["errors"][0]["source"] == {"pointer": "/customerProfiles"}
    ok = api.put("/v2/customer_profiles", {"customerProfiles": profiles[:1000]})
    assert ok.status_code == 204  # silent=yes, the default
    assert len(api.server.store.profiles) == 1000


def test_duplicate_audience_is_409(api: Api) -> None:
    assert api.post("/v2/audiences", {"name": "A", "integrationId": "x"}).status_code == 201
    duplicate = api.post("/v2/audiences", {"name": "B", "integrationId": "x"})
    assert duplicate.status_code == 409
    assert duplicate.json()["StatusCode"] == 409
