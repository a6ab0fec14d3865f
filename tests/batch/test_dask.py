"""A batch job over a real Dask cluster (issue 13 part 2): a LocalCluster of 2 worker processes
against the emulator on 127.0.0.1, one worker SIGKILLed mid-run (synchronised on the emulator's
request count and the partition's checkpoint, never on sleeps). Every line ends succeeded or
dead-lettered exactly once in the journals; the only lines sent twice are calls in flight at
the kill (at most ``concurrency`` of the killed partition), per the emulator's stored events."""

from __future__ import annotations

import itertools
import json
import os
import signal
import threading
from collections import Counter
from pathlib import Path

import pytest
from batch_fakes import cli, finish

from talon_async import batch
from talon_async.batch._dask import run_on_dask, split_lines
from talon_async.batch._job import Job, JobConfig
from talon_async.testing import EmulatorServer

distributed = pytest.importorskip("distributed")

ITEMS = int(os.environ.get("DASK_TEST_ITEMS", "20000"))
CONCURRENCY = 16
PARTITIONS = 4
BAD_EVERY = 97  # these lines are not JSON: dead-lettered without a request


def write_input(path: Path, n: int) -> None:
    with path.open("w") as f:
        for i in range(1, n + 1):
            if i % BAD_EVERY == 0:
                f.write("{not json\n")
            else:
                record = {"profileId": f"p{i % 1000}", "type": "app_opened", "attributes": {"i": i}}
                f.write(json.dumps(record) + "\n")


def test_split_lines_covers_the_file_once_at_line_starts(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    write_input(source, 1000)
    data = source.read_bytes()
    for parts in (1, 3, 7, 64):
        with source.open("rb") as f:
            ranges = split_lines(f, len(data), parts)
        assert ranges[0][0] == 0 and ranges[-1][1] == len(data)
        assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges))
        assert all(data[start - 1 : start] == b"\n" for start, _ in ranges[1:])
        assert sum(data[a:b].count(b"\n") for a, b in ranges) == 1000


def partition_lines(journal: Path, index: int, suffix: str) -> list[int]:
    path = journal / f"part-{index:05d}{suffix}"
    if not path.exists():
        return []
    if suffix == ".ckpt":
        lines: list[int] = []
        for raw in path.read_text().splitlines()[1:]:
            if raw.startswith("W "):
                lines.extend(range(1, int(raw[2:]) + 1))
            elif raw:
                lines.append(int(raw))
        return lines
    return [json.loads(raw)["line"] for raw in path.read_text().splitlines()]


def test_a_killed_worker_loses_nothing_and_repeats_only_calls_in_flight(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "in.jsonl"
    write_input(source, ITEMS)
    journal = tmp_path / "journal"
    journal.mkdir()
    monkeypatch.setenv("TALON_API_KEY", "test-key")  # the workers inherit it
    with (
        EmulatorServer() as emulator,
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        outcome: dict[str, object] = {}

        def run() -> None:
            try:
                outcome["summary"] = batch.run_on_dask(
                    client,
                    "events",
                    source,
                    journal,
                    partitions=PARTITIONS,
                    concurrency=CONCURRENCY,
                    client_options={"base_url": emulator.url},
                )
            except BaseException as exc:
                outcome["error"] = exc

        runner = threading.Thread(target=run, daemon=True)
        runner.start()
        pids = client.run(os.getpid)
        # Kill a busy worker once the job is well under way: the two running partitions
        # have each recorded lines by then, so the killed one's rerun has something to skip.
        killed = 0
        while not killed:
            assert runner.is_alive(), outcome
            busy = [w for w, keys in client.processing().items() if keys]
            if emulator.requests() < ITEMS // 4 or not busy:
                threading.Event().wait(0.01)  # a poll interval, not a timing assumption
                continue
            os.kill(pids[busy[0]], signal.SIGKILL)
            killed = emulator.requests()
        runner.join(600)  # a hang guard only
        assert not runner.is_alive(), "the job hung"
        assert "error" not in outcome, outcome
        summary = outcome["summary"]
        sent = Counter(e.attributes["i"] for e in list(emulator.store.events.values()))

    bad = {i for i in range(1, ITEMS + 1) if i % BAD_EVERY == 0}
    assert summary.read == ITEMS
    assert (summary.succeeded, summary.failed) == (ITEMS - len(bad), len(bad))
    assert summary.resumed >= 1 and summary.dead_letter_repeats == 0
    # every good line reached the server; only the killed partition's in-flight calls twice
    assert set(sent) == set(range(1, ITEMS + 1)) - bad
    repeats = {i: c for i, c in sent.items() if c > 1}
    assert all(c == 2 for c in repeats.values())
    assert len(repeats) <= CONCURRENCY, repeats
    # the journals: each line of each partition exactly once, in one of the two records
    total = 0
    for index in range(summary.partitions):
        done = partition_lines(journal, index, ".ckpt")
        dead = partition_lines(journal, index, ".dead.jsonl")
        assert len(done) == len(set(done)) and len(dead) == len(set(dead))
        assert set(dead) <= set(done)  # a failure is recorded as done after its entry
        total += len(done)
    assert total == ITEMS
    print(
        f"dask kill test: {ITEMS} items, a worker killed after "
        f"{killed} requests; {len(repeats)} lines sent twice; summary {summary.as_dict()}"
    )


async def test_cli_dask_runs_the_file_over_a_cluster_and_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--dask ADDRESS``: the CLI as a subprocess drives a cluster started here (workers in
    threads of this process, which read TALON_API_KEY from its environment)."""
    source = tmp_path / "in.jsonl"
    write_input(source, 300)
    journal = tmp_path / "journal"
    journal.mkdir()
    monkeypatch.setenv("TALON_API_KEY", "test-key")
    async with (
        EmulatorServer() as emulator,
        distributed.LocalCluster(
            n_workers=1,
            threads_per_worker=2,
            processes=False,
            protocol="tcp",
            host="127.0.0.1",
            dashboard_address=None,
            asynchronous=True,
        ) as cluster,
    ):
        args = ["events", source, "--dask", cluster.scheduler_address, "--checkpoint", journal]
        for run in (1, 2):
            code, summary, err = await finish(
                await cli(*args, "--partitions", "3", "--base-url", emulator.url)
            )
            assert code == 1, err  # the bad lines failed
            assert summary["partitions"] == 3 and summary["read"] == 300
            assert (summary["succeeded"], summary["failed"]) == (297, 3)
            assert summary["resumed"] == (0 if run == 1 else 3)
        assert emulator.requests() == 297  # the second run sent nothing


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        ([], "--dask needs --checkpoint"),
        (["--checkpoint", "j", "--dead-letter", "d"], "drop --dead-letter"),
        (["--checkpoint", "j", "--rate", "auto"], "not --rate auto"),
    ],
)
async def test_cli_dask_usage_errors(tmp_path: Path, extra: list[str], words: str) -> None:
    source = tmp_path / "in.jsonl"
    write_input(source, 3)
    code, _, err = await finish(await cli("events", source, "--dask", "127.0.0.1:9", *extra))
    assert code == 2 and words in err, err


async def test_cli_dask_refuses_an_address_that_is_not_one(tmp_path: Path) -> None:
    code, _, err = await finish(await cli("events", "x", "--dask", "http://a/b?c"))
    assert code == 2 and "HOST:PORT" in err, err


@pytest.mark.parametrize(
    ("name", "extra"),
    [("in.csv", []), ("in.parquet", []), ("in.jsonl", ["--format", "csv"])],
)
async def test_cli_dask_takes_jsonl_only(tmp_path: Path, name: str, extra: list[str]) -> None:
    """Byte ranges at line starts split JSONL only: CSV or Parquet is a usage error."""
    source = tmp_path / name
    write_input(source, 3)
    code, _, err = await finish(
        await cli("events", source, "--dask", "127.0.0.1:9", "--checkpoint", "j", *extra)
    )
    assert code == 2 and "--dask splits the input into byte ranges" in err, err


def test_run_on_dask_refuses_csv_before_reaching_a_cluster(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("profileId,type\np1,app_opened\n")
    with pytest.raises(ValueError, match="JSONL only"):
        run_on_dask("127.0.0.1:9", "events", source, tmp_path)


def test_a_byte_range_of_csv_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("profileId,type\np1,app_opened\n")
    config = JobConfig("events", source, byte_range=(0, 10))
    with pytest.raises(ValueError, match="JSONL only"):
        Job(config).open()
