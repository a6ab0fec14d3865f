"""The retry loop's decisions as pure functions: whether to retry, and how long to wait."""

from __future__ import annotations

import httpx
import pytest

from talon_async._retry import (
    PAST_THE_DEADLINE,
    RETRY_AFTER_TOO_LONG,
    Delay,
    RetryBudget,
    RetryPolicy,
)

POLICY = RetryPolicy(attempts=3, backoff_base=0.1, backoff_cap=2.0, max_retry_after=10.0)
SESSION = "customer_sessions.update_customer_session_v2"
REFERRAL = "referrals.create_referral"


def should(attempt: int, **outcome: object) -> str | None:
    base: dict[str, object] = {"op_key": REFERRAL, "method": "POST", "has_idempotency_key": False}
    return POLICY.should_retry(attempt, **{**base, **outcome})  # type: ignore[arg-type]


def test_retry_after_is_waited_when_within_the_limits() -> None:
    assert POLICY.delay(1, 2.5, remaining=30.0) == Delay(2.5)
    assert POLICY.delay(1, 0.0, remaining=30.0) == Delay(0.0)


def test_retry_after_longer_than_allowed_is_refused() -> None:
    assert POLICY.delay(1, 10.5, remaining=300.0) == Delay(10.5, RETRY_AFTER_TOO_LONG)
    assert POLICY.delay(1, 10.0, remaining=300.0) == Delay(10.0)


def test_a_wait_that_reaches_the_deadline_is_refused() -> None:
    assert POLICY.delay(1, 3.0, remaining=3.0) == Delay(3.0, PAST_THE_DEADLINE)
    assert POLICY.delay(1, 3.0, remaining=3.1) == Delay(3.0)
    assert POLICY.delay(1, None, remaining=0.0).refused == PAST_THE_DEADLINE


@pytest.mark.parametrize(("retry_number", "cap"), [(1, 0.1), (2, 0.2), (3, 0.4), (10, 2.0)])
def test_without_retry_after_the_wait_is_full_jitter_backoff(retry_number: int, cap: float) -> None:
    waits = [POLICY.delay(retry_number, None, remaining=60.0) for _ in range(200)]
    assert all(w.refused is None and 0.0 <= w.seconds <= cap for w in waits)
    assert len({w.seconds for w in waits}) > 1  # jittered, not one fixed value


def test_the_last_attempt_is_never_retried() -> None:
    assert should(1, status=503) == "HTTP 503"
    assert should(2, status=503) == "HTTP 503"
    assert should(3, status=503) is None
    assert (
        RetryPolicy.none().should_retry(
            1, op_key=SESSION, method="PUT", has_idempotency_key=False, status=503
        )
        is None
    )


def test_what_a_post_without_a_key_may_repeat() -> None:
    assert should(1, status=429) == "HTTP 429"
    assert should(1, status=502) is None  # a proxy failed: the POST may have been processed
    assert should(1, status=502, has_idempotency_key=True) == "HTTP 502"
    assert should(1, status=409) is None  # a real conflict
    assert should(1, status=409, op_key=SESSION) == "409: parallel update of the same entity"
    assert should(1, status=500) is None
    request = httpx.Request("POST", "http://127.0.0.1/")
    assert should(1, error=httpx.ConnectError("refused", request=request)) is not None
    assert should(1, error=httpx.ReadError("reset", request=request)) is None
    assert should(1, error=httpx.ReadError("reset", request=request), method="PUT") is not None


def test_budget_cost_depends_on_timeouts() -> None:
    budget = RetryBudget(capacity=12, retry_cost=5, timeout_cost=10)
    assert (budget.cost(timeout=False), budget.cost(timeout=True)) == (5, 10)
    assert budget.try_acquire(timeout=True) and budget.tokens == 2
    assert not budget.try_acquire(timeout=False) and budget.tokens == 2
