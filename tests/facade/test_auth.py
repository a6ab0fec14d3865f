"""Auth: where the key comes from, what is refused, the header sent, and that the key shows up
nowhere else: not in repr, exception strings, formatted tracebacks (even with locals), or any
log record at DEBUG, across successes, retries and failures."""

from __future__ import annotations

import logging
import traceback
from typing import Any

import pytest
from facade_support import (
    API_KEY,
    FAST,
    STATE_V2,
    CountingTransport,
    Reply,
    Reset,
    ScriptedServer,
    Stall,
    make_client,
    mock_client,
    mock_router,
    referral_body,
    session_body,
)

from talon_async import TalonClient, Timeouts
from talon_async._auth import MissingAPIKey

pytestmark = pytest.mark.usefixtures("api_key_env")


def test_key_from_argument_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    router = mock_router()
    assert mock_client(router, api_key="arg-key")._key.header_value == "ApiKey-v1 arg-key"
    monkeypatch.setenv("TALON_API_KEY", "env-key")
    assert TalonClient()._key.header_value == "ApiKey-v1 env-key"
    assert TalonClient("arg-key")._key.header_value == "ApiKey-v1 arg-key"  # argument wins


@pytest.mark.parametrize("env", [None, ""])
def test_missing_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, env: str | None) -> None:
    if env is not None:
        monkeypatch.setenv("TALON_API_KEY", env)
    with pytest.raises(MissingAPIKey, match="TALON_API_KEY") as exc:
        TalonClient()
    assert isinstance(exc.value, ValueError)
    assert "api_key" in str(exc.value)


@pytest.mark.parametrize(
    "bad",
    [
        "abc\r\nX-Injected: 1",
        "abc\ndef",
        "abc\rdef",
        "abc def",
        "abc\tdef",
        "abc\x00def",
        "abc\x7fdef",
        "abc\u200bdef",  # zero-width space
        "abcdéf",
        "abc\u00a0def",  # no-break space
        "",
    ],
)
def test_bad_key_is_rejected_at_construction_without_echoing_it(
    bad: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ValueError) as exc:
        TalonClient(bad)
    assert bad == "" or bad not in str(exc.value)
    monkeypatch.setenv("TALON_API_KEY", (bad or "x\ny").replace("\x00", " "))
    with pytest.raises(ValueError):
        TalonClient()


def test_key_must_be_a_str() -> None:
    with pytest.raises(TypeError):
        TalonClient(b"bytes-key")  # type: ignore[arg-type]


def test_authorization_cannot_be_set_through_headers() -> None:
    with pytest.raises(ValueError, match="api_key"):
        TalonClient(API_KEY, headers={"Authorization": "ApiKey-v1 other"})


async def test_header_sent_to_a_real_server(server: ScriptedServer) -> None:
    async with make_client(server.url) as talon:
        await talon.customer_sessions.update_customer_session_v2("s-1", session_body())
    assert server.seen[0].headers["Authorization"] == f"ApiKey-v1 {API_KEY}"


async def test_key_not_in_repr() -> None:
    talon = mock_client(mock_router())
    for text in (repr(talon), str(talon), repr(talon._key), str(talon._key), repr(vars_of(talon))):
        assert API_KEY not in text
    await talon.aclose()
    assert API_KEY not in repr(talon)


def vars_of(obj: Any) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in dir(obj) if not name.startswith("__")}


def _all_text(exc: BaseException) -> str:
    """Everything a user could see of an exception: str, repr, args, and the traceback both
    plain and with every frame's locals."""
    plain = "".join(traceback.format_exception(exc))
    with_locals = "".join(
        traceback.TracebackException.from_exception(exc, capture_locals=True).format()
    )
    return "\n".join([str(exc), repr(exc), repr(exc.args), plain, with_locals])


async def _scenarios(server: ScriptedServer, refused_url: str) -> list[BaseException]:
    """Successes, retries, and every kind of failure; returns the exceptions raised."""
    raised: list[BaseException] = []

    async def expect_failure(coro: Any) -> None:
        try:
            await coro
        except Exception as exc:
            raised.append(exc)
        else:
            raise AssertionError("expected a failure")

    async with make_client(server.url) as talon:
        server.answer(Reply(200, json=STATE_V2))
        await talon.customer_sessions.update_customer_session_v2("s-1", session_body())
        server.answer(Reply(503), Reply(200, json=STATE_V2))  # a retry, then success
        await talon.customer_sessions.update_customer_session_v2("s-1", session_body())
        server.answer(Reply(401, json={"message": "bad key", "errors": []}))
        await expect_failure(talon.customer_sessions.get_customer_session("s-1"))
        server.answer(Reply(429, headers={"Retry-After": "0"}))
        await expect_failure(talon.referrals.create_referral(referral_body()))
        server.answer(Reply(500, body=b"<html>oops</html>"))
        await expect_failure(talon.customer_sessions.get_customer_session("s-1"))
        server.answer(Reset())
        await expect_failure(talon.customer_sessions.get_customer_session("s-1"))
        server.answer(Reply(200, body=b"not json"))
        await expect_failure(talon.customer_sessions.get_customer_session("s-1"))
        server.answer(Reply(200, json={"effects": "nope"}))
        await expect_failure(
            talon.customer_sessions.update_customer_session_v2("s", session_body())
        )
        server.answer(Stall(5))
        await expect_failure(
            talon.customer_sessions.get_customer_session(
                "s-1", timeout=Timeouts(read=0.1, total=0.5)
            )
        )
        # errors raised before sending
        await expect_failure(talon.customer_sessions.get_customer_session(".."))
        await expect_failure(talon.customer_sessions.get_customer_session("s", bogus=1))  # type: ignore[call-arg]
        await expect_failure(
            talon.customer_sessions.get_customer_session("s", extra_headers={"X": "a\r\nb"})
        )
        await expect_failure(
            talon.customer_sessions.get_customer_session("s", idempotency_key="k")  # GET
        )
    async with TalonClient(API_KEY, retry=FAST) as talon:  # no base_url: the index counts
        await expect_failure(talon.customer_sessions.get_customer_session("s", server_index=9))
    async with TalonClient(API_KEY, base_url=refused_url, retry=FAST) as talon:
        await expect_failure(talon.customer_sessions.get_customer_session("s-1"))
    await expect_failure(talon.customer_sessions.get_customer_session("s-1"))  # closed
    counting = CountingTransport()
    async with make_client(server.url, transport=counting) as talon:
        server.answer(Reply(200, json=STATE_V2))
        await talon.customer_sessions.update_customer_session_v2("s-1", session_body())
    return raised


async def test_key_absent_from_errors_tracebacks_and_logs(
    server: ScriptedServer, refused_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, including aiohttp's and asyncio's
    raised = await _scenarios(server, refused_url)
    assert len(raised) == 14
    kinds = {type(exc).__name__ for exc in raised}
    assert {"Unauthorized", "RateLimited", "ServerError", "TalonConnectionError"} <= kinds
    assert {"DecodeError", "TalonTimeoutError", "ValueError", "TypeError", "ClientClosed"} <= kinds
    for exc in raised:
        assert API_KEY not in _all_text(exc), type(exc)
    assert any(r.name == "talon_async" and r.levelno == logging.DEBUG for r in caplog.records)
    assert any(r.name == "talon_async" and r.levelno == logging.WARNING for r in caplog.records)
    for record in caplog.records:
        formatted = logging.Formatter("%(message)s %(args)s").format(record)
        assert API_KEY not in formatted
        assert API_KEY not in repr(record.__dict__)
    assert API_KEY not in caplog.text
    # the key did go out, so the absence above means something
    assert server.seen[-1].headers["Authorization"] == f"ApiKey-v1 {API_KEY}"
