"""Logging per attempt, event hooks, closing, concurrent use from many tasks, and proxies from
the environment."""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

import httpx
import pytest
from aiohttp import web
from facade_support import (
    API_KEY,
    SESSION_RESPONSE,
    STATE_V2,
    Reply,
    Reset,
    ScriptedServer,
    Stall,
    make_client,
    mock_router,
    session_body,
)

from talon_async import TalonClient, Timeouts, errors
from talon_async._transport import EnvironmentProxies

PATH = "/v2/customer_sessions/{customerSessionId}"
ATTEMPT = re.compile(
    r"^(?P<method>[A-Z]+) (?P<path>\S+) -> (?P<status>\S+) attempt=(?P<attempt>\d+) "
    r"duration=(?P<ms>[\d.]+)ms$"
)


def talon_records(caplog: pytest.LogCaptureFixture, level: int) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "talon_async" and r.levelno == level]


async def test_one_debug_record_per_attempt_and_a_warning_per_retry(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="talon_async")
    server.answer(Reply(503), Reset(), Reply(200, json=STATE_V2))
    async with make_client(server.url) as talon:
        await talon.customer_sessions.update_customer_session_v2("secret-session", session_body())
    debug = talon_records(caplog, logging.DEBUG)
    assert len(debug) == 3 == server.count
    parsed = [ATTEMPT.match(r.getMessage()) for r in debug]
    assert all(parsed), [r.getMessage() for r in debug]
    assert [(m["method"], m["path"], m["status"], m["attempt"]) for m in parsed if m] == [
        ("PUT", PATH, "503", "1"),
        ("PUT", PATH, "ReadError", "2"),
        ("PUT", PATH, "200", "3"),
    ]
    assert all(float(m["ms"]) > 0 for m in parsed if m)
    warnings = talon_records(caplog, logging.WARNING)
    assert len(warnings) == 2
    assert "HTTP 503" in warnings[0].getMessage()
    assert "ReadError" in warnings[1].getMessage()
    assert all("retrying" in w.getMessage() for w in warnings)
    everything = caplog.text + "".join(r.getMessage() for r in caplog.records)
    for secret in ("secret-session", "p-1", "profileId", API_KEY):  # no ids, bodies or key
        assert secret not in everything


async def test_no_warning_without_retry_and_a_record_for_a_cancelled_attempt(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="talon_async")
    server.answer(Reply(404, json={"message": "no"}))
    async with make_client(server.url) as talon:
        with pytest.raises(errors.NotFound):
            await talon.customer_sessions.get_customer_session("s")
        assert len(talon_records(caplog, logging.DEBUG)) == 1
        assert talon_records(caplog, logging.WARNING) == []
        caplog.clear()
        server.answer(Stall(5))
        with pytest.raises(errors.TimeoutError):
            await talon.customer_sessions.get_customer_session("s", timeout=0.2)
    debug = talon_records(caplog, logging.DEBUG)
    assert len(debug) == 1 and "attempt=1" in debug[0].getMessage()


async def test_event_hooks_see_every_attempt(server: ScriptedServer) -> None:
    requests: list[httpx.Request] = []
    responses: list[int] = []

    async def on_request(request: httpx.Request) -> None:
        requests.append(request)

    async def on_response(response: httpx.Response) -> None:
        responses.append(response.status_code)

    server.answer(Reply(503), Reply(200, json=SESSION_RESPONSE))
    async with make_client(
        server.url, event_hooks={"request": [on_request], "response": [on_response]}
    ) as talon:
        await talon.customer_sessions.get_customer_session("s-1")
    assert len(requests) == 2 and responses == [503, 200]
    assert requests[0].url.path == "/v2/customer_sessions/s-1"
    assert requests[0].method == "GET"
    with pytest.raises(ValueError, match="event_hooks"):
        TalonClient(API_KEY, event_hooks={"error": []})


async def test_aclose_closes_and_a_closed_client_refuses_calls(server: ScriptedServer) -> None:
    talon = make_client(server.url)
    await talon.customer_sessions.get_customer_session("s")
    await talon.aclose()
    await talon.aclose()  # idempotent
    assert "closed" in repr(talon)
    with pytest.raises(RuntimeError, match="closed"):
        await talon.customer_sessions.get_customer_session("s")
    assert server.count == 1
    async with make_client(server.url) as talon2:
        await talon2.customer_sessions.get_customer_session("s")
    with pytest.raises(RuntimeError, match="closed"):
        await talon2.customer_sessions.get_customer_session("s")
    assert server.count == 2


async def test_aclose_closes_the_transport() -> None:
    closed: list[bool] = []

    class Transport(httpx.MockTransport):
        async def aclose(self) -> None:
            closed.append(True)

    router = mock_router()
    async with TalonClient(API_KEY, transport=Transport(router.async_handler)):
        pass
    assert closed == [True]


async def test_many_tasks_share_one_client(server: ScriptedServer) -> None:
    async def echo(request: web.Request) -> web.StreamResponse:
        session_id = request.match_info["tail"].rsplit("/", 1)[-1]
        await asyncio.sleep(0.001 * (hash(session_id) % 5))
        return web.json_response({"effects": [], "echo": session_id})

    server.answer(echo)
    async with make_client(server.url, max_connections=20) as talon:

        async def one(i: int) -> str:
            result = await talon.customer_sessions.get_customer_session(f"s-{i}")
            return str(result.additional_properties["echo"])

        results = await asyncio.gather(*(one(i) for i in range(300)))
    assert results == [f"s-{i}" for i in range(300)]
    assert server.count == 300


async def test_http_proxy_from_the_environment_is_honoured(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", server.url)
    server.answer(Reply(200, json=SESSION_RESPONSE))
    async with TalonClient(API_KEY, base_url="http://talon.invalid:8080") as talon:
        await talon.customer_sessions.get_customer_session("s-1")
    assert server.count == 1
    assert server.seen[0].host.startswith("talon.invalid")  # absolute-form, to the proxy
    monkeypatch.setenv("NO_PROXY", "talon.invalid")
    async with TalonClient(
        API_KEY, base_url="http://talon.invalid:8080", retry=None, timeout=Timeouts(total=2)
    ) as talon:
        with pytest.raises(errors.TalonError):  # direct now: the name does not resolve
            await talon.customer_sessions.get_customer_session("s-1")
    assert server.count == 1


async def test_nothing_but_talon_errors_escape_a_custom_transport_failure() -> None:
    class Broken(httpx.AsyncBaseTransport):
        def __init__(self, exc: BaseException) -> None:
            self.exc = exc

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            raise self.exc

    failures: list[Any] = [
        httpx.ReadError("x"),
        httpx.RemoteProtocolError("x"),
        httpx.WriteTimeout("x"),
        httpx.DecodingError("x"),
        httpx.TooManyRedirects("x"),
        ConnectionResetError(104, "reset"),
        OSError("boom"),
    ]
    for exc in failures:
        talon = TalonClient(API_KEY, transport=Broken(exc), retry=None)
        with pytest.raises(errors.TalonError):
            await talon.customer_sessions.get_customer_session("s")


@pytest.mark.parametrize(
    ("env", "url", "expected"),
    [
        ({"HTTP_PROXY": "http://proxy.test:3128"}, "http://api.test/x", "http://proxy.test:3128"),
        ({"HTTP_PROXY": "proxy.test:3128"}, "http://api.test/x", "http://proxy.test:3128"),
        ({"HTTPS_PROXY": "http://p.test:1"}, "http://api.test/x", None),
        ({"HTTPS_PROXY": "http://p.test:1"}, "https://api.test/x", "http://p.test:1"),
        ({"HTTP_PROXY": "http://p.test:1", "NO_PROXY": "api.test"}, "http://api.test/x", None),
        ({"HTTP_PROXY": "http://p.test:1", "NO_PROXY": ".test"}, "http://a.api.test/", None),
        (
            {"HTTP_PROXY": "http://p.test:1", "NO_PROXY": "other.test"},
            "http://api.test/",
            "http://p.test:1",
        ),
        ({}, "http://api.test/x", None),
    ],
)
def test_environment_proxies_choose_per_origin(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], url: str, expected: str | None
) -> None:
    """Both transports (aiohttp, and httpx's under trio) route by this one resolver."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert EnvironmentProxies().for_url(httpx.URL(url)) == expected
