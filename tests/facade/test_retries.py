"""The retry loop against a real aiohttp server on 127.0.0.1, counted on the server side.

FAST (facade_support) allows 3 attempts with backoff of at most 20 ms, so "retried" means the
server saw 3 requests and "not retried" means it saw 1.
"""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from facade_support import (
    FAST,
    REFERRAL,
    SESSION_RESPONSE,
    STATE_V2,
    CountingTransport,
    Reply,
    Reset,
    ScriptedServer,
    Stall,
    delete_tx_body,
    event_body,
    make_client,
    referral_body,
    return_body,
    session_body,
)

from talon_async import RetryBudget, RetryPolicy, TalonClient, Timeouts, errors, models

Call = Callable[[TalonClient], Awaitable[Any]]

# One operation per method; the POST ones carry no Idempotency-Key unless a test adds one.
GET: Call = lambda t: t.customer_sessions.get_customer_session("s-1")  # noqa: E731
PUT: Call = lambda t: t.customer_sessions.update_customer_session_v2("s-1", session_body())  # noqa: E731
DELETE: Call = lambda t: t.customer_profiles.delete_customer_data("p-1")  # noqa: E731
POST: Call = lambda t: t.referrals.create_referral(referral_body())  # noqa: E731
POST_204: Call = lambda t: t.loyalty.delete_loyalty_transactions_from_ledgers(  # noqa: E731
    "1", "p-1", delete_tx_body()
)
POST_WITH_KEY: Call = lambda t: t.referrals.create_referral(  # noqa: E731
    referral_body(), idempotency_key="ref-123"
)
RETURN: Call = lambda t: t.customer_sessions.return_cart_items("s-1", return_body())  # noqa: E731

METHODS = {
    "GET": GET,
    "PUT": PUT,
    "DELETE": DELETE,
    "POST": POST,
    "POST-204": POST_204,
    "POST+key": POST_WITH_KEY,
    "return_cart_items": RETURN,
}
REPEATABLE = {"GET", "PUT", "DELETE", "POST+key", "return_cart_items"}


async def outcome(server: ScriptedServer, call: Call, **client: Any) -> BaseException | None:
    async with make_client(server.url, **client) as talon:
        try:
            await call(talon)
        except errors.TalonError as exc:
            return exc
    return None


# -- which failures are retried, per method ----------------------------------------------------


@pytest.mark.parametrize("method", METHODS)
async def test_connection_refused_is_retried_for_every_method(
    method: str, refused_url: str
) -> None:
    counting = CountingTransport()
    async with make_client(refused_url, transport=counting) as talon:
        with pytest.raises(errors.ConnectionError) as exc:
            await METHODS[method](talon)
    assert counting.calls == 3
    assert exc.value.attempts == 3


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("status", [429, 503])
async def test_429_and_503_are_retried_for_every_method(
    server: ScriptedServer, method: str, status: int
) -> None:
    server.answer(Reply(status))
    exc = await outcome(server, METHODS[method])
    assert isinstance(exc, errors.RateLimited if status == 429 else errors.ServerError)
    assert server.count == 3
    assert exc.attempts == 3


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("status", [502, 504])
async def test_502_and_504_are_retried_when_repeating_is_safe(
    server: ScriptedServer, method: str, status: int
) -> None:
    """A gateway error after a POST may hide a processed request: repeated only with a key."""
    server.answer(Reply(status))
    exc = await outcome(server, METHODS[method])
    assert isinstance(exc, errors.ServerError)
    assert exc.status == status
    assert server.count == (3 if method in REPEATABLE else 1)


@pytest.mark.parametrize("method", METHODS)
async def test_reset_after_sending(server: ScriptedServer, method: str) -> None:
    server.answer(Reset())
    exc = await outcome(server, METHODS[method])
    assert isinstance(exc, errors.ConnectionError)
    assert server.count == (3 if method in REPEATABLE else 1)  # no duplicate plain POST
    assert exc.attempts == server.count


@pytest.mark.parametrize("method", METHODS)
async def test_read_timeout_after_sending(server: ScriptedServer, method: str) -> None:
    server.answer(Stall(2))
    exc = await outcome(server, METHODS[method], timeout=Timeouts(read=0.15, total=5))
    assert isinstance(exc, errors.TimeoutError)
    assert server.count == (3 if method in REPEATABLE else 1)


@pytest.mark.parametrize("method", ["GET", "PUT", "POST", "POST+key"])
@pytest.mark.parametrize("status", [400, 401, 404, 500, 501])
async def test_non_retryable_statuses(server: ScriptedServer, method: str, status: int) -> None:
    server.answer(Reply(status, json={"message": "no"}))
    exc = await outcome(server, METHODS[method])
    assert isinstance(exc, errors.APIError)
    assert exc.status == status
    assert server.count == 1
    assert exc.attempts == 1


PARALLEL_UPDATES: dict[str, Call] = {
    "update_customer_session_v2": PUT,
    "update_customer_profile_v2": lambda t: t.customer_profiles.update_customer_profile_v2(
        "p-1", models.CustomerProfileIntegrationRequestV2()
    ),
    "track_event_v2": lambda t: t.events.track_event_v2(event_body()),
    "track_event": lambda t: t.events.track_event(
        models.NewEvent(type_="checkout", attributes=models.NewEventAttributes(), session_id="s-1")
    ),
    # the overlay's x-talon-parallel-update-409 names these too (one list for client and emulator)
    "update_customer_profiles_v2": lambda t: t.customer_profiles.update_customer_profiles_v2(
        models.MultipleCustomerProfileIntegrationRequest()
    ),
    "reopen_customer_session": lambda t: t.customer_sessions.reopen_customer_session("s-1"),
    "return_cart_items": lambda t: t.customer_sessions.return_cart_items(
        "s-1", models.ReturnIntegrationRequest(return_=models.NewReturn(returned_cart_items=[]))
    ),
}
OTHER_409: dict[str, Call] = {
    "create_audience_v2": lambda t: t.audiences.create_audience_v2(
        models.NewAudience(name="a", integration="mparticle", integration_id="1")
    ),
    "create_referral": POST,
    "create_coupon_reservation": lambda t: t.coupons.create_coupon_reservation(
        "C-1", models.CouponReservations(integration_i_ds=["p-1"])
    ),
    "sync_catalog (PUT)": lambda t: t.catalogs.sync_catalog(
        1, models.CatalogSyncRequest(actions=[])
    ),
}


@pytest.mark.parametrize("op", list(PARALLEL_UPDATES) + list(OTHER_409))
async def test_409_retried_only_for_session_profile_and_event_updates(
    server: ScriptedServer, op: str
) -> None:
    body = {"message": "Too many requests: avoid parallel requests", "errors": []}
    server.answer(Reply(409, json=body))
    exc = await outcome(server, {**PARALLEL_UPDATES, **OTHER_409}[op])
    assert isinstance(exc, errors.Conflict)
    assert server.count == (3 if op in PARALLEL_UPDATES else 1)


async def test_a_retry_can_succeed(server: ScriptedServer) -> None:
    server.answer(Reply(409, json={"message": "parallel"}), Reply(503), Reply(200, json=STATE_V2))
    async with make_client(server.url) as talon:
        state = await PUT(talon)
    assert isinstance(state, models.IntegrationStateV2)
    assert server.count == 3


async def test_attempts_setting_is_obeyed(server: ScriptedServer) -> None:
    server.answer(Reply(503))
    policy = RetryPolicy(attempts=5, backoff_base=0.001, backoff_cap=0.002)
    exc = await outcome(server, GET, retry=policy)
    assert server.count == 5 and exc is not None and exc.attempts == 5
    server.seen.clear()
    exc = await outcome(server, GET, retry=None)
    assert server.count == 1


def test_backoff_is_full_jitter_with_a_cap() -> None:
    policy = RetryPolicy(backoff_base=0.1, backoff_cap=0.5)
    for retry_number, ceiling in [(1, 0.1), (2, 0.2), (3, 0.4), (4, 0.5), (10, 0.5)]:
        samples = [policy.backoff(retry_number) for _ in range(300)]
        assert all(0 <= s <= ceiling for s in samples)
        assert max(samples) > ceiling * 0.8  # spread over the whole range
        assert min(samples) < ceiling * 0.2


# -- Retry-After -------------------------------------------------------------------------------


async def test_retry_after_seconds_is_obeyed(server: ScriptedServer) -> None:
    server.answer(Reply(429, headers={"Retry-After": "0.4"}), Reply(200, json=REFERRAL))
    started = time.monotonic()
    async with make_client(server.url) as talon:
        referral = await POST(talon)
    assert 0.4 <= time.monotonic() - started < 1.5
    assert referral.code == "REF-1"
    assert server.count == 2


async def test_retry_after_http_date_is_obeyed(server: ScriptedServer) -> None:
    when = email.utils.formatdate(time.time() + 2, usegmt=True)  # 1-second resolution
    server.answer(Reply(503, headers={"Retry-After": when}), Reply(200, json=SESSION_RESPONSE))
    started = time.monotonic()
    async with make_client(server.url, retry=RetryPolicy(max_retry_after=3)) as talon:
        await GET(talon)
    assert 0.9 <= time.monotonic() - started < 3
    assert server.count == 2


@pytest.mark.parametrize("header", ["3", "in-5s-as-http-date", "100"])
async def test_retry_after_longer_than_the_maximum_ends_the_retries(
    server: ScriptedServer, header: str
) -> None:
    if header == "in-5s-as-http-date":
        header = email.utils.formatdate(time.time() + 5, usegmt=True)
    server.answer(Reply(429, headers={"Retry-After": header}), Reply(200, json=SESSION_RESPONSE))
    started = time.monotonic()
    exc = await outcome(
        server, GET, retry=RetryPolicy(max_retry_after=1.0), timeout=Timeouts(total=60)
    )
    assert time.monotonic() - started < 0.5  # waited neither the header's time nor the maximum
    assert isinstance(exc, errors.RateLimited)
    assert exc.retry_after is not None and exc.retry_after > 1.0
    assert server.count == 1


async def test_retry_after_past_date_and_garbage_fall_back_to_backoff(
    server: ScriptedServer,
) -> None:
    for header in ("Wed, 21 Oct 2015 07:28:00 GMT", "soon", "-5", "nan", "1e400"):
        server.answer(
            Reply(503, headers={"Retry-After": header}), Reply(200, json=SESSION_RESPONSE)
        )
        started = time.monotonic()
        exc = await outcome(server, GET)
        if header == "1e400":  # infinity: longer than the maximum
            assert isinstance(exc, errors.ServerError)
            assert server.count == 1
        else:
            assert exc is None, header
            assert server.count == 2
        assert time.monotonic() - started < 0.5


# -- the retry budget --------------------------------------------------------------------------


async def test_budget_exhaustion_stops_retries(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    budget = RetryBudget(capacity=10, retry_cost=5, timeout_cost=10, success_refund=1)
    policy = RetryPolicy(attempts=5, backoff_base=0.001, backoff_cap=0.002)
    server.answer(Reply(503))
    async with make_client(server.url, retry=policy, retry_budget=budget) as talon:
        assert talon.retry_budget is budget
        with pytest.raises(errors.ServerError) as first:
            await GET(talon)
        assert server.count == 3  # two retries cost the whole budget
        assert first.value.attempts == 3
        assert budget.tokens == 0
        server.seen.clear()
        with (
            caplog.at_level(logging.WARNING, "talon_async"),
            pytest.raises(errors.ServerError) as second,
        ):
            await GET(talon)
        assert server.count == 1  # no retry without budget
        assert second.value.attempts == 1
        assert any("budget" in r.getMessage() for r in caplog.records)
        # successes refill the bucket, so retries come back
        server.answer(Reply(200, json=SESSION_RESPONSE))
        for _ in range(5):
            await GET(talon)
        assert budget.tokens == 5
        server.answer(Reply(503), Reply(200, json=SESSION_RESPONSE))
        await GET(talon)
        assert server.count == 2
        assert budget.tokens == 5  # a retried success refunds what it spent


async def test_budget_is_shared_by_the_clients_calls_and_optional(server: ScriptedServer) -> None:
    budget = RetryBudget(capacity=5, retry_cost=5)
    server.answer(Reply(503))
    await outcome(server, GET, retry_budget=budget)
    assert server.count == 2 and budget.tokens == 0
    no_budget = RetryPolicy(backoff_base=0.001, backoff_cap=0.002, use_budget=False)
    server.seen.clear()
    await outcome(server, GET, retry=no_budget, retry_budget=budget)
    assert server.count == 3


# -- idempotency keys --------------------------------------------------------------------------


async def test_return_cart_items_keeps_one_generated_key_across_attempts(
    server: ScriptedServer,
) -> None:
    server.answer(Reset(), Reply(503), Reply(200, json=STATE_V2))
    async with make_client(server.url) as talon:
        await RETURN(talon)
        keys = [seen.headers.get("Idempotency-Key") for seen in server.seen]
        assert len(keys) == 3
        assert keys[0] and keys[0] == keys[1] == keys[2]
        server.answer(Reply(200, json=STATE_V2))
        await RETURN(talon)
        assert server.seen[0].headers["Idempotency-Key"] != keys[0]  # a new key per call
        await talon.customer_sessions.return_cart_items(
            "s-1", return_body(), idempotency_key="mine-1"
        )
        assert server.seen[-1].headers["Idempotency-Key"] == "mine-1"


async def test_no_key_is_invented_for_other_posts(server: ScriptedServer) -> None:
    async with make_client(server.url) as talon:
        server.answer(Reply(201, json=REFERRAL))
        await POST(talon)
        server.answer(Reply(200, json=STATE_V2))
        await PUT(talon)
    assert all("Idempotency-Key" not in seen.headers for seen in server.seen)


async def test_no_duplicate_post_after_a_reset(server: ScriptedServer) -> None:
    for call in (POST, POST_204):
        server.answer(Reset(), Reply(201, json=REFERRAL))
        exc = await outcome(server, call)
        assert isinstance(exc, errors.ConnectionError)
        assert server.count == 1


# -- the overall deadline ----------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_deadline_with_a_stalled_server(server: ScriptedServer, method: str) -> None:
    server.answer(Stall(30))
    started = time.monotonic()
    exc = await outcome(server, METHODS[method], timeout=Timeouts(read=10, total=0.5))
    elapsed = time.monotonic() - started
    assert isinstance(exc, errors.TimeoutError)
    assert 0.5 <= elapsed < 0.5 + 0.3
    assert "deadline" in str(exc)


async def test_deadline_includes_retries(server: ScriptedServer) -> None:
    server.answer(Stall(30))
    policy = RetryPolicy(attempts=10, backoff_base=0.001, backoff_cap=0.002)
    started = time.monotonic()
    exc = await outcome(server, GET, retry=policy, timeout=Timeouts(read=0.2, total=0.7))
    assert isinstance(exc, errors.TimeoutError)
    assert time.monotonic() - started < 0.7 + 0.3
    assert 3 <= server.count <= 4


async def test_no_wait_past_the_deadline(server: ScriptedServer) -> None:
    """A Retry-After that ends after the deadline: the server's answer, now, not a timeout."""
    server.answer(Reply(503, headers={"Retry-After": "1.5"}))
    started = time.monotonic()
    exc = await outcome(server, GET, retry=RetryPolicy(max_retry_after=5), timeout=1.0)
    assert time.monotonic() - started < 0.5
    assert isinstance(exc, errors.ServerError)
    assert server.count == 1


async def test_per_call_timeout_and_retry_override_the_client(server: ScriptedServer) -> None:
    server.answer(Stall(3))
    async with make_client(server.url, timeout=Timeouts(read=10, total=20)) as talon:
        started = time.monotonic()
        with pytest.raises(errors.TimeoutError):
            await talon.customer_sessions.get_customer_session("s", timeout=0.3)
        assert time.monotonic() - started < 0.6
        server.answer(Reply(503))
        with pytest.raises(errors.ServerError):
            await talon.customer_sessions.get_customer_session(
                "s", retry=RetryPolicy(attempts=2, backoff_base=0.001)
            )
        assert server.count == 2
        server.seen.clear()
        with pytest.raises(errors.ServerError):
            await talon.customer_sessions.get_customer_session("s", retry=None)
        assert server.count == 1


def test_default_policy_numbers() -> None:
    """The defaults the README promises: 3 attempts, bounded waits, a 15 s deadline."""
    policy = RetryPolicy()
    assert policy.attempts == 3
    assert policy.max_retry_after <= Timeouts().total
    assert Timeouts().total == 15.0
    assert FAST.attempts == 3


# -- the same rules with httpx's own transport (e.g. for trio), on asyncio ---------------------


@pytest.mark.parametrize("method", ["PUT", "POST"])
async def test_rules_hold_with_httpx_transport(
    server: ScriptedServer, refused_url: str, method: str
) -> None:
    import httpx

    call = METHODS[method]
    server.answer(Reply(503), Reply(200, json=REFERRAL if method == "POST" else STATE_V2))
    assert await outcome(server, call, transport=httpx.AsyncHTTPTransport()) is None
    assert server.count == 2
    server.answer(Reset())
    exc = await outcome(server, call, transport=httpx.AsyncHTTPTransport())
    assert isinstance(exc, errors.ConnectionError)
    assert server.count == (3 if method == "PUT" else 1)
    server.answer(Stall(5))
    exc = await outcome(
        server, call, transport=httpx.AsyncHTTPTransport(), timeout=Timeouts(read=10, total=0.3)
    )
    assert isinstance(exc, errors.TimeoutError)
    counting = CountingTransport(httpx.AsyncHTTPTransport())
    async with make_client(refused_url, transport=counting) as talon:
        with pytest.raises(errors.ConnectionError):
            await call(talon)
    assert counting.calls == 3
