"""Run N profile updates through the batch machinery and print peak memory (a subprocess of
test_batch_memory, so each measurement starts from a fresh interpreter).

usage: memory_probe.py N {runner,job,parquet} {rss,tracemalloc} [INPUT]

``job`` reads a JSONL file, ``parquet`` a Parquet file, written first by this process unless
INPUT names one with N rows already (``write_input``): writing Parquet here would leave
pyarrow's allocator holding ~50 MB that the job itself never needs, so
benchmarks/batch_memory.py writes both inputs beforehand and passes them.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import tempfile
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from talon_async import batch
from talon_async.batch._job import JobConfig, JobOperation, Record, run_job

CONCURRENCY = 256


def profiles(n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {
            "integrationId": f"p{i % 50_000}",
            "attributes": {"name": f"user {i}", "tier": "gold", "points": i},
        }


async def update(profile: object) -> dict[str, bool]:
    await asyncio.sleep(0)  # one trip through the event loop, like a very fast server
    return {"ok": True}


async def runner(n: int) -> None:
    summary = await batch.run(
        profiles(n), update, concurrency=CONCURRENCY, key=lambda p: p["integrationId"]
    )
    assert summary.succeeded == n, summary


def write_parquet(n: int, source: Path) -> None:
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    schema = pa.schema(
        [
            ("integrationId", pa.string()),
            (
                "attributes",
                pa.struct([("name", pa.string()), ("tier", pa.string()), ("points", pa.int64())]),
            ),
        ]
    )
    rows = profiles(n)
    with pq.ParquetWriter(source, schema) as writer:
        while group := [p for _, p in zip(range(10_000), rows, strict=False)]:
            writer.write_table(pa.Table.from_pylist(group, schema=schema))


def write_input(n: int, source: Path) -> None:
    """N profiles as JSONL, or as Parquet if ``source`` ends in ``.parquet``."""
    if source.suffix == ".parquet":
        write_parquet(n, source)
        return
    with source.open("w") as f:
        for p in profiles(n):
            f.write(json.dumps(p) + "\n")


async def job(n: int, workdir: Path, fmt: str = "jsonl", source: Path | None = None) -> None:
    if source is None:
        source = workdir / f"profiles.{fmt}"
        write_input(n, source)

    async def call(record: Record) -> object:
        return await update(record.data)

    config = JobConfig(
        "profiles",
        source,
        concurrency=CONCURRENCY,
        checkpoint=workdir / "ckpt",
        dead_letter=workdir / "dead.jsonl",
    )
    summary = await run_job(config, JobOperation(call=call))
    assert summary.succeeded == n, summary


def main() -> None:
    n, mode, measure = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    if measure == "tracemalloc":
        tracemalloc.start()
    with tempfile.TemporaryDirectory() as tmp:
        if mode == "runner":
            asyncio.run(runner(n))
        else:
            fmt = "parquet" if mode == "parquet" else "jsonl"
            source = Path(sys.argv[4]) if len(sys.argv) > 4 else None
            asyncio.run(job(n, Path(tmp), fmt, source))
    if measure == "tracemalloc":
        print(tracemalloc.get_traced_memory()[1])
    else:
        print(peak_rss())


def peak_rss() -> int:
    """Peak RSS in bytes of this process image.

    VmHWM, not ru_maxrss: after fork+exec, Linux's ru_maxrss still counts the parent's pages
    from before the exec, so a child of a large pytest process would report pytest's size.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


if __name__ == "__main__":
    main()
