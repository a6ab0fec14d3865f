"""When a failed attempt is repeated, how long to wait, and when to stop.

One loop (`TalonClient._call`) serves every operation; this module holds the policy it asks.

Why not tenacity or stamina: both can express the loop, but every rule that matters here
(what is safe to repeat, Retry-After, the retry budget, the overall deadline, keeping the
idempotency key) is ours either way; the libraries would add the loop and a one-line jitter
formula at a measured ~18-25 us per call (`python -m benchmarks.retry_overhead`), which is
~6% of a request's CPU at our throughput target.
"""

from __future__ import annotations

import email.utils
import random
import threading
import time
from dataclasses import dataclass, field

import httpx

from ._meta import all_operations

__all__ = ["RetryBudget", "RetryPolicy"]

# Talon.One answers 409 when one session/profile gets parallel updates; nothing was applied,
# so repeating is safe even for POST. Other operations' 409s are real conflicts. The list is
# the overlay's `x-talon-parallel-update-409` (openapi/overlay.yaml), read through _meta.
PARALLEL_409_OPERATIONS = frozenset(op.key for op in all_operations() if op.parallel_update_409)
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


RETRY_AFTER_TOO_LONG = "the server's Retry-After is longer than max_retry_after"
PAST_THE_DEADLINE = "waiting would pass the deadline"


@dataclass(frozen=True, slots=True)
class Delay:
    """`RetryPolicy.delay`'s answer: wait `seconds`, unless `refused` says why not to retry."""

    seconds: float
    refused: str | None = None


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Retry settings; defaults suit a web request path (3 attempts within the call's deadline).

    attempts: total attempts including the first (1 disables retries).
    backoff_base / backoff_cap: full-jitter exponential backoff, sleep = U(0, min(cap, base*2^n)).
    max_retry_after: longest Retry-After we will wait; a longer one ends the retries.
    retry_statuses: statuses that mean "not processed, try again" (429, 503) or "a proxy failed"
    (502, 504, repeated only when the request is idempotent or carries an Idempotency-Key).
    use_budget: draw retries from the client's shared RetryBudget.
    """

    attempts: int = 3
    backoff_base: float = 0.1
    backoff_cap: float = 2.0
    max_retry_after: float = 10.0
    retry_statuses: frozenset[int] = frozenset({429, 502, 503, 504})
    use_budget: bool = True

    def __post_init__(self) -> None:
        if (
            isinstance(self.attempts, bool)
            or not isinstance(self.attempts, int)
            or self.attempts < 1
        ):
            raise ValueError(f"RetryPolicy.attempts must be an int >= 1, got {self.attempts!r}")
        for name in ("backoff_base", "backoff_cap", "max_retry_after"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or value < 0:
                raise ValueError(f"RetryPolicy.{name} must be a number >= 0, got {value!r}")

    @classmethod
    def none(cls) -> RetryPolicy:
        """No retries at all."""
        return cls(attempts=1)

    def backoff(self, retry_number: int) -> float:
        """Full jitter (AWS architecture blog): spreads synchronized clients apart."""
        return random.uniform(
            0.0, min(self.backoff_cap, self.backoff_base * (2 ** (retry_number - 1)))
        )

    def should_retry(
        self,
        attempt: int,
        *,
        op_key: str,
        method: str,
        has_idempotency_key: bool,
        status: int | None = None,
        error: BaseException | None = None,
    ) -> str | None:
        """Why attempt number `attempt` may be followed by another, or None: the outcome must
        not be repeated, or this was the last attempt the policy allows."""
        if attempt >= self.attempts:
            return None
        return self.reason_to_retry(
            op_key=op_key,
            method=method,
            has_idempotency_key=has_idempotency_key,
            status=status,
            error=error,
        )

    def delay(self, retry_number: int, retry_after: float | None, remaining: float) -> Delay:
        """How long to wait before retry number `retry_number`: the server's Retry-After when
        it gave one, else the backoff. Refused when the server asks for longer than
        `max_retry_after`, or when waiting would use up the `remaining` seconds of the call's
        deadline (the call would end in a TimeoutError instead of what the server said)."""
        if retry_after is not None and retry_after > self.max_retry_after:
            return Delay(retry_after, RETRY_AFTER_TOO_LONG)
        seconds = retry_after if retry_after is not None else self.backoff(retry_number)
        if seconds >= remaining:
            return Delay(seconds, PAST_THE_DEADLINE)
        return Delay(seconds)

    def reason_to_retry(
        self,
        *,
        op_key: str,
        method: str,
        has_idempotency_key: bool,
        status: int | None = None,
        error: BaseException | None = None,
    ) -> str | None:
        """Why this outcome may be repeated, or None when it must not be."""
        repeatable = method in IDEMPOTENT_METHODS or has_idempotency_key
        if error is not None:
            if isinstance(error, NOT_SENT):
                return f"{type(error).__name__} before the request was sent"
            if isinstance(error, httpx.TransportError) and repeatable:
                return f"{type(error).__name__} after sending an idempotent request"
            return None
        if status is None:
            return None
        if status == 409 and op_key in PARALLEL_409_OPERATIONS:
            return "409: parallel update of the same entity"
        if status in self.retry_statuses and (status in (429, 503) or repeatable):
            return f"HTTP {status}"
        return None


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
            seconds = when.timestamp() - (time.time() if now is None else now)
        except (TypeError, ValueError, IndexError, OverflowError, OSError):
            return None
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


@dataclass(slots=True)
class RetryBudget:
    """A token bucket shared by one client's calls, in the style of botocore's retry quota.

    A retry costs `retry_cost` tokens (`timeout_cost` after a timeout); a call that succeeds
    first time refunds `success_refund`. When the bucket is empty, failures are returned to the
    caller instead of retried, so an outage does not multiply the load on Talon.One.
    """

    capacity: int = 500
    retry_cost: int = 5
    timeout_cost: int = 10
    success_refund: int = 1
    _tokens: int = field(init=False)
    _lock: threading.Lock = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._tokens = self.capacity
        self._lock = threading.Lock()

    @property
    def tokens(self) -> int:
        """Tokens left now; a retry needs `retry_cost` (or `timeout_cost`) of them."""
        return self._tokens

    def cost(self, *, timeout: bool) -> int:
        """Tokens one retry takes (more after a timeout: the server may be overloaded)."""
        return self.timeout_cost if timeout else self.retry_cost

    def try_acquire(self, *, timeout: bool) -> bool:
        """Take the cost of one retry; False (and nothing taken) when the bucket is too low."""
        cost = self.cost(timeout=timeout)
        with self._lock:
            if self._tokens < cost:
                return False
            self._tokens -= cost
            return True

    def record_success(self, *, retried: bool, spent: int = 0) -> None:
        """Refund a retried call's cost, or the small reward for a first-time success."""
        with self._lock:
            gain = spent if retried else self.success_refund
            self._tokens = min(self.capacity, self._tokens + gain)
