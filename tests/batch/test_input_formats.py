"""CSV and Parquet inputs: columns map to the JSON each kind needs, a record's identity is its
row number (checkpoint, resume, shards, dead letter), and reading stays bounded in memory."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]
import pytest
from batch_fakes import checkpoint_lines, cli, finish

from talon_async.batch._inputs import InputReader, _parquet_batch_rows, input_format
from talon_async.batch._job import (
    Job,
    JobConfig,
    JobFileError,
    JobOperation,
    Record,
    run_job,
)
from talon_async.batch._journal import CheckpointMismatch
from talon_async.batch._keys import Shard
from talon_async.testing import EmulatorServer


def recorder(fail: Callable[[Record], bool] = lambda r: False) -> tuple[JobOperation, list[Record]]:
    seen: list[Record] = []

    async def call(record: Record) -> object:
        seen.append(record)
        if fail(record):
            raise RuntimeError("refused")
        return None

    return JobOperation(call=call), seen


def write_profiles_parquet(path: Path, n: int, **options: Any) -> None:
    table = pa.table(
        {
            "integrationId": [f"p{i % 37}" for i in range(n)],
            "attributes.Name": [f"name {i}" for i in range(n)],
            "attributes.Points": list(range(n)),
        }
    )
    pq.write_table(table, path, **options)


def test_format_is_chosen_by_extension_or_explicitly() -> None:
    assert input_format(Path("a.csv")) == "csv"
    assert input_format(Path("a.PARQUET")) == "parquet"
    assert input_format(Path("a.pq")) == "parquet"
    assert input_format(Path("a.jsonl")) == "jsonl"
    assert input_format(Path("a.txt")) == "jsonl"  # as before formats existed
    assert input_format(Path("a.txt"), "csv") == "csv"
    with pytest.raises(ValueError, match="format must be one of"):
        input_format(Path("a.txt"), "xml")


async def test_csv_columns_map_to_fields(tmp_path: Path) -> None:
    source = tmp_path / "profiles.csv"
    source.write_text(
        "\ufeffintegrationId,attributes.Name,attributes.Points:json,attributes.Tags:json,note\n"
        'p1,"Ann, ""the"" first",3,"[""a""]",\n'
        "\n"  # a blank line: row 2 is not a record
        'p2,"two\nlines",,,hi\n',
        encoding="utf-8",
    )
    operation, seen = recorder()
    summary = await run_job(JobConfig("profiles", source), operation)
    assert summary.succeeded == 2 and summary.failed == 0
    assert [(r.line, r.data) for r in seen] == [
        (
            1,
            {
                "integrationId": "p1",
                "attributes": {"Name": 'Ann, "the" first', "Points": 3, "Tags": ["a"]},
            },
        ),
        (3, {"integrationId": "p2", "attributes": {"Name": "two\nlines"}, "note": "hi"}),
    ]


async def test_a_json_column_may_carry_a_whole_object(tmp_path: Path) -> None:
    source = tmp_path / "audiences.csv"
    source.write_text('profileIntegrationId,audienceId:json,action\np1,7,add\np2,"""7""",delete\n')
    operation, seen = recorder()
    await run_job(JobConfig("audiences", source), operation)
    assert [r.data for r in seen] == [
        {"profileIntegrationId": "p1", "audienceId": 7, "action": "add"},
        {"profileIntegrationId": "p2", "audienceId": "7", "action": "delete"},
    ]


async def test_bad_csv_rows_are_dead_lettered_with_their_cells(tmp_path: Path) -> None:
    source = tmp_path / "profiles.csv"
    source.write_text(
        "integrationId,attributes:json,attributes.Name\n"
        'p1,"{""a"": 1}",\n'  # fine: the empty cell is left out
        "p2,{oops,\n"  # invalid JSON
        ",,x\n"  # no key
        "p4,only two\n"  # too few cells
        'p5,"{""Name"": 1}",y\n'  # two columns set attributes.Name
    )
    dead = tmp_path / "dead.jsonl"
    operation, seen = recorder()
    summary = await run_job(JobConfig("profiles", source, dead_letter=dead), operation)
    assert [r.line for r in seen] == [1]
    assert summary.failed == 4
    entries = {e["line"]: e for e in map(json.loads, dead.read_text().splitlines())}
    assert entries[2]["input"] == {
        "integrationId": "p2",
        "attributes:json": "{oops",
        "attributes.Name": "",
    }
    assert "invalid JSON" in entries[2]["error"]["message"]
    assert "integrationId must be a string" in entries[3]["error"]["message"]
    assert entries[4]["input"] == ["p4", "only two"]
    assert "2 cells, the header has 3" in entries[4]["error"]["message"]
    assert "sets a field another column set" in entries[5]["error"]["message"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'integrationId,x\np1,"unclosed\np2,y\n', "unexpected end of data"),
        (b"integrationId,x\np1,\xff\n", "is not UTF-8"),
        (b"integrationId,x\np1," + b"y" * (1 << 20) + b"\np2,z\n", "longer than"),
        (b"integrationId,integrationId\np1,p2\n", "appears twice"),
        (b"integrationId,attributes..x\np1,p2\n", "is not a field name"),
    ],
)
async def test_a_csv_that_cannot_be_split_into_rows_stops_the_job(
    content: bytes, message: str, tmp_path: Path
) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(content)
    operation, _ = recorder()
    with pytest.raises(JobFileError, match=message):
        await run_job(JobConfig("profiles", source), operation)


async def test_parquet_rows_map_to_fields_with_their_types(tmp_path: Path) -> None:
    source = tmp_path / "profiles.parquet"
    when = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    table = pa.table(
        {
            "integrationId": ["p1", "p2", None],
            "attributes": [{"Tier": "gold", "Vip": True}, None, {"Tier": "x", "Vip": False}],
            "attributes.Seen": [when, None, when],
            "audienceIds": [[1, 2], [], None],
        }
    )
    pq.write_table(table, source, row_group_size=2)
    dead = tmp_path / "dead.jsonl"
    operation, seen = recorder()
    summary = await run_job(JobConfig("profiles", source, dead_letter=dead), operation)
    assert [(r.line, r.data) for r in seen] == [
        (
            1,
            {
                "integrationId": "p1",
                "attributes": {"Tier": "gold", "Vip": True, "Seen": "2026-01-02T03:04:05+00:00"},
                "audienceIds": [1, 2],
            },
        ),
        (2, {"integrationId": "p2", "audienceIds": []}),
    ]
    assert summary.failed == 1
    assert json.loads(dead.read_text())["line"] == 3


async def test_parquet_is_read_a_batch_at_a_time_not_a_row_group_at_once(tmp_path: Path) -> None:
    source = tmp_path / "one_group.parquet"
    n = 50_000
    table = pa.table(
        {
            "integrationId": [f"p{i:08d}" for i in range(n)],
            "attributes.Name": [f"name number {i:010d} " * 16 for i in range(n)],
        }
    )
    pq.write_table(table, source, row_group_size=n)  # one row group of the whole file
    del table
    group_bytes = pq.ParquetFile(source).metadata.row_group(0).total_byte_size
    before = pa.total_allocated_bytes()
    peak = count = 0
    with source.open("rb") as f:
        for count, _ in enumerate(InputReader(f, "parquet", "x").records("profiles"), 1):
            if count % 1000 == 0:
                peak = max(peak, pa.total_allocated_bytes() - before)
    assert count == n
    assert peak < group_bytes / 3, (peak, group_bytes)  # measured: ~8 MB of ~27 MB


async def test_wide_parquet_rows_are_read_in_small_batches_and_bounded_like_lines(
    tmp_path: Path,
) -> None:
    source = tmp_path / "wide.parquet"
    sizes = [10, (1 << 20) + 10, 10, 300_000, 300_000]
    table = pa.table(
        {"integrationId": [f"p{i}" for i in range(len(sizes))], "x": ["y" * n for n in sizes]}
    )
    pq.write_table(table, source)
    with source.open("rb") as f:
        assert _parquet_batch_rows(InputReader(f, "parquet", "x")._parquet) < 100
    dead = tmp_path / "dead.jsonl"
    operation, seen = recorder()
    await run_job(JobConfig("profiles", source, dead_letter=dead), operation)
    assert [r.line for r in seen] == [1, 3, 4, 5]
    entry = json.loads(dead.read_text())
    assert entry["line"] == 2 and entry["input"].endswith("bytes not shown>")
    assert "longer than 1048576 bytes" in entry["error"]["message"]


async def test_parquet_checkpoint_resumes_by_row_number(tmp_path: Path) -> None:
    source = tmp_path / "profiles.parquet"
    write_profiles_parquet(source, 500, row_group_size=64)
    ckpt = tmp_path / "ckpt"
    failing = {7, 64, 65, 499}
    operation, _ = recorder(lambda r: r.line in failing)
    first = await run_job(JobConfig("profiles", source, checkpoint=ckpt), operation)
    assert first.failed == 4 and first.succeeded == 496
    operation, seen = recorder()
    second = await run_job(JobConfig("profiles", source, checkpoint=ckpt), operation)
    assert sorted(r.line for r in seen) == sorted(failing)
    assert second.already_done == 496
    assert checkpoint_lines(ckpt) == set(range(1, 501))


async def test_a_replaced_parquet_file_does_not_match_its_checkpoint(tmp_path: Path) -> None:
    """Same size, same first MiB, other data in the last row group: the tail hash differs."""
    source = tmp_path / "profiles.parquet"
    n = 120_000

    def write(last: str) -> None:
        ids = [f"p{i:08d}" for i in range(n - 1)] + [last]
        table = pa.table({"integrationId": ids, "attributes.Name": [f"n{i:08d}" for i in range(n)]})
        pq.write_table(table, source, row_group_size=10_000, compression="none")

    write("zzzzzzzzz")
    size, head = source.stat().st_size, source.read_bytes()[: 1 << 20]
    ckpt = tmp_path / "ckpt"
    Job(JobConfig("profiles", source, checkpoint=ckpt)).open().close()  # writes the header
    write("yyyyyyyyy")
    assert source.stat().st_size == size and source.read_bytes()[: 1 << 20] == head
    with pytest.raises(CheckpointMismatch):
        Job(JobConfig("profiles", source, checkpoint=ckpt)).open()


async def test_the_same_bytes_read_as_another_format_do_not_match_the_checkpoint(
    tmp_path: Path,
) -> None:
    source = tmp_path / "profiles.txt"
    source.write_text('{"integrationId": "p1"}\n')
    ckpt = tmp_path / "ckpt"
    operation, _ = recorder()
    await run_job(JobConfig("profiles", source, checkpoint=ckpt), operation)
    with pytest.raises(CheckpointMismatch):
        Job(JobConfig("profiles", source, checkpoint=ckpt, format="csv")).open()


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
async def test_shards_split_rows_by_key_and_cover_them_once(fmt: str, tmp_path: Path) -> None:
    source = tmp_path / f"profiles.{fmt}"
    n = 400
    if fmt == "parquet":
        write_profiles_parquet(source, n, row_group_size=50)
    else:
        source.write_text(
            "integrationId,attributes.Name\n" + "".join(f"p{i % 37},n{i}\n" for i in range(n))
        )
    owners: dict[str, int] = {}
    lines: list[int] = []
    for index in range(3):
        operation, seen = recorder()
        await run_job(JobConfig("profiles", source, shard=Shard(index, 3)), operation)
        for r in seen:
            assert owners.setdefault(r.data["integrationId"], index) == index
        lines += [r.line for r in seen]
    assert sorted(lines) == list(range(1, n + 1))


async def test_parquet_progress_counts_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "profiles.parquet"
    write_profiles_parquet(source, 300, row_group_size=100)
    operation, _ = recorder()
    await run_job(JobConfig("profiles", source, progress=True), operation)
    err = capsys.readouterr().err
    assert "100%" in err and "300/300" in err and "ok=300" in err


async def test_not_a_parquet_file_fails_before_anything_is_sent(tmp_path: Path) -> None:
    source = tmp_path / "profiles.parquet"
    source.write_text('{"integrationId": "p1"}\n')
    with pytest.raises(JobFileError, match="not a readable Parquet file"):
        Job(JobConfig("profiles", source)).open()


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
async def test_cli_sends_csv_and_parquet_to_the_emulator(fmt: str, tmp_path: Path) -> None:
    n = 300
    source = tmp_path / "profiles.data"  # no telling extension: --format decides
    if fmt == "parquet":
        write_profiles_parquet(source, n, row_group_size=64)
    else:
        source.write_text(
            "integrationId,attributes.Name\n" + "".join(f"p{i % 37},n{i}\n" for i in range(n))
        )
    ckpt = tmp_path / "ckpt"
    with EmulatorServer() as emulator:
        args = ["--base-url", emulator.url, "--format", fmt, "--checkpoint", ckpt, "--no-progress"]
        code, summary, err = await finish(await cli("profiles", source, *args))
        again, summary2, err2 = await finish(await cli("profiles", source, *args))
        requests = emulator.requests("customer_profiles.update_customer_profile_v2")
    assert code == 0 and again == 0, (err, err2)
    assert summary["succeeded"] == n
    assert summary2["already_done"] == n and summary2["succeeded"] == 0
    assert requests == n
