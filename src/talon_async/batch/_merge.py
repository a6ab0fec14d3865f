"""One dead letter for a Dask job: the partitions' dead letters merged, each failed line once,
in input order, numbered as lines of the whole input.

Each partition of ``run_on_dask`` journals its failures to its own dead letter under the
journal (lines numbered from the partition's first line). Those stay: they are the record a
resumed run computes its summary from. At the end of every run the user's dead letter is
rewritten from all of them, so it holds the whole job's failures once whatever was killed and
resumed: partition by partition, entries sorted by line (a line dead-lettered twice, by a
worker killed between its two journal writes, keeps one entry), each entry's ``line``
shifted by the lines before its partition (and so is the "line N:" of a bad line's message).
Same format as the single-process dead letter.

Writing it: a local file is replaced through a fresh temporary file (``mkstemp``) renamed over
it, and only when it is absent, empty or already a dead letter (every line an entry with
``line``, ``input`` and ``error``; anything else, a symlink or a device is refused untouched);
a remote one (a prefix, as in ``_storage``) gets one new segment holding everything, uploaded
whole, after which its older segments are deleted (a crash in between leaves both; the next
run cleans up). Memory: about 100 bytes per failed line of the largest partition (its line
numbers and offsets, sorted in memory; measured at 1,000,000), the entries themselves go
through a temporary file.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import tempfile
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from ._job import MAX_LINE_BYTES
from ._journal import JobFileError, _fsync_dir, file_id
from ._storage import Location, Remote, _reason, _Segments

__all__ = ["Failures", "check_target", "merge_dead_letters", "scan_dead_letter"]

#: A partition's journal files (``_dask``): never a place for the merged dead letter.
PART_FILE = re.compile(r"part-[0-9]{5}\.(ckpt|dead\.jsonl)")
_MAX_ENTRY = MAX_LINE_BYTES * 4  # a line of up to 1 MiB as JSON text, plus its error
_KEYS = {"line", "input", "error"}


@dataclass(slots=True)
class _Entries:
    """One partition's dead-letter entries: ``lines[i]`` is entry i's line, ``offsets[i]``
    where it starts in the spool it was copied to (empty without one)."""

    lines: array[int]
    offsets: array[int]

    def order(self) -> list[int]:
        """Entry indexes by line, the first entry of each line only (a stable sort)."""
        lines = self.lines
        order: list[int] = []
        last = 0  # line numbers start at 1
        for index in sorted(range(len(lines)), key=lines.__getitem__):
            if lines[index] != last:
                order.append(index)
                last = lines[index]
        return order


@dataclass(frozen=True, slots=True)
class Failures:
    """What one partition's dead letter holds: ``distinct`` failed lines, and ``repeats``
    further entries of lines already there (left out of the merged dead letter)."""

    distinct: int
    repeats: int

    @classmethod
    def of(cls, entries: _Entries, order: list[int]) -> Failures:
        return cls(len(order), len(entries.lines) - len(order))


def _entry(raw: bytes, where: str) -> dict[str, Any]:
    """A dead-letter entry, or a JobFileError naming the file: never skipped silently."""
    try:
        entry = orjson.loads(raw)
    except orjson.JSONDecodeError:
        entry = None
    line = entry.get("line") if isinstance(entry, dict) else None
    if (
        not isinstance(entry, dict)
        or set(entry) != _KEYS
        or not isinstance(line, int)
        or isinstance(line, bool)
        or line < 1
    ):
        raise JobFileError(
            f"{where}: {raw[:40]!r} is not a dead-letter entry; fix or remove the file"
        )
    return entry


def _read_entries(f: BinaryIO, where: str) -> Iterator[bytes]:
    """Entries with their newline; a torn last one (a kill mid-write) is not an entry."""
    while raw := f.readline(_MAX_ENTRY + 1):
        if not raw.endswith(b"\n"):
            if len(raw) <= _MAX_ENTRY and not f.read(1):
                return  # torn: that line was not recorded as done, its rerun wrote it again
            raise JobFileError(f"{where}: an entry longer than {_MAX_ENTRY} bytes; not ours")
        yield raw


def _raw_entries(where: Location) -> Iterator[bytes]:
    if isinstance(where, Remote):
        segments = _Segments(where, ".jsonl", "dead letter", allow_header=False)
        for name in segments.listing()[0]:
            yield from _read_entries(segments.read(name), f"{where}/{name}")
        return
    try:
        f = where.open("rb")
    except FileNotFoundError:
        return  # the partition failed nothing
    except OSError as exc:
        raise JobFileError(f"cannot read dead letter {where}: {exc.strerror}") from None
    with f:
        yield from _read_entries(f, str(where))


def scan_dead_letter(where: Location, spool: BinaryIO | None = None) -> _Entries:
    """The entries of one partition's dead letter, copied to ``spool`` if given."""
    entries = _Entries(array("q"), array("q"))
    for raw in _raw_entries(where):
        entries.lines.append(_entry(raw, str(where))["line"])
        if spool is not None:
            entries.offsets.append(spool.tell())
            spool.write(raw)
    return entries


# -- the merged dead letter -----------------------------------------------------------------
def check_target(target: Location, *, input: Location, journal: Location) -> None:
    """Refuse, before anything is sent, a dead letter the merge could not or must not write."""
    if isinstance(target, Remote):
        for other, what in ((input, "the input"), (journal, "the journal (--checkpoint)")):
            if isinstance(other, Remote) and target.overlaps(other):
                raise JobFileError(
                    f"dead letter {target} is, holds or is inside {what}; give another URL"
                )
        _Segments(target, ".jsonl", "dead letter", allow_header=False).listing()
        return
    if not target.parent.is_dir():
        raise JobFileError(
            f"cannot write dead letter {target}: directory {target.parent} does not exist"
        )
    if (
        isinstance(journal, Path)
        and PART_FILE.fullmatch(target.name)
        and target.parent.resolve() == journal.resolve()
    ):
        raise JobFileError(f"dead letter {target} is a partition's journal; give another path")
    _check_replaceable(target, input)


def _check_replaceable(target: Path, input: Location) -> None:
    """An existing local target is replaced only when it is empty or a dead letter."""
    try:
        fd = os.open(target, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        return
    except OSError as exc:
        if os.path.islink(target):
            raise JobFileError(
                f"dead letter {target} is a symbolic link; give the file itself"
            ) from None
        raise JobFileError(f"cannot read dead letter {target}: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise JobFileError(f"dead letter {target} is not a regular file; give a file path")
        if isinstance(input, Path):
            with contextlib.suppress(OSError):
                if file_id(os.stat(input)) == file_id(st):
                    raise JobFileError(f"dead letter {target} is the input; give another path")
        not_ours = (
            f"dead letter {target} exists and is not a dead letter; refusing to replace it "
            "(give another --dead-letter path)"
        )
        try:
            for raw in _read_entries(f, str(target)):
                _entry(raw, str(target))
        except JobFileError:
            raise JobFileError(not_ours) from None


def merge_dead_letters(
    partitions: list[tuple[Location, int]], target: Location | None
) -> list[Failures]:
    """Each partition's failures (``partitions``: its dead letter and the input lines before
    it), and with a ``target`` the merged dead letter written there (module doc)."""
    if target is None:
        found = []
        for where, _ in partitions:
            entries = scan_dead_letter(where)
            found.append(Failures.of(entries, entries.order()))
        return found
    found = []
    with _replacing(target) as out, tempfile.TemporaryFile() as spool:
        for where, lines_before in partitions:
            spool.seek(0)
            spool.truncate()
            entries = scan_dead_letter(where, spool)
            order = entries.order()
            found.append(Failures.of(entries, order))
            for index in order:
                spool.seek(entries.offsets[index])
                entry = orjson.loads(spool.readline(_MAX_ENTRY + 1))
                out.write(orjson.dumps(_renumbered(entry, lines_before)) + b"\n")
    return found


def _renumbered(entry: dict[str, Any], lines_before: int) -> dict[str, Any]:
    """The entry as a line of the whole input: its ``line``, and the "line N: " that starts
    the message of a bad line (``_job.InputError``), which the partition numbered too."""
    local = entry["line"]
    entry["line"] = local + lines_before
    error = entry["error"]
    prefix = f"line {local}: "
    if isinstance(error, dict) and error.get("type") == "InputError":
        message = error.get("message")
        if isinstance(message, str) and message.startswith(prefix):
            error["message"] = f"line {entry['line']}: {message.removeprefix(prefix)}"
    return entry


@contextlib.contextmanager
def _replacing(target: Location) -> Iterator[BinaryIO]:
    """A file that becomes ``target`` whole when the block succeeds, or never."""
    if isinstance(target, Remote):
        segments = _Segments(target, ".jsonl", "dead letter", allow_header=False)
        old, _ = segments.listing()
        with tempfile.NamedTemporaryFile() as staged:
            yield staged  # type: ignore[misc]
            staged.flush()
            name = f"{secrets.token_hex(8)}-00000000.jsonl"
            try:
                segments.fs.put_file(staged.name, f"{target.path}/{name}")
            except Exception as exc:
                raise JobFileError(f"cannot write dead letter {target}: {_reason(exc)}") from None
        segments.delete(old)
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise JobFileError(f"cannot write dead letter {target}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise JobFileError(f"cannot write dead letter {target}: {exc.strerror}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)
