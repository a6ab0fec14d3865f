"""A subset under trio, with httpx's own transport (anyio) against a real threaded HTTP server
on 127.0.0.1. Plain sync tests calling trio.run, so pytest-asyncio stays out of the way."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator
from typing import Any, ClassVar

import httpx
import pytest
from facade_support import API_KEY, FAST, STATE_V2, referral_body, session_body

from talon_async import TalonClient, Timeouts, errors, models, server_context
from talon_async._transport import ProxyRoutingTransport

trio = pytest.importorskip("trio")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    script: ClassVar[list[tuple[int, Any]]] = []
    seen: ClassVar[list[tuple[str, str, str | None]]] = []

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        type(self).seen.append((self.command, self.path, self.headers.get("Authorization")))
        status, body = self.script[min(len(self.seen), len(self.script)) - 1]
        if status == 0:  # stall
            time.sleep(body)
            return
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_PUT = do_POST = do_DELETE = _answer

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def threaded_server() -> Iterator[tuple[str, type[Handler]]]:
    handler = type("H", (Handler,), {"script": [(200, STATE_V2)], "seen": []})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_call_and_retries_under_trio(threaded_server: tuple[str, type[Handler]]) -> None:
    url, handler = threaded_server
    handler.script = [(503, {}), (503, {}), (200, STATE_V2)]

    async def main() -> Any:
        async with TalonClient(
            API_KEY, base_url=url, retry=FAST, transport=httpx.AsyncHTTPTransport()
        ) as talon:
            return await talon.customer_sessions.update_customer_session_v2("s-1", session_body())

    state = trio.run(main)
    assert isinstance(state, models.IntegrationStateV2)
    assert [s[0] for s in handler.seen] == ["PUT"] * 3
    assert handler.seen[0][2] == f"ApiKey-v1 {API_KEY}"


def test_errors_under_trio(threaded_server: tuple[str, type[Handler]]) -> None:
    url, handler = threaded_server
    handler.script = [(400, {"message": "bad", "errors": [{"title": "t", "source": {}}]})]

    async def main() -> None:
        async with TalonClient(
            API_KEY, base_url=url, retry=FAST, transport=httpx.AsyncHTTPTransport()
        ) as talon:
            with pytest.raises(errors.BadRequest) as exc:
                await talon.referrals.create_referral(referral_body())
            assert exc.value.errors[0].title == "t"
            with pytest.raises(ValueError):
                await talon.customer_sessions.get_customer_session("..")

    trio.run(main)
    assert len(handler.seen) == 1


def test_deadline_under_trio(threaded_server: tuple[str, type[Handler]]) -> None:
    url, handler = threaded_server
    handler.script = [(0, 2.0)]  # stall

    async def main() -> float:
        async with TalonClient(API_KEY, base_url=url, retry=FAST) as talon:  # default transport
            assert isinstance(talon._transport, ProxyRoutingTransport)  # httpx's, not aiohttp
            started = trio.current_time()
            with pytest.raises(errors.TimeoutError):
                await talon.customer_sessions.get_customer_session(
                    "s", timeout=Timeouts(read=10, total=0.4)
                )
            return float(trio.current_time() - started)

    assert 0.4 <= trio.run(main) < 0.4 + 0.3


def test_server_context_is_task_local_under_trio() -> None:
    async def main() -> dict[str, str]:
        talon = TalonClient(API_KEY, retry=FAST, transport=httpx.AsyncHTTPTransport())
        seen: dict[str, str] = {}

        async def worker(name: str, port: str) -> None:
            with server_context(server_index=2, server_variables={"port": port}):
                await trio.sleep(0.01)
                seen[name] = talon._servers.resolve("customer_sessions.get_customer_session")

        async with trio.open_nursery() as nursery:
            nursery.start_soon(worker, "a", "1")
            nursery.start_soon(worker, "b", "2")
        seen["parent"] = talon._servers.resolve("customer_sessions.get_customer_session")
        return seen

    assert trio.run(main) == {
        "a": "http://localhost:1",
        "b": "http://localhost:2",
        "parent": "https://goflink.europe-west1.talon.one",
    }
