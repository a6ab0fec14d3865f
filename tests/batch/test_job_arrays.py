"""``--shard auto``: each task of a job array takes its shard from the platform's environment.

The coverage tests run N CLI processes against the emulator, each with only the variables its
platform would set, and check through the checkpoints that together they sent every line once.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from batch_fakes import checkpoint_lines, cli, finish

from talon_async._cli import main
from talon_async.batch._keys import ARRAY_INDEX_VARIABLES, Shard, ShardError
from talon_async.testing import EmulatorServer

N_LINES = 300
TASKS = 3

PLATFORMS = {
    "kubernetes": (lambda i: {"JOB_COMPLETION_INDEX": str(i)}, f"auto/{TASKS}"),
    "cloud-run": (
        lambda i: {"CLOUD_RUN_TASK_INDEX": str(i), "CLOUD_RUN_TASK_COUNT": str(TASKS)},
        "auto",
    ),
    "aws-batch": (lambda i: {"AWS_BATCH_JOB_ARRAY_INDEX": str(i)}, f"auto/{TASKS}"),
}


@pytest.fixture(autouse=True)
def _no_inherited_array_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for index_var, count_var in ARRAY_INDEX_VARIABLES.values():
        monkeypatch.delenv(index_var, raising=False)
        if count_var is not None:
            monkeypatch.delenv(count_var, raising=False)


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
async def test_array_tasks_cover_the_input_exactly_once(platform: str, tmp_path: Path) -> None:
    environment, shard_arg = PLATFORMS[platform]
    source = tmp_path / "profiles.jsonl"
    source.write_text(
        "".join(
            json.dumps({"integrationId": f"p{i % 97}", "attributes": {"Name": f"n{i}"}}) + "\n"
            for i in range(N_LINES)
        )
    )
    with EmulatorServer() as emulator:
        procs = [
            await cli(
                "profiles",
                source,
                "--base-url",
                emulator.url,
                "--shard",
                shard_arg,
                "--checkpoint",
                tmp_path / f"ckpt-{i}",
                "--no-progress",
                env=environment(i),
            )
            for i in range(TASKS)
        ]
        results = await asyncio.gather(*(finish(p) for p in procs))
        requests = emulator.requests("customer_profiles.update_customer_profile_v2")
    assert [code for code, _, _ in results] == [0] * TASKS, [err for _, _, err in results]
    assert [s["shard"] for _, s, _ in results] == [f"{i}/{TASKS}" for i in range(TASKS)]
    done = [checkpoint_lines(tmp_path / f"ckpt-{i}") for i in range(TASKS)]
    assert sum(len(d) for d in done) == N_LINES  # disjoint ...
    assert set().union(*done) == set(range(1, N_LINES + 1))  # ... and complete
    assert all(done)  # every task had work: the index really came from its environment
    assert requests == N_LINES


@pytest.mark.parametrize(
    ("environment", "shard", "message"),
    [
        ({}, "auto", "no job-array index in the environment"),
        ({"JOB_COMPLETION_INDEX": "1"}, "auto", "pass it as --shard auto/N"),
        ({"AWS_BATCH_JOB_ARRAY_INDEX": "4"}, "auto/4", "is not a shard of 4"),
        ({"JOB_COMPLETION_INDEX": "-1"}, "auto/4", "is not a non-negative integer"),
        ({"JOB_COMPLETION_INDEX": "x"}, "auto/4", "is not a non-negative integer"),
        ({"JOB_COMPLETION_INDEX": " 1"}, "auto/4", "is not a non-negative integer"),
        (
            {"CLOUD_RUN_TASK_INDEX": "0", "CLOUD_RUN_TASK_COUNT": "abc"},
            "auto",
            "CLOUD_RUN_TASK_COUNT",
        ),
        ({"CLOUD_RUN_TASK_INDEX": "0", "CLOUD_RUN_TASK_COUNT": "3"}, "auto/4", "says otherwise"),
        ({"CLOUD_RUN_TASK_INDEX": "3", "CLOUD_RUN_TASK_COUNT": "3"}, "auto", "not a shard of 3"),
        ({"JOB_COMPLETION_INDEX": "0", "AWS_BATCH_JOB_ARRAY_INDEX": "0"}, "auto/2", "both"),
    ],
)
def test_auto_shard_errors_are_one_line_and_exit_2(
    environment: dict[str, str],
    shard: str,
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TALON_API_KEY", "k")
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    source = tmp_path / "in.jsonl"
    source.write_text("{}\n")
    assert main(["batch", "profiles", str(source), "--shard", shard]) == 2
    err = capsys.readouterr().err
    assert message in err and err.startswith("error: --shard auto") and err.count("\n") == 1


@pytest.mark.parametrize("shard", ["auto/0", "auto/x", "auto/", "auto/-2"])
def test_auto_shard_count_must_be_a_positive_number(
    shard: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TALON_API_KEY", "k")
    source = tmp_path / "in.jsonl"
    source.write_text("{}\n")
    with pytest.raises(SystemExit) as exit_info:
        main(["batch", "profiles", str(source), "--shard", shard])
    assert exit_info.value.code == 2
    assert "auto/N needs N >= 1" in capsys.readouterr().err


def test_from_environment_takes_the_count_from_cloud_run_or_the_caller() -> None:
    cloud_run = {"CLOUD_RUN_TASK_INDEX": "2", "CLOUD_RUN_TASK_COUNT": "5"}
    assert Shard.from_environment(cloud_run) == Shard(2, 5)
    assert Shard.from_environment(cloud_run, 5) == Shard(2, 5)
    assert Shard.from_environment({"JOB_COMPLETION_INDEX": "0"}, 1) == Shard(0, 1)
    with pytest.raises(ShardError):
        Shard.from_environment({"CLOUD_RUN_TASK_INDEX": "2"})  # no count anywhere
