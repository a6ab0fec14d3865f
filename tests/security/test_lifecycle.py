"""Rule 4: honest timeouts and lifecycle.

- `Timeouts.write` is enforced: a server on 127.0.0.1 that never reads a large request body
  fails the call with a write timeout, long before the read timeout or the total deadline.
- A client used from a second event loop fails there with a clear error, before sending, and
  keeps working in its own loop.
- `aclose()` with calls in flight: each fails with `errors.ClientClosed`.
- A 204/304 carrying a body, or a framing error, closes that connection: a raw-socket server
  follows the hostile answer with a smuggled response, which must never be read as the answer
  to the next request (it goes out on a new connection and gets the real answer).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from faultserver import FaultServer, Seen, respond
from security_support import STATE_BODY, client

from talon_async import Timeouts, errors, models

EVENT = models.IntegrationEventV2Request(type_="t", profile_id="p-1")
TRANSPORTS: dict[str, Callable[[], httpx.AsyncBaseTransport | None]] = {
    "aiohttp": lambda: None,
    "httpx": lambda: httpx.AsyncHTTPTransport(),
}
each_transport = pytest.mark.parametrize("transport", list(TRANSPORTS))


class RawServer:
    """HTTP/1.1 on 127.0.0.1 writing raw bytes: the first request gets `first`, every later
    one a valid 200. Counts connections and requests; `read_bodies=False` reads only headers
    and then never reads again."""

    def __init__(self, first: bytes = b"", *, read_bodies: bool = True) -> None:
        self.first = first
        self.read_bodies = read_bodies
        self.connections = 0
        self.requests = 0
        self.headers_seen = asyncio.Event()
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"

    async def __aenter__(self) -> RawServer:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.wait(list(self._tasks))
        await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                self.headers_seen.set()
                if not self.read_bodies:
                    await asyncio.Event().wait()  # never read the body, never answer
                length = next(
                    (
                        int(line.split(b":", 1)[1])
                        for line in head.split(b"\r\n")
                        if line.lower().startswith(b"content-length:")
                    ),
                    0,
                )
                await reader.readexactly(length)
                self.requests += 1
                if self.requests == 1:
                    writer.write(self.first)
                else:
                    writer.write(
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                        b"Content-Length: %d\r\n\r\n%s" % (len(STATE_BODY), STATE_BODY)
                    )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()
            self._tasks.discard(task)


@pytest.fixture
async def never_reads() -> AsyncIterator[RawServer]:
    async with RawServer(read_bodies=False) as server:
        yield server


# -- write timeout -------------------------------------------------------------------------------


@each_transport
async def test_a_server_that_never_reads_the_body_fails_with_a_write_timeout(
    transport: str, never_reads: RawServer
) -> None:
    # 32 MiB: more than the loopback socket buffers on both sides can absorb
    big = models.IntegrationEventV2Request.from_dict(
        {"type": "t", "profileId": "p-1", "attributes": {"blob": "x" * (32 * 1024 * 1024)}}
    )
    timeouts = Timeouts(connect=5, read=120, write=0.5, pool=5, total=120)
    async with client(never_reads.url, timeout=timeouts, transport=TRANSPORTS[transport]()) as t:
        with pytest.raises(errors.TimeoutError) as info:
            await t.events.track_event_v2(big)
    assert never_reads.headers_seen.is_set()
    assert "WriteTimeout" in str(info.value), str(info.value)  # not the read or total deadline
    assert info.value.attempts == 1  # a POST without a key is not sent twice


# -- one client, one event loop -------------------------------------------------------------------


def test_a_second_event_loop_gets_a_clear_error_and_the_first_loop_is_undisturbed() -> None:
    home = asyncio.new_event_loop()
    thread = threading.Thread(target=home.run_forever, daemon=True)
    thread.start()

    def at_home(coro: object) -> object:
        return asyncio.run_coroutine_threadsafe(coro, home).result(timeout=60)  # type: ignore[arg-type]

    server = FaultServer()
    at_home(server.__aenter__())
    server.plan(then=respond(200, STATE_BODY))
    try:
        talon = client(server.url)
        assert at_home(talon.events.track_event_v2(EVENT)) is not None

        async def elsewhere() -> None:
            await talon.events.track_event_v2(EVENT)

        with pytest.raises(RuntimeError, match="second event loop") as info:
            asyncio.run(elsewhere())
        assert "one TalonClient per event loop" in str(info.value)
        assert server.count() == 1  # refused before sending
        assert at_home(talon.events.track_event_v2(EVENT)) is not None  # home loop unharmed
        assert server.count() == 2
        at_home(talon.aclose())
    finally:
        at_home(server.aclose())
        home.call_soon_threadsafe(home.stop)
        thread.join()
        home.close()


# -- aclose with calls in flight ------------------------------------------------------------------


@each_transport
async def test_calls_in_flight_fail_with_client_closed(
    transport: str, fault_server: FaultServer
) -> None:
    arrived: list[Seen] = []
    all_arrived = asyncio.Event()

    async def hold(seen: Seen, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        arrived.append(seen)
        if len(arrived) == 3:
            all_arrived.set()
        while await reader.read(1024):
            pass
        return False

    fault_server.plan(then=hold)
    talon = client(
        fault_server.url, timeout=Timeouts(read=60, total=60), transport=TRANSPORTS[transport]()
    )
    calls = [asyncio.ensure_future(talon.events.track_event_v2(EVENT)) for _ in range(3)]
    await all_arrived.wait()
    await talon.aclose()
    results = await asyncio.gather(*calls, return_exceptions=True)
    for result in results:
        assert isinstance(result, errors.ClientClosed), repr(result)
        assert "closed" in str(result) and result.method == "POST"
    with pytest.raises(errors.ClientClosed):
        await talon.events.track_event_v2(EVENT)
    assert len(fault_server.seen) == 3  # nothing retried after the close


# -- bodiless statuses with a body, framing errors ------------------------------------------------

SMUGGLED = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
HOSTILE = {
    "204_declared_body": b"HTTP/1.1 204 No Content\r\nContent-Length: %d\r\n\r\n" % len(SMUGGLED)
    + SMUGGLED,
    "204_undeclared_body": b"HTTP/1.1 204 No Content\r\n\r\n" + SMUGGLED,
    "304_undeclared_body": b"HTTP/1.1 304 Not Modified\r\n\r\n" + SMUGGLED,
    "conflicting_lengths": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}"
    + SMUGGLED,
    "bad_chunk_size": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"
    + SMUGGLED,
}


@each_transport
@pytest.mark.parametrize("answer", list(HOSTILE))
async def test_a_bodiless_status_with_a_body_or_a_framing_error_closes_the_connection(
    transport: str, answer: str
) -> None:
    async with RawServer(HOSTILE[answer]) as server:
        async with client(server.url, transport=TRANSPORTS[transport]()) as talon:
            # a 304 or a framing error fails this call; what matters is the next one
            with contextlib.suppress(errors.TalonError):
                await talon.audiences.delete_audience_v2(1)
            second = await talon.events.track_event_v2(EVENT)
        # the smuggled `{}` would be a DecodeError (no `effects`); the real answer decodes
        assert second.effects == []
        assert server.connections == 2 and server.requests == 2
