"""Fixtures of the integration suite: the emulator on a real socket, and TalonClients for it.

`talon_emulator_server` overrides the pytest plugin's fixture for this directory only: the same
emulator and API key, with one extra loyalty program (see integration_support.py) and response
validation on, so an emulator answer that strays from our spec fails as a 500 instead of
passing unnoticed. `talon_emulator` (reset before every test) comes from the plugin unchanged.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from integration_support import integration_config

from talon_async import TalonClient
from talon_async.testing import EmulatorServer
from talon_async.testing.pytest_plugin import API_KEY, TalonEmulator


@pytest.fixture(scope="session")
def talon_emulator_server() -> Iterator[EmulatorServer]:
    with EmulatorServer(integration_config(), api_key=API_KEY, validate_responses=True) as server:
        yield server


@pytest.fixture
async def talon(talon_emulator: TalonEmulator) -> AsyncIterator[TalonClient]:
    """A client with the emulator's key; no retries, so every status surfaces as it came."""
    async with talon_emulator.new_client(retry=None, timeout=10.0) as client:
        yield client


@pytest.fixture
async def wrong_key(talon_emulator: TalonEmulator) -> AsyncIterator[TalonClient]:
    """A client whose key the emulator does not accept."""
    assert talon_emulator.api_key == API_KEY  # the emulator checks keys: any other one is wrong
    async with talon_emulator.new_client(
        api_key="tk-not-the-emulator-key", retry=None, timeout=10.0
    ) as client:
        yield client
