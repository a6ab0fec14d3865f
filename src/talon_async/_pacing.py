"""How a shared send-rate controller takes part in each attempt of a call, retries included.

A batch job with ``rate="auto"`` sets ``current_pacer`` for the duration of one item's call;
``TalonClient`` reads it once per call and, when it is set, waits for the pacer before every
attempt and reports every HTTP answer to it. Outside such a job it is None and costs one
``ContextVar.get`` per call. A context variable (not an argument or a client hook) because the
runner only holds the user's ``call``, not the client inside it; the variable reaches that
client, and the tasks it spawns, without the user wiring anything.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Protocol

__all__ = ["Pacer", "current_pacer"]


class Pacer(Protocol):
    async def before_attempt(self) -> None:
        """Wait until the shared rate (and any Retry-After pause) lets this attempt go."""

    def observe(self, status: int, retry_after: str | None) -> None:
        """The HTTP status of an attempt and its raw Retry-After header, if any."""


current_pacer: ContextVar[Pacer | None] = ContextVar("talon_async_pacer", default=None)
