"""Path parameters are percent-encoded in the URL that actually goes out.

A customer, session or coupon identifier is whatever the shop chose; a ``/`` in it must not
select another endpoint, a ``?`` or ``#`` must not start a query or fragment, and ``%``, spaces
and non-ASCII text must arrive byte-for-byte. The expected raw paths are written out by hand.
"""

from __future__ import annotations

import importlib
from typing import Any

import httpx
import pytest
import respx
from contract_samples import API_KEY, BASE_URL
from talon_one_raw import models as m
from talon_one_raw.client import AuthenticatedClient

# (value as the user passes it, how it must appear in the raw request path)
AWKWARD_IDS = [
    pytest.param("orders/2026/77", "orders%2F2026%2F77", id="slash"),
    pytest.param("../admin", "..%2Fadmin", id="dot-dot-slash"),
    pytest.param("what?now=1", "what%3Fnow%3D1", id="question-mark"),
    pytest.param("tag#1", "tag%231", id="hash"),
    pytest.param("100%", "100%25", id="percent"),
    pytest.param("a%2Fb", "a%252Fb", id="already-encoded-looking"),
    pytest.param("two words", "two%20words", id="space"),
    pytest.param("a+b&c;d", "a%2Bb%26c%3Bd", id="sub-delims"),
    pytest.param("Müller-ä", "M%C3%BCller-%C3%A4", id="umlaut"),
    pytest.param("日本", "%E6%97%A5%E6%9C%AC", id="cjk"),
    pytest.param("~user_1.x-y", "~user_1.x-y", id="unreserved-untouched"),
]

# operation module, how to call it with one string identifier, path template with "{}" for
# it, method, and the query string the generated defaults add
SINGLE_PARAM_OPERATIONS = [
    pytest.param(
        "customer_sessions.get_customer_session",
        lambda value: ((value,), {}),
        "/v2/customer_sessions/{}",
        "GET",
        "",
        id="getCustomerSession",
    ),
    pytest.param(
        "customer_profiles.update_customer_profile_v2",
        lambda value: ((value,), {"body": m.CustomerProfileIntegrationRequestV2()}),
        "/v2/customer_profiles/{}",
        "PUT",
        "runRuleEngine=false",
        id="updateCustomerProfileV2",
    ),
    pytest.param(
        "coupons.delete_coupon_reservation",
        lambda value: ((value,), {"body": m.CouponReservations(integration_i_ds=["c-1"])}),
        "/v1/coupon_reservations/{}",
        "DELETE",
        "",
        id="deleteCouponReservation",
    ),
    pytest.param(
        "coupons.get_reserved_customers",
        lambda value: ((value,), {}),
        "/v1/coupon_reservations/customerprofiles/{}",
        "GET",
        "",
        id="getReservedCustomers",
    ),
    pytest.param(
        "customer_profiles.delete_customer_data",
        lambda value: ((value,), {}),
        "/v1/customer_data/{}",
        "DELETE",
        "",
        id="deleteCustomerData",
    ),
]


async def _send(operation: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> httpx.Request:
    module = importlib.import_module(f"talon_one_raw.api.{operation}")
    with respx.mock(assert_all_called=True) as router:
        route = router.route(host="talon.test").mock(return_value=httpx.Response(204))
        async with AuthenticatedClient(
            base_url=BASE_URL, token=API_KEY, prefix="ApiKey-v1", auth_header_name="Authorization"
        ) as client:
            await module.asyncio_detailed(*args, client=client, **kwargs)
    assert route.call_count == 1
    return route.calls.last.request


@pytest.mark.parametrize(("value", "encoded"), AWKWARD_IDS)
@pytest.mark.parametrize(
    ("operation", "call", "template", "method", "query"), SINGLE_PARAM_OPERATIONS
)
async def test_single_path_parameter_is_percent_encoded(
    operation: str, call: Any, template: str, method: str, query: str, value: str, encoded: str
) -> None:
    args, kwargs = call(value)
    request = await _send(operation, args, kwargs)

    assert request.method == method
    raw_path = request.url.raw_path.decode("ascii")
    # the whole identifier stays inside its path segment: nothing leaks into query or fragment
    assert raw_path == template.format(encoded) + (f"?{query}" if query else "")
    assert request.url.query == query.encode()
    assert request.url.fragment == ""
    # and the server decodes it back to exactly what the user passed
    assert request.url.path == template.format(value)


@pytest.mark.parametrize(("value", "encoded"), AWKWARD_IDS)
async def test_two_path_parameters_int_then_string(value: str, encoded: str) -> None:
    request = await _send(
        "loyalty.get_loyalty_program_profile_transactions", (45, value), {"page_size": 10}
    )
    path, _, query = request.url.raw_path.decode("ascii").partition("?")
    assert path == f"/v1/loyalty_programs/45/profile/{encoded}/transactions"
    assert query == "pageSize=10"


@pytest.mark.parametrize(("value", "encoded"), AWKWARD_IDS)
async def test_two_path_parameters_string_then_int(value: str, encoded: str) -> None:
    request = await _send("achievements.get_customer_achievement_history", (value, 8), {})
    path, _, query = request.url.raw_path.decode("ascii").partition("?")
    assert path == f"/v1/customer_profiles/{encoded}/achievements/8"
    assert query == "pageSize=1000"


async def test_loyalty_card_identifier_and_program_are_encoded_independently() -> None:
    request = await _send(
        "loyalty_cards.link_loyalty_card_to_profile",
        (46, "card/ä 7#"),
        {"body": m.LoyaltyCardRegistration(integration_id="Müller/1")},
    )
    assert (
        request.url.raw_path == b"/v2/loyalty_programs/46/cards/card%2F%C3%A4%207%23/link_profile"
    )
    # identifiers in the JSON body are not URL-encoded
    assert request.content == '{"integrationId":"Müller/1"}'.encode()
