"""Readers of a batch job's input file: JSONL, CSV and Parquet, each streamed in bounded memory.

Every reader yields :class:`~._job.Record` s numbered from 1 (a JSONL line, a CSV data row
after the header, a Parquet row): that number is the record's identity in the checkpoint, the
dead letter, the shard of key-less records and the idempotency key.

CSV and Parquet rows become the JSON object each kind needs by column name:

- a column ``integrationId`` sets that field; a dotted name nests, so ``attributes.Name``
  sets ``{"attributes": {"Name": ...}}``;
- CSV cells are strings; a column named ``NAME:json`` holds JSON instead (a number, a
  boolean, or a whole object: ``audienceId:json``, ``attributes.Points:json``, ``attributes:json``);
- an empty CSV cell or a Parquet null leaves its field out; Parquet values keep their types
  (struct columns are objects, timestamps RFC 3339 strings).

Bounds: a CSV record (quoted newlines included) longer than ``MAX_LINE_BYTES`` stops the job
with a :class:`JobFileError` (the rest of the file could not be split into rows reliably);
Parquet is read a batch of rows at a time through a buffered stream (``pre_buffer`` off), so
memory follows the batch and page size, never the file's or a row group's.
"""

from __future__ import annotations

import csv
import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, get_args

import orjson

from ._journal import JobFileError, input_fingerprint

if TYPE_CHECKING:
    from ._job import Record

__all__ = ["FORMATS", "InputFormat", "InputReader", "input_format"]

InputFormat = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[str, ...] = get_args(InputFormat)

_EXTENSIONS: dict[str, InputFormat] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
_JSON_SUFFIX = ":json"
_PARQUET_BATCH_ROWS = 1024
_PARQUET_BATCH_BYTES = 8 << 20  # fewer rows per batch when rows are wide
_PARQUET_BUFFER = 1 << 20


def input_format(path: PurePath | str, explicit: str | None = None) -> InputFormat:
    """``explicit`` (``--format``) if given, else by extension; anything else is JSONL."""
    if explicit is not None:
        if explicit not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {explicit!r}")
        return explicit  # type: ignore[return-value]  # checked against FORMATS just above
    return _EXTENSIONS.get(PurePath(path).suffix.lower(), "jsonl")


class InputReader:
    """One opened input read as ``fmt``: its fingerprint, its size for the progress bar and
    its records. ``f`` is a local file or a remote object (``_storage.open_remote_input``,
    which gives its ``size``: it has no descriptor to ``fstat``). Opening a Parquet file reads
    its footer, so a file that is not Parquet fails here, before a request is sent.

    ``byte_range`` (a Dask partition) reads only the lines starting in ``[start, end)``,
    numbered from the range's start: JSONL only, the one format splittable at line starts.
    """

    def __init__(
        self,
        f: BinaryIO,
        fmt: InputFormat,
        name: str,
        *,
        size: int | None = None,
        byte_range: tuple[int, int] | None = None,
    ) -> None:
        if byte_range is not None and fmt != "jsonl":
            raise ValueError(f"a byte range splits JSONL only, not {fmt} ({name})")
        self.file, self.format, self.name = f, fmt, name
        self.size, self.byte_range = size, byte_range
        self._parquet: Any = None
        if fmt == "parquet":
            self._parquet = _open_parquet(f, name)

    def fingerprint(self) -> dict[str, Any]:
        """What the checkpoint header keeps to catch a replaced input. JSONL's is unchanged
        from before formats existed (old checkpoints stay valid); the others name their
        format (the same bytes read as CSV number their records differently), and Parquet
        adds its footer's hash (the row groups' statistics), where a rewrite shows first."""
        fingerprint = input_fingerprint(self.file, self.size)
        if self.format == "jsonl":
            return fingerprint
        fingerprint["format"] = self.format
        if self.format == "parquet":
            size = fingerprint["size"]
            self.file.seek(max(0, size - (1 << 20)))
            fingerprint["sha256_tail_1mib"] = hashlib.sha256(self.file.read(1 << 20)).hexdigest()
            self.file.seek(0)
        return fingerprint

    def progress_total(self) -> tuple[int, str]:
        """``(total, unit)`` of the progress bar: rows of a Parquet file, else bytes."""
        if self._parquet is not None:
            return int(self._parquet.metadata.num_rows), "rows"
        if self.byte_range is not None:
            start, end = self.byte_range
            return end - start, "B"
        position = self.file.tell()
        size = self.file.seek(0, os.SEEK_END)
        self.file.seek(position)
        return size, "B"

    def records(
        self, kind: str, *, on_position: Callable[[int], None] | None = None
    ) -> Iterator[Record]:
        """Stream the records; ``on_position`` follows the reader in the progress bar's unit."""
        from ._job import read_records

        if self.format == "csv":
            return _csv_records(self.file, kind, self.name, on_position)
        if self.format == "parquet":
            return _parquet_records(self._parquet, kind, self.name, on_position)
        if self.byte_range is not None:
            start, end = self.byte_range
            part = _Range(self.file, start, end)
            return read_records(part, kind, on_position=on_position)  # type: ignore[arg-type]
        return read_records(self.file, kind, on_position=on_position)


class _Range:
    """The part of a file between two line starts, read like the whole file (``readline``
    and ``tell`` are all ``read_records`` uses)."""

    def __init__(self, f: BinaryIO, start: int, end: int) -> None:
        self._f, self._end = f, end
        self.start = start
        f.seek(start)

    def readline(self, limit: int = -1) -> bytes:
        left = self._end - self._f.tell()
        if left <= 0:
            return b""
        return self._f.readline(left if limit < 0 else min(limit, left))

    def tell(self) -> int:
        return self._f.tell() - self.start


# -- columns to JSON fields ----------------------------------------------------------------
class _Columns:
    """Where each column's value goes: a path of field names and whether it holds JSON."""

    def __init__(self, names: list[str], where: str) -> None:
        self.names = names
        self.plan: list[tuple[tuple[str, ...], bool]] = []
        seen: set[str] = set()
        for name in names:
            is_json = name.endswith(_JSON_SUFFIX)
            field = name.removesuffix(_JSON_SUFFIX)
            path = tuple(field.split("."))
            if not all(path):
                raise JobFileError(f"{where}: column {name!r} is not a field name (a.b.c)")
            if field in seen:
                raise JobFileError(f"{where}: column {field!r} appears twice")
            seen.add(field)
            self.plan.append((path, is_json))

    def as_read(self, values: list[Any] | tuple[Any, ...]) -> dict[str, Any] | list[Any]:
        """The row by column name (its cells in order if their count is wrong)."""
        if len(values) != len(self.names):
            return list(values)
        return dict(zip(self.names, values, strict=True))

    def to_object(self, values: list[Any] | tuple[Any, ...]) -> dict[str, Any]:
        """Build the row's JSON object; raises ``ValueError`` naming the bad column."""
        if len(values) != len(self.plan):
            raise ValueError(f"{len(values)} cells, the header has {len(self.plan)}")
        out: dict[str, Any] = {}
        for (path, is_json), value in zip(self.plan, values, strict=True):
            if value is None or value == "":
                continue
            if is_json:
                try:
                    value = orjson.loads(value)
                except orjson.JSONDecodeError as exc:
                    raise ValueError(f"column {'.'.join(path)}:json: invalid JSON: {exc}") from None
            target = out
            for part in path[:-1]:
                target = target.setdefault(part, {})
                if not isinstance(target, dict):
                    raise ValueError(f"column {'.'.join(path)} nests into a non-object field")
            if path[-1] in target:
                raise ValueError(f"column {'.'.join(path)} sets a field another column set")
            target[path[-1]] = value
        return out


def _row_record(
    kind: str, row: int, columns: _Columns, values: list[Any] | tuple[Any, ...]
) -> Record:
    """A record from a row, validated exactly as a JSONL line (one place for key rules)."""
    from ._job import MAX_LINE_BYTES, InputError, Record, parse_record

    try:
        data = columns.to_object(values)
        raw = orjson.dumps(data)
    except (ValueError, TypeError) as exc:  # orjson.JSONEncodeError is a TypeError
        # The dead letter shows the row as read, so it can be fixed and sent again.
        cells = columns.as_read(values)
        return Record(row, cells, None, InputError(f"row {row}: {exc}"))
    if len(raw) > MAX_LINE_BYTES:  # the same bound as a JSONL line
        error = InputError(f"row {row}: longer than {MAX_LINE_BYTES} bytes ({len(raw)})")
        return Record(row, f"<{len(raw)} bytes not shown>", None, error)
    return parse_record(kind, row, raw)


# -- CSV -----------------------------------------------------------------------------------
class _BoundedLines:
    """The file's lines for ``csv.reader``, read with ``readline(limit)``: a record (quoted
    newlines included) over ``MAX_LINE_BYTES`` stops the job rather than fill memory."""

    def __init__(self, f: BinaryIO, name: str) -> None:
        from ._job import MAX_LINE_BYTES

        self._f, self._name, self._limit = f, name, MAX_LINE_BYTES
        self.record_bytes = 0
        self.row = 0

    def __iter__(self) -> _BoundedLines:
        return self

    def __next__(self) -> str:
        raw = self._f.readline(self._limit + 1 - self.record_bytes)
        if not raw:
            raise StopIteration
        self.record_bytes += len(raw)
        if self.record_bytes > self._limit:
            raise JobFileError(
                f"{self._name}: CSV record {self.row + 1} is longer than {self._limit} bytes "
                "(an unclosed quote?); fix the file"
            )
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise JobFileError(
                f"{self._name}: CSV record {self.row + 1} is not UTF-8 ({exc.reason}); fix the file"
            ) from None


def _csv_records(
    f: BinaryIO, kind: str, name: str, on_position: Callable[[int], None] | None
) -> Iterator[Record]:
    lines = _BoundedLines(f, name)
    reader = csv.reader(lines, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise JobFileError(f"{name}: CSV header: {exc}; fix the file") from None
    if header is None:
        return
    if header:
        header[0] = header[0].removeprefix("\ufeff")  # a byte-order mark from a spreadsheet
    columns = _Columns(header, f"{name}: CSV header")
    while True:
        lines.record_bytes = 0
        try:
            cells = next(reader, None)
        except csv.Error as exc:
            raise JobFileError(f"{name}: CSV record {lines.row + 1}: {exc}; fix the file") from None
        if cells is None:
            break
        lines.row += 1
        row = lines.row
        if cells:  # a blank line is not a record (its number is skipped, as in JSONL)
            record = _row_record(kind, row, columns, cells)
            if on_position is not None:
                on_position(f.tell())
            yield record
    if on_position is not None:
        on_position(f.tell())


# -- Parquet -------------------------------------------------------------------------------
def _open_parquet(f: BinaryIO, name: str) -> Any:
    try:
        import pyarrow.parquet as pq  # type: ignore[import-untyped]
    except ImportError:
        raise JobFileError(
            f"{name}: reading Parquet needs pyarrow: pip install 'talon-async[parquet]'"
        ) from None
    try:
        # pre_buffer off and a buffered stream: pages are read as batches need them, so a
        # large row group is never loaded whole.
        return pq.ParquetFile(f, buffer_size=_PARQUET_BUFFER, pre_buffer=False)
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError, ... for a bad footer
        raise JobFileError(f"{name} is not a readable Parquet file: {exc}") from None


def _parquet_batch_rows(parquet: Any) -> int:
    """Rows per batch: 1,024, or fewer so a batch of the widest row group's average row stays
    near 8 MiB (uncompressed sizes from the footer)."""
    metadata = parquet.metadata
    widest = max(
        (
            metadata.row_group(i).total_byte_size / metadata.row_group(i).num_rows
            for i in range(metadata.num_row_groups)
            if metadata.row_group(i).num_rows
        ),
        default=1.0,
    )
    return max(1, min(_PARQUET_BATCH_ROWS, int(_PARQUET_BATCH_BYTES // max(widest, 1.0))))


def _parquet_records(
    parquet: Any, kind: str, name: str, on_position: Callable[[int], None] | None
) -> Iterator[Record]:
    columns = _Columns(list(parquet.schema_arrow.names), f"{name}: Parquet schema")
    row = 0
    batches = parquet.iter_batches(batch_size=_parquet_batch_rows(parquet), use_threads=False)
    while True:
        try:
            batch = next(batches, None)
        except Exception as exc:  # a corrupt page: the rest of the file cannot be trusted
            raise JobFileError(f"{name}: Parquet row {row + 1}: {exc}") from None
        if batch is None:
            break
        for values in zip(*(column.to_pylist() for column in batch.columns), strict=True):
            row += 1
            record = _row_record(kind, row, columns, values)
            if on_position is not None:
                on_position(row)
            yield record
