"""Per-call options and timeouts: the knobs every operation method accepts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from ._retry import RetryPolicy


# The largest answers of the Integration API are a few MiB: a 1,000-item page (pageSize is at
# most 1000) of loyalty transactions, a session update with a thousand cart items and their
# effects, the inventory of a profile with many coupons. 32 MiB is ten times that, yet caps
# what one hostile or broken response (a gzip bomb, an endless chunked body) can take.
DEFAULT_MAX_RESPONSE_SIZE = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Timeouts:
    """Seconds per phase of one attempt, and `total` for the whole call including retries.

    The generated client has no timeouts at all; these defaults suit a web request path: a
    call that cannot finish in 15 s is better failed than left holding a worker. Every phase
    is enforced on every transport (`write` on aiohttp by transport._WriteWatch).
    """

    connect: float = 2.0
    read: float = 5.0
    write: float = 5.0
    pool: float = 2.0
    total: float = 15.0

    def __post_init__(self) -> None:
        for name in ("connect", "read", "write", "pool", "total"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
                raise ValueError(
                    f"Timeouts.{name} must be a positive number of seconds, got {value!r}"
                )

    @classmethod
    def coerce(cls, value: Timeouts | float) -> Timeouts:
        """A float is the total deadline; phases keep their defaults, capped by it."""
        if isinstance(value, Timeouts):
            return value
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"timeout must be a Timeouts or a number of seconds, got {value!r}")
        if value <= 0:
            raise ValueError(f"timeout must be positive, got {value!r}")
        d = cls()
        return cls(
            connect=min(d.connect, value),
            read=min(d.read, value),
            write=min(d.write, value),
            pool=min(d.pool, value),
            total=float(value),
        )


class CallOptions(TypedDict, total=False):
    """Keyword options accepted by every operation method."""

    timeout: Timeouts | float
    retry: RetryPolicy | None
    server_index: int
    server_variables: Mapping[str, str]
    idempotency_key: str
    extra_headers: Mapping[str, str]


CALL_OPTION_NAMES = frozenset(CallOptions.__annotations__)
