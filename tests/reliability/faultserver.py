"""A raw asyncio HTTP/1.1 server on 127.0.0.1 for the faults no framework produces.

Each request is answered by the next *action* of a plan (`server.plan(a, b, c)`: the first
request gets `a`, the second `b`, every later one `c`). Actions write bytes on the socket
themselves, so they can reset a connection before or in the middle of a response, close it
after half a body, stall, or drip one byte at a time. Every request is recorded server-side
(method, raw request target, headers, body, and whether it was received completely), and
the server counts the connections it holds open, so tests can tell "retried", "sent twice"
and "leaked" from the server's point of view rather than trusting the client.

Also here: `ConnectProxy`, a tiny forward proxy that counts what goes through it, and
`closed_port()`, a port where nothing listens (connection refused).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from types import TracebackType

__all__ = [
    "Action",
    "ConnectProxy",
    "FaultServer",
    "Seen",
    "close_mid_body",
    "closed_port",
    "drip",
    "reset_mid_body",
    "reset_now",
    "respond",
    "stall",
]

REASONS = {
    200: "OK",
    204: "No Content",
    301: "Moved Permanently",
    302: "Found",
    307: "Temporary Redirect",
    400: "Bad Request",
    404: "Not Found",
    409: "Conflict",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


@dataclass
class Seen:
    """One request as the server received it."""

    method: str
    target: str  # the raw request-target, exactly as sent (percent-encoding kept)
    request_line: bytes  # the raw first line, CR/LF stripped
    headers: list[tuple[str, str]]
    body: bytes
    complete: bool  # the whole request (headers and Content-Length body) arrived
    connection: int
    status: int | None = None  # what the action answered (None: no status line sent)

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


# An action answers one request; it returns True to keep the connection open for the next.
Action = Callable[[Seen, asyncio.StreamReader, asyncio.StreamWriter], Awaitable[bool]]


def _head(status: int, headers: Iterable[tuple[str, str]], length: int | None) -> bytes:
    lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}"]
    lines += [f"{k}: {v}" for k, v in headers]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _rst(writer: asyncio.StreamWriter) -> None:
    """Abort with a TCP RST (SO_LINGER 0) instead of an orderly FIN."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


def respond(
    status: int = 200,
    body: bytes | Callable[[Seen], bytes] = b"{}",
    *,
    content_type: str | None = "application/json",
    headers: Iterable[tuple[str, str]] | Callable[[], Iterable[tuple[str, str]]] = (),
    keep_alive: bool = True,
) -> Action:
    """A complete response with Content-Length; `body`/`headers` may be computed per request."""

    async def act(seen: Seen, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        payload = body(seen) if callable(body) else body
        extra = list(headers() if callable(headers) else headers)
        if content_type is not None:
            extra.append(("Content-Type", content_type))
        if not keep_alive:
            extra.append(("Connection", "close"))
        seen.status = status
        writer.write(_head(status, extra, len(payload)) + payload)
        await writer.drain()
        return keep_alive

    return act


def reset_now(*, before_reading: bool = False) -> Action:
    """RST without a byte of response (after reading the request, or before reading it)."""

    async def act(seen: Seen, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        _rst(writer)
        return False

    act.before_reading = before_reading  # type: ignore[attr-defined]
    return act


def reset_mid_body(status: int = 200, body: bytes = b"{}" * 2048) -> Action:
    """Status line, headers and half of the announced body, then RST."""

    async def act(seen: Seen, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        seen.status = status
        writer.write(_head(status, [("Content-Type", "application/json")], len(body)))
        writer.write(body[: len(body) // 2])
        await writer.drain()
        await asyncio.sleep(0.02)
        _rst(writer)
        return False

    return act


def close_mid_body(status: int = 200, body: bytes = b"{}" * 2048) -> Action:
    """Half of the announced body, then an orderly close (FIN): a truncated transfer."""

    async def act(seen: Seen, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        seen.status = status
        writer.write(_head(status, [("Content-Type", "application/json")], len(body)))
        writer.write(body[: len(body) // 2])
        await writer.drain()
        writer.close()
        return False

    return act


def stall() -> Action:
    """Read the request, then send nothing until the client gives up."""

    async def act(seen: Seen, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        with contextlib.suppress(ConnectionError):
            while await reader.read(1024):
                pass
        return False

    return act


def drip(body: bytes, *, interval: float = 0.05, status: int = 200) -> Action:
    """Headers at once, then the body one byte per `interval`: each read is quick, the whole
    response is not."""

    async def act(seen: Seen, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        seen.status = status
        writer.write(_head(status, [("Content-Type", "application/json")], len(body)))
        await writer.drain()
        for i in range(len(body)):
            writer.write(body[i : i + 1])
            await writer.drain()
            await asyncio.sleep(interval)
        return True

    return act


class FaultServer:
    """HTTP/1.1 on 127.0.0.1 and a random port, answering with scripted actions.

    `async with FaultServer() as server:`; `server.url`; `server.plan(...)`; `server.seen`
    (every request); `server.count(method, path)`; `server.open_connections`.
    """

    def __init__(self, default: Action | None = None) -> None:
        self._default = default or respond(200, b"{}")
        self._plan: list[Action] = []
        self._then: Action | None = None
        self.seen: list[Seen] = []
        self.connections_total = 0
        self.open_connections = 0
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._server: asyncio.Server | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def plan(self, *actions: Action, then: Action | None = None) -> None:
        """Answer the next requests with `actions` in order, then `then` (default: the last)."""
        self._plan = list(actions)
        self._then = then if then is not None else (actions[-1] if actions else None)

    def clear(self) -> None:
        self.seen.clear()
        self._plan = []
        self._then = None

    def count(self, method: str | None = None, path: str | None = None) -> int:
        return sum(
            1
            for s in self.seen
            if (method is None or s.method == method) and (path is None or s.path == path)
        )

    def per_route(self) -> Counter[tuple[str, str, bool]]:
        """Requests per (method, path, received completely)."""
        return Counter((s.method, s.path, s.complete) for s in self.seen)

    def _peek_action(self) -> Action:
        if self._plan:
            return self._plan[0]
        return self._then or self._default

    def _next_action(self) -> Action:
        if self._plan:
            return self._plan.pop(0)
        return self._then or self._default

    async def __aenter__(self) -> FaultServer:
        self._server = await asyncio.start_server(self._connection, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.wait(list(self._tasks))
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._writers.add(writer)
        self.connections_total += 1
        self.open_connections += 1
        conn_id = self.connections_total
        try:
            while True:
                if getattr(self._peek_action(), "before_reading", False):
                    action = self._next_action()
                    await action(Seen("?", "?", b"", [], b"", False, conn_id), reader, writer)
                    return
                seen = await self._read_request(reader, conn_id)
                if seen is None:
                    return
                action = self._next_action()  # chosen on arrival, not while the line idles
                self.seen.append(seen)
                if not seen.complete or not await action(seen, reader, writer):
                    return
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        except asyncio.CancelledError:
            pass
        finally:
            self.open_connections -= 1
            self._writers.discard(writer)
            if not writer.transport.is_closing():
                writer.close()
            self._tasks.discard(task)

    async def _read_request(self, reader: asyncio.StreamReader, conn_id: int) -> Seen | None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            return None
        lines = head[:-4].split(b"\r\n")
        request_line = lines[0]
        parts = request_line.decode("latin-1").split(" ")
        method, target = (parts[0], parts[1]) if len(parts) >= 2 else ("?", "?")
        headers = []
        for raw in lines[1:]:
            name, _, value = raw.decode("latin-1").partition(":")
            headers.append((name.strip(), value.strip()))
        seen = Seen(method, target, request_line, headers, b"", False, conn_id)
        length = int(seen.header("content-length") or 0)
        try:
            seen.body = await reader.readexactly(length) if length else b""
        except (asyncio.IncompleteReadError, ConnectionError):
            self.seen.append(seen)
            return seen
        seen.complete = True
        return seen


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens: connecting is refused."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port: int = sock.getsockname()[1]
    sock.close()
    return port


@dataclass
class ConnectProxy:
    """A forward HTTP proxy on 127.0.0.1 that counts requests and relays them (absolute-form
    requests only, which is what clients send to an http:// proxy for http:// URLs)."""

    requests: list[str] = field(default_factory=list)
    port: int = 0
    _server: asyncio.Server | None = None
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def __aenter__(self) -> ConnectProxy:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
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
        upstream_writer: asyncio.StreamWriter | None = None
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            first = head.split(b"\r\n", 1)[0].decode("latin-1")
            self.requests.append(first)
            _method, target, _version = first.split(" ")
            # http://host:port/path -> connect upstream and send origin-form
            rest = target.split("://", 1)[1]
            hostport, _, path = rest.partition("/")
            host, _, port = hostport.partition(":")
            length = 0
            for raw in head.split(b"\r\n")[1:]:
                name, _, value = raw.decode("latin-1").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            body = await reader.readexactly(length) if length else b""
            up_reader, upstream_writer = await asyncio.open_connection(host, int(port or 80))
            new_head = head.replace(target.encode("latin-1"), b"/" + path.encode("latin-1"), 1)
            new_head = new_head.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n", 1)
            upstream_writer.write(new_head + body)
            await upstream_writer.drain()
            answer_head = await up_reader.readuntil(b"\r\n\r\n")
            answer_length = 0
            for raw in answer_head.split(b"\r\n")[1:]:
                name, _, value = raw.decode("latin-1").partition(":")
                if name.strip().lower() == "content-length":
                    answer_length = int(value.strip())
            answer_body = await up_reader.readexactly(answer_length)
            answer_head = answer_head.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n", 1)
            writer.write(answer_head + answer_body)
            await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, ValueError, IndexError):
            pass
        except asyncio.CancelledError:
            pass
        finally:
            if upstream_writer is not None:
                upstream_writer.close()
            writer.close()
            self._tasks.discard(task)
