"""Support for the facade suite: a real aiohttp.web server on 127.0.0.1 that counts what it
receives and answers from a per-test script, a raw TCP server for answers no HTTP framework
would produce, and small helpers (request bodies, valid response bodies, a counting transport).
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import respx
from aiohttp import web
from multidict import CIMultiDict

from talon_async import RetryBudget, RetryPolicy, TalonClient, models
from talon_async._meta import spec_meta
from talon_async._transport import AiohttpTransport

# Distinctive, so a leak anywhere is found by a plain substring search.
API_KEY = "tk-SECRET-3f9a1c77e2b84d0f9a6e"
FAST = RetryPolicy(attempts=3, backoff_base=0.01, backoff_cap=0.02, max_retry_after=2.0)

CREATED = "2026-01-02T03:04:05Z"
STATE_V2: dict[str, Any] = {"effects": [], "createdCoupons": [], "createdReferrals": []}
SESSION_RESPONSE: dict[str, Any] = {"effects": []}
REFERRAL: dict[str, Any] = {
    "id": 1,
    "created": CREATED,
    "usageLimit": 1,
    "campaignId": 7,
    "advocateProfileIntegrationId": "p-1",
    "code": "REF-1",
    "usageCounter": 0,
}


def session_body() -> models.IntegrationRequest:
    return models.IntegrationRequest(customer_session=models.NewCustomerSessionV2(profile_id="p-1"))


def return_body() -> models.ReturnIntegrationRequest:
    return models.ReturnIntegrationRequest(
        return_=models.NewReturn(returned_cart_items=[models.ReturnedCartItem(position=0)])
    )


def event_body() -> models.IntegrationEventV2Request:
    return models.IntegrationEventV2Request(type_="checkout", profile_id="p-1")


def referral_body() -> models.NewReferral:
    return models.NewReferral(campaign_id=7, advocate_profile_integration_id="p-1")


def delete_tx_body() -> models.DeleteLoyaltyTransactionsRequest:
    return models.DeleteLoyaltyTransactionsRequest(
        scope=models.DeleteLoyaltyTransactionsRequestScope.ALLSUBLEDGERS
    )


# -- the scripted aiohttp server --------------------------------------------------------------


@dataclass
class Seen:
    method: str
    path: str  # raw, still percent-encoded
    query: str
    headers: CIMultiDict[str]
    body: bytes
    host: str


@dataclass
class Reply:
    status: int = 200
    json: Any = None
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Stall:
    """Read the request, then answer nothing for `seconds`."""

    seconds: float = 30.0


@dataclass
class Reset:
    """Read the request, then abort the connection (RST) without an answer."""


Action = Reply | Stall | Reset | Callable[[web.Request], Awaitable[web.StreamResponse]]


class ScriptedServer:
    """Answers request n with script[n] (the last entry repeats); records every request."""

    def __init__(self) -> None:
        self.seen: list[Seen] = []
        self.script: list[Action] = [Reply(200, json=STATE_V2)]
        self.url = ""
        self.port = 0

    def answer(self, *actions: Action) -> None:
        self.script = list(actions)
        self.seen.clear()

    @property
    def count(self) -> int:
        return len(self.seen)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        self.seen.append(
            Seen(
                request.method,
                request.raw_path.split("?", 1)[0],
                request.query_string,
                request.headers.copy(),
                body,
                request.host,
            )
        )
        action = self.script[min(len(self.seen), len(self.script)) - 1]
        if isinstance(action, Reply):
            if action.json is not None:
                return web.json_response(action.json, status=action.status, headers=action.headers)
            return web.Response(status=action.status, body=action.body, headers=action.headers)
        if isinstance(action, Stall):
            await asyncio.sleep(action.seconds)
            return web.Response(status=200)
        if isinstance(action, Reset):
            assert request.transport is not None
            sock = request.transport.get_extra_info("socket")
            if sock is not None:  # RST rather than FIN
                sock.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                )
            request.transport.abort()
            raise asyncio.CancelledError
        return await action(request)


@pytest.fixture
async def server() -> AsyncIterator[ScriptedServer]:
    scripted = ScriptedServer()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", scripted.handle)
    runner = web.AppRunner(app, shutdown_timeout=0.1, handler_cancellation=True)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    scripted.port = runner.addresses[0][1]
    scripted.url = f"http://127.0.0.1:{scripted.port}"
    try:
        yield scripted
    finally:
        await runner.cleanup()


# -- a raw TCP server for garbage -------------------------------------------------------------


class RawServer:
    """Reads one request head (+ Content-Length body), counts it, writes `reply` verbatim."""

    def __init__(self) -> None:
        self.reply: bytes = b""
        self.count = 0
        self.port = 0
        self.url = ""

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            if length:
                await reader.readexactly(length)
            self.count += 1
            writer.write(self.reply)
            await writer.drain()
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()


@pytest.fixture
async def raw_server() -> AsyncIterator[RawServer]:
    raw = RawServer()
    srv = await asyncio.start_server(raw.handle, "127.0.0.1", 0)
    raw.port = srv.sockets[0].getsockname()[1]
    raw.url = f"http://127.0.0.1:{raw.port}"
    try:
        yield raw
    finally:
        srv.close()
        await srv.wait_closed()


@pytest.fixture
def refused_url() -> str:
    """A 127.0.0.1 URL where nothing listens (connection refused before sending)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class CountingTransport(httpx.AsyncBaseTransport):
    """Counts attempts at the transport boundary (for failures no server can count)."""

    def __init__(self, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self.inner = inner or AiohttpTransport()
        self.calls = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
def api_key_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("TALON_API_KEY", raising=False)
    yield


def make_client(base_url: str, **kwargs: Any) -> TalonClient:
    kwargs.setdefault("retry", FAST)
    kwargs.setdefault("retry_budget", RetryBudget())
    return TalonClient(API_KEY, base_url=base_url, **kwargs)


# -- respx: the unit-test transport -----------------------------------------------------------


def mock_router(json: Any = None, status: int = 200) -> respx.MockRouter:
    """A respx router answering every request (any host) with `json` (default: a valid state)."""
    router = respx.MockRouter(assert_all_called=False, assert_all_mocked=True)
    router.route().respond(status, json=STATE_V2 if json is None else json)
    return router


def mock_client(router: respx.MockRouter, **kwargs: Any) -> TalonClient:
    kwargs.setdefault("retry", FAST)
    kwargs.setdefault("retry_budget", RetryBudget())
    api_key = kwargs.pop("api_key", API_KEY)
    return TalonClient(api_key, transport=httpx.MockTransport(router.async_handler), **kwargs)


def last_url(router: respx.MockRouter) -> str:
    return str(router.calls.last.request.url)


# -- sample values for any type of spec_meta.json ---------------------------------------------


def sample(desc: Any) -> Any:
    """A minimal valid JSON value for a spec_meta type description (required fields only)."""
    if isinstance(desc, str):
        return {
            "str": "x",
            "int": 1,
            "float": 1.5,
            "bool": True,
            "any": {"k": "v"},
            "none": None,
            "datetime": "2026-01-02T03:04:05+00:00",  # the form to_dict() writes back
            "date": "2026-01-02",
            "uuid": "12345678-1234-5678-1234-567812345678",
        }[desc]
    kind = desc[0]
    if kind == "list":
        return [sample(desc[1])]
    if kind == "enum":
        return spec_meta()["enums"][desc[1]]["values"][0]
    if kind == "union":
        return sample(desc[1][0])
    if kind == "model":
        info = spec_meta()["models"][desc[1]]
        return {json_key: sample(t) for json_key, _py, required, t in info["fields"] if required}
    raise AssertionError(desc)


def effect(effect_type: str, props: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "campaignId": 1,
        "rulesetId": 2,
        "ruleIndex": 0,
        "ruleName": "r",
        "effectType": effect_type,
        "props": props,
        **extra,
    }
