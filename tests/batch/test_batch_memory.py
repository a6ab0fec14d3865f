"""Memory stays flat with input size: 100k items at 256 in flight vs 10k (issue 5's goal).

Each measurement runs memory_probe.py in a fresh interpreter, so imports and earlier tests do
not blur the figures. RSS (ru_maxrss) is the goal's unit; tracemalloc's peak counts only
Python allocations and so shows any per-item growth that RSS would hide under the imports.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("memory_probe.py")
MIB = 1 << 20


async def probe(n: int, mode: str, measure: str) -> int:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        str(PROBE),
        str(n),
        mode,
        measure,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 1800)  # a hang guard, not a bound
    assert proc.returncode == 0, err.decode()
    return int(out)


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["runner", "job"])
async def test_100k_items_use_no_more_memory_than_10k(mode: str) -> None:
    rss_10k, rss_100k, peak_10k, peak_100k = await asyncio.gather(
        probe(10_000, mode, "rss"),
        probe(100_000, mode, "rss"),
        probe(10_000, mode, "tracemalloc"),
        probe(100_000, mode, "tracemalloc"),
    )
    report = (
        f"{mode}: RSS 10k {rss_10k / MIB:.1f} MiB, 100k {rss_100k / MIB:.1f} MiB; "
        f"Python peak 10k {peak_10k / MIB:.2f} MiB, 100k {peak_100k / MIB:.2f} MiB"
    )
    print(report)
    assert rss_100k < 150 * MIB, report
    assert rss_100k <= 1.10 * rss_10k, report
    assert peak_100k <= 1.10 * peak_10k, report
