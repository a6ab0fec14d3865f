"""Inputs and journals at fsspec URLs (``s3://``, ``gs://``; ``file://`` is a local path).

A plain path or ``file://`` URL is a local file and keeps every local safety check of
``_journal`` (regular files, no symlinks, never the input). Anything else must be an
``s3://bucket/key`` or ``gs://bucket/key`` URL whose parts pass an allow-list; fsspec (with
s3fs, or gcsfs for ``gs://``) reaches it with the environment's credentials and endpoint
(``AWS_ENDPOINT_URL`` and friends) or ``storage_options``.

Durability model of a remote journal: object stores cannot append, so a remote checkpoint or
dead letter is a *prefix* holding one object per flushed segment (``<run>-<seq>.ckpt`` /
``.jsonl``, written whole by one PUT, so a segment is either there or not) and, for a
checkpoint, ``header.json``. Outcomes are buffered and flushed every ``flush_every`` outcomes
or ``flush_interval`` seconds (checked when an outcome arrives), and on close. A kill loses the
calls in flight and the unflushed buffer, so a resumed run sends again at most
``concurrency + flush_every - 1`` lines (times the chunk size for chunked operations). The dead
letter is flushed before every checkpoint segment, so a failure is never recorded as done
without its dead-letter entry being stored first. Opening a checkpoint compacts it: one new
segment with the whole state, then the old segments are deleted (a crash in between leaves
both, and reading takes their union).
"""

from __future__ import annotations

import io
import re
import secrets
import time
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import orjson

from ._journal import (
    _MAGIC,
    _VERSION,
    JobFileError,
    describe_error,
    entries,
    read_entries,
    read_header,
    settle,
)

if TYPE_CHECKING:
    from fsspec import AbstractFileSystem

__all__ = [
    "DEFAULT_FLUSH_EVERY",
    "DEFAULT_FLUSH_INTERVAL",
    "Location",
    "Remote",
    "RemoteCheckpoint",
    "RemoteDeadLetter",
    "open_remote_input",
    "parse_location",
]

DEFAULT_FLUSH_EVERY = 256
DEFAULT_FLUSH_INTERVAL = 1.0
_SCHEMES = ("s3", "gs")
_URL = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://(.*)", re.DOTALL)
# Bucket names as S3 and GCS allow them (lower case, digits, dots, dashes; 3-63 characters).
_BUCKET = re.compile(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")
# Key segments: letters, digits and the characters S3 calls safe; no "." or ".." segments.
_KEY_SEGMENT = re.compile(r"[A-Za-z0-9!_.*'()=+,@-]{1,255}")
_SEGMENT = re.compile(r"[0-9a-f]{16}-[0-9]{8}\.(ckpt|jsonl)")
_HEADER = "header.json"
_MAX_SEGMENT = 256 << 20  # a compacted checkpoint of ~10M sparse lines; larger is not ours
_READ_BUFFER = 1 << 20


@dataclass(frozen=True, slots=True)
class Remote:
    """A validated ``s3://`` or ``gs://`` location; ``path`` is ``bucket/key`` (no scheme)."""

    protocol: str
    path: str
    storage_options: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @property
    def url(self) -> str:
        return f"{self.protocol}://{self.path}"

    def __str__(self) -> str:
        return self.url

    def fs(self) -> AbstractFileSystem:
        try:
            import fsspec
        except ImportError:  # pragma: no cover - the extra is missing
            raise JobFileError(
                f"{self.url}: storage URLs need the 'distributed' extra "
                "(pip install 'talon-async[distributed]')"
            ) from None
        try:
            return fsspec.filesystem(
                self.protocol, skip_instance_cache=True, **dict(self.storage_options)
            )
        except ImportError as exc:
            raise JobFileError(f"{self.url}: {exc}") from None

    def child(self, name: str) -> Remote:
        return Remote(self.protocol, f"{self.path}/{name}", self.storage_options)

    def overlaps(self, other: Remote) -> bool:
        """The same object or prefix, or one inside the other."""
        if self.protocol != other.protocol:
            return False
        a, b = self.path + "/", other.path + "/"
        return a.startswith(b) or b.startswith(a)


Location = Path | Remote


def parse_location(
    value: str | Path | Remote, what: str, storage_options: Mapping[str, Any] | None = None
) -> Location:
    """A local ``Path`` (plain path or ``file://`` URL) or a validated :class:`Remote`."""
    if isinstance(value, Path | Remote):
        return value
    match = _URL.fullmatch(value)
    if match is None:
        return Path(value)
    scheme = match[1].lower()
    if scheme == "file":
        parts = urllib.parse.urlsplit(value)
        if parts.netloc not in ("", "localhost") or parts.query or parts.fragment:
            raise JobFileError(
                f"{what} {value}: a file:// URL is file:///absolute/path (no host, query "
                "or fragment)"
            )
        return Path(urllib.parse.unquote(parts.path))
    if scheme not in _SCHEMES:
        raise JobFileError(
            f"{what} {value}: unsupported URL scheme {scheme!r}; give a path, file://, "
            "s3:// or gs:// URL"
        )
    bucket, _, key = match[2].partition("/")
    if not _BUCKET.fullmatch(bucket):
        raise JobFileError(f"{what} {value}: {bucket!r} is not a bucket name")
    segments = key.rstrip("/").split("/")
    if not key or not all(_KEY_SEGMENT.fullmatch(s) and s not in (".", "..") for s in segments):
        raise JobFileError(
            f"{what} {value}: the key must be non-empty '/'-separated names of letters, "
            "digits and !_.*'()=+,@- (no empty, '.' or '..' parts)"
        )
    return Remote(scheme, f"{bucket}/{'/'.join(segments)}", dict(storage_options or {}))


def _reason(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__


def open_remote_input(remote: Remote) -> tuple[BinaryIO, int]:
    """The input object opened for buffered reading (``readline(limit)``), and its size."""
    fs = remote.fs()
    try:
        info = fs.info(remote.path)
    except FileNotFoundError:
        raise JobFileError(f"cannot read input {remote}: no such object") from None
    except Exception as exc:
        raise JobFileError(f"cannot read input {remote}: {_reason(exc)}") from None
    if info.get("type") != "file":
        raise JobFileError(f"input {remote} is not an object (a prefix?)")
    try:
        raw = fs.open(remote.path, "rb", block_size=_READ_BUFFER, cache_type="readahead")
    except Exception as exc:
        raise JobFileError(f"cannot read input {remote}: {_reason(exc)}") from None
    return io.BufferedReader(raw, _READ_BUFFER), int(info["size"])


class _Segments:
    """One prefix of segment objects: list (refusing foreign objects), read, write, delete."""

    def __init__(self, remote: Remote, suffix: str, what: str, *, allow_header: bool) -> None:
        self.remote = remote
        self.what = what
        self.fs = remote.fs()
        self._suffix = suffix
        self._run = secrets.token_hex(8)
        self._seq = 0
        self._allow_header = allow_header

    def listing(self) -> tuple[list[str], bool]:
        """Our segment names (sorted) and whether a header is there; anything else refused."""
        fs, remote = self.fs, self.remote
        try:
            if fs.isfile(remote.path):
                raise JobFileError(
                    f"{self.what} {remote} is an object; a remote {self.what} is a prefix "
                    "of segment objects, give a name that holds nothing else"
                )
            found = fs.find(remote.path)
        except JobFileError:
            raise
        except Exception as exc:
            raise JobFileError(f"cannot list {self.what} {remote}: {_reason(exc)}") from None
        prefix = remote.path + "/"
        names, header = [], False
        for path in found:
            name = path[len(prefix) :] if path.startswith(prefix) else path
            if self._allow_header and name == _HEADER:
                header = True
            elif _SEGMENT.fullmatch(name) and name.endswith(self._suffix):
                names.append(name)
            else:
                raise JobFileError(
                    f"{remote} holds {name!r}, which is not a talon_async {self.what} "
                    f"segment; refusing to use it (give another --{self.what.replace(' ', '-')})"
                )
        return sorted(names), header

    def read(self, name: str) -> BinaryIO:
        path = f"{self.remote.path}/{name}"
        try:
            size = self.fs.size(path)
            if size is None or size > _MAX_SEGMENT:
                raise JobFileError(f"{self.remote}/{name}: {size} bytes, not one of our segments")
            return io.BytesIO(self.fs.cat_file(path))
        except JobFileError:
            raise
        except Exception as exc:
            raise JobFileError(f"cannot read {self.what} {self.remote}: {_reason(exc)}") from None

    def write(self, data: bytes, name: str | None = None) -> str:
        if name is None:
            name = f"{self._run}-{self._seq:08d}{self._suffix}"
            self._seq += 1
        try:
            self.fs.pipe_file(f"{self.remote.path}/{name}", data)  # one PUT: all or nothing
        except Exception as exc:
            raise JobFileError(f"cannot write {self.what} {self.remote}: {_reason(exc)}") from None
        return name

    def delete(self, names: list[str]) -> None:
        if not names:
            return
        try:
            self.fs.rm([f"{self.remote.path}/{n}" for n in names])
        except Exception as exc:
            raise JobFileError(
                f"cannot compact {self.what} {self.remote}: {_reason(exc)}"
            ) from None


class _Buffered:
    """Outcomes held until ``flush_every`` of them or ``flush_interval`` seconds have passed."""

    def __init__(self, flush_every: int, flush_interval: float) -> None:
        if flush_every < 1:
            raise ValueError("flush_every must be >= 1")
        self._flush_every = flush_every
        self._flush_interval = flush_interval
        self._pending: list[bytes] = []
        self._last_flush = time.monotonic()

    def _add(self, entry: bytes) -> None:
        self._pending.append(entry)
        if (
            len(self._pending) >= self._flush_every
            or time.monotonic() - self._last_flush >= self._flush_interval
        ):
            self.flush()

    def flush(self) -> None:
        if self._pending:
            self._store(b"".join(self._pending))
            self._pending.clear()
        self._last_flush = time.monotonic()

    def _store(self, data: bytes) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.flush()


class RemoteDeadLetter(_Buffered):
    """The failed lines as JSONL segments under a prefix (read them in name order)."""

    def __init__(
        self,
        remote: Remote,
        *,
        forbidden: tuple[Remote, ...] = (),
        flush_every: int = DEFAULT_FLUSH_EVERY,
        flush_interval: float = DEFAULT_FLUSH_INTERVAL,
    ) -> None:
        super().__init__(flush_every, flush_interval)
        if any(remote.overlaps(other) for other in forbidden):
            raise JobFileError(
                f"dead letter {remote} is, holds or is inside the input or the checkpoint; "
                "give another URL"
            )
        self.path = remote
        self._segments = _Segments(remote, ".jsonl", "dead letter", allow_header=False)
        self._segments.listing()  # refuse a prefix holding anything else before a call is sent

    def write(self, line: int, item: Any, error: BaseException) -> None:
        record = {"line": line, "input": item, "error": describe_error(error)}
        self._add(orjson.dumps(record, default=repr) + b"\n")

    def _store(self, data: bytes) -> None:
        self._segments.write(data)


class RemoteCheckpoint(_Buffered):
    """The :class:`~._journal.Checkpoint` of a job, as segments under a prefix (module doc)."""

    def __init__(
        self,
        remote: Remote,
        header: dict[str, Any],
        *,
        forbidden: tuple[Remote, ...] = (),
        flush_every: int = DEFAULT_FLUSH_EVERY,
        flush_interval: float = DEFAULT_FLUSH_INTERVAL,
    ) -> None:
        super().__init__(flush_every, flush_interval)
        if any(remote.overlaps(other) for other in forbidden):
            raise JobFileError(
                f"checkpoint {remote} is, holds or is inside the input; give another URL"
            )
        self.path = remote
        #: called before each segment is stored (the dead letter's flush)
        self.before_flush: Callable[[], None] | None = None
        self._segments = _Segments(remote, ".ckpt", "checkpoint", allow_header=True)
        names, has_header = self._segments.listing()
        where = remote.url
        job_id = None
        if has_header:
            job_id = read_header(self._segments.read(_HEADER), header, where)
        elif names:
            raise JobFileError(
                f"{where} holds checkpoint segments but no {_HEADER}; "
                "refusing to use it (give another --checkpoint)"
            )
        done: set[int] = set()
        watermark = 0
        for name in names:
            watermark = max(watermark, read_entries(self._segments.read(name), where, done))
        self._watermark, self._done = settle(watermark, done)
        self.job_id = job_id or secrets.token_hex(16)
        if job_id is None:
            full = {_MAGIC: _VERSION, **header, "job": self.job_id}
            self._segments.write(orjson.dumps(full) + b"\n", _HEADER)
        if names:  # compact: the whole state in one new segment, then the old ones go
            self._segments.write(entries(self._watermark, self._done))
            self._segments.delete(names)

    @property
    def completed(self) -> int:
        return self._watermark + len(self._done)

    def is_done(self, line: int) -> bool:
        return line <= self._watermark or line in self._done

    def record(self, line: int) -> None:
        self._add(b"%d\n" % line)

    def _store(self, data: bytes) -> None:
        if self.before_flush is not None:
            self.before_flush()
        self._segments.write(data)
