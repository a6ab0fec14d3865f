"""A resumable, shardable batch job over a JSONL, CSV or Parquet file (the CLI's engine).

The job knows nothing about HTTP: it reads records, keeps those its shard owns and the
checkpoint has not seen, pushes them through the runner (or the bulk chunker) with the
operation it is given, and journals every outcome in the worker that produced it: successes
to the checkpoint, failures to the dead letter. Tests drive it with in-process fakes; the CLI
with ``TalonClient``.

Resume bound: a kill (even SIGKILL) loses only the outcomes of calls in flight, so a resumed
run sends again at most ``concurrency`` requests' worth of lines: ``concurrency`` lines, or
``concurrency * chunk_size`` for chunked operations.
"""

from __future__ import annotations

import dataclasses
import os
import stat
import time
from collections.abc import Awaitable, Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Literal, Self

import orjson

from ._bulk import bulk
from ._inputs import InputFormat, InputReader, input_format
from ._journal import Checkpoint, DeadLetter, FileId, JobFileError, file_id
from ._keys import Shard, idempotency_key
from ._progress import JobProgress
from ._rate import Rate
from ._runner import BatchResult, stream
from ._storage import (
    Location,
    Remote,
    RemoteCheckpoint,
    RemoteDeadLetter,
    open_remote_input,
    parse_location,
)

__all__ = [
    "KEY_FIELDS",
    "MAX_LINE_BYTES",
    "InputError",
    "Job",
    "JobConfig",
    "JobFileError",
    "JobOperation",
    "JobSummary",
    "Kind",
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

#: A longer line fails as an InputError without being held in memory (Talon.One's request
#: bodies are far smaller; a file without newlines must not be read whole).
MAX_LINE_BYTES = 1 << 20


class InputError(ValueError):
    """A line that is not valid JSON or lacks its key; reported like a failed call."""


class _NotSent(Exception):
    """The job was stopping when this record's turn came: not sent, not journaled."""


@dataclass(frozen=True, slots=True)
class Record:
    """One input line: ``data`` is the parsed object (or the raw text if it did not parse);
    ``raw`` the line's bytes without its line ending."""

    line: int
    data: Any
    key: str | None
    error: InputError | None = None
    raw: bytes = b""

    @property
    def shard_key(self) -> str:
        """Entity key; lines without one (anonymous events, bad lines) shard by line number."""
        return self.key if self.key is not None else f"#line:{self.line}"


def parse_record(kind: str, line: int, raw: bytes) -> Record:
    raw = raw.rstrip(b"\r\n")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        text = raw.decode("utf-8", "replace")
        return Record(line, text, None, InputError(f"line {line}: invalid JSON: {exc}"), raw)
    if not isinstance(data, dict):
        return Record(line, data, None, InputError(f"line {line}: expected a JSON object"), raw)
    field_name = KEY_FIELDS[kind]
    key = data.get(field_name)
    if key is None and kind == "events":
        return Record(line, data, None, None, raw)
    if not isinstance(key, str) or not key:
        error = InputError(f"line {line}: {field_name} must be a string")
        return Record(line, data, None, error, raw)
    return Record(line, data, key, None, raw)


def read_records(
    f: BinaryIO, kind: str, *, on_position: Callable[[int], None] | None = None
) -> Iterator[Record]:
    """Stream the file line by line in constant memory; blank lines are not records.

    ``on_position(bytes consumed)`` follows the reader (the progress bar). A line longer
    than :data:`MAX_LINE_BYTES` is skipped in bounded pieces and reported as an InputError.
    """
    line = 0
    while raw := f.readline(MAX_LINE_BYTES + 1):
        line += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            size = len(raw)
            while not raw.endswith(b"\n") and (raw := f.readline(MAX_LINE_BYTES)):
                size += len(raw)
            error = InputError(f"line {line}: longer than {MAX_LINE_BYTES} bytes ({size})")
            record = Record(line, f"<{size} bytes not shown>", None, error)
        elif raw.strip():
            record = parse_record(kind, line, raw)
        else:
            continue
        if on_position is not None:
            on_position(f.tell())
        yield record
    if on_position is not None:
        on_position(f.tell())


@dataclass(frozen=True, slots=True)
class JobOperation:
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
    """``input``, ``checkpoint`` and ``dead_letter`` are paths or fsspec URLs (``_storage``)."""

    kind: Kind
    input: Path | str
    concurrency: int = 64
    rate: Rate = None  # calls/s, or an AdaptiveRate (rate="auto")
    progress: bool = False
    shard: Shard = field(default_factory=Shard)
    checkpoint: Path | str | None = None
    dead_letter: Path | str | None = None
    format: InputFormat | None = None  # jsonl, csv, parquet; None: by the input's extension
    storage_options: dict[str, Any] | None = None  # for fsspec, e.g. {"endpoint_url": ...}
    #: only the lines starting in [start, end) bytes of the input (a Dask partition; JSONL
    #: only; the bounds sit at line starts, line numbers count from the range's start)
    byte_range: tuple[int, int] | None = None
    #: False: a dead-lettered line is recorded in the checkpoint too and not sent again on
    #: resume (Dask partitions: each line ends in exactly one of the two records)
    retry_failed: bool = True


@dataclass(slots=True)
class JobSummary:
    """``read == other_shard + already_done + succeeded + failed + unfinished``, always;
    ``unfinished`` (read but not sent, or cut off in flight) is 0 unless ``interrupted``."""

    kind: str
    shard: str
    read: int = 0
    other_shard: int = 0
    already_done: int = 0
    succeeded: int = 0
    failed: int = 0
    unfinished: int = 0
    interrupted: bool = False
    elapsed: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _open_input(path: Path) -> BinaryIO:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO must not hang the open
    except OSError as exc:
        raise JobFileError(f"cannot read input {path}: {exc.strerror}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise JobFileError(f"input {path} is not a regular file")
    return os.fdopen(fd, "rb")


class Job:
    """One run of a job: ``open()`` its files (every file problem surfaces here, before a
    request is sent), ``run(operation)``, ``stop()`` to wind down, ``close()``.

    ``with Job(config) as job: summary = await job.run(operation)``.
    """

    def __init__(self, config: JobConfig) -> None:
        self.config = config
        self.summary = JobSummary(config.kind, str(config.shard))
        self._input: BinaryIO | None = None
        self._reader: InputReader | None = None
        self._checkpoint: Checkpoint | RemoteCheckpoint | None = None
        self._dead_letter: DeadLetter | RemoteDeadLetter | None = None
        self._progress: JobProgress | None = None
        self._stopping = False

    # -- files ---------------------------------------------------------------------------
    def open(self) -> Self:
        config = self.config
        options = config.storage_options

        def where(value: Path | str | None, what: str) -> Location | None:
            return None if value is None else parse_location(value, what, options)

        source = where(config.input, "input")
        checkpoint, dead_letter = (
            where(config.checkpoint, "checkpoint"),
            where(config.dead_letter, "dead letter"),
        )
        try:
            taken: set[FileId] = set()  # local files: compared by device and inode
            remotes: list[Remote] = []  # remote ones: by URL, prefixes included
            size: int | None = None  # a local file's comes from fstat
            if isinstance(source, Remote):
                self._input, size = open_remote_input(source)
                remotes.append(source)
            else:
                assert source is not None
                self._input = _open_input(source)
                taken.add(file_id(os.fstat(self._input.fileno())))
            self._reader = InputReader(  # refuses a byte range of anything but JSONL
                self._input,
                input_format(str(config.input), config.format),
                str(source),
                size=size,
                byte_range=config.byte_range,
            )
            if checkpoint is not None:
                header: dict[str, Any] = {
                    "kind": config.kind,
                    "shard": str(config.shard),
                    "input": self._reader.fingerprint(),
                }
                if config.byte_range is not None:
                    header["bytes"] = list(config.byte_range)
                if isinstance(checkpoint, Remote):
                    self._checkpoint = RemoteCheckpoint(
                        checkpoint, header, forbidden=tuple(remotes)
                    )
                    remotes.append(checkpoint)
                else:
                    self._checkpoint = Checkpoint(checkpoint, header, forbidden=taken)
                    taken.add(self._checkpoint.file_id)
            if isinstance(dead_letter, Remote):
                self._dead_letter = RemoteDeadLetter(dead_letter, forbidden=tuple(remotes))
            elif dead_letter is not None:
                self._dead_letter = DeadLetter(dead_letter, forbidden=taken)
            if isinstance(self._checkpoint, RemoteCheckpoint) and self._dead_letter is not None:
                self._checkpoint.before_flush = self._flush_dead_letter
        except BaseException:
            self.close()
            raise
        return self

    def _flush_dead_letter(self) -> None:
        if isinstance(self._dead_letter, RemoteDeadLetter):
            self._dead_letter.flush()

    def close(self) -> None:
        """Sync and close the journal files (idempotent)."""
        if self._progress is not None:
            self._progress.close()
            self._progress = None
        # the dead letter first: a remote checkpoint's last segment may name failed lines
        for closer in (self._dead_letter, self._checkpoint, self._input):
            if closer is not None:
                closer.close()
        self._checkpoint = self._dead_letter = self._input = self._reader = None

    def __enter__(self) -> Self:
        return self.open()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- keys ----------------------------------------------------------------------------
    @property
    def job_id(self) -> str | None:
        """Random per job, kept in the checkpoint; None without a checkpoint."""
        return self._checkpoint.job_id if self._checkpoint is not None else None

    def idempotency_key(self, record: Record) -> str:
        """The same in every resumed run of this job, different for every other line or job."""
        if self._checkpoint is None:
            raise ValueError("idempotency keys need a checkpoint, which keeps the job id")
        return idempotency_key(self._checkpoint.job_id, record.line, record.raw)

    # -- running -------------------------------------------------------------------------
    def stop(self) -> None:
        """Wind down: read no further and start no new call; calls in flight finish and are
        journaled. ``run`` then returns a summary with ``interrupted`` set."""
        self._stopping = True
        self.summary.interrupted = True

    async def run(self, operation: JobOperation) -> JobSummary:
        """Run to the end of the input, or until stopped or cancelled; every outcome is
        journaled once, in the worker that produced it."""
        if self._input is None or self._reader is None:
            raise RuntimeError("Job.open() first")
        config, summary = self.config, self.summary
        checkpoint, dead_letter = self._checkpoint, self._dead_letter
        if config.progress:
            total, unit = self._reader.progress_total()
            name = str(config.input).rstrip("/").rsplit("/", 1)[-1]
            self._progress = JobProgress(total, name, unit=unit)
        progress = self._progress
        records = self._reader.records(
            config.kind, on_position=progress.read_to if progress else None
        )

        def pending() -> Iterator[Record]:
            while not self._stopping:
                record = next(records, None)
                if record is None:
                    return
                summary.read += 1
                if not config.shard.owns(record.shard_key):
                    summary.other_shard += 1
                elif checkpoint is not None and checkpoint.is_done(record.line):
                    summary.already_done += 1
                else:
                    yield record

        def journal(result: BatchResult[Record, Any]) -> None:
            record, error = result.item, result.error
            if isinstance(error, _NotSent):
                return
            if error is None:
                if checkpoint is not None:
                    checkpoint.record(record.line)
                summary.succeeded += 1
            else:
                if dead_letter is not None:
                    dead_letter.write(record.line, record.data, error)
                    if checkpoint is not None and not config.retry_failed:
                        checkpoint.record(record.line)  # after its dead-letter entry
                summary.failed += 1
            if progress is not None:
                progress.finished(error is None)

        started = time.perf_counter()
        try:
            if operation.send_chunk is not None:
                await self._run_chunked(operation, operation.send_chunk, pending(), journal)
            else:
                await self._run_per_record(operation, pending(), journal)
        finally:
            summary.unfinished = (
                summary.read
                - summary.other_shard
                - summary.already_done
                - summary.succeeded
                - summary.failed
            )
            summary.elapsed = round(time.perf_counter() - started, 3)
            if progress is not None:
                progress.close()
                self._progress = None
        return summary

    async def _run_per_record(
        self,
        operation: JobOperation,
        records: Iterator[Record],
        journal: Callable[[BatchResult[Record, Any]], None],
    ) -> None:
        call = operation.call
        if call is None:
            raise ValueError("JobOperation needs call or send_chunk")

        async def checked_call(record: Record) -> object:
            if self._stopping:
                raise _NotSent
            if record.error is not None:
                raise record.error
            return await call(record)

        async with stream(
            records,
            checked_call,
            concurrency=self.config.concurrency,
            key=lambda r: r.key,
            rate=self.config.rate,
            on_result=journal,
        ) as results:
            async for _ in results:
                pass  # journaled by the worker already

    async def _run_chunked(
        self,
        operation: JobOperation,
        send_chunk: Callable[[list[Any]], Awaitable[Sequence[Any] | None]],
        records: Iterator[Record],
        journal: Callable[[BatchResult[Record, Any]], None],
    ) -> None:
        prepare = operation.prepare or (lambda r: r.data)

        def checked_prepare(record: Record) -> Any:
            if record.error is not None:
                raise record.error
            return prepare(record)

        async def checked_send(payloads: list[Any]) -> Sequence[Any] | None:
            if self._stopping:
                raise _NotSent
            return await send_chunk(payloads)

        async with bulk(
            records,
            checked_send,
            key=lambda r: r.shard_key,
            prepare=checked_prepare,
            distinct=operation.distinct,
            chunk_size=operation.chunk_size,
            concurrency=self.config.concurrency,
            rate=self.config.rate,
            on_result=journal,
        ) as results:
            async for _ in results:
                pass


async def run_job(config: JobConfig, operation: JobOperation) -> JobSummary:
    """Open the job's files, run it to the end (or until cancelled) and close them."""
    with Job(config) as job:
        return await job.run(operation)
