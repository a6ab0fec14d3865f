"""Checkpoint and dead-letter files of a batch job.

Durability model: every success is handed to the kernel with one ``write(2)`` on an
``O_APPEND`` descriptor as soon as its call returns, so a killed process (even SIGKILL) loses
no recorded success; only calls in flight at the moment of the kill are unrecorded and get sent
again on resume (at-least-once for those, exactly-once for the rest). ``fsync`` runs at most
once per ``fsync_interval`` and on close, which bounds what a machine crash can lose to that
window. Python's buffered file objects are avoided on purpose: their buffer dies with the
process.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from pathlib import Path
from typing import Any

import orjson

__all__ = ["Checkpoint", "CheckpointMismatch", "DeadLetter", "input_fingerprint"]

_MAGIC = "talon_async_checkpoint"


class CheckpointMismatch(ValueError):
    """The checkpoint belongs to another input, kind or shard; resuming would skip wrong lines."""


def input_fingerprint(path: Path) -> dict[str, Any]:
    """Size plus a hash of the first MiB: cheap, and catches a replaced or rewritten input."""
    with path.open("rb") as f:
        head = f.read(1 << 20)
    return {"size": path.stat().st_size, "sha256_1mib": hashlib.sha256(head).hexdigest()}


class Checkpoint:
    """Line numbers (1-based) of input lines that succeeded.

    On disk: a JSON header line, optionally ``W <n>`` (every line <= n is done), then one line
    number per line in completion order. Opening compacts the file (header, watermark, the
    sparse rest) through a temporary file and an atomic rename; a torn last line from a crash
    is ignored.
    """

    def __init__(self, path: Path, header: dict[str, Any], *, fsync_interval: float = 1.0):
        self.path = path
        self._header = {_MAGIC: 1, **header}
        self._fsync_interval = fsync_interval
        self._watermark, self._done = self._load()
        self._compact()
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self._last_sync = time.monotonic()
        self._dirty = False

    @property
    def completed(self) -> int:
        return self._watermark + len(self._done)

    def is_done(self, line: int) -> bool:
        return line <= self._watermark or line in self._done

    def record(self, line: int) -> None:
        os.write(self._fd, b"%d\n" % line)
        self._dirty = True
        now = time.monotonic()
        if now - self._last_sync >= self._fsync_interval:
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

    def _load(self) -> tuple[int, set[int]]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return 0, set()
        lines = raw.split(b"\n")
        if not raw.endswith(b"\n"):
            lines = lines[:-1]  # torn last write; that success is simply redone
        if not lines or not lines[0]:
            return 0, set()
        try:
            header = orjson.loads(lines[0])
        except orjson.JSONDecodeError:
            raise CheckpointMismatch(f"{self.path} is not a talon_async checkpoint") from None
        if header != self._header:
            raise CheckpointMismatch(
                f"{self.path} was written for {header}, not {self._header}; "
                "use another --checkpoint path or delete it to start over"
            )
        watermark = 0
        done: set[int] = set()
        for entry in lines[1:]:
            if entry.startswith(b"W "):
                watermark = max(watermark, int(entry[2:]))
            elif entry:
                done.add(int(entry))
        while watermark + 1 in done:
            watermark += 1
            done.discard(watermark)
        done = {n for n in done if n > watermark}
        return watermark, done

    def _compact(self) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        body = [orjson.dumps(self._header), b"W %d" % self._watermark]
        body.extend(b"%d" % n for n in sorted(self._done))
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            os.write(fd, b"\n".join(body) + b"\n")
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, self.path)
        _fsync_dir(self.path.parent)


class DeadLetter:
    """Appends one JSON line per failed item: its line, its input and the error."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def write(self, line: int, item: Any, error: BaseException) -> None:
        record = {"line": line, "input": item, "error": describe_error(error)}
        os.write(self._fd, orjson.dumps(record, default=repr) + b"\n")

    def close(self) -> None:
        if self._fd >= 0:
            with contextlib.suppress(OSError):
                os.fsync(self._fd)
            os.close(self._fd)
            self._fd = -1


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
