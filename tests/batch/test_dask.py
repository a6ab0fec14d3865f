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
from typing import Any

import pytest
from batch_fakes import cli, finish

from talon_async import RetryPolicy, TalonClient, Timeouts, batch
from talon_async.batch import AdaptiveRate
from talon_async.batch._dask import count_lines, run_on_dask, split_lines
from talon_async.batch._job import Job, JobConfig, JobFileError, JobOperation, Record
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


MESSY = b'{"a": 1}\n\n{bad\r\n\n\n{"b": 2}\r\n{bad\n' + b'{"c": 3}\n' * 7 + b"\n{bad"


def test_count_lines_numbers_as_the_reader_does(tmp_path: Path) -> None:
    """Blank lines, CRLF and a last line without its newline: each range counts the lines
    its reader numbers, so the ranges before a partition give its first line's number."""
    source = tmp_path / "in.jsonl"
    source.write_bytes(MESSY)
    for parts in (1, 2, 3, 5):
        with source.open("rb") as f:
            ranges = split_lines(f, len(MESSY), parts)
        counts = [count_lines(str(source), r) for r in ranges]
        assert counts == [
            MESSY[a:b].count(b"\n") + (not MESSY[a:b].endswith(b"\n")) for a, b in ranges
        ]
        assert sum(counts) == len(MESSY.split(b"\n"))


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
    dead_letter = tmp_path / "dead.jsonl"
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
                    dead_letter=dead_letter,
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
        merged = dead_letter.read_bytes()
        # run again with the same journal: every partition resumes, nothing is sent, and the
        # merged dead letter is written afresh from the journals: the same, not appended to
        requests = emulator.requests()
        again = batch.run_on_dask(
            client,
            "events",
            source,
            journal,
            partitions=PARTITIONS,
            dead_letter=dead_letter,
            client_options={"base_url": emulator.url},
        )
        assert emulator.requests() == requests
        assert dead_letter.read_bytes() == merged

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
    # one dead letter: each bad line once, in input order, numbered as in the whole input
    entries = [json.loads(raw) for raw in merged.splitlines()]
    assert [e["line"] for e in entries] == sorted(bad)
    assert {e["input"] for e in entries} == {"{not json"} and len(entries) == summary.failed
    assert (again.read, again.succeeded, again.failed) == (ITEMS, ITEMS - len(bad), len(bad))
    assert again.resumed == summary.partitions
    print(
        f"dask kill test: {ITEMS} items, a worker killed after "
        f"{killed} requests; {len(repeats)} lines sent twice; summary {summary.as_dict()}"
    )


async def test_cli_dask_runs_the_file_over_a_cluster_and_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--dask ADDRESS``: the CLI as a subprocess drives a cluster started here (workers in
    threads of this process, which read TALON_API_KEY from its environment), with
    ``--rate auto`` and one merged ``--dead-letter``, the same after the resumed run."""
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
        dead = tmp_path / "dead.jsonl"
        for run in (1, 2):
            code, summary, err = await finish(
                await cli(
                    *args,
                    *("--partitions", "3", "--base-url", emulator.url, "--dead-letter", dead),
                    *("--rate", "auto", "--max-rate", "1000"),  # taken with --dask now
                )
            )
            assert code == 1, err  # the bad lines failed
            assert f"3 record(s) failed; see {dead}" in err
            assert summary["partitions"] == 3 and summary["read"] == 300
            assert (summary["succeeded"], summary["failed"]) == (297, 3)
            assert summary["resumed"] == (0 if run == 1 else 3)
            assert (summary["throttles"], summary["cuts"]) == (0, 0)  # nothing limits it
            assert [json.loads(raw)["line"] for raw in dead.read_text().splitlines()] == [
                97,
                194,
                291,
            ]
        assert emulator.requests() == 297  # the second run sent nothing


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        ([], "--dask needs --checkpoint"),
        (["--checkpoint", "j", "--shard", "0/2"], "drop --shard"),
        (["--checkpoint", "j", "--rate", "5", "--max-rate", "9"], "--max-rate is the ceiling"),
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


# -- rates across partitions --------------------------------------------------------------------
SEEN: list[tuple[tuple[int, int] | None, object]] = []


def recording_operation(talon: TalonClient, job: Job) -> JobOperation:
    """Notes the rate each partition's job was given; its calls succeed without a request."""
    rate = job.config.rate
    SEEN.append((job.config.byte_range, rate.max_rate if isinstance(rate, AdaptiveRate) else rate))

    async def call(record: Record) -> None:
        return None

    return JobOperation(call=call)


def test_a_rate_or_a_ceiling_is_shared_by_the_partitions_running_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """3 partitions on 2 threads: 2 run at once, so each gets half of ``rate=30`` or of
    ``max_rate=30``, and ``rate="auto"`` gives each its own AdaptiveRate; by default
    ``rate="auto"`` makes one partition per thread."""
    source = tmp_path / "in.jsonl"
    write_input(source, 90)
    monkeypatch.setenv("TALON_API_KEY", "test-key")  # each partition makes a TalonClient
    with (
        distributed.LocalCluster(
            n_workers=1,
            threads_per_worker=2,
            processes=False,
            protocol="tcp",
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        for name, options in (
            ("fixed", {"rate": 30.0, "partitions": 3}),
            ("auto", {"rate": "auto", "max_rate": 30.0, "partitions": 3}),
            ("unbounded", {"rate": "auto", "partitions": 3}),
            ("default", {"rate": "auto", "max_rate": 30.0}),  # one partition per thread
        ):
            SEEN.clear()
            journal = tmp_path / name
            journal.mkdir()
            summary = run_on_dask(
                client,
                "events",
                source,
                journal,
                make_operation=recording_operation,
                **options,  # type: ignore[arg-type]
            )
            assert (summary.read, summary.succeeded) == (90, 90)
            assert len(SEEN) == summary.partitions == options.get("partitions", 2), SEEN
            expected = None if name == "unbounded" else 15.0
            assert {rate for _, rate in SEEN} == {expected}, (name, SEEN)
    with pytest.raises(ValueError, match="max_rate applies to rate='auto'"):
        run_on_dask("127.0.0.1:9", "events", source, tmp_path, rate=30, max_rate=10)
    with pytest.raises(ValueError, match="'auto'"):
        run_on_dask("127.0.0.1:9", "events", source, tmp_path, rate="fast")  # type: ignore[arg-type]


RATE_LIMIT = 10  # requests/s per API key: far below what the emulator serves on a busy machine
RATE_ITEMS = 200


def test_rate_auto_on_each_worker_absorbs_the_servers_429s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``rate="auto"`` over 2 worker processes against the emulator's token bucket (one bucket,
    one second's worth of burst: every worker sends with the same key, unpaced until the first
    429, far faster than the limit even on a busy machine):
    every line ends once, succeeded or dead-lettered, every good line is stored exactly once,
    and every 429 reached a partition's rate controller and was retried, failing nothing.
    The client may retry a call 10 times within 2 minutes: the controllers decide when to
    send, and on a loaded machine the default 3 attempts in 15 s can run out first (with them,
    1 run in 9 with two CPU burners failed a line)."""
    source = tmp_path / "in.jsonl"
    write_input(source, RATE_ITEMS)
    journal = tmp_path / "journal"
    journal.mkdir()
    monkeypatch.setenv("TALON_API_KEY", "rate-key")
    with (
        EmulatorServer(api_key="rate-key", rate_limit={"rate": RATE_LIMIT}) as emulator,
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        summary = batch.run_on_dask(
            client,
            "events",
            source,
            journal,
            concurrency=8,
            rate="auto",  # one partition per worker
            dead_letter=tmp_path / "dead.jsonl",
            client_options={
                "base_url": emulator.url,
                "retry": RetryPolicy(attempts=10, use_budget=False),
                "timeout": Timeouts(total=120),
            },
        )
        sent = Counter(e.attributes["i"] for e in list(emulator.store.events.values()))
        refused = emulator.rate_limiter.limited
        requests = emulator.requests("track_event_v2")

    bad = [i for i in range(1, RATE_ITEMS + 1) if i % BAD_EVERY == 0]
    good = RATE_ITEMS - len(bad)
    entries = [json.loads(raw) for raw in (tmp_path / "dead.jsonl").read_text().splitlines()]
    assert [e["line"] for e in entries] == bad, entries  # not JSON: no line failed on a 429
    assert (summary.read, summary.succeeded, summary.failed) == (RATE_ITEMS, good, len(bad))
    assert sent == Counter(set(range(1, RATE_ITEMS + 1)) - set(bad))  # each good line once
    assert refused > 0 and requests == good + refused
    assert summary.throttles == refused and summary.cuts >= 1
    print(
        f"\ndask rate=auto: {RATE_ITEMS} lines, limit {RATE_LIMIT}/s, {refused} answered 429 "
        f"({refused / requests:.1%} of requests), {summary.cuts} cuts"
    )


def test_merged_dead_letter_and_journals_at_s3_urls(
    s3: tuple[Any, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The journal and the merged dead letter as s3:// prefixes (moto): one segment holding
    each bad line once, in input order, after a fresh run and after a resumed one."""
    fs, prefix = s3
    source = f"s3://{prefix}/in.jsonl"
    with fs.open(f"{prefix}/in.jsonl", "wb") as f:
        for i in range(1, 301):
            f.write(b"{not json\n" if i % BAD_EVERY == 0 else b'{"type": "app_opened"}\n')
    dead = f"s3://{prefix}/dead.jsonl"
    monkeypatch.setenv("TALON_API_KEY", "test-key")
    with (
        EmulatorServer() as emulator,
        distributed.LocalCluster(
            n_workers=1,
            threads_per_worker=2,
            processes=False,  # the workers see this process's AWS_ENDPOINT_URL
            protocol="tcp",
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        for run in (1, 2):
            summary = run_on_dask(
                client,
                "events",
                source,
                f"s3://{prefix}/journal",
                partitions=3,
                dead_letter=dead,
                client_options={"base_url": emulator.url},
            )
            assert (summary.read, summary.succeeded, summary.failed) == (300, 297, 3)
            assert summary.resumed == (0 if run == 1 else 3)
            fs.invalidate_cache()
            segments = fs.find(f"{prefix}/dead.jsonl")
            assert len(segments) == 1, segments
            lines = fs.cat_file(segments[0]).decode().splitlines()
            assert [json.loads(raw)["line"] for raw in lines] == [97, 194, 291]
        assert emulator.requests() == 297
    with pytest.raises(JobFileError, match="inside the journal"):
        run_on_dask(
            "127.0.0.1:9",
            "events",
            source,
            f"s3://{prefix}/journal",
            dead_letter=f"s3://{prefix}/journal/dead",
        )


def test_the_merged_dead_letter_numbers_lines_of_the_whole_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bad lines among blank ones, in several partitions, the last one without its newline:
    the merged dead letter names each by its line in the file."""
    source = tmp_path / "in.jsonl"
    source.write_bytes(MESSY)
    bad = [i for i, raw in enumerate(MESSY.split(b"\n"), 1) if raw.startswith(b"{bad")]
    assert bad == [3, 7, 16]
    monkeypatch.setenv("TALON_API_KEY", "test-key")
    with (
        distributed.LocalCluster(
            n_workers=1,
            threads_per_worker=2,
            processes=False,
            protocol="tcp",
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        for parts in (1, 4):
            journal = tmp_path / f"journal-{parts}"
            journal.mkdir()
            dead = tmp_path / f"dead-{parts}.jsonl"
            summary = run_on_dask(
                client,
                "profiles",  # integrationId missing: the good lines fail too, as lines
                source,
                journal,
                partitions=parts,
                dead_letter=dead,
                make_operation=recording_operation,
            )
            entries = [json.loads(raw) for raw in dead.read_text().splitlines()]
            assert [e["line"] for e in entries] == [1, 3, 6, 7, *range(8, 15), 16]
            for e in entries:  # the message names the same line as the entry
                assert e["error"]["message"].startswith(f"line {e['line']}: "), e
            assert summary.failed == len(entries) and summary.partitions == parts
