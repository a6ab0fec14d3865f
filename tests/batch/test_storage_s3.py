"""Input, checkpoint and dead letter at s3:// URLs (issue 13 part 2), against moto's S3 server
on 127.0.0.1 (ThreadedMotoServer) and the emulator: the CLI runs as a subprocess that finds the
endpoint in AWS_ENDPOINT_URL, as it would find a real bucket's credentials."""

from __future__ import annotations

import asyncio
import json
import signal
from collections import Counter
from typing import Any

import pytest
from batch_fakes import cli, finish

from talon_async.batch._job import Job, JobConfig, JobFileError, JobOperation, Record
from talon_async.batch._journal import CheckpointMismatch
from talon_async.batch._storage import DEFAULT_FLUSH_EVERY
from talon_async.testing import EmulatorServer

s3fs = pytest.importorskip("s3fs")
pytest.importorskip("moto.server")  # the s3 fixtures (conftest.py) run moto's server


def events(n: int, *, bad: set[int] = frozenset()) -> bytes:  # type: ignore[assignment]
    lines = []
    for i in range(1, n + 1):
        if i in bad:
            lines.append(b"{not json")
        else:
            record = {"profileId": f"p{i}", "type": "app_opened", "attributes": {"i": i}}
            lines.append(json.dumps(record).encode())
    return b"\n".join(lines) + b"\n"


def checkpoint_done(fs: Any, prefix: str) -> set[int]:
    done: set[int] = set()
    for path in fs.find(prefix):
        if path.endswith(".ckpt"):
            for raw in fs.cat_file(path).decode().splitlines():
                if raw.startswith("W "):
                    done.update(range(1, int(raw[2:]) + 1))
                elif raw:
                    done.add(int(raw))
    return done


def dead_lines(fs: Any, prefix: str) -> list[int]:
    return [
        json.loads(raw)["line"]
        for path in sorted(fs.find(prefix))
        for raw in fs.cat_file(path).decode().splitlines()
    ]


def sent(emulator: EmulatorServer) -> Counter[int]:
    return Counter(e.attributes["i"] for e in list(emulator.store.events.values()))


async def test_cli_reads_input_and_journals_at_s3_urls_and_resumes(s3: tuple[Any, str]) -> None:
    fs, prefix = s3
    fs.pipe_file(f"{prefix}/in.jsonl", events(600, bad={7, 300}))
    urls = [f"s3://{prefix}/in.jsonl", f"s3://{prefix}/ckpt", f"s3://{prefix}/dead.jsonl"]
    with EmulatorServer() as emulator:
        for run in (1, 2):
            code, summary, err = await finish(
                await cli(
                    "events",
                    urls[0],
                    "--checkpoint",
                    urls[1],
                    "--dead-letter",
                    urls[2],
                    "--base-url",
                    emulator.url,
                    "--no-progress",
                )
            )
            assert code == 1, err
            assert summary["failed"] == 2
            assert summary["succeeded"] == (598 if run == 1 else 0)
            assert summary["already_done"] == (0 if run == 1 else 598)
        assert sent(emulator) == Counter(range(1, 601)) - Counter({7: 1, 300: 1})
    assert checkpoint_done(fs, f"{prefix}/ckpt") == set(range(1, 601)) - {7, 300}
    assert dead_lines(fs, f"{prefix}/dead.jsonl") == [7, 300, 7, 300]  # failures retried
    # opening compacted the checkpoint: the header and one segment with the whole state
    names = sorted(p.rsplit("/", 1)[1] for p in fs.find(f"{prefix}/ckpt"))
    assert names[-1] == "header.json" and len(names) == 2


async def test_a_killed_cli_resends_at_most_concurrency_plus_one_flush(
    s3: tuple[Any, str],
) -> None:
    """SIGKILL mid-run (synchronised on the emulator's request count): the resumed run sends
    again at most ``concurrency + flush_every - 1`` lines, and every line ends up sent."""
    fs, prefix = s3
    n, concurrency = 1500, 16
    fs.pipe_file(f"{prefix}/in.jsonl", events(n))
    args = ["events", f"s3://{prefix}/in.jsonl", "--checkpoint", f"s3://{prefix}/ckpt"]
    with EmulatorServer() as emulator:
        url = ["--base-url", emulator.url, "--no-progress", "--concurrency", str(concurrency)]
        proc = await cli(*args, *url)
        while emulator.requests() < n // 2:  # an event from the server, polled
            assert proc.returncode is None, await proc.communicate()
            await asyncio.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        await proc.communicate()
        code, summary, err = await finish(await cli(*args, *url))
        assert code == 0, err
        counts = sent(emulator)
    assert set(counts) == set(range(1, n + 1))
    resent = sum(c - 1 for c in counts.values())
    assert summary["already_done"] + summary["succeeded"] == n
    assert resent <= concurrency + DEFAULT_FLUSH_EVERY - 1


@pytest.mark.parametrize(
    ("option", "planted", "words"),
    [
        ("--checkpoint", "ckpt/notes.txt", "not a talon_async checkpoint"),
        ("--checkpoint", "ckpt", "is an object"),
        ("--dead-letter", "dead/notes.txt", "not a talon_async dead letter"),
    ],
)
async def test_a_prefix_holding_foreign_objects_is_refused_untouched(
    s3: tuple[Any, str], option: str, planted: str, words: str
) -> None:
    fs, prefix = s3
    fs.pipe_file(f"{prefix}/in.jsonl", events(3))
    fs.pipe_file(f"{prefix}/{planted}", b"precious")
    target = f"s3://{prefix}/{planted.split('/')[0]}"
    with EmulatorServer() as emulator:
        code, _, err = await finish(
            await cli(
                "events", f"s3://{prefix}/in.jsonl", option, target, "--base-url", emulator.url
            )
        )
        assert emulator.requests() == 0
    assert code == 2 and err.startswith("error: ") and words in err, err
    assert "Traceback" not in err
    assert fs.cat_file(f"{prefix}/{planted}") == b"precious"


@pytest.mark.parametrize(
    ("checkpoint", "dead_letter"),
    [("in.jsonl", None), ("in.jsonl/x", None), (None, "in.jsonl"), ("ckpt", "ckpt/dead")],
)
async def test_a_journal_url_overlapping_the_input_or_checkpoint_is_refused(
    s3: tuple[Any, str], checkpoint: str | None, dead_letter: str | None
) -> None:
    fs, prefix = s3
    fs.pipe_file(f"{prefix}/in.jsonl", events(3))
    config = JobConfig(
        "events",
        f"s3://{prefix}/in.jsonl",
        checkpoint=checkpoint and f"s3://{prefix}/{checkpoint}",
        dead_letter=dead_letter and f"s3://{prefix}/{dead_letter}",
    )
    with pytest.raises(JobFileError, match="give another URL"):
        Job(config).open()
    assert fs.cat_file(f"{prefix}/in.jsonl") == events(3)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://example.com/in.jsonl", "unsupported URL scheme"),
        ("s3://Bad_Bucket/in.jsonl", "not a bucket name"),
        ("s3://bucket/../in.jsonl", "the key must be"),
        ("s3://bucket", "the key must be"),
        ("file://host/in.jsonl", "no host"),
    ],
)
async def test_a_url_that_is_not_allowed_is_a_usage_error(url: str, words: str) -> None:
    code, _, err = await finish(await cli("events", url, "--base-url", "http://127.0.0.1:9"))
    assert code == 2 and words in err, err


async def test_a_checkpoint_of_another_input_is_refused(s3: tuple[Any, str]) -> None:
    fs, prefix = s3
    fs.pipe_file(f"{prefix}/a.jsonl", events(3))
    fs.pipe_file(f"{prefix}/b.jsonl", events(4))
    ckpt = f"s3://{prefix}/ckpt"

    async def ok(record: Record) -> None:
        return None

    with Job(JobConfig("events", f"s3://{prefix}/a.jsonl", checkpoint=ckpt)) as job:
        assert (await job.run(JobOperation(call=ok))).succeeded == 3
    with pytest.raises(CheckpointMismatch):
        Job(JobConfig("events", f"s3://{prefix}/b.jsonl", checkpoint=ckpt)).open()
    with Job(JobConfig("events", f"s3://{prefix}/a.jsonl", checkpoint=ckpt)) as job:
        summary = await job.run(JobOperation(call=ok))
    assert (summary.already_done, summary.succeeded) == (3, 0)


async def test_file_urls_are_local_paths_with_the_local_checks(tmp_path: Any) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(events(3))
    with pytest.raises(JobFileError, match="is the input file"):
        Job(JobConfig("events", f"file://{source}", checkpoint=f"file://{source}")).open()


async def test_csv_and_parquet_inputs_at_s3_urls_resume_from_their_checkpoint(
    s3: tuple[Any, str],
) -> None:
    """The format readers read the remote object as they read a local file; the checkpoint
    header keeps the same fingerprint (format, and Parquet's tail hash), so a resumed run
    skips what was done and a different object is refused."""
    import io

    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    fs, prefix = s3
    fs.pipe_file(f"{prefix}/in.csv", b"profileId,type,attributes.i:json\np1,a,1\np2,a,2\n")
    table = pa.table({"profileId": ["p1", "p2", "p3"], "type": ["a", "a", "a"]})
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    fs.pipe_file(f"{prefix}/in.parquet", buffer.getvalue())
    seen: list[Any] = []

    async def ok(record: Record) -> None:
        seen.append(record.data)

    for name, rows in (("in.csv", 2), ("in.parquet", 3)):
        source, ckpt = f"s3://{prefix}/{name}", f"s3://{prefix}/{name}.ckpt"
        seen.clear()
        with Job(JobConfig("events", source, checkpoint=ckpt)) as job:
            assert (await job.run(JobOperation(call=ok))).succeeded == rows
        assert seen[0]["profileId"] == "p1" and seen[0]["type"] == "a"
        header = json.loads(fs.cat_file(f"{prefix}/{name}.ckpt/header.json"))
        assert header["input"]["format"] == name.removeprefix("in.")
        assert ("sha256_tail_1mib" in header["input"]) == (name == "in.parquet")
        with Job(JobConfig("events", source, checkpoint=ckpt)) as job:
            summary = await job.run(JobOperation(call=ok))
        assert (summary.already_done, summary.succeeded) == (rows, 0)
    with pytest.raises(CheckpointMismatch):  # the CSV's bytes read as JSONL: another input
        csv = f"s3://{prefix}/in.csv"
        Job(JobConfig("events", csv, checkpoint=f"{csv}.ckpt", format="jsonl")).open()
