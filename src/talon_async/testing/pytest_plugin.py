"""pytest plugin: the `talon_emulator` fixture, an emulator per test session, reset per test.

Registered through the `pytest11` entry point, so installing talon-async[emulator] is enough.
The emulator's dependencies are imported only when a fixture is used: projects that install
talon-async without the extra keep a working pytest.
ini options: `talon_emulator_config` (campaigns YAML) and `talon_emulator_validate_responses`.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from talon_async import TalonClient

    from ._faults import Counters, Fault, Faults
    from ._ratelimit import RateLimit
    from ._server import EmulatorServer

API_KEY = "talon-emulator-key"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "talon_emulator_config", "campaigns YAML for the talon_emulator fixture", default=""
    )
    parser.addini(
        "talon_emulator_validate_responses",
        "answer 500 when an emulator response violates the spec",
        type="bool",
        default=False,
    )


class TalonEmulator:
    """What the fixture yields: the URL, the key, the server's handles and a ready client."""

    def __init__(self, server: EmulatorServer) -> None:
        self.server = server
        self.url = server.url
        self.api_key = server.api_key or API_KEY
        self._client: TalonClient | None = None

    @property
    def faults(self) -> Faults:
        """The fault injector of the emulator (see `EmulatorServer.faults`)."""
        return self.server.faults

    @property
    def counters(self) -> Counters:
        """Requests received per operation."""
        return self.server.counters

    def requests(self, operation: str | None = None) -> int:
        """Requests received for one operation (any of its names), or in total."""
        return self.server.requests(operation)

    def inject(self, kind: str, operation: str | None = None, **fields: Any) -> Fault:
        """Add a fault: `kind` is "latency", "status" or "reset"; see `Fault` for the fields."""
        return self.server.inject(kind, operation, **fields)

    def rate_limit(self, rate: float | None, burst: float | None = None) -> RateLimit | None:
        """Token bucket per API key (429 with Retry-After beyond it); None removes it."""
        return self.server.rate_limit(rate, burst)

    def reset(self, *, state: bool = True, faults: bool = True, counters: bool = True) -> None:
        """Forget data, faults and/or counters in the middle of a test."""
        self.server.reset(state=state, faults=faults, counters=counters)

    @property
    def client(self) -> TalonClient:
        """A TalonClient for this emulator, built on first use (imported lazily)."""
        if self._client is None:
            from talon_async import TalonClient

            self._client = TalonClient(api_key=self.api_key, base_url=self.url)
        return self._client

    def new_client(self, **options: Any) -> TalonClient:
        """Another client for this emulator, e.g. with a different RetryPolicy."""
        from talon_async import TalonClient

        options.setdefault("api_key", self.api_key)
        return TalonClient(base_url=self.url, **options)

    def _close(self) -> None:
        if self._client is not None:
            # The test's event loop may be gone; closing on a fresh one is best effort.
            with contextlib.suppress(Exception):
                asyncio.run(self._client.aclose())
            self._client = None


@pytest.fixture(scope="session")
def talon_emulator_server(pytestconfig: pytest.Config) -> Iterator[EmulatorServer]:
    """One emulator for the whole test session, on 127.0.0.1 and a free port."""
    from ._config_load import default_config, load_config
    from ._server import EmulatorServer

    path = str(pytestconfig.getini("talon_emulator_config") or "")
    config = load_config(path) if path else default_config()
    validate = bool(pytestconfig.getini("talon_emulator_validate_responses"))
    with EmulatorServer(
        config, api_key=config.api_key or API_KEY, validate_responses=validate
    ) as server:
        yield server


@pytest.fixture
def talon_emulator(talon_emulator_server: EmulatorServer) -> Iterator[TalonEmulator]:
    """A clean emulator per test: state, faults and counters are reset before it runs."""
    talon_emulator_server.reset()
    handle = TalonEmulator(talon_emulator_server)
    try:
        yield handle
    finally:
        handle._close()
