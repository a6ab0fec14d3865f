"""A batch job over a Dask cluster: the input split into byte ranges at line starts, one task
per range, each running the ordinary :class:`~._job.Job` in an event loop of its worker
process with its share of the rate.

Every partition journals to ``<journal>/part-NNNNN.ckpt`` and ``part-NNNNN.dead.jsonl`` (a
shared directory or an fsspec URL prefix that every worker reaches), with failures recorded in
the checkpoint too (``retry_failed=False``): a line ends in exactly one of the two records. When
a worker dies, Dask runs its task again elsewhere; that run opens the same checkpoint and skips
what was recorded, so only calls in flight at the kill (plus, on object stores, the unflushed
segment: ``_storage``) are sent again. The summary is computed from the journals at the end,
not from the runs that happened to finish, so it is exact whatever was killed.

Rates: a numeric ``rate`` is the whole job's, and each partition gets its share: ``rate``
divided by the partitions that can run at once (``min(partitions, worker threads)``).
``rate="auto"`` runs the batch runner's :class:`~._rate.AdaptiveRate` (CUBIC) in each
partition, in its worker's event loop: the partitions adapt independently, each to the 429s
its own requests get, and so share the server's limit between them; a ``max_rate`` ceiling is
the whole job's and is split exactly like a numeric rate, so ``rate=N`` and
``rate="auto", max_rate=N`` never send more than N requests/s together.

Failures: with ``dead_letter`` the partitions' dead letters are merged at the end of each run
into that one file, in input order (``_merge``); the per-partition ones stay, for resuming.

The API key is read from ``TALON_API_KEY`` in each worker's environment: it never travels in
the task graph, where Dask could log it.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import math
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

from ._inputs import InputFormat, input_format
from ._job import MAX_LINE_BYTES, Job, JobConfig, JobOperation, JobSummary, Kind, _open_input
from ._journal import JobFileError
from ._merge import check_target, merge_dead_letters
from ._rate import AdaptiveRate, adaptive_rate
from ._storage import Location, Remote, open_remote_input, parse_location

if TYPE_CHECKING:
    from distributed import Client

    from .._client import TalonClient

__all__ = ["DaskSummary", "run_on_dask", "split_lines"]

#: Builds the operation of a partition in its worker (module-level, so it pickles).
OperationFactory = Callable[["TalonClient", Job], JobOperation]


@dataclass(slots=True)
class DaskSummary:
    """``read == succeeded + failed`` once every partition finished; ``failed`` is also the
    number of entries of the merged dead letter, if one was asked for. ``resumed`` partitions
    found a checkpoint of an earlier (killed) run; ``dead_letter_repeats`` counts dead-letter
    entries of a line seen before (0 unless a worker died between its two journal writes),
    left out of the merged dead letter. With ``rate="auto"``, ``throttles`` and ``cuts`` add
    up what the partitions' rate controllers saw (429s, and 503s with Retry-After) and did
    (rate cuts), in each partition's last run."""

    kind: str
    partitions: int
    read: int = 0
    succeeded: int = 0
    failed: int = 0
    resumed: int = 0
    dead_letter_repeats: int = 0
    throttles: int = 0
    cuts: int = 0
    elapsed: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        """The summary as the CLI prints it (one JSON object)."""
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class _Partition:
    index: int
    kind: Kind
    input: str
    byte_range: tuple[int, int]
    checkpoint: str
    dead_letter: str
    concurrency: int
    rate: float | None  # this partition's share: calls/s, or the ceiling of an adaptive rate
    adaptive: bool
    count_lines: bool  # report the range's lines: the merged dead letter numbers from them
    client_options: dict[str, Any]
    operation_options: dict[str, Any]
    storage_options: dict[str, Any] | None
    make_operation: OperationFactory | None


def _open(where: Location) -> tuple[BinaryIO, int]:
    if isinstance(where, Remote):
        return open_remote_input(where)
    f = _open_input(where)
    return f, os.fstat(f.fileno()).st_size


def split_lines(f: BinaryIO, size: int, parts: int) -> list[tuple[int, int]]:
    """``parts`` byte ranges of about equal size, each starting at a line start (fewer when
    lines are long); together they cover the file exactly once."""
    starts = [0]
    for i in range(1, parts):
        f.seek(max(size * i // parts - 1, starts[-1]))
        while (chunk := f.readline(MAX_LINE_BYTES)) and not chunk.endswith(b"\n"):
            pass  # the rest of the line the cut fell into
        if (start := f.tell()) < size and start > starts[-1]:
            starts.append(start)
    return list(zip(starts, [*starts[1:], size], strict=True))


def _journal_child(journal: Location, name: str) -> str:
    return journal.child(name).url if isinstance(journal, Remote) else str(journal / name)


def _default_operation(options: Mapping[str, Any]) -> OperationFactory:
    def make(talon: TalonClient, job: Job) -> JobOperation:
        from .._cli import _operation  # the CLI's mapping of kinds to calls, one place

        args = argparse.Namespace(
            **{"bulk": False, "chunk_size": 1000, "idempotency_keys": False, **options}
        )
        return _operation(job.config.kind, talon, args, job)

    return make


def _run_partition(part: _Partition) -> dict[str, Any]:
    """A Dask task: run one partition to its end in a fresh event loop of this worker."""
    return asyncio.run(_partition_job(part))


async def _partition_job(part: _Partition) -> dict[str, Any]:
    from .._client import TalonClient

    rate: float | AdaptiveRate | None = part.rate
    if part.adaptive:  # built here: a controller lives in one event loop
        ceiling = part.rate
        rate = AdaptiveRate(max_rate=ceiling, min_rate=min(0.5, ceiling or 0.5))
    config = JobConfig(
        kind=part.kind,
        input=part.input,
        concurrency=part.concurrency,
        rate=rate,
        checkpoint=part.checkpoint,
        dead_letter=part.dead_letter,
        storage_options=part.storage_options,
        format="jsonl",  # checked by run_on_dask: byte ranges split JSONL only
        byte_range=part.byte_range,
        retry_failed=False,
    )
    make = part.make_operation or _default_operation(part.operation_options)
    with Job(config) as job:
        options = {"max_connections": max(part.concurrency, 10), **part.client_options}
        async with TalonClient(os.environ.get("TALON_API_KEY"), **options) as talon:
            summary: JobSummary = await job.run(make(talon, job))
    result = summary.as_dict()
    if isinstance(rate, AdaptiveRate):
        result.update(throttles=rate.throttles, cuts=rate.cuts)
    if part.count_lines:
        result["lines"] = count_lines(part.input, part.byte_range, part.storage_options)
    return result


def count_lines(
    input: str, byte_range: tuple[int, int], storage_options: dict[str, Any] | None = None
) -> int:
    """Lines in a byte range as the reader numbers them (blank ones too): a second read of
    a partition's range, in 1 MiB pieces, only when a merged dead letter needs it."""
    f, _ = _open(parse_location(input, "input", storage_options))
    start, end = byte_range
    lines, last = 0, b"\n"
    with f:
        f.seek(start)
        while (left := end - f.tell()) > 0 and (chunk := f.read(min(left, 1 << 20))):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")


def run_on_dask(
    scheduler: str | Client,
    kind: Kind,
    input: str | Path,
    journal: str | Path,
    *,
    partitions: int | None = None,
    concurrency: int = 64,
    rate: float | Literal["auto"] | None = None,
    max_rate: float | None = None,
    dead_letter: str | Path | None = None,
    client_options: Mapping[str, Any] | None = None,
    operation_options: Mapping[str, Any] | None = None,
    storage_options: Mapping[str, Any] | None = None,
    make_operation: OperationFactory | None = None,
    format: InputFormat | None = None,
) -> DaskSummary:
    """Run a JSONL job over a Dask cluster and return its exact summary (module doc).

    ``scheduler`` is an address (``tcp://host:8786``) or a ``distributed.Client``;
    ``journal`` a directory or URL prefix every worker reaches (run again with the same one
    to resume). ``partitions`` defaults to twice the cluster's threads (with ``rate="auto"``,
    to its threads: benchmarks/dask_throttled.py); ``concurrency`` is
    per partition; ``rate`` (calls/s) is the whole job's, shared evenly by the partitions that
    can run at once; ``rate="auto"`` adapts each partition's rate to the server's 429s, under
    ``max_rate`` (the whole job's ceiling, shared the same way). ``dead_letter`` (a path or
    URL) receives all failed lines once, in input order, at the end of each run.
    ``client_options`` go to each worker's ``TalonClient`` (base_url, server_index, ...);
    ``operation_options`` to the CLI's operation (bulk, chunk_size). ``format`` (default: by
    extension) must be JSONL: only JSONL splits at line starts.
    """
    from distributed import Client

    fmt = input_format(str(input), format)
    if fmt != "jsonl":
        raise ValueError(f"run_on_dask splits JSONL only, not {fmt} ({input}): convert it")
    if isinstance(rate, int | float) and not (math.isfinite(rate) and rate > 0):
        raise ValueError(f"rate must be calls per second > 0, 'auto' or None, got {rate!r}")
    adaptive_rate(rate, max_rate)  # refuses what batch.run refuses, with its words
    started = time.perf_counter()
    options = dict(storage_options or {})
    source = parse_location(input, "input", options)
    where = parse_location(journal, "journal", options)
    if isinstance(where, Path) and not where.is_dir():
        raise JobFileError(f"journal {where} is not a directory")
    target = None if dead_letter is None else parse_location(dead_letter, "dead letter", options)
    if target is not None:
        check_target(target, input=source, journal=where)
    own = not isinstance(scheduler, Client)
    client: Any = Client(scheduler) if isinstance(scheduler, str) else scheduler  # type: ignore[no-untyped-call]
    try:
        threads = max(sum(client.nthreads().values()), 1)
        f, size = _open(source)
        with f:
            # auto: one partition per thread, each with one controller for the whole job (a
            # partition starting later learns the limit again); else two, to balance the load
            ranges = split_lines(
                f, size, partitions or (threads if rate == "auto" else 2 * threads)
            )
        running = min(len(ranges), threads)
        total = max_rate if rate == "auto" else rate
        input_text = source.url if isinstance(source, Remote) else str(source)
        parts = [
            _Partition(
                index=i,
                kind=kind,
                input=input_text,
                byte_range=byte_range,
                checkpoint=_journal_child(where, f"part-{i:05d}.ckpt"),
                dead_letter=_journal_child(where, f"part-{i:05d}.dead.jsonl"),
                concurrency=concurrency,
                rate=None if total is None else float(total) / running,
                adaptive=rate == "auto",
                count_lines=target is not None,
                client_options=dict(client_options or {}),
                operation_options=dict(operation_options or {}),
                storage_options=options or None,
                make_operation=make_operation,
            )
            for i, byte_range in enumerate(ranges)
        ]
        futures = client.map(_run_partition, parts, pure=False)
        results: list[dict[str, Any]] = client.gather(futures)
    finally:
        if own:
            client.close()
    journals: list[tuple[Location, int]] = []
    lines_before = 0
    for part, result in zip(parts, results, strict=True):
        journals.append((parse_location(part.dead_letter, "dead letter", options), lines_before))
        lines_before += result.get("lines", 0)
    if target is not None:
        check_target(target, input=source, journal=where)  # again: it may have changed since
    summary = DaskSummary(kind, len(parts))
    for result, failures in zip(results, merge_dead_letters(journals, target), strict=True):
        failed = failures.distinct
        done = result["already_done"] + result["succeeded"] + result["failed"]
        summary.read += result["read"]
        summary.failed += failed
        summary.succeeded += done - failed
        summary.resumed += result["already_done"] > 0
        summary.dead_letter_repeats += failures.repeats
        summary.throttles += result.get("throttles", 0)
        summary.cuts += result.get("cuts", 0)
    summary.elapsed = round(time.perf_counter() - started, 3)
    return summary
