"""A resumable, shardable batch job over a JSONL file (the engine behind the CLI).

The job knows nothing about HTTP: it reads records, keeps those its shard owns and the
checkpoint has not seen, pushes them through the runner (or the bulk chunker) with the
operation it is given, and journals every outcome: successes to the checkpoint, failures to
the dead letter. Tests drive it with in-process fakes; the CLI with ``TalonClient``.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Awaitable, Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import orjson

from ._bulk import bulk
from ._journal import Checkpoint, DeadLetter, input_fingerprint
from ._keys import Shard
from ._rate import Rate
from ._runner import BatchResult, stream

__all__ = [
    "KEY_FIELDS",
    "InputError",
    "JobConfig",
    "JobSummary",
    "Kind",
    "Operation",
    "Record",
    "read_records",
    "run_job",
]

Kind = Literal["profiles", "events", "audiences"]

#: The field naming the entity each kind of line writes (the serialisation and shard key).
KEY_FIELDS: dict[str, str] = {
    "profiles": "integrationId",
    "events": "profileId",
    "audiences": "profileIntegrationId",
}


class InputError(ValueError):
    """A line that is not valid JSON or lacks its key; reported like a failed call."""


@dataclass(frozen=True, slots=True)
class Record:
    """One input line: ``data`` is the parsed object (or the raw text if it did not parse)."""

    line: int
    data: Any
    key: str | None
    error: InputError | None = None

    @property
    def shard_key(self) -> str:
        """Entity key; lines without one (anonymous events, bad lines) shard by line number."""
        return self.key if self.key is not None else f"#line:{self.line}"


def parse_record(kind: str, line: int, raw: bytes) -> Record:
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        text = raw.decode("utf-8", "replace").rstrip("\n")
        return Record(line, text, None, InputError(f"line {line}: invalid JSON: {exc}"))
    if not isinstance(data, dict):
        return Record(line, data, None, InputError(f"line {line}: expected a JSON object"))
    field_name = KEY_FIELDS[kind]
    key = data.get(field_name)
    if key is None and kind == "events":
        return Record(line, data, None)
    if not isinstance(key, str) or not key:
        return Record(line, data, None, InputError(f"line {line}: {field_name} must be a string"))
    return Record(line, data, key)


def read_records(path: Path, kind: str) -> Iterator[Record]:
    """Stream the file line by line (constant memory); blank lines are not records."""
    with path.open("rb") as f:
        for line, raw in enumerate(f, 1):
            if raw.strip():
                yield parse_record(kind, line, raw)


@dataclass(frozen=True, slots=True)
class Operation:
    """How records are sent: ``call`` once per record, or ``send_chunk`` with prepared
    payloads (``prepare(record)``, at most ``chunk_size`` per request; ``distinct`` names what
    may appear once per request)."""

    call: Callable[[Record], Awaitable[object]] | None = None
    send_chunk: Callable[[list[Any]], Awaitable[Sequence[Any] | None]] | None = None
    prepare: Callable[[Record], Any] | None = None
    chunk_size: int = 1000
    distinct: Callable[[Record], Hashable] | None = None


@dataclass(slots=True)
class JobConfig:
    kind: Kind
    input: Path
    concurrency: int = 64
    rate: Rate = None  # calls/s, or an AdaptiveRate (rate="auto")
    progress: bool = False
    shard: Shard = field(default_factory=Shard)
    checkpoint: Path | None = None
    dead_letter: Path | None = None


@dataclass(slots=True)
class JobSummary:
    """``read == other_shard + already_done + succeeded + failed`` when the job completes."""

    kind: str
    shard: str
    read: int = 0
    other_shard: int = 0
    already_done: int = 0
    succeeded: int = 0
    failed: int = 0
    elapsed: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


async def run_job(config: JobConfig, operation: Operation) -> JobSummary:
    """Run the job to the end (or until cancelled); every record ends up journaled once."""
    summary = JobSummary(config.kind, str(config.shard))
    started = time.perf_counter()
    checkpoint = (
        Checkpoint(
            config.checkpoint,
            {
                "kind": config.kind,
                "shard": str(config.shard),
                "input": input_fingerprint(config.input),
            },
        )
        if config.checkpoint is not None
        else None
    )
    dead_letter = DeadLetter(config.dead_letter) if config.dead_letter is not None else None

    def pending() -> Iterator[Record]:
        for record in read_records(config.input, config.kind):
            summary.read += 1
            if not config.shard.owns(record.shard_key):
                summary.other_shard += 1
            elif checkpoint is not None and checkpoint.is_done(record.line):
                summary.already_done += 1
            else:
                yield record

    def journal(result: BatchResult[Record, Any]) -> None:
        record = result.item
        if result.error is None:
            summary.succeeded += 1
            if checkpoint is not None:
                checkpoint.record(record.line)
        else:
            summary.failed += 1
            if dead_letter is not None:
                dead_letter.write(record.line, record.data, result.error)

    try:
        if operation.send_chunk is not None:
            prepare = operation.prepare or (lambda r: r.data)

            def checked_prepare(record: Record) -> Any:
                if record.error is not None:
                    raise record.error
                return prepare(record)

            async with bulk(
                pending(),
                operation.send_chunk,
                key=lambda r: r.shard_key,
                prepare=checked_prepare,
                distinct=operation.distinct,
                chunk_size=operation.chunk_size,
                concurrency=config.concurrency,
                rate=config.rate,
                progress=config.progress,
            ) as chunked:
                async for result in chunked:
                    journal(result)
        else:
            call = operation.call
            if call is None:
                raise ValueError("Operation needs call or send_chunk")

            async def checked_call(record: Record) -> object:
                if record.error is not None:
                    raise record.error
                return await call(record)

            async with stream(
                pending(),
                checked_call,
                concurrency=config.concurrency,
                key=lambda r: r.key,
                rate=config.rate,
                progress=config.progress,
            ) as results:
                async for result in results:
                    journal(result)
    finally:
        if checkpoint is not None:
            checkpoint.close()
        if dead_letter is not None:
            dead_letter.close()
        summary.elapsed = round(time.perf_counter() - started, 3)
    return summary
