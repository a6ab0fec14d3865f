"""`python -m talon_async batch ...` end to end against the local stand-in, SIGKILL included."""

from __future__ import annotations

import json
import signal
from pathlib import Path

import pytest
from batch_fakes import FakeTalon, checkpoint_lines, cli, finish, received_lines

from talon_async._cli import main

CONCURRENCY = 16


async def test_killed_job_resumes_and_every_line_succeeds_exactly_once(
    fake_talon: FakeTalon, tmp_path: Path
) -> None:
    source = tmp_path / "profiles.jsonl"
    n = 2000
    with source.open("w") as f:
        for i in range(1, n + 1):
            f.write(json.dumps({"integrationId": f"p{i % 500}", "attributes": {"seq": i}}) + "\n")
    ckpt = tmp_path / "ckpt"
    common = [
        source,
        "--base-url",
        fake_talon.base_url,
        "--concurrency",
        str(CONCURRENCY),
        "--checkpoint",
        ckpt,
        "--no-progress",
    ]
    fake_talon.delay = 0.002
    fake_talon.hold_after = n // 3  # later requests wait, in flight, until the kill

    proc = await cli("profiles", *common)
    await fake_talon.wait_requests(n // 3 + CONCURRENCY, proc)  # every worker is held
    proc.send_signal(signal.SIGKILL)
    await proc.wait()
    assert proc.returncode == -signal.SIGKILL
    fake_talon.release()
    await fake_talon.wait_idle()  # requests already received finish

    done_first = checkpoint_lines(ckpt)
    sent_first = set(received_lines(fake_talon))
    assert done_first and done_first <= sent_first
    assert len(done_first) == n // 3  # everything answered before the kill was recorded
    # what the kill lost is exactly what was in flight; those lines are sent again
    assert len(sent_first - done_first) == CONCURRENCY
    assert fake_talon.overlaps == []

    fake_talon.reset()
    code, summary, err = await finish(await cli("profiles", *common))
    assert code == 0, err
    sent_second = received_lines(fake_talon)
    assert len(sent_second) == len(set(sent_second))  # nothing twice within the resumed run
    assert set(sent_second).isdisjoint(done_first)  # nothing recorded as done is resent
    assert done_first | set(sent_second) == set(range(1, n + 1))
    assert summary["already_done"] == len(done_first)
    assert summary["succeeded"] == len(sent_second) and summary["failed"] == 0
    assert fake_talon.overlaps == []
    assert checkpoint_lines(ckpt) == set(range(1, n + 1))
    # per entity, the resumed run kept input order
    for seqs in fake_talon.order.values():
        assert seqs == sorted(seqs)  # type: ignore[type-var]


async def test_cli_shards_split_one_input_between_processes(
    fake_talon: FakeTalon, tmp_path: Path
) -> None:
    source = tmp_path / "events.jsonl"
    with source.open("w") as f:
        for i in range(1, 601):
            event = {"profileId": f"c{i % 90}", "type": "app_opened", "attributes": {"seq": i}}
            f.write(json.dumps(event) + "\n")
    procs = [
        await cli("events", source, "--base-url", fake_talon.base_url, "--shard", f"{i}/3")
        for i in range(3)
    ]
    results = [await finish(p) for p in procs]
    assert [code for code, _, _ in results] == [0, 0, 0]
    assert sum(s["succeeded"] for _, s, _ in results) == 600
    assert all(s["read"] == 600 for _, s, _ in results)
    assert sorted(received_lines(fake_talon)) == list(range(1, 601))
    assert fake_talon.overlaps == []  # no entity written from two shards at once


async def test_cli_event_idempotency_keys_are_per_line_and_stable_across_resume(
    fake_talon: FakeTalon, tmp_path: Path
) -> None:
    source = tmp_path / "events.jsonl"
    source.write_text(
        "".join(json.dumps({"profileId": f"c{i}", "type": "t"}) + "\n" for i in range(20))
    )
    ckpt = tmp_path / "ckpt"
    args = ["--base-url", fake_talon.base_url, "--idempotency-keys", "--checkpoint", ckpt]
    fake_talon.fail_keys = {"c3", "c7"}  # their lines fail, so the next run resends them
    code, _, err = await finish(await cli("events", source, *args))
    assert code == 1, err
    first = list(fake_talon.idempotency_keys)
    assert len(set(first)) == 20

    fake_talon.reset()
    fake_talon.fail_keys = set()
    code, summary, err = await finish(await cli("events", source, *args))
    assert code == 0, err
    assert summary["already_done"] == 18 and summary["succeeded"] == 2
    resent = fake_talon.idempotency_keys
    assert len(resent) == 2 and set(resent) <= set(first)  # the same keys as the first time


async def test_cli_dead_letters_failures_and_exits_1(fake_talon: FakeTalon, tmp_path: Path) -> None:
    fake_talon.fail_keys = {"p2"}
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(
            json.dumps({"integrationId": f"p{i}", "attributes": {"seq": i}}) + "\n"
            for i in range(5)
        )
        + "not json\n"
    )
    dead = tmp_path / "dead.jsonl"
    code, summary, err = await finish(
        await cli(
            "profiles", source, "--base-url", fake_talon.base_url, "--dead-letter", dead, "--bulk"
        )
    )
    assert code == 1, err
    entries = [json.loads(x) for x in dead.read_text().splitlines()]
    by_line = {e["line"]: e for e in entries}
    assert 6 in by_line and by_line[6]["error"]["type"] == "InputError"
    assert by_line[3]["error"].get("status") == 400  # p2's chunk was rejected
    assert "test-key" not in dead.read_text() and "test-key" not in err
    assert summary["succeeded"] + summary["failed"] == 6
    assert summary["failed"] == len(entries) >= 2


async def test_cli_audiences_are_chunked(fake_talon: FakeTalon, tmp_path: Path) -> None:
    source = tmp_path / "aud.jsonl"
    source.write_text(
        "".join(
            json.dumps({"profileIntegrationId": f"p{i % 40}", "audienceId": i, "action": "add"})
            + "\n"
            for i in range(500)
        )
    )
    code, summary, err = await finish(
        await cli("audiences", source, "--base-url", fake_talon.base_url, "--chunk-size", "100")
    )
    assert code == 0, err
    assert summary["succeeded"] == 500
    assert 5 <= fake_talon.requests <= 10
    assert fake_talon.overlaps == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["batch", "profiles", "/nonexistent.jsonl"], "no such file"),
        (["batch", "profiles", "{file}", "--shard", "3/3"], "shard"),
        (["batch", "profiles", "{file}", "--concurrency", "0"], "must be >= 1"),
        (["batch", "nothing", "{file}"], "invalid choice"),
    ],
)
def test_cli_usage_errors_exit_2(
    argv: list[str],
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TALON_API_KEY", "k")
    source = tmp_path / "in.jsonl"
    source.write_text("{}\n")
    with pytest.raises(SystemExit) as exit_info:
        main([a.replace("{file}", str(source)) for a in argv])
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_cli_needs_the_api_key_in_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TALON_API_KEY", raising=False)
    source = tmp_path / "in.jsonl"
    source.write_text("{}\n")
    with pytest.raises(SystemExit):
        main(["batch", "profiles", str(source)])
    assert "TALON_API_KEY" in capsys.readouterr().err


async def test_cli_progress_shows_the_input_read_eta_counts_and_rate(
    fake_talon: FakeTalon, tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(
            json.dumps({"integrationId": f"p{i}", "attributes": {"seq": i}}) + "\n"
            for i in range(300)
        )
    )
    size = source.stat().st_size
    fake_talon.fail_keys = {"p7"}
    code, summary, err = await finish(
        await cli("profiles", source, "--base-url", fake_talon.base_url, "--progress")
    )
    assert code == 1, err
    final = [frame for frame in err.replace("\r", "\n").splitlines() if "in.jsonl" in frame][-1]
    assert "100%" in final  # percentage of the input's bytes
    assert f"/{size / 1024:.1f}k" in final  # against the file's size (tqdm's unit scale)
    assert "<00:00]" in final  # ETA
    assert "ok=299 failed=1" in final
    assert "calls/s" in final
    assert summary["succeeded"] == 299
