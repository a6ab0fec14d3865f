"""Typed errors and their fields; garbage answers from a raw TCP server never let anything but
a TalonError out; path parameters that would change the endpoint never leave the client."""

from __future__ import annotations

import json
from typing import Any

import pytest
import respx
from facade_support import (
    FAST,
    REFERRAL,
    RawServer,
    Reply,
    ScriptedServer,
    delete_tx_body,
    make_client,
    mock_client,
    mock_router,
    referral_body,
    session_body,
)

from talon_async import RetryPolicy, errors

ERROR_BODY = {
    "message": "Invalid request",
    "errors": [
        {
            "title": "bad value",
            "details": "quantity must be positive",
            "source": {"pointer": "/customerSession/cartItems/0/quantity", "line": "3"},
        },
        {"title": "second", "source": {"parameter": "dry"}},
    ],
    "StatusCode": 400,
}


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequest),
        (401, errors.Unauthorized),
        (404, errors.NotFound),
        (409, errors.Conflict),
        (429, errors.RateLimited),
        (500, errors.ServerError),
        (502, errors.ServerError),
        (503, errors.ServerError),
        (504, errors.ServerError),
        (418, errors.APIError),
        (302, errors.APIError),
    ],
)
async def test_subclass_per_status(status: int, cls: type[errors.APIError]) -> None:
    router = mock_router(json={"message": "m"}, status=status)
    talon = mock_client(router, retry=None)
    with pytest.raises(errors.APIError) as exc:
        await talon.customer_sessions.get_customer_session("s-1")
    assert type(exc.value) is cls
    assert isinstance(exc.value, errors.TalonError)
    assert exc.value.status == status


def test_hierarchy() -> None:
    for cls in (
        errors.BadRequest,
        errors.Unauthorized,
        errors.NotFound,
        errors.Conflict,
        errors.RateLimited,
        errors.ServerError,
    ):
        assert issubclass(cls, errors.APIError)
    for cls in (errors.APIError, errors.ConnectionError, errors.TimeoutError, errors.DecodeError):
        assert issubclass(cls, errors.TalonError)
    assert not issubclass(errors.TimeoutError, TimeoutError)  # one except clause: TalonError


async def test_api_error_fields_from_a_real_server(server: ScriptedServer) -> None:
    server.answer(Reply(400, json=ERROR_BODY, headers={"X-Request-Id": "req-42"}))
    async with make_client(server.url) as talon:
        with pytest.raises(errors.BadRequest) as exc:
            await talon.customer_sessions.update_customer_session_v2("s-77", session_body())
    e = exc.value
    assert e.status == 400
    assert e.api_message == "Invalid request"
    assert e.body == ERROR_BODY
    assert json.loads(e.raw_body) == ERROR_BODY
    assert [(d.title, d.details, d.source) for d in e.errors] == [
        (
            "bad value",
            "quantity must be positive",
            {"pointer": "/customerSession/cartItems/0/quantity", "line": "3"},
        ),
        ("second", None, {"parameter": "dry"}),
    ]
    assert e.method == "PUT"
    assert e.path == "/v2/customer_sessions/{customerSessionId}"  # the template, not "s-77"
    assert e.request_id == "req-42"
    assert e.attempts == 1
    text = str(e)
    for part in (
        "400",
        "Invalid request",
        "bad value",
        "quantity must be positive",
        "req-42",
        "PUT /v2/customer_sessions/{customerSessionId}",
        "1 attempt",
    ):
        assert part in text
    assert "s-77" not in text


async def test_attempts_and_retry_after_on_rate_limit(server: ScriptedServer) -> None:
    server.answer(Reply(429, json={"message": "slow down"}, headers={"Retry-After": "0"}))
    async with make_client(server.url) as talon:
        with pytest.raises(errors.RateLimited) as exc:
            await talon.referrals.create_referral(referral_body())
    assert exc.value.attempts == 3
    assert exc.value.retry_after == 0
    assert "after 3 attempts" in str(exc.value)
    assert (exc.value.method, exc.value.path) == ("POST", "/v1/referrals")


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"plain text",
        b"[1, 2]",
        b"null",
        b'{"message": 5, "errors": 5}',
        b'{"message": "m", "errors": "abc"}',
        b'{"errors": [1, null, "x", {"title": 7, "details": [], "source": "s"}]}',
        b'{"errors": {"title": "t"}}',
        b"\xff\xfe\x00",
    ],
)
async def test_odd_error_bodies_still_give_an_api_error(body: bytes) -> None:
    router = respx.MockRouter(assert_all_called=False)
    router.route().respond(400, content=body, headers={"Retry-After": "garbage"})
    talon = mock_client(router)
    with pytest.raises(errors.BadRequest) as exc:
        await talon.customer_sessions.get_customer_session("s-1")
    assert exc.value.raw_body == body
    str(exc.value)
    repr(exc.value.errors)


GARBAGE = {
    "no-answer": b"",
    "bad-status-line": b"HTTP/1.1 OK\r\n\r\n",
    "not-http": b"SSH-2.0-OpenSSH_9.6\r\n",
    "binary": bytes(range(256)) * 4,
    "header-without-colon": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nbroken header\r\n\r\n{}",
    "short-body": b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\nContent-Type: application/json\r\n\r\n{"effects":',
    "bad-chunked": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n",
    "bad-gzip": b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 5\r\n\r\nhello",
    "bad-length": b"HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n{}",
    "two-lengths": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
    "status-999": b"HTTP/1.1 999 Whatever\r\nContent-Length: 2\r\n\r\n{}",
    "status-100-then-close": b"HTTP/1.1 100 Continue\r\n\r\n",
    "redirect": b"HTTP/1.1 302 Found\r\nLocation: http://evil.example/\r\nContent-Length: 0\r\n\r\n",
    "200-html": b"HTTP/1.1 200 OK\r\nContent-Length: 13\r\n\r\n<html></html>",
    "200-empty": b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
    "200-list": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]",
    "500-garbage": b"HTTP/1.1 500 Oops\r\nContent-Length: 4\r\nRetry-After: Mon, 99 Foo\r\n\r\n\x00\x01\x02\x03",
    "huge-header": b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 70000 + b"\r\n\r\n",
    "non-ascii-header": b"HTTP/1.1 400 Bad\r\nX-Request-Id: \xe9\xff\r\nContent-Length: 2\r\n\r\n{}",
}


@pytest.mark.parametrize("name", GARBAGE)
@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_garbage_answers_only_raise_talon_errors(
    raw_server: RawServer, name: str, method: str
) -> None:
    raw_server.reply = GARBAGE[name]
    async with make_client(raw_server.url, retry=FAST) as talon:
        try:
            if method == "GET":
                result = await talon.customer_sessions.get_customer_session("s-1")
            else:
                result = await talon.loyalty.delete_loyalty_transactions_from_ledgers(
                    "1", "p-1", delete_tx_body()
                )
        except errors.TalonError as exc:
            str(exc)
            assert exc.attempts >= 1
        else:  # only acceptable if the garbage happened to be a valid answer
            # the POST documents only 204: any 2xx body is ignored
            assert name.startswith("200-") and method == "POST" and result is None
    assert raw_server.count >= 1


# -- path parameters ---------------------------------------------------------------------------

BAD_IDS = ["", ".", ".."]


@pytest.mark.parametrize("bad", BAD_IDS)
async def test_traversal_path_params_are_refused_before_sending(
    server: ScriptedServer, bad: str
) -> None:
    calls: list[Any] = [
        lambda t: t.customer_sessions.get_customer_session(bad),
        lambda t: t.customer_sessions.update_customer_session_v2(bad, session_body()),
        lambda t: t.customer_profiles.delete_customer_data(bad),
        lambda t: t.loyalty.delete_loyalty_transactions_from_ledgers("1", bad, delete_tx_body()),
        lambda t: t.loyalty.get_loyalty_balances(bad, "p-1"),
        lambda t: t.loyalty_cards.get_loyalty_card_points(1, bad),
        lambda t: t.coupons.get_reserved_customers(bad),
    ]
    async with make_client(server.url) as talon:
        for call in calls:
            with pytest.raises(ValueError, match="path parameter"):
                await call(talon)
    assert server.count == 0


async def test_ordinary_and_dotted_ids_are_sent_encoded(server: ScriptedServer) -> None:
    async with make_client(server.url) as talon:
        for value in ("...", ".a", "a/../b", "%2e%2e", " "):
            server.answer(Reply(200, json={"effects": []}))
            await talon.customer_sessions.get_customer_session(value)
    assert server.count == 1  # answer() clears; the last one arrived
    assert server.seen[0].path == "/v2/customer_sessions/%20"


async def test_dot_segment_ids_reach_the_right_endpoint(server: ScriptedServer) -> None:
    async with make_client(server.url) as talon:
        await talon.customer_sessions.get_customer_session("a/../b")
    assert server.seen[-1].path == "/v2/customer_sessions/a%2F..%2Fb"


# -- options -------------------------------------------------------------------------------------


async def test_unknown_option_is_a_type_error_before_sending(server: ScriptedServer) -> None:
    async with make_client(server.url) as talon:
        with pytest.raises(TypeError, match="bogus"):
            await talon.customer_sessions.get_customer_session("s", bogus=1)  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="idempotency_key"):
            await talon.customer_sessions.get_customer_session("s", idempotency_key="k")
        with pytest.raises(TypeError, match="retry"):
            await talon.customer_sessions.get_customer_session("s", retry=3)  # type: ignore[typeddict-item]
        with pytest.raises((TypeError, ValueError)):
            await talon.customer_sessions.get_customer_session("s", timeout="soon")  # type: ignore[typeddict-item]
        with pytest.raises(TypeError):
            await talon.customer_sessions.get_customer_session("s", extra_headers={"X": 1})  # type: ignore[dict-item]
    assert server.count == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"X-A": "a\r\nX-B: b"},
        {"X-A": "a\nb"},
        {"X-A": "a\x00"},
        {"X A": "b"},
        {"X:A": "b"},
        {"": "b"},
        {"X-A": "é"},
        {"X-A": "a\x7f"},
        {"Authorization": "ApiKey-v1 x"},
    ],
)
async def test_bad_extra_headers_are_refused_before_sending(
    server: ScriptedServer, headers: dict[str, str]
) -> None:
    async with make_client(server.url) as talon:
        with pytest.raises(ValueError):
            await talon.customer_sessions.get_customer_session("s", extra_headers=headers)
        with pytest.raises(ValueError):
            await talon.referrals.create_referral(
                referral_body(), idempotency_key=next(iter(headers.values())) + "\n"
            )
    with pytest.raises(ValueError):
        make_client(server.url, headers=headers)
    assert server.count == 0


async def test_extra_headers_idempotency_key_and_client_headers_are_sent(
    server: ScriptedServer,
) -> None:
    async with make_client(server.url, headers={"X-Shop": "berlin"}) as talon:
        server.answer(Reply(201, json=REFERRAL))
        await talon.referrals.create_referral(
            referral_body(),
            idempotency_key="idem-1",
            extra_headers={"X-Trace": "t-1"},
            retry=RetryPolicy.none(),
        )
    seen = server.seen[-1]
    assert seen.headers["Idempotency-Key"] == "idem-1"
    assert seen.headers["X-Trace"] == "t-1"
    assert seen.headers["X-Shop"] == "berlin"
    assert seen.headers["Content-Type"] == "application/json"
    assert json.loads(seen.body) == {"campaignId": 7, "advocateProfileIntegrationId": "p-1"}


async def test_non_exploded_array_query_parameters_are_comma_separated() -> None:
    """`style: form, explode: false` in the spec: one `a=x,y` parameter, not `a=x&a=y`."""
    router = mock_router(json={"data": [], "hasMore": False})
    talon = mock_client(router)
    await talon.campaigns.integration_get_all_campaigns(campaign_ids=["1", "3"], page_size=5)
    query = router.calls.last.request.url.params
    assert query.get_list("campaignIds") == ["1,3"]
    assert query.get_list("pageSize") == ["5"]
    router = mock_router(json={"data": [], "totalResultSize": 0})
    talon = mock_client(router)
    await talon.achievements.get_customer_achievements(
        "p-1", achievement_ids=["7", "8"], campaign_ids=["2"]
    )
    query = router.calls.last.request.url.params
    assert query.get_list("achievementIds") == ["7,8"]
    assert query.get_list("campaignIds") == ["2"]
