"""The fault matrix: every fault x {GET, PUT, POST, POST with Idempotency-Key} -> how many
requests the server saw, which outcome (success or which TalonError), within the deadline.

The rule under test (issue 3, README "Retries and timeouts"): retried are connection failures
before sending (any method), 429 and 503 (any method), 502/504 only when idempotent (GET/PUT)
or POST with Idempotency-Key, 409 only for session/profile/event updates; read timeouts and
resets after sending only for GET/PUT or POST with key. A non-idempotent POST is never
*processed* twice: it may be re-sent only after an answer that says "not processed"
(429/503/409).

GET = get_customer_session, PUT = update_customer_session_v2, POST = track_event_v2,
POST+key = track_event_v2(idempotency_key=...). Counting is server-side (faultserver.py).
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from faultserver import (
    Action,
    FaultServer,
    close_mid_body,
    closed_port,
    drip,
    reset_mid_body,
    reset_now,
    respond,
    stall,
)
from rel_support import (
    API_KEY,
    FAST_RETRY,
    FAST_TIMEOUTS,
    METHODS,
    PATHS,
    caller,
    huge_body,
    ok_body,
)

from talon_async import TalonClient, Timeouts, errors

pytestmark = [
    pytest.mark.filterwarnings("error::ResourceWarning"),
    pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning"),
]

OK = "ok"
NOT_PROCESSED = {429, 503, 409}  # answers that say the request was not applied
TALON_409 = (
    b'{"message":"avoid parallel requests for one customer session","StatusCode":409,'
    b'"errors":[{"title":"Parallel request","source":{"pointer":"/"}}]}'
)
HTML_502 = (
    b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
    b"</h1></center><hr><center>nginx</center></body></html>"
)


def _ok() -> Action:
    return respond(200, ok_body)


def _status(code: int, **kw: Any) -> Action:
    return respond(code, b'{"message":"injected","StatusCode":%d}' % code, **kw)


def _http_date(seconds_ahead: float) -> list[tuple[str, str]]:
    return [("Retry-After", email.utils.formatdate(time.time() + seconds_ahead, usegmt=True))]


BIG_BODY_TIMEOUTS = Timeouts(connect=10.0, read=10.0, write=10.0, pool=10.0, total=60.0)


@dataclass
class Fault:
    """One row of the matrix: what the server does, and per method (attempts, outcome)."""

    name: str
    plan: Callable[[], tuple[list[Action], Action | None]]
    expect: dict[str, tuple[int, Any]]
    timeouts: Timeouts = FAST_TIMEOUTS
    min_elapsed: float = 0.0
    count: str = "requests"  # or "connections" (nothing parsable arrives) or "refused"
    checks: list[Callable[[Any], None]] = field(default_factory=list)


def _rows(get: Any, put: Any, post: Any, post_key: Any) -> dict[str, tuple[int, Any]]:
    return dict(zip(METHODS, (get, put, post, post_key), strict=True))


def _idempotent(n: int, outcome: Any, post: tuple[int, Any]) -> dict[str, tuple[int, Any]]:
    """GET, PUT and POST+key behave alike; POST without key gets `post`."""
    return _rows((n, outcome), (n, outcome), post, (n, outcome))


def _all(n: int, outcome: Any) -> dict[str, tuple[int, Any]]:
    return _rows(*([(n, outcome)] * 4))


def _body_kept(exc: Any) -> None:
    assert exc.body is None and exc.raw_body.startswith(b"<html>")


def _retry_after_kept(exc: Any) -> None:
    assert exc.retry_after is not None and exc.retry_after > 3000


E = errors
FAULTS: list[Fault] = [
    Fault("429_storm", lambda: ([], _status(429)), _all(3, E.RateLimited)),
    Fault(
        "429_retry_after_seconds",
        lambda: ([_status(429, headers=[("Retry-After", "1")])], _ok()),
        _all(2, OK),
        timeouts=Timeouts(connect=0.5, read=0.5, total=3.0),
        min_elapsed=0.95,
    ),
    Fault(
        "429_retry_after_http_date",
        lambda: ([_status(429, headers=lambda: _http_date(2))], _ok()),
        _all(2, OK),
        timeouts=Timeouts(connect=0.5, read=0.5, total=4.0),
        min_elapsed=0.9,
    ),
    Fault(
        "429_retry_after_too_long",
        lambda: ([], _status(429, headers=[("Retry-After", "3600")])),
        _all(1, E.RateLimited),
        checks=[_retry_after_kept],
    ),
    Fault("500_storm", lambda: ([], _status(500)), _all(1, E.ServerError)),
    Fault(
        "502_storm", lambda: ([], _status(502)), _idempotent(3, E.ServerError, (1, E.ServerError))
    ),
    Fault("503_storm", lambda: ([], _status(503)), _all(3, E.ServerError)),
    Fault(
        "504_storm", lambda: ([], _status(504)), _idempotent(3, E.ServerError, (1, E.ServerError))
    ),
    Fault("503_once", lambda: ([_status(503)], _ok()), _all(2, OK)),
    Fault("502_once", lambda: ([_status(502)], _ok()), _idempotent(2, OK, (1, E.ServerError))),
    Fault("504_once", lambda: ([_status(504)], _ok()), _idempotent(2, OK, (1, E.ServerError))),
    Fault(
        "connection_refused",
        lambda: ([], _ok()),
        _all(3, E.ConnectionError),
        count="refused",
    ),
    Fault(
        "reset_on_accept",
        lambda: ([], reset_now(before_reading=True)),
        _idempotent(3, E.ConnectionError, (1, E.ConnectionError)),
        count="connections",
    ),
    Fault(
        "reset_before_response",
        lambda: ([], reset_now()),
        _idempotent(3, E.ConnectionError, (1, E.ConnectionError)),
    ),
    Fault(
        "reset_before_response_once",
        lambda: ([reset_now()], _ok()),
        _idempotent(2, OK, (1, E.ConnectionError)),
    ),
    Fault(
        "reset_mid_body",
        lambda: ([], reset_mid_body()),
        _idempotent(3, E.ConnectionError, (1, E.ConnectionError)),
    ),
    Fault(
        "closed_mid_body",
        lambda: ([], close_mid_body()),
        _idempotent(3, E.ConnectionError, (1, E.ConnectionError)),
    ),
    Fault(
        "truncated_json",
        lambda: ([], respond(200, lambda s: ok_body(s)[:-7])),
        _all(1, E.DecodeError),
    ),
    Fault(
        "stalled",
        lambda: ([], stall()),
        _idempotent(3, E.TimeoutError, (1, E.TimeoutError)),
    ),
    Fault(
        "stalled_once",
        lambda: ([stall()], _ok()),
        _idempotent(2, OK, (1, E.TimeoutError)),
    ),
    Fault(
        "html_502_from_proxy",
        lambda: ([], respond(502, HTML_502, content_type="text/html")),
        _idempotent(3, E.ServerError, (1, E.ServerError)),
        checks=[_body_kept],
    ),
    Fault(
        "wrong_content_type_json_body",
        lambda: ([], respond(200, ok_body, content_type="text/plain; charset=utf-8")),
        _all(1, OK),
    ),
    Fault(
        "html_200",
        lambda: ([], respond(200, HTML_502, content_type="text/html")),
        _all(1, E.DecodeError),
    ),
    Fault("empty_200", lambda: ([], respond(200, b"")), _all(1, E.DecodeError)),
    Fault("non_json_200", lambda: ([], respond(200, b"OK")), _all(1, E.DecodeError)),
    Fault("json_null_200", lambda: ([], respond(200, b"null")), _all(1, E.DecodeError)),
    # Big bodies are about size and parsing, not time: with FAST_TIMEOUTS a busy machine can
    # time out the first attempt mid-body and turn one attempt into two.
    Fault(
        "huge_valid_body_16mb",
        lambda: ([], respond(200, huge_body)),
        _all(1, OK),
        timeouts=BIG_BODY_TIMEOUTS,
    ),
    Fault(
        "huge_garbage_body_8mb",
        lambda: ([], respond(200, b"[" * (8 * 1024 * 1024))),
        _all(1, E.DecodeError),
        timeouts=BIG_BODY_TIMEOUTS,
    ),
    Fault(
        "409_parallel_once",
        lambda: ([respond(409, TALON_409)], _ok()),
        _rows((1, E.Conflict), (2, OK), (2, OK), (2, OK)),
    ),
    Fault(
        "409_parallel_storm",
        lambda: ([], respond(409, TALON_409)),
        _rows((1, E.Conflict), (3, E.Conflict), (3, E.Conflict), (3, E.Conflict)),
    ),
    Fault(
        "slow_drip_past_deadline",
        lambda: ([], drip(b" " * 400 + b"{}", interval=0.02)),
        _all(1, E.TimeoutError),
    ),
]

CASES = [
    pytest.param(fault, method, id=f"{fault.name}-{method}")
    for fault in FAULTS
    for method in METHODS
]


@pytest.mark.parametrize(("fault", "method"), CASES)
async def test_fault_matrix(
    fault: Fault, method: str, fault_server: FaultServer, matrix_rows: list[tuple[Any, ...]]
) -> None:
    expected_attempts, expected = fault.expect[method]
    actions, then = fault.plan()
    fault_server.plan(*actions, then=then)
    url = fault_server.url if fault.count != "refused" else f"http://127.0.0.1:{closed_port()}"
    call = caller(method)
    outcome: Any = None
    started = time.monotonic()
    async with TalonClient(
        api_key=API_KEY, base_url=url, retry=FAST_RETRY, timeout=fault.timeouts
    ) as talon:
        try:
            outcome = await call(talon)
        except errors.TalonError as exc:
            outcome = exc
    elapsed = time.monotonic() - started

    if fault.count == "requests":
        seen = fault_server.count(path=PATHS[method])
    elif fault.count == "connections":
        seen = fault_server.connections_total
    else:
        seen = outcome.attempts if isinstance(outcome, errors.TalonError) else -1
    got = OK if not isinstance(outcome, BaseException) else type(outcome)
    matrix_rows.append((fault.name, method, seen, getattr(got, "__name__", got), elapsed))

    assert got is expected, f"{fault.name}-{method}: expected {expected}, got {outcome!r}"
    assert seen == expected_attempts, f"{fault.name}-{method}: server saw {seen} attempts"
    if isinstance(outcome, errors.TalonError):
        assert outcome.attempts == expected_attempts
        for check in fault.checks:
            check(outcome)
    # within the deadline (plus scheduling slack), and no faster than a Retry-After asked
    assert elapsed <= fault.timeouts.total + 0.5
    assert elapsed >= fault.min_elapsed
    # a non-idempotent POST is never processed twice
    if method == "POST":
        processed = [s for s in fault_server.seen if s.status not in NOT_PROCESSED]
        assert len(processed) <= 1, [s.status for s in fault_server.seen]
    if method == "POST+key":
        keys = {s.header("Idempotency-Key") for s in fault_server.seen}
        assert keys <= {"idem-123"}, keys  # the same key on every attempt
    # every attempt the server counted arrived whole (per method/path, complete or not)
    assert all(complete for (_, _, complete) in fault_server.per_route()), fault_server.per_route()
    # the key travels only in the Authorization header
    for s in fault_server.seen:
        assert s.header("Authorization") == f"ApiKey-v1 {API_KEY}"


# -- the same rules through the emulator's own fault injection --------------------------------

EMULATOR_OPS = {
    "GET": "customer_sessions.get_customer_session",
    "PUT": "customer_sessions.update_customer_session_v2",
    "POST": "events.track_event_v2",
    "POST+key": "events.track_event_v2",
}
EMULATOR_FAULTS: list[tuple[str, dict[str, Any], dict[str, tuple[int, Any]]]] = [
    ("status_503_storm", {"kind": "status", "status": 503}, _all(3, E.ServerError)),
    (
        "status_502_storm",
        {"kind": "status", "status": 502},
        _idempotent(3, E.ServerError, (1, E.ServerError)),
    ),
    (
        "status_429_once",
        {"kind": "status", "status": 429, "retry_after": 0, "times": 1},
        _all(2, OK),
    ),
    ("status_400_permanent", {"kind": "status", "status": 400}, _all(1, E.BadRequest)),
    (
        "reset_storm",
        {"kind": "reset"},
        _idempotent(3, E.ConnectionError, (1, E.ConnectionError)),
    ),
    (
        "reset_once",
        {"kind": "reset", "times": 1},
        _idempotent(2, OK, (1, E.ConnectionError)),
    ),
]


@pytest.mark.parametrize(
    ("name", "fault", "expect", "method"),
    [
        pytest.param(name, fault, expect, method, id=f"emulator_{name}-{method}")
        for name, fault, expect in EMULATOR_FAULTS
        for method in METHODS
    ],
)
async def test_fault_matrix_emulator(
    name: str,
    fault: dict[str, Any],
    expect: dict[str, tuple[int, Any]],
    method: str,
    talon_emulator: Any,
    matrix_rows: list[tuple[Any, ...]],
) -> None:
    expected_attempts, expected = expect[method]
    async with talon_emulator.new_client(retry=FAST_RETRY, timeout=FAST_TIMEOUTS) as talon:
        await caller("PUT")(talon)  # the session exists, so GET has something to read
        talon_emulator.reset(state=False, faults=True, counters=True)
        talon_emulator.inject(operation=EMULATOR_OPS[method], **fault)
        started = time.monotonic()
        try:
            outcome: Any = await caller(method)(talon)
        except errors.TalonError as exc:
            outcome = exc
        elapsed = time.monotonic() - started
    seen = talon_emulator.requests(EMULATOR_OPS[method])
    got = OK if not isinstance(outcome, BaseException) else type(outcome)
    matrix_rows.append(("emulator_" + name, method, seen, getattr(got, "__name__", got), elapsed))
    assert got is expected, outcome
    assert seen == expected_attempts
    assert elapsed <= FAST_TIMEOUTS.total + 0.5
