"""Adaptive send rate: one rate shared by all of a job's workers, steered by the server's answers.

``batch.run(..., rate="auto")`` paces every request the job sends (retries inside
``TalonClient`` included, see ``talon_async._pacing``) through one :class:`AdaptiveRate`.

The algorithm is CUBIC as botocore's adaptive retry mode uses it (``retries/adaptive.py``,
``retries/throttling.py``), with the changes marked (*):

- A *throttle* is a 429, or a 503 that carries Retry-After. A bare 503 is an outage or a fault,
  left to the per-call retry policy: read as a rate signal, random 503s would hold the job down.
- Until the first throttle nothing is paced (only ``max_rate`` applies), so a job that is never
  throttled runs exactly as with ``rate=None``.
- On a throttle: (*) every worker stops sending until its Retry-After has passed (at most
  ``max_pause``); the rate is cut to ``beta * W``, where W is the rate the server accepted
  over the last ``window``, pauses included (a token bucket lets through at most its burst
  plus its rate times the window, whatever we send), at most the rate the job was paced at.
- (*) A job younger than one window has not seen enough to measure W (it is a lower bound):
  after that first cut the rate doubles every window until the next throttle (slow start).
- (*) One cut per round: a throttle of a request sent before the last cut says nothing new.
- (*) A throttle with Retry-After always cuts. One without (or with 0) cuts only when the rate
  explains it: more than ``recut_share`` of the last ``window``'s answers refused during the
  ``recovery`` after a cut (the limit really is lower), afterwards more than ``tolerance``
  above the share refused during that recovery, below W (refusals that come whatever the
  rate, e.g. a server's random faults). Otherwise sporadic refusals would freeze the rate.
- Between throttles the rate follows ``W * (1 + c * (t - K)**3)`` with ``K = recovery`` and
  ``c = (1 - beta) / K**3``: back to W in K seconds (concave), flat there, then probing above it
  (convex). (*) Scaled by W, so the curve has the same shape at 5 or 5,000 requests/s (botocore's
  constant is absolute: its K grows with the rate).
- The rate never exceeds ``max_rate``, nor (as botocore) twice the rate actually sent over the
  last ``window``: a job held back by its concurrency does not build up a rate it cannot use.

Pacing itself is GCRA without burst: consecutive sends are at least ``1 / rate`` apart. It is
written here rather than taken from aiolimiter because it must change its rate and pause while
workers wait, and tell each response which rate it was sent under.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable, Callable
from typing import Literal, TypeAlias, TypeVar

from .. import errors
from .._pacing import current_pacer
from .._retry import parse_retry_after

__all__ = ["AdaptiveRate", "Rate", "adaptive_rate"]

T = TypeVar("T")
R = TypeVar("R")


class _Window:
    """Counts over the last ``span`` seconds, in ten bins: constant memory and work at any rate."""

    __slots__ = ("_counts", "_head", "_width")

    def __init__(self, span: float) -> None:
        self._width = span / 10
        self._counts = [0] * 10
        self._head = 0

    def _roll(self, now: float) -> int:
        current = int(now / self._width)
        for step in range(1, min(current - self._head, 10) + 1):
            self._counts[(self._head + step) % 10] = 0
        self._head = max(self._head, current)
        return current

    def add(self, now: float) -> None:
        self._counts[self._roll(now) % 10] += 1

    def total(self, now: float) -> int:
        self._roll(now)
        return sum(self._counts)


class AdaptiveRate:
    """The shared rate of ``rate="auto"``; pass one instance to several jobs to share it.

    ``rate`` is the current rate in requests/s (None while nothing is paced);
    ``throttles`` and ``cuts`` count what it has seen and done. ``clock`` and ``sleep`` are
    injectable so the algorithm can be tested step by step.
    """

    def __init__(
        self,
        *,
        max_rate: float | None = None,
        min_rate: float = 0.5,
        beta: float = 0.7,
        recovery: float = 4.0,
        window: float = 1.0,
        recut_share: float = 0.1,
        tolerance: float = 0.01,
        max_pause: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        for name, value in (("min_rate", min_rate), ("recovery", recovery), ("window", window)):
            if not _positive(value):
                raise ValueError(f"{name} must be a number > 0, got {value!r}")
        if max_rate is not None and not (_positive(max_rate) and max_rate >= min_rate):
            raise ValueError(
                f"max_rate must be a number >= min_rate ({min_rate}), got {max_rate!r}"
            )
        if not (_positive(beta) and beta < 1):
            raise ValueError(f"beta must be between 0 and 1, got {beta!r}")
        for name, value in (("recut_share", recut_share), ("tolerance", tolerance)):
            if not (_positive(value) and value <= 1):
                raise ValueError(f"{name} must be in (0, 1], got {value!r}")
        if not (_positive(max_pause) or max_pause == 0):
            raise ValueError(f"max_pause must be a number >= 0, got {max_pause!r}")
        self.max_rate = max_rate
        self.min_rate = min_rate
        self._beta = beta
        self._k = recovery
        self._c = (1 - beta) / recovery**3
        self._window = window
        self._recut_share = recut_share
        self._tolerance = tolerance
        self._max_pause = max_pause
        self._clock = clock
        self._sleep = sleep
        self._w_max: float | None = None  # None: no throttle yet, nothing paced
        self._cut_at = -math.inf
        self._epoch = 0  # bumped by each cut; a request carries the epoch it was sent in
        self._generation = 0  # bumped when waiters' reserved slots become wrong (cut, pause)
        self._next_slot = -math.inf
        self._paused_until = -math.inf
        self._recovery_answers = 0  # fresh answers during the last recovery, and throttles
        self._recovery_throttles = 0
        self._lower_bound = False  # W was measured over less than a window: climb faster
        self._started: float | None = None
        self._sent = _Window(window)
        self._accepted = _Window(window)
        self._throttled = _Window(window)
        self.throttles = 0
        self.cuts = 0

    # -- what the job reads ------------------------------------------------------------------
    @property
    def rate(self) -> float | None:
        """Requests per second the job is paced at now; None while it is not paced."""
        return self._rate_at(self._clock())

    @property
    def paused_until(self) -> float:
        """The clock time until which sending is paused (in the past: not paused)."""
        return self._paused_until

    def _rate_at(self, now: float) -> float | None:
        if self._w_max is None:
            return self.max_rate
        w = self._w_max
        if self._lower_bound:
            rate = w * self._beta * 2 ** ((now - self._cut_at) / self._window)
        else:
            rate = w * (1 + self._c * (now - self._cut_at - self._k) ** 3)
        rate = min(rate, max(w, 2 * self._sent.total(now) / self._window))
        if self.max_rate is not None:
            rate = min(rate, self.max_rate)
        return max(rate, self.min_rate)

    # -- sending -------------------------------------------------------------------------------
    def _reserve(self, now: float) -> float:
        """The time this send may go; takes that slot so the next waiter queues behind it."""
        start = max(now, self._paused_until)
        rate = self._rate_at(now)
        if rate is not None:
            start = max(start, self._next_slot)
            self._next_slot = start + 1 / rate
        return start

    async def acquire(self) -> int:
        """Wait for this request's turn; returns its ticket (the epoch it is sent in)."""
        while True:
            now = self._clock()
            when = self._reserve(now)
            if when > now:
                generation = self._generation
                await self._sleep(when - now)
                if generation != self._generation:
                    continue  # a cut or a pause came meanwhile: queue again under it
                now = self._clock()
            if self._started is None:
                self._started = now
            self._sent.add(now)
            return self._epoch

    # -- answers -----------------------------------------------------------------------------
    def record(self, ticket: int, status: int | None, retry_after: float | None = None) -> None:
        """One answer: its HTTP status (None: no answer) and Retry-After in seconds, if any."""
        if status is None:
            return
        now = self._clock()
        throttled = status == 429 or (status == 503 and retry_after is not None)
        fresh = ticket == self._epoch  # sent since the last cut, which answered for the rest
        recovering = now - self._cut_at < self._k
        if fresh and recovering:
            self._recovery_answers += 1
            self._recovery_throttles += throttled
        if not throttled:
            self._accepted.add(now)
            return
        self.throttles += 1
        if retry_after:
            until = now + min(retry_after, self._max_pause)
            if until > self._paused_until:
                self._paused_until = until
                self._generation += 1
        if not fresh:
            return
        self._throttled.add(now)
        if not retry_after:  # the server did not ask for a pause: maybe a sporadic refusal
            refused = self._throttled.total(now)
            share = refused / (refused + self._accepted.total(now))
            limit = self._recut_share if recovering else self._background() + self._tolerance
            if share <= limit:
                return
        self._cut(now)

    def _background(self) -> float:
        """The share refused while the last recovery ran below W: refusals the rate did not cause."""
        if self._recovery_answers < 20:
            return 0.0
        return self._recovery_throttles / self._recovery_answers

    def _cut(self, now: float) -> None:
        rate = self._rate_at(now)
        # What the server accepted over the last window, pauses included: a token bucket lets
        # through at most its burst plus rate * window, so this is near its rate. A job younger
        # than a window underestimates it: climb back doubling each window, not on the curve.
        sending = self._accepted.total(now) / self._window
        if rate is not None:
            sending = min(rate, sending)
        started = self._started if self._started is not None else now
        self._lower_bound = now - started < self._window
        self._w_max = max(sending, self.min_rate)
        self._cut_at = now
        self._recovery_answers = self._recovery_throttles = 0
        self._epoch += 1
        self._generation += 1
        self._next_slot = max(now, self._paused_until)
        self.cuts += 1

    # -- the batch runner's side ---------------------------------------------------------------
    def pace(self, call: Callable[[T], Awaitable[R]]) -> Callable[[T], Awaitable[R]]:
        """``call`` with each item's requests paced, and every answer reported here."""

        async def paced(item: T) -> R:
            pacing = _CallPacing(self, await self.acquire())
            token = current_pacer.set(pacing)
            try:
                value = await call(item)
            except Exception as exc:
                if not pacing.observed:  # not a TalonClient call: judge by what it raised
                    status, retry_after = _outcome(exc)
                    self.record(pacing.ticket, status, retry_after)
                raise
            finally:
                current_pacer.reset(token)
            if not pacing.observed:
                self.record(pacing.ticket, 200)
            return value

        return paced


#: What ``rate=`` accepts: calls per second (aiolimiter), "auto", a shared controller, or None.
Rate: TypeAlias = float | Literal["auto"] | AdaptiveRate | None


class _CallPacing:
    """One item's call as ``TalonClient`` sees it (``talon_async._pacing.Pacer``)."""

    __slots__ = ("_controller", "_prepaid", "observed", "ticket")

    def __init__(self, controller: AdaptiveRate, ticket: int) -> None:
        self._controller = controller
        self._prepaid = True  # the runner acquired the first attempt's turn before the call
        self.ticket = ticket
        self.observed = 0

    async def before_attempt(self) -> None:
        if self._prepaid:
            self._prepaid = False
            return
        self.ticket = await self._controller.acquire()

    def observe(self, status: int, retry_after: str | None) -> None:
        self.observed += 1
        self._controller.record(self.ticket, status, parse_retry_after(retry_after))


def _outcome(exc: Exception) -> tuple[int | None, float | None]:
    if isinstance(exc, errors.APIError):
        return exc.status, exc.retry_after
    return None, None


def _positive(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value > 0
    )


def adaptive_rate(rate: Rate, max_rate: float | None) -> AdaptiveRate | None:
    """The controller ``rate`` asks for, or None for a numeric rate or no rate at all."""
    if isinstance(rate, AdaptiveRate):
        if max_rate is not None:
            raise ValueError("max_rate goes into AdaptiveRate(max_rate=...) when you pass one")
        return rate
    if rate == "auto":
        return AdaptiveRate(max_rate=max_rate)
    if isinstance(rate, str):
        raise ValueError(f"rate must be calls per second, 'auto' or None, got {rate!r}")
    if max_rate is not None:
        raise ValueError("max_rate applies to rate='auto'; a numeric rate is already the ceiling")
    return None
