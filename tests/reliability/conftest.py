"""Fixtures of the reliability suite; `slow` tests here run only under `make soak`.

`make soak` runs `pytest -m slow tests/reliability` with larger numbers (env vars
RELIABILITY_ITEMS, RELIABILITY_OUTAGE_S, RELIABILITY_FUZZ_EXAMPLES); a plain `pytest` run
skips the `slow` ones of this folder so CI stays within a few minutes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from faultserver import FaultServer
from rel_support import FIGURES

HERE = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "slow" in (config.option.markexpr or ""):
        return
    skip = pytest.mark.skip(reason="soak test: run with `make soak`")
    for item in items:
        if HERE in Path(str(item.fspath)).parents and item.get_closest_marker("slow"):
            item.add_marker(skip)


@pytest.fixture
async def fault_server() -> AsyncIterator[FaultServer]:
    async with FaultServer() as server:
        yield server


_MATRIX_ROWS: list[tuple[Any, ...]] = []


@pytest.fixture(scope="session")
def matrix_rows() -> list[tuple[Any, ...]]:
    """(fault, method, attempts seen server-side, outcome, seconds) of every matrix case run."""
    return _MATRIX_ROWS


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if FIGURES:
        terminalreporter.section("reliability figures")
        for name, value in sorted(FIGURES.items()):
            terminalreporter.write_line(f"{name}: {value}")
    if not _MATRIX_ROWS:
        return
    write = terminalreporter.write_line
    terminalreporter.section("fault matrix (server-side attempts, outcome)")
    write(f"{'fault':34} {'method':9} {'attempts':>8}  {'outcome':16} {'seconds':>7}")
    for fault, method, seen, outcome, elapsed in _MATRIX_ROWS:
        write(f"{fault:34} {method:9} {seen:>8}  {outcome!s:16} {elapsed:7.2f}")
    faults = {row[0] for row in _MATRIX_ROWS}
    write(f"{len(_MATRIX_ROWS)} cases, {len(faults)} faults x {{GET, PUT, POST, POST+key}}")
