"""Fixtures of the security suite: hostile servers on 127.0.0.1, written in these tests.

The raw scripted server of the reliability suite (`tests/reliability/faultserver.py`) is reused
by import, not copied.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "reliability"))

from faultserver import FaultServer


@pytest.fixture
async def fault_server() -> AsyncIterator[FaultServer]:
    async with FaultServer() as server:
        yield server
