"""Shared pieces of the reliability suite: the four call shapes of the matrix, valid bodies
for them, fast retry/timeout settings, and leak probes (fds, tasks, connections)."""

from __future__ import annotations

import asyncio
import gc
import os
from collections.abc import Awaitable, Callable
from typing import Any

import orjson

from talon_async import RetryPolicy, TalonClient, Timeouts, models

API_KEY = "rel-SECRET-key-0123456789abcdef"
FIGURES: dict[str, int] = {}  # counters printed in the terminal summary (conftest.py)
SESSION_PATH = "/v2/customer_sessions/s-1"
EVENTS_PATH = "/v2/events"

# Small numbers so the matrix runs in seconds; the rules are the same as with the defaults.
FAST_RETRY = RetryPolicy(attempts=3, backoff_base=0.01, backoff_cap=0.05)
FAST_TIMEOUTS = Timeouts(connect=0.5, read=0.4, write=0.5, pool=0.5, total=1.6)

SESSION_BODY = orjson.dumps(
    {
        "customerSession": {
            "id": 1,
            "created": "2024-01-01T00:00:00Z",
            "integrationId": "s-1",
            "applicationId": 1,
            "profileId": "p-1",
            "state": "open",
            "cartItems": [],
            "attributes": {},
            "firstSession": True,
            "updateCount": 1,
            "total": 0.0,
            "cartItemTotal": 0.0,
            "additionalCostTotal": 0.0,
            "cartItemAdditionalCostTotal": 0.0,
            "updated": "2024-01-01T00:00:00Z",
        },
        "effects": [],
    }
)
STATE_BODY = orjson.dumps({"effects": [], "createdCoupons": [], "createdReferrals": []})


def ok_body(seen: Any) -> bytes:
    """A valid success body for whichever of the matrix's operations was called."""
    return SESSION_BODY if seen.method == "GET" else STATE_BODY


def huge_body(seen: Any, size: int = 16 * 1024 * 1024) -> bytes:
    """A valid success body of about `size` bytes (a long attribute / unknown field)."""
    filler = "x" * size
    if seen.method == "GET":
        data = orjson.loads(SESSION_BODY)
        data["customerSession"]["attributes"] = {"blob": filler}
    else:
        data = orjson.loads(STATE_BODY)
        data["futureField"] = filler
    return orjson.dumps(data)


METHODS = ("GET", "PUT", "POST", "POST+key")
PATHS = {"GET": SESSION_PATH, "PUT": SESSION_PATH, "POST": EVENTS_PATH, "POST+key": EVENTS_PATH}


def session_request() -> models.IntegrationRequest:
    return models.IntegrationRequest(
        customer_session=models.NewCustomerSessionV2(profile_id="p-1", coupon_codes=["X"])
    )


def event_request(profile_id: str = "p-1", **attributes: Any) -> models.IntegrationEventV2Request:
    body = models.IntegrationEventV2Request(type_="app_opened", profile_id=profile_id)
    if attributes:
        body = models.IntegrationEventV2Request.from_dict(
            {"type": "app_opened", "profileId": profile_id, "attributes": attributes}
        )
    return body


def caller(kind: str, session_id: str = "s-1") -> Callable[..., Awaitable[Any]]:
    """The matrix's call for one method kind: GET/PUT a session, POST an event (+key)."""

    def call(talon: TalonClient, **options: Any) -> Awaitable[Any]:
        if kind == "GET":
            return talon.customer_sessions.get_customer_session(session_id, **options)
        if kind == "PUT":
            return talon.customer_sessions.update_customer_session_v2(
                session_id, session_request(), **options
            )
        if kind == "POST":
            return talon.events.track_event_v2(event_request(), **options)
        if kind == "POST+key":
            return talon.events.track_event_v2(
                event_request(), idempotency_key="idem-123", **options
            )
        raise AssertionError(kind)

    return call


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def other_tasks() -> set[asyncio.Task[Any]]:
    current = asyncio.current_task()
    return {t for t in asyncio.all_tasks() if t is not current and not t.done()}


async def settle() -> None:
    """Let closing transports finish and run finalizers, so counts are stable."""
    for _ in range(5):
        await asyncio.sleep(0.02)
    gc.collect()
    await asyncio.sleep(0)


def aiohttp_connections(talon: TalonClient) -> tuple[int, int]:
    """(connections in use, idle connections) of the default aiohttp transport's pool."""
    transport: Any = talon._transport
    session = getattr(transport, "_session", None)
    if session is None:
        return 0, 0
    connector: Any = session.connector
    acquired = len(connector._acquired)
    idle = sum(len(v) for v in connector._conns.values())
    return acquired, idle
