"""The network boundary: httpx.Request in, fully read httpx.Response out.

Everything above this module speaks httpx's Request/Response and knows nothing about
sockets; nothing below it knows about Talon.One. The default transport runs on aiohttp's
connection pool, the fastest we measured under high concurrency (httpx's own pool degrades
as requests in flight grow, encode/httpx#3215); any `httpx.AsyncBaseTransport` can replace it
(for example `httpx.AsyncHTTPTransport()` to run under trio, or respx in unit tests).

Failures are raised as httpx exceptions with one extra promise the retry loop relies on:
`httpx.ConnectError`, `httpx.ConnectTimeout` and `httpx.PoolTimeout` mean the request was
never sent; every other `httpx.TransportError` means it may have reached the server.
"""

from __future__ import annotations

import logging
import ssl
import sys
from typing import Any

import aiohttp
import httpx
from yarl import URL

__all__ = ["AiohttpTransport", "default_transport"]

logger = logging.getLogger("talon_async")


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An httpx transport on an aiohttp ClientSession, created lazily in the running loop.

    Proxies come from HTTP_PROXY/HTTPS_PROXY/NO_PROXY (aiohttp's trust_env). Redirects are
    never followed, so the API key cannot travel to another host. TLS certificates are
    verified unless `verify=False` is passed explicitly, which is logged as a warning.
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
        self._trust_env = trust_env
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
            trust_env=self._trust_env,
            auto_decompress=True,
            skip_auto_headers=("User-Agent",),
            cookie_jar=aiohttp.DummyCookieJar(),
        )
        # aiohttp silently re-sends GET/PUT/DELETE once when a connection breaks; the retry
        # loop above decides about repeats (and counts them against the policy and budget).
        if hasattr(self._session, "_retry_connection"):
            self._session._retry_connection = False
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session or self._open()
        t: dict[str, Any] = request.extensions.get("timeout") or {}
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=t.get("pool"),  # aiohttp's "connect" includes waiting for a pool slot
            sock_connect=t.get("connect"),
            sock_read=t.get("read"),
        )
        sent = False
        try:
            async with session.request(
                request.method,
                URL(str(request.url), encoded=True),  # keep our percent-encoding as is
                headers=request.headers.multi_items(),
                data=request.content or None,
                allow_redirects=False,
                timeout=timeout,
                compress=None,
            ) as response:
                sent = True
                content = await response.read()
                return httpx.Response(
                    response.status,
                    headers=response.raw_headers,
                    content=content,
                    request=request,
                )
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
        self._closed = True
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()


def _describe(exc: BaseException) -> str:
    """A message for an aiohttp failure without URLs' query strings or headers."""
    return (
        f"{type(exc).__name__}: {exc.strerror}"
        if isinstance(exc, OSError) and exc.strerror
        else type(exc).__name__
    )


def default_transport(*, max_connections: int) -> httpx.AsyncBaseTransport:
    """aiohttp under asyncio; httpx's own (anyio) transport when constructed inside trio."""
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            trio.lowlevel.current_task()
        except RuntimeError:
            pass
        else:
            return httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=max_connections))
    return AiohttpTransport(max_connections=max_connections)
