"""Fixtures of the conformance suites: the emulator on a real socket, as a client would meet it.

The suites drive the emulator with clients nobody here wrote (Talon.One's Python SDK,
Schemathesis); `talon-async[conformance]` installs them (`make install` does).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from talon_async.testing import EmulatorServer

API_KEY = "conformance-key"


@pytest.fixture(scope="session")
def emulator() -> Iterator[EmulatorServer]:
    """One emulator for the suites (tests reset it where they need a clean start)."""
    with EmulatorServer(api_key=API_KEY) as server:
        yield server
