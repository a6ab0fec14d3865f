"""The JSONL job engine: checkpoint resume, dead letters, shards (in-process fakes)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from batch_fakes import checkpoint_lines

from talon_async.batch import Shard, stable_hash
from talon_async.batch._job import JobConfig, JobOperation, Record, run_job
from talon_async.batch._journal import Checkpoint, CheckpointMismatch, JobFileError


def write_profiles(path: Path, n: int, entities: int) -> list[str]:
    keys = [f"p{(i * 7919) % entities}" for i in range(n)]
    with path.open("w") as f:
        for i, key in enumerate(keys, 1):
            f.write(json.dumps({"integrationId": key, "attributes": {"seq": i}}) + "\n")
    return keys


class Recorder:
    """A fake operation: records lines per call and fails the keys it is told to.

    With ``hold_after`` set, every call after the first ``hold_after`` blocks until the job
    is cancelled, and ``held`` is set once ``hold_count`` calls are blocked.
    """

    def __init__(self, fail_keys: frozenset[str] = frozenset()) -> None:
        self.calls: list[int] = []
        self.keys: Counter[str] = Counter()
        self.fail_keys = fail_keys
        self.hold_after: int | None = None
        self.hold_count = 0
        self.holding = 0
        self.held = asyncio.Event()
        self._never = asyncio.Event()

    async def __call__(self, record: Record) -> object:
        self.calls.append(record.line)
        ordinal = len(self.calls)
        if record.key is not None:
            self.keys[record.key] += 1
        await asyncio.sleep(0)  # a real call yields to the loop at least once
        if self.hold_after is not None and ordinal > self.hold_after:
            self.holding += 1
            if self.holding >= self.hold_count:
                self.held.set()
            await self._never.wait()
        if record.key in self.fail_keys:
            raise LookupError(f"{record.key} rejected")
        return None


async def test_checkpoint_resume_skips_what_succeeded(tmp_path: Path) -> None:
    source = tmp_path / "profiles.jsonl"
    write_profiles(source, 2000, 500)
    config = JobConfig("profiles", source, concurrency=32, checkpoint=tmp_path / "ckpt")

    first = Recorder()
    first.hold_after, first.hold_count = 700, 32  # then every worker is held in a call
    task = asyncio.create_task(run_job(config, JobOperation(call=first)))
    await first.held.wait()
    task.cancel()  # the graceful path; test_batch_cli covers SIGKILL
    with pytest.raises(asyncio.CancelledError):
        await task
    done_first = checkpoint_lines(tmp_path / "ckpt")
    assert done_first <= set(first.calls)
    assert len(done_first) == 700  # every call that returned was recorded...
    assert len(set(first.calls) - done_first) == 32  # ...and only calls in flight were lost

    second = Recorder()
    summary = await run_job(config, JobOperation(call=second))
    assert set(second.calls).isdisjoint(done_first)
    assert done_first | set(second.calls) == set(range(1, 2001))
    assert len(second.calls) == len(set(second.calls))
    assert summary.already_done == len(done_first)
    assert summary.succeeded == len(second.calls)
    assert summary.read == 2000

    third = Recorder()
    summary = await run_job(config, JobOperation(call=third))
    assert third.calls == [] and summary.already_done == 2000


async def test_a_line_is_checkpointed_when_its_call_returns_not_before_not_later(
    tmp_path: Path,
) -> None:
    source = tmp_path / "profiles.jsonl"
    write_profiles(source, 3, 3)
    ckpt = tmp_path / "ckpt"
    lines = (1, 2, 3)
    entered = {line: asyncio.Event() for line in lines}
    release = {line: asyncio.Event() for line in lines}
    returning = {line: asyncio.Event() for line in lines}
    release[1].set()

    async def call(record: Record) -> object:
        entered[record.line].set()
        await release[record.line].wait()
        returning[record.line].set()  # wakes the test, which runs after this task's step
        return None

    config = JobConfig("profiles", source, concurrency=1, checkpoint=ckpt)
    task = asyncio.create_task(run_job(config, JobOperation(call=call)))
    await entered[2].wait()
    assert checkpoint_lines(ckpt) == {1}  # line 2 is blocked in its call: not recorded
    release[2].set()
    await returning[2].wait()
    # The worker recorded line 2 in the same step in which its call returned: no result
    # waits in a queue for another task to record it (a kill then would lose it).
    assert checkpoint_lines(ckpt) == {1, 2}
    release[3].set()
    summary = await task
    assert checkpoint_lines(ckpt) == {1, 2, 3} and summary.succeeded == 3


async def test_dead_letter_gets_bad_lines_and_failed_calls(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(
            [
                json.dumps({"integrationId": "a", "attributes": {}}),
                "{not json",
                json.dumps({"attributes": {}}),
                "",
                json.dumps({"integrationId": "bad", "attributes": {}}),
                json.dumps(["a list"]),
                json.dumps({"integrationId": "b"}),
            ]
        )
        + "\n"
    )
    dead = tmp_path / "dead.jsonl"
    ckpt = tmp_path / "ckpt"
    config = JobConfig("profiles", source, concurrency=4, dead_letter=dead, checkpoint=ckpt)
    call = Recorder(fail_keys=frozenset({"bad"}))
    summary = await run_job(config, JobOperation(call=call))
    assert (summary.read, summary.succeeded, summary.failed) == (6, 2, 4)
    entries = {e["line"]: e for e in map(json.loads, dead.read_text().splitlines())}
    assert set(entries) == {2, 3, 5, 6}
    assert entries[2]["error"]["type"] == "InputError" and entries[2]["input"] == "{not json"
    assert "integrationId" in entries[3]["error"]["message"]
    assert entries[5]["error"] == {"type": "LookupError", "message": "bad rejected"}
    assert entries[5]["input"] == {"integrationId": "bad", "attributes": {}}
    assert sorted(call.calls) == [1, 5, 7]  # bad lines never reach the API
    assert checkpoint_lines(ckpt) == {1, 7}


async def test_api_errors_keep_their_status_in_the_dead_letter(tmp_path: Path) -> None:
    from talon_async import errors

    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"integrationId": "x"}) + "\n")
    dead = tmp_path / "dead.jsonl"

    async def call(record: Record) -> object:
        raise errors.BadRequest(400, body={"message": "nope"}, method="PUT", path="/v2/x")

    await run_job(JobConfig("profiles", source, dead_letter=dead), JobOperation(call=call))
    entry = json.loads(dead.read_text())
    assert entry["error"]["status"] == 400 and entry["error"]["type"] == "BadRequest"


async def test_shards_are_disjoint_cover_everything_and_keep_entities_together(
    tmp_path: Path,
) -> None:
    source = tmp_path / "in.jsonl"
    keys = write_profiles(source, 3000, 400)
    with source.open("a") as f:  # anonymous events and a bad line shard by line number
        f.write("{broken\n")
    lines_by_shard: list[set[int]] = []
    keys_by_shard: list[set[str]] = []
    for index in range(4):
        call = Recorder()
        config = JobConfig("profiles", source, concurrency=8, shard=Shard(index, 4))
        summary = await run_job(config, JobOperation(call=call))
        bad = summary.failed  # the broken line fails in exactly one shard
        assert summary.read == 3001 and summary.other_shard + summary.succeeded + bad == 3001
        lines_by_shard.append(set(call.calls) | ({3001} if bad else set()))
        keys_by_shard.append(set(call.keys))
    assert set().union(*lines_by_shard) == set(range(1, 3002))
    assert sum(len(s) for s in lines_by_shard) == 3001
    for i in range(4):
        for j in range(i + 1, 4):
            assert keys_by_shard[i].isdisjoint(keys_by_shard[j])
    assert set().union(*keys_by_shard) == set(keys)
    assert all(len(s) > 500 for s in lines_by_shard)  # roughly balanced


def test_stable_hash_does_not_depend_on_the_process_hash_seed() -> None:
    code = "from talon_async.batch import stable_hash; print(stable_hash('cust-42'))"
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert outputs == {str(stable_hash("cust-42"))}


@pytest.mark.parametrize("text", ["1", "4/4", "-1/3", "a/b", "1/0"])
def test_shard_parse_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        Shard.parse(text)


def test_shard_parse_accepts() -> None:
    assert Shard.parse("2/5") == Shard(2, 5) and str(Shard(2, 5)) == "2/5"


def test_checkpoint_ignores_a_torn_last_line_and_compacts(tmp_path: Path) -> None:
    path = tmp_path / "ckpt"
    header: dict[str, Any] = {"kind": "profiles", "shard": "0/1", "input": {"size": 1}}
    ckpt = Checkpoint(path, header)
    for line in (1, 2, 3, 5, 8):
        ckpt.record(line)
    ckpt.close()
    with path.open("ab") as f:
        f.write(b"9")  # a write cut short by a crash
    again = Checkpoint(path, header)
    assert [again.is_done(n) for n in range(1, 10)] == [1, 1, 1, 0, 1, 0, 0, 1, 0]
    again.close()
    assert path.read_text().splitlines()[1:] == ["W 3", "5", "8"]


def test_checkpoint_refuses_another_job(tmp_path: Path) -> None:
    path = tmp_path / "ckpt"
    Checkpoint(path, {"kind": "profiles", "shard": "0/2"}).close()
    with pytest.raises(CheckpointMismatch):
        Checkpoint(path, {"kind": "profiles", "shard": "1/2"})
    path.write_text("garbage\n")
    with pytest.raises(JobFileError, match="not a talon_async checkpoint"):
        Checkpoint(path, {"kind": "profiles", "shard": "0/2"})
    assert path.read_text() == "garbage\n"


async def test_checkpoint_of_a_changed_input_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    write_profiles(source, 10, 10)
    config = JobConfig("profiles", source, checkpoint=tmp_path / "ckpt")
    await run_job(config, JobOperation(call=Recorder()))
    write_profiles(source, 12, 10)
    with pytest.raises(CheckpointMismatch):
        await run_job(config, JobOperation(call=Recorder()))


async def test_events_serialise_per_profile_and_anonymous_events_run_freely(
    tmp_path: Path,
) -> None:
    source = tmp_path / "events.jsonl"
    with source.open("w") as f:
        for i in range(200):
            event: dict[str, Any] = {"type": "app_opened", "attributes": {"seq": i}}
            if i % 4:
                event["profileId"] = f"c{i % 5}"
            f.write(json.dumps(event) + "\n")
    in_flight: Counter[str | None] = Counter()
    overlaps = 0
    order: dict[str, list[int]] = {}

    async def call(record: Record) -> object:
        nonlocal overlaps
        if record.key is not None:
            overlaps += bool(in_flight[record.key])
            order.setdefault(record.key, []).append(record.line)
        in_flight[record.key] += 1
        await asyncio.sleep(0.001)
        in_flight[record.key] -= 1
        return None

    summary = await run_job(JobConfig("events", source, concurrency=16), JobOperation(call=call))
    assert summary.succeeded == 200 and overlaps == 0
    assert all(v == sorted(v) for v in order.values())


async def test_chunked_job_reports_unpreparable_lines_without_sending_them(
    tmp_path: Path,
) -> None:
    from talon_async import models

    source = tmp_path / "aud.jsonl"
    lines = [
        {"profileIntegrationId": f"p{i % 7}", "audienceId": i, "action": "add"} for i in range(50)
    ]
    lines[10]["action"] = "explode"
    source.write_text("".join(json.dumps(x) + "\n" for x in lines))
    sent: list[Any] = []

    async def send(items: list[Any]) -> None:
        sent.extend(items)

    dead = tmp_path / "dead.jsonl"
    summary = await run_job(
        JobConfig("audiences", source, concurrency=2, dead_letter=dead),
        JobOperation(
            send_chunk=send,
            prepare=lambda r: models.CustomerProfileAudienceRequestItem.from_dict(r.data),
            chunk_size=8,
        ),
    )
    assert (summary.succeeded, summary.failed) == (49, 1)
    assert len(sent) == 49
    assert json.loads(dead.read_text())["line"] == 11
