"""Shared pieces of the security suite: the key, a recording transport, text of an error."""

from __future__ import annotations

import traceback
from typing import Any

import httpx

from talon_async import RetryPolicy, TalonClient, Timeouts

# Distinctive, so a leak anywhere is found by a plain substring search.
API_KEY = "sec-SECRET-9d41c0e7b2a64f18"
NO_RETRY = RetryPolicy.none()
QUICK = Timeouts(connect=1, read=2, write=2, pool=1, total=3)
STATE_BODY = b'{"effects":[],"createdCoupons":[],"createdReferrals":[]}'


class Recorder(httpx.AsyncBaseTransport):
    """Records every request handed to it and answers 200 with an empty state."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(str(request.url))
        return httpx.Response(200, content=STATE_BODY, request=request)


def client(url: str | None = None, **options: Any) -> TalonClient:
    options.setdefault("retry", NO_RETRY)
    options.setdefault("timeout", QUICK)
    options.setdefault("api_key", API_KEY)
    if url is not None:
        options["base_url"] = url
    return TalonClient(**options)


def all_text(exc: BaseException) -> str:
    """Everything an error tracker could record: str, repr, attributes, and the traceback of
    the whole chain with every frame's locals (suppressed __context__ included)."""
    parts = [str(exc), repr(exc), repr(vars(exc))]
    parts += traceback.TracebackException.from_exception(exc, capture_locals=True).format()
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        parts += traceback.TracebackException(
            type(current), current, current.__traceback__, capture_locals=True
        ).format()
        parts.append(repr(vars(current)) if hasattr(current, "__dict__") else repr(current))
        todo += [current.__context__, current.__cause__]
    return "\n".join(parts)
