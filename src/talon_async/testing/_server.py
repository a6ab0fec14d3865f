"""Run the emulator on a real socket: in a background thread for tests, or in the foreground."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from ._app import TRANSPORT_KEY, Emulator
from ._config import EmulatorConfig
from ._faults import Counters, Fault, Faults, resolve_operation
from ._ratelimit import RateLimit, RateLimiter

__all__ = ["EmulatorServer", "serve"]


class _TransportAwareHttpTools(HttpToolsProtocol):
    """uvicorn's httptools protocol (C parser: about 3x h11's requests/s), exposing the
    connection's transport to the app for `reset` faults."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.app_state = {**self.app_state, TRANSPORT_KEY: transport}


def _uvicorn_config(app: Emulator, log_level: str, **kwargs: Any) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        http=_TransportAwareHttpTools,
        lifespan="off",
        log_level=log_level,
        access_log=False,
        timeout_graceful_shutdown=2,
        **kwargs,
    )


class EmulatorServer:
    """The emulator on 127.0.0.1 and a free port, served from a daemon thread.

    Use it as a context manager (sync or async); `.url` is the base URL for clients, and
    `.faults`, `.counters`, `.reset()` and `.store` reach into the running server.
    """

    def __init__(
        self,
        config: EmulatorConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        validate_responses: bool = False,
        log_level: str = "warning",
        rate_limit: RateLimit | Mapping[str, Any] | float | None = None,
    ) -> None:
        self.emulator = Emulator(config, api_key=api_key, validate_responses=validate_responses)
        if rate_limit is not None:
            self.emulator.rate_limiter.configure(rate_limit)
        self.host = host
        self._port = port
        self._log_level = log_level
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ handles
    @property
    def url(self) -> str:
        """The base URL to give a client, e.g. `TalonClient(base_url=server.url)`."""
        return f"http://{self.host}:{self.port}"

    @property
    def port(self) -> int:
        """The port it listens on (chosen when it starts if 0 was given)."""
        if not self._port:
            raise RuntimeError("the server is not started")
        return self._port

    @property
    def api_key(self) -> str | None:
        """The only key it accepts, or None when it accepts any `ApiKey-v1` key."""
        return self.emulator.api_key

    @property
    def faults(self) -> Faults:
        """The fault injector: latency, error statuses and connection resets per operation."""
        return self.emulator.faults

    @property
    def counters(self) -> Counters:
        """Requests received per operation."""
        return self.emulator.counters

    @property
    def store(self) -> Any:
        """The in-memory state (sessions, profiles, coupons, ledgers), for assertions."""
        return self.emulator.store

    def requests(self, operation: str | None = None) -> int:
        """Requests the server received, for one operation (any alias) or in total."""
        if operation is None:
            return self.emulator.counters.total()
        return self.emulator.counters.get(resolve_operation(operation))

    def inject(self, kind: str, operation: str | None = None, **fields: Any) -> Fault:
        """Shortcut for `faults.add(kind=..., operation=..., ...)`."""
        return self.emulator.faults.add(kind=kind, operation=operation, **fields)

    @property
    def rate_limiter(self) -> RateLimiter:
        """The emulator's per-key token buckets (what `rate_limit()` configures)."""
        return self.emulator.rate_limiter

    def rate_limit(self, rate: float | None, burst: float | None = None) -> RateLimit | None:
        """Limit each API key to `rate` requests/s (bucket of `burst`); None removes the limit.

        `reset(faults=True)` restores the configured limit (the config's `rate_limit`, if any).
        """
        return self.emulator.rate_limiter.configure(
            None if rate is None else RateLimit(rate=rate, burst=burst)
        )

    def reset(self, *, state: bool = True, faults: bool = True, counters: bool = True) -> None:
        """Forget data, faults and/or counters; the configured campaigns stay."""
        self.emulator.reset(state=state, faults=faults, counters=counters)

    # ------------------------------------------------------------------ lifecycle
    def start(self, timeout: float = 10.0) -> EmulatorServer:
        """Start serving in a daemon thread; returns once it accepts connections."""
        if self._thread is not None:
            return self
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self._port))
        self._port = sock.getsockname()[1]
        server = uvicorn.Server(_uvicorn_config(self.emulator, self._log_level))
        self._server = server
        self._thread = threading.Thread(
            target=server.run,
            kwargs={"sockets": [sock]},
            name=f"talon-emulator-{self._port}",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the emulator did not start")
            time.sleep(0.005)
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving and wait for the thread to end."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        self._server = None
        self._thread = None

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> EmulatorServer:
        await asyncio.to_thread(self.start)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await asyncio.to_thread(self.stop)


def serve(
    config: EmulatorConfig | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 9000,
    api_key: str | None = None,
    validate_responses: bool = False,
    log_level: str = "info",
) -> None:
    """Serve in the foreground until interrupted (what `python -m talon_async.testing` runs)."""
    emulator = Emulator(config, api_key=api_key, validate_responses=validate_responses)
    uvicorn.Server(_uvicorn_config(emulator, log_level, host=host, port=port)).run()
