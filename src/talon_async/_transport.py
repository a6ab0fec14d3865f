"""The network boundary: httpx.Request in, fully read httpx.Response out.

Everything above this module speaks httpx's Request/Response and knows nothing about
sockets; nothing below it knows about Talon.One. The default transport runs on aiohttp's
connection pool, the fastest we measured under high concurrency (httpx's own pool degrades
as requests in flight grow, encode/httpx#3215); any `httpx.AsyncBaseTransport` can replace it
(for example `httpx.AsyncHTTPTransport()` to run under trio, or respx in unit tests).

Failures are raised as httpx exceptions with one extra promise the retry loop relies on:
`httpx.ConnectError`, `httpx.ConnectTimeout` and `httpx.PoolTimeout` mean the request was
never sent; every other `httpx.TransportError` means it may have reached the server. The one
exception is `errors.ResponseTooLarge`: a body over the size limit is not a network failure
and is not worth repeating.

Bodies are read incrementally and decompressed here (`read_body`), with the same bound on the
bytes received and on the bytes inflated for every transport, so a gzip bomb or an endless
chunked body costs at most the limit in memory and yields to the event loop while it inflates.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import ssl
import sys
import urllib.request
import zlib
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
from yarl import URL

from ._auth import SENSITIVE_HEADERS, MaskedHeaderValue
from ._options import DEFAULT_MAX_RESPONSE_SIZE
from .errors import ResponseTooLarge

__all__ = ["AiohttpTransport", "default_transport", "read_body", "read_streamed_response"]

logger = logging.getLogger("talon_async")


class EnvironmentProxies:
    """HTTP_PROXY/HTTPS_PROXY/NO_PROXY as read once, resolved once per origin."""

    __slots__ = ("_by_origin", "_proxies")

    def __init__(self) -> None:
        self._proxies = urllib.request.getproxies_environment()
        self._by_origin: dict[tuple[str, str, int | None], str | None] = {}

    def __bool__(self) -> bool:
        return bool(self._proxies)

    def for_url(self, url: httpx.URL) -> str | None:
        """The proxy URL to use for this request's origin, or None to connect directly."""
        origin = (url.scheme, url.host, url.port)
        try:
            return self._by_origin[origin]
        except KeyError:
            pass
        proxy: str | None = None
        chosen = self._proxies.get(url.scheme)
        host = url.host if url.port is None else f"{url.host}:{url.port}"
        bypass = urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]
        if chosen and not bypass(host, self._proxies):
            proxy = chosen if "://" in chosen else f"http://{chosen}"
        self._by_origin[origin] = proxy
        return proxy


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An httpx transport on an aiohttp ClientSession, created lazily in the running loop.

    Proxies come from HTTP_PROXY/HTTPS_PROXY/NO_PROXY, read when the transport is created and
    resolved once per host (aiohttp's own trust_env does it per request in a thread, twice,
    which cost more than the rest of a request). Redirects are never followed, so the API key
    cannot travel to another host. TLS certificates are verified unless `verify=False` is
    passed explicitly, which is logged as a warning.
    """

    def __init__(
        self,
        *,
        max_connections: int = 256,
        max_connections_per_host: int = 0,
        keepalive_expiry: float = 30.0,
        verify: bool | ssl.SSLContext = True,
        trust_env: bool = True,
    ) -> None:
        if max_connections < 1:
            raise ValueError("max_connections must be at least 1")
        if verify is False:
            logger.warning(
                "TLS certificate verification is OFF for this Talon.One client: "
                "only do this against a local emulator"
            )
        self._limit = max_connections
        self._limit_per_host = max_connections_per_host
        self._keepalive = keepalive_expiry
        self._ssl: bool | ssl.SSLContext = verify
        self._proxies = EnvironmentProxies() if trust_env else None
        self._session: aiohttp.ClientSession | None = None
        self._closed = False

    def _open(self) -> aiohttp.ClientSession:
        if self._closed:
            raise httpx.ConnectError("transport is closed")
        connector = aiohttp.TCPConnector(
            limit=self._limit,
            limit_per_host=self._limit_per_host,
            keepalive_timeout=self._keepalive,
            ssl=self._ssl,
            enable_cleanup_closed=True,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            trust_env=False,  # proxies are resolved by _proxy() instead
            auto_decompress=False,  # read_body inflates, within the size limit
            skip_auto_headers=("User-Agent",),
            cookie_jar=aiohttp.DummyCookieJar(),
        )
        # aiohttp silently re-sends GET/PUT/DELETE once when a connection breaks; the retry
        # loop above decides about repeats (and counts them against the policy and budget).
        if hasattr(self._session, "_retry_connection"):
            self._session._retry_connection = False
        return self._session

    def _proxy(self, url: httpx.URL) -> URL | None:
        proxy = self._proxies.for_url(url) if self._proxies else None
        return URL(proxy) if proxy else None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send one attempt; aiohttp's failures come back as the matching httpx errors."""
        session = self._session or self._open()
        t: dict[str, Any] = request.extensions.get("timeout") or {}
        timeout = _client_timeout(t.get("pool"), t.get("connect"), t.get("read"))
        limit: int = request.extensions.get("talon_max_response_size", DEFAULT_MAX_RESPONSE_SIZE)
        content = request.content
        body: bytes | _WriteWatch | None = content or None
        if len(content) > _WRITE_CHUNK and t.get("write"):
            body = _WriteWatch(content, t["write"])
        sent = False
        try:
            async with session.request(
                request.method,
                URL(str(request.url), encoded=True),  # keep our percent-encoding as is
                headers=_masked_headers(request.headers),
                data=body,
                allow_redirects=False,
                proxy=self._proxy(request.url) if self._proxies else None,
                timeout=timeout,
                compress=None,
            ) as response:
                sent = True
                encoding = response.headers.get("Content-Encoding")
                length = response.content_length
                try:
                    if encoding is None and length is not None and length <= limit:
                        content = await response.read()  # exactly `length` bytes: the hot path
                    else:
                        content = await read_body(
                            response.content.iter_any(), encoding, limit, length
                        )
                except BaseException:
                    response.close()  # never return a half-read connection to the pool
                    raise
                if not _reusable(response.status, response.headers):
                    response.close()
                return _read_response(response.status, response.raw_headers, content, request)
        except asyncio.CancelledError:
            if isinstance(body, _WriteWatch) and body.expired():
                raise httpx.WriteTimeout(
                    "timed out sending the request body", request=request
                ) from None
            raise
        except httpx.DecodingError as exc:
            exc.request = request
            raise
        except (aiohttp.ClientConnectorError, aiohttp.ClientProxyConnectionError) as exc:
            raise httpx.ConnectError(_describe(exc), request=request) from None
        except aiohttp.ConnectionTimeoutError as exc:
            raise httpx.ConnectTimeout(_describe(exc), request=request) from None
        except (TimeoutError, aiohttp.ServerTimeoutError) as exc:
            if sent or isinstance(exc, aiohttp.SocketTimeoutError):
                raise httpx.ReadTimeout(
                    "timed out waiting for the response", request=request
                ) from None
            raise httpx.PoolTimeout("timed out waiting for a connection", request=request) from None
        except aiohttp.ServerDisconnectedError:
            raise httpx.RemoteProtocolError(
                "server closed the connection without a complete response", request=request
            ) from None
        except (aiohttp.ClientPayloadError, aiohttp.ClientResponseError) as exc:
            raise httpx.RemoteProtocolError(_describe(exc), request=request) from None
        except (aiohttp.ClientOSError, aiohttp.ClientError, OSError) as exc:
            raise httpx.ReadError(_describe(exc), request=request) from None

    async def aclose(self) -> None:
        """Close the connection pool (TalonClient.aclose does this for its transport)."""
        self._closed = True
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()


def _masked_headers(headers: httpx.Headers) -> list[tuple[str, str]]:
    """The headers for aiohttp, credentials wrapped so that aiohttp's frames and CIMultiDicts
    show them as `'***'` in tracebacks with locals."""
    return [
        (name, MaskedHeaderValue(value) if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.multi_items()
    ]


_WRITE_CHUNK = 64 * 1024  # aiohttp drains its buffer above 64 KiB: smaller bodies never wait


class _WriteWatch:
    """A request body handed to aiohttp in 64 KiB pieces, with the write timeout enforced.

    aiohttp has no write timeout: a server that never reads a large body would hold the call
    until its total deadline. aiohttp asks for the next piece once the previous one is
    written; if it does not ask within `timeout` seconds, the request task is cancelled and
    `handle_async_request` turns that into `httpx.WriteTimeout`. The Content-Length header the
    request already carries keeps the body un-chunked on the wire.
    """

    __slots__ = ("_body", "_expired", "_task", "_timeout", "_timer")

    def __init__(self, body: bytes, timeout: float) -> None:
        self._body = body
        self._timeout = timeout
        self._task = asyncio.current_task()
        self._timer: asyncio.TimerHandle | None = None
        self._expired = False

    def expired(self) -> bool:
        """True once the timeout fired; consumes the cancellation it caused."""
        if self._expired and self._task is not None:
            self._task.uncancel()
        return self._expired

    def _fire(self) -> None:
        self._expired = True
        if self._task is not None:
            self._task.cancel()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        loop = asyncio.get_running_loop()
        view = memoryview(self._body)
        try:
            for start in range(0, len(view), _WRITE_CHUNK):
                self._timer = loop.call_later(self._timeout, self._fire)
                yield bytes(view[start : start + _WRITE_CHUNK])
                self._timer.cancel()
        finally:
            if self._timer is not None:
                self._timer.cancel()

    def __len__(self) -> int:
        return len(self._body)


# -- reading bodies within a limit ------------------------------------------------------------

_INFLATE_STEP = 256 * 1024  # bytes inflated between two yields to the event loop


class _Inflater:
    """Content-Encoding gzip/deflate/identity, inflating at most `step` bytes per call so that
    output is checked against the limit before more is produced (zlib's max_length)."""

    __slots__ = ("_raw_deflate_fallback", "_z")

    def __init__(self, encoding: str | None) -> None:
        name = (encoding or "identity").strip().lower()
        self._raw_deflate_fallback = name == "deflate"
        if name == "identity":
            self._z = None
        elif name in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif name == "deflate":  # zlib-wrapped as the RFC says, raw as some servers send it
            self._z = zlib.decompressobj(zlib.MAX_WBITS)
        else:
            raise httpx.DecodingError(
                f"unsupported Content-Encoding {encoding!r} (we accept gzip and deflate)"
            )

    @property
    def identity(self) -> bool:
        return self._z is None

    def step(self, data: bytes) -> tuple[bytes, bytes]:
        """Up to _INFLATE_STEP inflated bytes of `data`, and the input left for the next step
        (an empty `data` drains output zlib still holds)."""
        assert self._z is not None
        try:
            out = self._z.decompress(data, _INFLATE_STEP)
        except zlib.error as exc:
            if not self._raw_deflate_fallback:
                raise httpx.DecodingError(f"invalid compressed body: {exc}") from None
            self._raw_deflate_fallback = False
            self._z = zlib.decompressobj(-zlib.MAX_WBITS)
            return self.step(data)
        self._raw_deflate_fallback = False
        if self._z.eof and self._z.unused_data:  # a second gzip member, or garbage
            raise httpx.DecodingError("unexpected data after the end of the compressed body")
        return out, self._z.unconsumed_tail


async def read_body(
    chunks: AsyncIterator[bytes], encoding: str | None, limit: int, declared: int | None
) -> bytes:
    """The whole body, decoded, or ResponseTooLarge as soon as the bytes received or the bytes
    inflated pass `limit` (a declared Content-Length over it fails before reading)."""
    if declared is not None and declared > limit:
        raise ResponseTooLarge(limit)
    inflater = _Inflater(encoding)
    parts: list[bytes] = []
    received = produced = 0
    async for chunk in chunks:
        received += len(chunk)
        if received > limit:
            raise ResponseTooLarge(limit)
        if inflater.identity:
            parts.append(chunk)
            continue
        data = chunk
        while True:
            out, data = inflater.step(data)
            produced += len(out)
            if produced > limit:
                raise ResponseTooLarge(limit)
            parts.append(out)
            if not data and len(out) < _INFLATE_STEP:
                break
            await _checkpoint()  # inflating a large piece: let other tasks run
    return b"".join(parts)


async def _checkpoint() -> None:
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # trio
        import anyio

        await anyio.lowlevel.checkpoint()
    else:
        await asyncio.sleep(0)


async def read_streamed_response(response: httpx.Response, limit: int) -> None:
    """Read a streamed httpx.Response (httpx's own transports) within `limit`, decompressing
    it here instead of in httpx, whose decoders inflate each network chunk without a bound.

    After a 1xx/204/304, or when reading fails, the connection is closed before the response
    is released: httpcore would otherwise put it back in the pool with whatever followed the
    headers still buffered, and read those bytes as the next response on it (h11 keeps them as
    "trailing data"). Only bodiless statuses pay for this, and only on httpx's transports.
    """
    if response.status_code in (204, 304) or response.status_code < 200:
        await _discard_connection(response)
    try:
        length = response.headers.get("Content-Length")
        response._content = await read_body(
            response.aiter_raw(),
            response.headers.get("Content-Encoding"),
            limit,
            int(length) if length and length.isdigit() else None,
        )
    except BaseException:
        await _discard_connection(response)
        raise
    finally:
        await response.aclose()


async def _discard_connection(response: httpx.Response) -> None:
    """Close the connection under a streamed httpcore response; the pool sees it as expired
    and never hands it out again."""
    stream = response.extensions.get("network_stream")
    if stream is not None and hasattr(stream, "aclose"):
        with contextlib.suppress(Exception):
            await stream.aclose()


def _reusable(status: int, headers: Any) -> bool:
    """False for a 1xx/204/304 that announces a body it may not have (RFC 9112 6.3): bytes
    after it would be read as the next response on this connection."""
    if status in (204, 304) or 100 <= status < 200:
        return "Transfer-Encoding" not in headers and headers.get("Content-Length", "0") == "0"
    return True


@functools.lru_cache(maxsize=64)
def _client_timeout(
    pool: float | None, connect: float | None, read: float | None
) -> aiohttp.ClientTimeout:
    """aiohttp's timeout for httpx's phases (immutable, so one per distinct setting)."""
    # aiohttp's "connect" includes waiting for a pool slot, hence the pool timeout there.
    return aiohttp.ClientTimeout(total=None, connect=pool, sock_connect=connect, sock_read=read)


def _read_response(
    status: int, headers: Any, content: bytes, request: httpx.Request
) -> httpx.Response:
    """An already-read httpx.Response; `Response(content=...)` costs ~8 us more per call,
    spent wrapping the bytes in a stream only to read them back."""
    response = httpx.Response(status, headers=headers, stream=_EMPTY_STREAM, request=request)
    response._content = content  # what Response.read() would set; is_stream_consumed follows
    response.is_stream_consumed = True
    response.is_closed = True
    return response


_EMPTY_STREAM = httpx.ByteStream(b"")


def _describe(exc: BaseException) -> str:
    """A message for an aiohttp failure without URLs' query strings or headers."""
    return (
        f"{type(exc).__name__}: {exc.strerror}"
        if isinstance(exc, OSError) and exc.strerror
        else type(exc).__name__
    )


class ProxyRoutingTransport(httpx.AsyncBaseTransport):
    """httpx's own transport, with the environment's proxies applied per origin.

    httpx applies HTTP(S)_PROXY/NO_PROXY in its Client, not in its transports; this does the
    same one level lower, for the trio path that cannot use aiohttp.
    """

    def __init__(self, *, max_connections: int) -> None:
        self._limits = httpx.Limits(max_connections=max_connections)
        self._proxies = EnvironmentProxies()
        self._direct = httpx.AsyncHTTPTransport(limits=self._limits)
        self._via: dict[str, httpx.AsyncHTTPTransport] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self._proxies.for_url(request.url) if self._proxies else None
        if proxy is None:
            return await self._direct.handle_async_request(request)
        transport = self._via.get(proxy)
        if transport is None:
            transport = self._via[proxy] = httpx.AsyncHTTPTransport(
                limits=self._limits, proxy=proxy
            )
        return await transport.handle_async_request(request)

    async def aclose(self) -> None:
        for transport in (self._direct, *self._via.values()):
            await transport.aclose()


def default_transport(*, max_connections: int) -> httpx.AsyncBaseTransport:
    """aiohttp under asyncio; httpx's own (anyio) transport when constructed inside trio."""
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            trio.lowlevel.current_task()
        except RuntimeError:
            pass
        else:
            return ProxyRoutingTransport(max_connections=max_connections)
    return AiohttpTransport(max_connections=max_connections)
