"""Rule 3: response limits.

Hostile servers on 127.0.0.1 answer with a gzip (and a deflate) bomb, an endless chunked body,
a Content-Length over the limit, and a body just over the limit; the call fails with
`errors.ResponseTooLarge` naming the limit, without allocating the inflated size (tracemalloc
peak), while other tasks keep running (a ticker counts its turns during the read), and every
call ends within its total timeout + 0.5 s. Legitimate compressed answers still decode. Both
the default aiohttp transport and httpx's own transport (the trio path) are covered.
"""

from __future__ import annotations

import asyncio
import gzip
import http.server
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable

import httpx
import pytest
from faultserver import Action, FaultServer, Seen, respond
from security_support import STATE_BODY, client

from talon_async import Timeouts, errors, models
from talon_async._options import DEFAULT_MAX_RESPONSE_SIZE
from talon_async._transport import AiohttpTransport

EVENT = models.IntegrationEventV2Request(type_="t", profile_id="p-1")
MiB = 1024 * 1024
LIMIT = 4 * MiB
INFLATED = 64 * MiB  # over the default limit too

TRANSPORTS: dict[str, Callable[[], httpx.AsyncBaseTransport | None]] = {
    "aiohttp": lambda: None,
    "httpx": lambda: httpx.AsyncHTTPTransport(),
}
each_transport = pytest.mark.parametrize("transport", list(TRANSPORTS))


def _bomb(wbits: int) -> bytes:
    """INFLATED zero bytes, compressed (64 KiB on the wire)."""
    z = zlib.compressobj(6, zlib.DEFLATED, wbits)
    zeros = bytes(MiB)
    return b"".join([z.compress(zeros) for _ in range(INFLATED // MiB)] + [z.flush()])


@pytest.fixture(scope="module")
def bombs() -> dict[str, bytes]:
    return {"gzip": _bomb(31), "deflate": _bomb(15)}


class Ticker:
    """Counts the turns another task gets while a call runs: a blocked loop gives none."""

    def __init__(self) -> None:
        self.turns = 0
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            self.turns += 1
            await asyncio.sleep(0)

    def __enter__(self) -> Ticker:
        self._task = asyncio.ensure_future(self._run())
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()


@each_transport
@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_a_compression_bomb_is_cut_at_the_limit_without_inflating_it(
    transport: str, encoding: str, bombs: dict[str, bytes], fault_server: FaultServer
) -> None:
    fault_server.plan(then=respond(200, bombs[encoding], headers=[("Content-Encoding", encoding)]))
    total = 5.0
    async with client(
        fault_server.url,
        max_response_size=LIMIT,
        timeout=Timeouts(total=total),
        transport=TRANSPORTS[transport](),
    ) as talon:
        tracemalloc.start()
        started = time.monotonic()
        try:
            with Ticker() as ticker, pytest.raises(errors.ResponseTooLarge) as info:
                await talon.events.track_event_v2(EVENT)
            elapsed = time.monotonic() - started
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert info.value.limit == LIMIT and str(LIMIT) in str(info.value)
    assert info.value.method == "POST" and info.value.attempts == 1
    assert peak < 4 * LIMIT, peak  # the limit and a few steps of output, not 64 MiB
    assert ticker.turns >= LIMIT // (256 * 1024) // 2  # the loop ran while it inflated
    assert elapsed < total + 0.5


@each_transport
async def test_the_default_limit_applies_and_is_named(
    transport: str, bombs: dict[str, bytes], fault_server: FaultServer
) -> None:
    fault_server.plan(then=respond(200, bombs["gzip"], headers=[("Content-Encoding", "gzip")]))
    async with client(fault_server.url, transport=TRANSPORTS[transport]()) as talon:
        with pytest.raises(errors.ResponseTooLarge) as info:
            await talon.events.track_event_v2(EVENT)
    assert info.value.limit == DEFAULT_MAX_RESPONSE_SIZE == 32 * MiB


def endless_chunked(chunk: bytes, *, pause: float = 0.0) -> Action:
    """A 200 with Transfer-Encoding: chunked that never ends."""

    async def act(seen: Seen, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        while True:
            writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            await writer.drain()
            await asyncio.sleep(pause)

    return act


@each_transport
async def test_an_endless_chunked_body_is_cut_by_the_limit(
    transport: str, fault_server: FaultServer
) -> None:
    fault_server.plan(then=endless_chunked(b" " * 65536))
    async with client(
        fault_server.url, max_response_size=LIMIT, transport=TRANSPORTS[transport]()
    ) as talon:
        with pytest.raises(errors.ResponseTooLarge):
            await talon.events.track_event_v2(EVENT)


@each_transport
async def test_a_slow_endless_body_is_cut_by_the_deadline(
    transport: str, fault_server: FaultServer
) -> None:
    """A few bytes every 10 ms: each read is quick, the body never ends nor reaches the limit."""
    fault_server.plan(then=endless_chunked(b" " * 16, pause=0.01))
    total = 1.0
    async with client(
        fault_server.url, timeout=Timeouts(read=1, total=total), transport=TRANSPORTS[transport]()
    ) as talon:
        started = time.monotonic()
        with pytest.raises(errors.TimeoutError):
            await talon.events.track_event_v2(EVENT)
        assert time.monotonic() - started < total + 0.5


@each_transport
async def test_a_declared_length_over_the_limit_fails_before_reading(
    transport: str, fault_server: FaultServer
) -> None:
    """Content-Length: 1 GiB, then nothing: refused at once, not after the read timeout."""

    async def huge_then_stall(
        seen: Seen, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n{" % (1 << 30))
        await writer.drain()
        await reader.read()  # until the client hangs up
        return False

    fault_server.plan(huge_then_stall, then=respond(200, STATE_BODY))
    async with client(
        fault_server.url,
        max_response_size=LIMIT,
        timeout=Timeouts(read=60, total=60),
        transport=TRANSPORTS[transport](),
    ) as talon:
        with pytest.raises(errors.ResponseTooLarge):
            await talon.events.track_event_v2(EVENT)
        # the half-read connection was closed, not reused: the next call gets a clean answer
        assert (await talon.events.track_event_v2(EVENT)).effects == []
    assert fault_server.connections_total == 2


@each_transport
async def test_the_limit_is_exact_and_compressed_answers_still_decode(
    transport: str, fault_server: FaultServer
) -> None:
    body = STATE_BODY + b" " * 1000
    fault_server.plan(
        respond(200, gzip.compress(body), headers=[("Content-Encoding", "gzip")]),
        respond(200, zlib.compress(body), headers=[("Content-Encoding", "deflate")]),
        respond(200, body),
        respond(200, gzip.compress(body), headers=[("Content-Encoding", "gzip")]),
    )
    async with client(
        fault_server.url, max_response_size=len(body), transport=TRANSPORTS[transport]()
    ) as talon:
        for _ in range(3):
            assert (await talon.events.track_event_v2(EVENT)).effects == []
    async with client(
        fault_server.url, max_response_size=len(body) - 1, transport=TRANSPORTS[transport]()
    ) as talon:
        with pytest.raises(errors.ResponseTooLarge):
            await talon.events.track_event_v2(EVENT)
    assert fault_server.seen[0].header("accept-encoding") == "gzip, deflate"


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "1"])
def test_max_response_size_must_be_a_positive_int(bad: object) -> None:
    with pytest.raises(ValueError, match="max_response_size"):
        client("http://127.0.0.1:9", max_response_size=bad)


def test_a_bomb_is_cut_on_the_trio_path(bombs: dict[str, bytes]) -> None:
    """Under trio the default transport is httpx's own; the same limit holds there."""
    trio = pytest.importorskip("trio")
    bomb = bombs["gzip"]

    class Bomb(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(200)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(bomb)))
            self.end_headers()
            self.wfile.write(bomb)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Bomb)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()

    async def main() -> BaseException | None:
        async with client(
            f"http://127.0.0.1:{httpd.server_address[1]}", max_response_size=LIMIT
        ) as t:
            assert not isinstance(t._transport, AiohttpTransport)  # the trio default
            try:
                await t.events.track_event_v2(EVENT)
            except errors.ResponseTooLarge as exc:
                return exc
        return None

    try:
        tracemalloc.start()
        try:
            exc = trio.run(main)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert isinstance(exc, errors.ResponseTooLarge) and exc.limit == LIMIT
    assert peak < 4 * LIMIT, peak
