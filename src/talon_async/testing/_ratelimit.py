"""The emulator's server-side rate limit: a token bucket per API key, 429 with Retry-After.

Each key's bucket holds ``burst`` tokens (default: one second's worth, at least one) and
refills at ``rate`` per second; a request takes one token or is answered 429 with
``Retry-After`` = the whole seconds until a token is back (at least 1, as HTTP wants integers).
Configured from Python (``EmulatorServer(rate_limit=...)``, ``server.rate_limit(...)``), over
HTTP (``/_emulator/rate-limit``) or in the campaigns YAML (``rate_limit: {rate: 400}``).
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["RateLimit", "RateLimiter"]

#: Buckets kept at most; the least recently used key is forgotten first (a forgotten key
#: starts again with a full bucket), so a flood of invented keys cannot exhaust memory.
MAX_KEYS = 10_000


@dataclass(frozen=True)
class RateLimit:
    """Requests per second allowed per API key, and the bucket's size (the burst allowed)."""

    rate: float
    burst: float | None = None

    def __post_init__(self) -> None:
        if not _number(self.rate) or self.rate <= 0:
            raise ValueError(f"rate_limit.rate must be a number > 0, got {self.rate!r}")
        if self.burst is not None and (not _number(self.burst) or self.burst < 1):
            raise ValueError(f"rate_limit.burst must be a number >= 1, got {self.burst!r}")

    @property
    def capacity(self) -> float:
        """The bucket's size: `burst`, or one second's worth of `rate` when no burst is set."""
        return self.burst if self.burst is not None else max(1.0, float(self.rate))

    @classmethod
    def coerce(cls, value: RateLimit | Mapping[str, Any] | float | None) -> RateLimit | None:
        """A RateLimit from itself, ``{"rate": .., "burst": ..}``, a bare rate, or None."""
        if value is None or isinstance(value, RateLimit):
            return value
        if isinstance(value, Mapping):
            unknown = set(value) - {"rate", "burst"}
            if unknown:
                raise ValueError(
                    f"rate_limit: unknown keys {sorted(unknown)}; allowed: burst, rate"
                )
            if "rate" not in value:
                raise ValueError("rate_limit: 'rate' (requests per second per API key) is required")
            return cls(rate=value["rate"], burst=value.get("burst"))
        if _number(value):
            return cls(rate=value)
        raise ValueError(f"rate_limit must be a mapping, a number or null, got {value!r}")

    def to_dict(self) -> dict[str, Any]:
        """`{"rate": .., "burst": ..}`, the shape the HTTP endpoint and the YAML take."""
        return asdict(self)


class RateLimiter:
    """The active limit and one bucket per key; safe to use from any thread."""

    def __init__(
        self, limit: RateLimit | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._limit = limit
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # tokens, at
        self.allowed = 0
        self.limited = 0

    @property
    def limit(self) -> RateLimit | None:
        return self._limit

    def configure(self, limit: RateLimit | Mapping[str, Any] | float | None) -> RateLimit | None:
        """Set (or with None remove) the limit; every bucket starts full, counts from zero."""
        checked = RateLimit.coerce(limit)
        with self._lock:
            self._limit = checked
            self._buckets.clear()
            self.allowed = self.limited = 0
        return checked

    def check(self, key: str) -> int | None:
        """Take a token for ``key``: None if the request may go on, else Retry-After seconds."""
        limit = self._limit
        if limit is None:
            return None
        now = self._clock()
        with self._lock:
            tokens, at = self._buckets.pop(key, (limit.capacity, now))
            tokens = min(limit.capacity, tokens + (now - at) * limit.rate)
            if tokens >= 1:
                self._remember(key, tokens - 1, now)
                self.allowed += 1
                return None
            self._remember(key, tokens, now)
            self.limited += 1
            return max(1, math.ceil((1 - tokens) / limit.rate))

    def _remember(self, key: str, tokens: float, now: float) -> None:
        self._buckets[key] = (tokens, now)
        if len(self._buckets) > MAX_KEYS:
            self._buckets.popitem(last=False)

    def to_dict(self) -> dict[str, Any]:
        limit = self._limit
        return {
            "limit": limit.to_dict() if limit is not None else None,
            "allowed": self.allowed,
            "limited": self.limited,
        }


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
