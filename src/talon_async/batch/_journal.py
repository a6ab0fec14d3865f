"""Checkpoint and dead-letter files of a batch job.

Durability model: every outcome is handed to the kernel with ``write(2)`` by the worker whose
call just ended, before that worker does anything else (``stream(on_result=...)``), so a killed
process (even SIGKILL) loses no recorded outcome; only calls in flight at the moment of the kill
are unrecorded and get sent again on resume (at-least-once for those, exactly-once for the
rest). ``fsync`` runs at most once per ``fsync_interval`` and on close, which bounds what a
machine crash can lose to that window. Python's buffered file objects are avoided on purpose:
their buffer dies with the process.

Safety model: a checkpoint path is only ever replaced when it holds nothing or one of our
checkpoints (read with bounded lines, regular files only, never through a symlink); the
replacement is written to a fresh ``mkstemp`` file (``O_EXCL``, ``O_NOFOLLOW``) and renamed over
it. Neither file may be the input (compared by device and inode on the opened descriptors, so
another path or a hard link to the input is caught). Every problem is a :class:`JobFileError`
with a one-line message.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import secrets
import stat
import tempfile
import time
from collections.abc import Collection
from pathlib import Path
from typing import Any, BinaryIO

import orjson

__all__ = [
    "Checkpoint",
    "CheckpointMismatch",
    "DeadLetter",
    "FileId",
    "JobFileError",
    "describe_error",
    "file_id",
    "input_fingerprint",
]

_MAGIC = "talon_async_checkpoint"
_VERSION = 2
_MAX_HEADER = 64 * 1024  # our header is a few hundred bytes; a longer first line is not ours
_ENTRY = re.compile(rb"(W )?([0-9]{1,18})\n")
_MAX_ENTRY = 2 + 18 + 1
_JOB_ID = re.compile(r"[0-9a-f]{32}")

#: (st_dev, st_ino): what makes two paths (or a path and a hard link) the same file.
FileId = tuple[int, int]


class JobFileError(Exception):
    """An input, checkpoint or dead-letter file that cannot be used as given, or a write to it
    that failed (disk full, ...). The job stops rather than send calls whose outcome it could
    not record; the CLI prints the one-line message and exits 2."""


class CheckpointMismatch(JobFileError, ValueError):
    """The checkpoint belongs to another input, kind or shard; resuming would skip wrong lines."""


def file_id(st: os.stat_result) -> FileId:
    return st.st_dev, st.st_ino


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def input_fingerprint(f: BinaryIO, size: int | None = None) -> dict[str, Any]:
    """Size plus a hash of the first MiB: cheap, and catches a replaced or rewritten input."""
    f.seek(0)
    head = f.read(1 << 20)
    f.seek(0)
    if size is None:
        size = os.fstat(f.fileno()).st_size
    return {"size": size, "sha256_1mib": hashlib.sha256(head).hexdigest()}


def _write_all(fd: int, data: bytes, what: str) -> None:
    view = memoryview(data)
    try:
        while view:
            written = os.write(fd, view)
            if written <= 0:
                raise OSError(0, "nothing written")
            view = view[written:]
    except OSError as exc:
        raise JobFileError(f"cannot write {what}: {_reason(exc)}") from None


class Checkpoint:
    """Line numbers (1-based) of input lines that succeeded, and the job's id.

    On disk: a JSON header line (``{"talon_async_checkpoint": 2, "job": <id>, "kind", "shard",
    "input"}``), ``W <n>`` (every line <= n is done), then one line number per line in
    completion order. Opening compacts the file (header, watermark, the sparse rest) through a
    temporary file and an atomic rename; a torn last line from a crash is ignored. The job id
    is random when the checkpoint is created and kept for its life: resumed runs of one job
    share it, two jobs never do (it seeds ``--idempotency-keys``).
    """

    def __init__(
        self,
        path: Path,
        header: dict[str, Any],
        *,
        fsync_interval: float = 1.0,
        forbidden: Collection[FileId] = (),
    ) -> None:
        self.path = path
        self._expected = {_MAGIC: _VERSION, **header}
        self._fsync_interval = fsync_interval
        self._forbidden = forbidden
        self._fd = -1
        job_id, self._watermark, self._done = self._load()
        self.job_id = job_id or secrets.token_hex(16)
        self._header = {**self._expected, "job": self.job_id}
        self._fd = self._compact()
        self._last_sync = time.monotonic()
        self._dirty = False

    @property
    def completed(self) -> int:
        return self._watermark + len(self._done)

    @property
    def file_id(self) -> FileId:
        return file_id(os.fstat(self._fd))

    def is_done(self, line: int) -> bool:
        return line <= self._watermark or line in self._done

    def record(self, line: int) -> None:
        _write_all(self._fd, b"%d\n" % line, f"checkpoint {self.path}")
        self._dirty = True
        now = time.monotonic()
        if now - self._last_sync >= self._fsync_interval:
            with contextlib.suppress(OSError):
                os.fsync(self._fd)
            self._last_sync = now
            self._dirty = False

    def close(self) -> None:
        if self._fd < 0:
            return
        with contextlib.suppress(OSError):
            if self._dirty:
                os.fsync(self._fd)
        os.close(self._fd)
        self._fd = -1

    # -- opening -------------------------------------------------------------------------
    def _load(self) -> tuple[str | None, int, set[int]]:
        """Read an existing checkpoint of this job; refuse anything else, touching nothing."""
        path = self.path
        try:
            # O_NONBLOCK: opening a FIFO must not hang; O_NOFOLLOW: never read through a link.
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except FileNotFoundError:
            return None, 0, set()
        except OSError as exc:
            if os.path.islink(path):
                raise JobFileError(
                    f"checkpoint {path} is a symbolic link; give the file itself"
                ) from None
            raise JobFileError(f"cannot read checkpoint {path}: {_reason(exc)}") from None
        st = os.fstat(fd)
        problem = None
        if stat.S_ISDIR(st.st_mode):
            problem = f"checkpoint {path} is a directory; give a file path"
        elif not stat.S_ISREG(st.st_mode):
            problem = f"checkpoint {path} is not a regular file"
        elif file_id(st) in self._forbidden:
            problem = f"checkpoint {path} is the input file; give another path"
        if problem is not None:
            os.close(fd)
            raise JobFileError(problem)
        with os.fdopen(fd, "rb") as f:
            try:
                return self._parse(f)
            except OSError as exc:
                raise JobFileError(f"cannot read checkpoint {path}: {_reason(exc)}") from None

    def _parse(self, f: BinaryIO) -> tuple[str | None, int, set[int]]:
        job_id = read_header(f, self._expected, str(self.path))
        if job_id is None:
            return None, 0, set()  # an empty file holds nothing to lose
        done: set[int] = set()
        watermark = read_entries(f, str(self.path), done)
        return job_id, *settle(watermark, done)

    def _compact(self) -> int:
        """Write header + state to a fresh temp file, rename it over the path, keep its fd."""
        parent = self.path.parent
        try:
            # mkstemp: O_CREAT | O_EXCL | O_NOFOLLOW under a random name, mode 0600; a file or
            # link planted at any predictable name is never opened, let alone written through.
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=parent)
        except FileNotFoundError:
            raise JobFileError(
                f"cannot create checkpoint {self.path}: directory {parent} does not exist"
            ) from None
        except OSError as exc:
            raise JobFileError(f"cannot create checkpoint {self.path}: {_reason(exc)}") from None
        try:
            _write_all(
                fd, compacted(self._header, self._watermark, self._done), f"checkpoint {self.path}"
            )
            try:
                os.fsync(fd)
                os.replace(tmp, self.path)
            except OSError as exc:
                raise JobFileError(f"cannot write checkpoint {self.path}: {_reason(exc)}") from None
        except BaseException:
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        _fsync_dir(parent)
        # Keep writing through the descriptor we created: reopening the path would race with
        # whoever can write to its directory.
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_APPEND)
        return fd


class DeadLetter:
    """Appends one JSON line per failed item: its line, its input and the error.

    Any writable non-directory path but the input's (a regular file, or ``/dev/stderr``);
    a new file is created with mode 0600, as failed lines may carry personal data.
    """

    def __init__(self, path: Path, *, forbidden: Collection[FileId] = ()) -> None:
        self.path = path
        try:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK, 0o600)
        except FileNotFoundError:
            raise JobFileError(
                f"cannot open dead letter {path}: directory {path.parent} does not exist"
            ) from None
        except IsADirectoryError:
            raise JobFileError(f"dead letter {path} is a directory; give a file path") from None
        except OSError as exc:
            raise JobFileError(f"cannot open dead letter {path}: {_reason(exc)}") from None
        st = os.fstat(fd)
        if file_id(st) in forbidden:
            os.close(fd)
            raise JobFileError(
                f"dead letter {path} is the input or the checkpoint file; give another path"
            )
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
        self._fd = fd

    def write(self, line: int, item: Any, error: BaseException) -> None:
        record = {"line": line, "input": item, "error": describe_error(error)}
        data = orjson.dumps(record, default=repr) + b"\n"
        _write_all(self._fd, data, f"dead letter {self.path}")

    def close(self) -> None:
        if self._fd >= 0:
            with contextlib.suppress(OSError):
                os.fsync(self._fd)
            os.close(self._fd)
            self._fd = -1


def read_header(f: BinaryIO, expected: dict[str, Any], where: str) -> str | None:
    """The job id of the checkpoint header at ``f``'s first line (None: empty); anything
    that is not our header for ``expected`` is refused with a :class:`JobFileError`."""
    first = f.readline(_MAX_HEADER + 1)
    if not first:
        return None
    not_ours = (
        f"{where} exists and is not a talon_async checkpoint; "
        "refusing to overwrite it (give another --checkpoint path)"
    )
    if not first.endswith(b"\n"):
        raise JobFileError(not_ours)
    try:
        header = orjson.loads(first)
    except orjson.JSONDecodeError:
        raise JobFileError(not_ours) from None
    if not isinstance(header, dict) or _MAGIC not in header:
        raise JobFileError(not_ours)
    job_id = header.pop("job", None)
    if header.get(_MAGIC) != _VERSION:
        raise CheckpointMismatch(
            f"{where} was written by another version of talon_async "
            f"(format {header.get(_MAGIC)!r}, this one reads {_VERSION}); "
            "use another --checkpoint path or delete it to start over"
        )
    expected = {_MAGIC: _VERSION, **expected}
    if header != expected:
        raise CheckpointMismatch(
            f"{where} was written for {header}, not {expected}; "
            "use another --checkpoint path or delete it to start over"
        )
    if not isinstance(job_id, str) or not _JOB_ID.fullmatch(job_id):
        raise JobFileError(f"{where}: corrupt checkpoint header (job id {job_id!r})")
    return job_id


def read_entries(f: BinaryIO, where: str, done: set[int], *, first_line: int = 1) -> int:
    """Add the line numbers of checkpoint entries at ``f`` to ``done``; return the highest
    watermark among them. A torn last entry (a crash mid-write) is ignored."""
    watermark = 0
    number = first_line
    while entry := f.readline(_MAX_ENTRY + 1):
        number += 1
        match = _ENTRY.fullmatch(entry)
        if match is None:
            if not entry.endswith(b"\n") and len(entry) <= _MAX_ENTRY and not f.read(1):
                break  # a torn last write from a crash; that success is simply redone
            raise JobFileError(
                f"{where}:{number}: corrupt checkpoint line {entry[:24]!r}; "
                "fix or delete the file to start over"
            )
        value = int(match[2])
        if match[1]:
            watermark = max(watermark, value)
        else:
            done.add(value)
    return watermark


def settle(watermark: int, done: set[int]) -> tuple[int, set[int]]:
    """Advance the watermark over the lines done right after it; keep only those beyond."""
    while watermark + 1 in done:
        watermark += 1
        done.discard(watermark)
    return watermark, {n for n in done if n > watermark}


def entries(watermark: int, done: Collection[int]) -> bytes:
    """A checkpoint's state as entries: the watermark, then the sparse rest."""
    return b"".join([b"W %d\n" % watermark, *(b"%d\n" % n for n in sorted(done))])


def compacted(header: dict[str, Any], watermark: int, done: Collection[int]) -> bytes:
    """A checkpoint's whole content: header, then its entries."""
    return orjson.dumps(header) + b"\n" + entries(watermark, done)


def describe_error(error: BaseException) -> dict[str, Any]:
    """Type, message and, for API errors, status, error body, attempts and request id.

    Never request headers: the API key must not reach a file that gets passed around.
    """
    out: dict[str, Any] = {"type": type(error).__name__, "message": str(error)}
    for name in ("status", "attempts", "request_id"):
        value = getattr(error, name, None)
        if isinstance(value, int | str) and value != "":
            out[name] = value
    body = getattr(error, "body", None)
    if isinstance(body, dict | list):
        out["body"] = body
    return out


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
