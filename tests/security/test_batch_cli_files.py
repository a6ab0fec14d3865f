"""The batch CLI's files (issue 9, part 5): `python -m talon_async batch events ...` run as a
subprocess against a small HTTP server on 127.0.0.1 written here.

Each test is one rule: the checkpoint only ever rewrites its own files, through a temp file
that follows no link; neither journal file may be the input; every file problem is one line
on stderr and exit 2 (never a traceback, never an unbounded read); SIGINT/SIGTERM wind down
with a summary; idempotency keys are unique per event and stable per job.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import signal
import sys
from collections.abc import AsyncIterator, Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

API_KEY = "files-test-key"
_ANSWER = json.dumps({"effects": [], "createdCoupons": [], "createdReferrals": []}).encode()
_REJECT = json.dumps({"message": "rejected by the test", "errors": [], "StatusCode": 400}).encode()


@dataclass
class EventServer:
    """Answers POST /v2/events: 400 when the event's type is "reject", 200 otherwise.

    ``hold`` parks every answer until ``release()``; tests wait on ``changed`` for the
    number of requests received or parked, never on time.
    """

    port: int = 0
    received: list[dict[str, Any]] = field(default_factory=list)
    keys: list[str | None] = field(default_factory=list)
    hold: bool = False
    parked: int = 0
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _gate: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def release(self) -> None:
        self._gate.set()

    async def wait_for(self, predicate: Callable[[], bool], proc: Any = None) -> None:
        async with self.changed:
            while not predicate():
                assert proc is None or proc.returncode is None, await proc.communicate()
                await self.changed.wait()

    async def _notify(self) -> None:
        async with self.changed:
            self.changed.notify_all()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                headers = {
                    k.strip().lower(): v.strip()
                    for k, _, v in (line.partition(":") for line in lines[1:] if line)
                }
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                event = json.loads(body)
                self.received.append(event)
                self.keys.append(headers.get("idempotency-key"))
                await self._notify()
                if self.hold:
                    self.parked += 1
                    await self._notify()
                    await self._gate.wait()
                status, payload = (
                    (400, _REJECT) if event.get("type") == "reject" else (200, _ANSWER)
                )
                writer.write(
                    b"HTTP/1.1 %d X\r\nContent-Type: application/json\r\n"
                    b"Content-Length: %d\r\n\r\n%s" % (status, len(payload), payload)
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@pytest.fixture
async def server() -> AsyncIterator[EventServer]:
    state = EventServer()
    tcp = await asyncio.start_server(state.handle, "127.0.0.1", 0)
    state.port = tcp.sockets[0].getsockname()[1]
    try:
        yield state
    finally:
        state.release()
        tcp.close()


def write_events(path: Path, n: int, *, reject: Collection[int] = (), prefix: str = "") -> None:
    with path.open("w") as f:
        f.write(prefix)
        for i in range(1, n + 1):
            kind = "reject" if i in reject else "app_opened"
            f.write(json.dumps({"profileId": f"p{i}", "type": kind, "attributes": {"i": i}}) + "\n")


async def start(
    server: EventServer, *args: str | Path, limits: dict[int, int] | None = None
) -> asyncio.subprocess.Process:
    def set_limits() -> None:
        for which, value in (limits or {}).items():
            resource.setrlimit(which, (value, value))

    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "talon_async",
        "batch",
        "events",
        *map(str, args),
        "--base-url",
        server.url,
        "--no-progress",
        "--timeout",  # a guard, not a bound: the machine may be busy
        "300",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "TALON_API_KEY": API_KEY},
        preexec_fn=set_limits if limits else None,
    )


async def run_cli(
    server: EventServer, *args: str | Path, limits: dict[int, int] | None = None
) -> tuple[int, str, str]:
    proc = await start(server, *args, limits=limits)
    try:  # only a guard against a hang (the bug some tests catch), never a timing assumption
        out, err = await asyncio.wait_for(proc.communicate(), 600)
    except TimeoutError:
        proc.kill()
        await proc.wait()
        raise AssertionError("the CLI hung") from None
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


def assert_one_line_error(code: int, err: str, *words: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    for word in words:
        assert word in lines[0], err


def checkpoint_lines(path: Path) -> set[int]:
    done: set[int] = set()
    for raw in path.read_text().splitlines()[1:]:
        if raw.startswith("W "):
            done.update(range(1, int(raw[2:]) + 1))
        elif raw:
            done.add(int(raw))
    return done


# -- the checkpoint only ever rewrites its own files ---------------------------------------
@pytest.mark.parametrize(
    "content",
    [b"precious notes without a newline", b"\nprecious notes after a blank line\n"],
    ids=["one-line-no-newline", "starts-with-blank-line"],
)
async def test_checkpoint_refuses_to_replace_a_file_that_is_not_one(
    server: EventServer, tmp_path: Path, content: bytes
) -> None:
    source = tmp_path / "in.jsonl"
    write_events(source, 3)
    ckpt = tmp_path / "notes.txt"
    ckpt.write_bytes(content)
    code, _, err = await run_cli(server, source, "--checkpoint", ckpt)
    assert_one_line_error(code, err, "not a talon_async checkpoint")
    assert ckpt.read_bytes() == content
    assert server.received == []  # refused before anything was sent


async def test_checkpoint_temp_file_follows_no_planted_link(
    server: EventServer, tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    write_events(source, 3)
    ckpt = tmp_path / "ckpt"
    victim = tmp_path / "victim.txt"
    victim.write_text("must stay as it is\n")
    planted = tmp_path / "ckpt.tmp"
    planted.symlink_to(victim)
    for _ in range(2):  # creating the checkpoint, then compacting it on resume
        code, _, err = await run_cli(server, source, "--checkpoint", ckpt)
        assert code == 0, err
    assert victim.read_text() == "must stay as it is\n"
    assert planted.is_symlink() and os.readlink(planted) == str(victim)
    assert checkpoint_lines(ckpt) == {1, 2, 3}
    assert [name for name in os.listdir(tmp_path) if name.endswith(".tmp")] == ["ckpt.tmp"]


async def test_a_symlink_as_checkpoint_is_refused(server: EventServer, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    write_events(source, 3)
    victim = tmp_path / "victim.txt"
    victim.write_text("")
    ckpt = tmp_path / "ckpt"
    ckpt.symlink_to(victim)
    code, _, err = await run_cli(server, source, "--checkpoint", ckpt)
    assert_one_line_error(code, err, "symbolic link")
    assert victim.read_text() == "" and ckpt.is_symlink()


# -- neither journal file may be the input ---------------------------------------------------
@pytest.mark.parametrize("option", ["--dead-letter", "--checkpoint"])
@pytest.mark.parametrize("alias", ["same-path", "other-path", "hard-link"])
async def test_a_journal_file_naming_the_input_is_refused(
    server: EventServer, tmp_path: Path, option: str, alias: str
) -> None:
    source = tmp_path / "in.jsonl"
    # a blank first line: an old checkpoint reader took that for an empty checkpoint
    write_events(source, 3, reject={1, 2, 3}, prefix="\n")
    before = source.read_bytes()
    if alias == "same-path":
        path = source
    elif alias == "other-path":
        (tmp_path / "sub").mkdir()
        path = tmp_path / "sub" / ".." / "in.jsonl"
    else:
        path = tmp_path / "link.jsonl"
        os.link(source, path)
    code, _, err = await run_cli(server, source, option, path)
    assert_one_line_error(code, err, "input")
    assert source.read_bytes() == before
    assert server.received == []


async def test_dead_letter_and_checkpoint_cannot_be_one_file(
    server: EventServer, tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    write_events(source, 3, reject={2})
    ckpt = tmp_path / "ckpt"
    code, _, err = await run_cli(server, source, "--checkpoint", ckpt, "--dead-letter", ckpt)
    assert_one_line_error(code, err, "checkpoint")


# -- every file problem: one line, exit 2 ----------------------------------------------------
async def test_a_corrupt_checkpoint_line_is_a_one_line_error(
    server: EventServer, tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    write_events(source, 5, reject={3})
    ckpt = tmp_path / "ckpt"
    code, _, err = await run_cli(server, source, "--checkpoint", ckpt)
    assert code == 1, err
    with ckpt.open("a") as f:
        f.write("4x\n5\n")
    before = ckpt.read_bytes()
    code, _, err = await run_cli(server, source, "--checkpoint", ckpt)
    assert_one_line_error(code, err, "corrupt checkpoint line")
    assert ckpt.read_bytes() == before


@pytest.mark.parametrize("option", ["--checkpoint", "--dead-letter"])
@pytest.mark.parametrize("where", ["a-directory", "in-a-missing-directory"])
async def test_an_unusable_path_is_a_one_line_error(
    server: EventServer, tmp_path: Path, option: str, where: str
) -> None:
    source = tmp_path / "in.jsonl"
    write_events(source, 3, reject={2})
    path = tmp_path if where == "a-directory" else tmp_path / "missing" / "file"
    code, _, err = await run_cli(server, source, option, path)
    assert_one_line_error(code, err, "directory")
    assert server.received == []


async def test_a_full_disk_under_the_dead_letter_is_a_one_line_error(
    server: EventServer, tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    write_events(source, 20, reject={5})
    code, _, err = await run_cli(server, source, "--dead-letter", "/dev/full")
    assert_one_line_error(code, err, "dead letter", "No space left on device")


async def test_a_checkpoint_that_cannot_grow_is_a_one_line_error(
    server: EventServer, tmp_path: Path
) -> None:
    """RLIMIT_FSIZE makes the checkpoint's appends fail mid-run (EFBIG), as a full disk would."""
    source = tmp_path / "in.jsonl"
    write_events(source, 600)
    ckpt = tmp_path / "ckpt"
    code, _, err = await run_cli(
        server, source, "--checkpoint", ckpt, limits={resource.RLIMIT_FSIZE: 1024}
    )
    assert_one_line_error(code, err, "cannot write checkpoint")
    assert 0 < len(checkpoint_lines(ckpt)) < 600  # it did run, and stopped when it could not record


@pytest.mark.parametrize("kind", ["dev-zero", "fifo"])
async def test_a_checkpoint_that_is_not_a_regular_file_is_never_read(
    server: EventServer, tmp_path: Path, kind: str
) -> None:
    source = tmp_path / "in.jsonl"
    write_events(source, 3)
    if kind == "dev-zero":
        path = Path("/dev/zero")
    else:
        path = tmp_path / "fifo"
        os.mkfifo(path)
    # bounded address space: an unbounded read fails fast instead of eating the machine
    code, _, err = await run_cli(
        server, source, "--checkpoint", path, limits={resource.RLIMIT_AS: 2 << 30}
    )
    assert_one_line_error(code, err, "not a regular file")


async def test_an_overlong_input_line_is_a_failed_line_not_an_unbounded_read(
    server: EventServer, tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    write_events(source, 2)
    big = {"profileId": "big", "type": "app_opened", "attributes": {"x": "y" * (2 << 20)}}
    with source.open("a") as f:
        f.write(json.dumps(big) + "\n")
        f.write(json.dumps({"profileId": "p4", "type": "app_opened"}) + "\n")
    dead = tmp_path / "dead.jsonl"
    code, out, err = await run_cli(server, source, "--dead-letter", dead)
    assert code == 1, err
    (entry,) = map(json.loads, dead.read_text().splitlines())
    assert entry["line"] == 3 and "longer than" in entry["error"]["message"]
    assert len(dead.read_bytes()) < 4096  # the line itself is not copied
    assert json.loads(out.splitlines()[-1])["succeeded"] == 3
    assert len(server.received) == 3


# -- SIGINT / SIGTERM --------------------------------------------------------------------------
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
async def test_a_signal_stops_reading_lets_calls_in_flight_finish_and_reports(
    server: EventServer, tmp_path: Path, signum: int, code: int
) -> None:
    source = tmp_path / "in.jsonl"
    write_events(source, 500)
    ckpt, dead = tmp_path / "ckpt", tmp_path / "dead.jsonl"
    server.hold = True
    proc = await start(
        server, source, "--concurrency", "4", "--checkpoint", ckpt, "--dead-letter", dead
    )
    await server.wait_for(lambda: server.parked == 4, proc)  # 4 calls in flight, all held
    proc.send_signal(signum)
    assert proc.stderr is not None
    notice = await asyncio.wait_for(proc.stderr.readline(), 120)
    assert b"stopping" in notice  # the CLI took the signal and stopped starting calls
    server.release()
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    assert proc.returncode == code, err
    summary = json.loads(out.decode().splitlines()[-1])
    assert summary["interrupted"] is True
    assert len(server.received) == 4  # nothing sent after the signal
    assert summary["succeeded"] == 4 and summary["failed"] == 0  # in flight, then finished
    assert checkpoint_lines(ckpt) == {1, 2, 3, 4}  # and journaled
    assert summary["read"] == (
        summary["succeeded"] + summary["failed"] + summary["unfinished"] + summary["already_done"]
    )
    assert b"Traceback" not in err


async def test_calls_that_outlast_the_grace_period_are_cut_off_and_not_recorded(
    server: EventServer, tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    write_events(source, 50)
    ckpt = tmp_path / "ckpt"
    server.hold = True  # never released: these calls would run to their deadline
    proc = await start(server, source, "--concurrency", "3", "--checkpoint", ckpt, "--grace", "0.2")
    await server.wait_for(lambda: server.parked == 3, proc)
    proc.send_signal(signal.SIGTERM)
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    assert proc.returncode == 143, err
    summary = json.loads(out.decode().splitlines()[-1])
    assert summary["interrupted"] is True and summary["succeeded"] == 0
    assert summary["unfinished"] >= 3
    assert checkpoint_lines(ckpt) == set()  # cut off in flight: resumed later, not lost


# -- idempotency keys --------------------------------------------------------------------------
async def test_idempotency_keys_differ_between_jobs_that_share_their_first_mib(
    server: EventServer, tmp_path: Path
) -> None:
    padding = "\n" * (1 << 20)  # blank lines are not records: both files share their first MiB
    purchase, refund = tmp_path / "purchase.jsonl", tmp_path / "refund.jsonl"
    for path, kind in ((purchase, "purchase"), (refund, "refund")):
        path.write_text(padding + json.dumps({"profileId": "p1", "type": kind}) + "\n")
    for path in (purchase, refund):
        code, _, err = await run_cli(
            server, path, "--idempotency-keys", "--checkpoint", tmp_path / f"{path.stem}.ckpt"
        )
        assert code == 0, err
    assert [e["type"] for e in server.received] == ["purchase", "refund"]
    assert len(set(server.keys)) == 2 and None not in server.keys


async def test_idempotency_keys_are_the_same_when_a_job_resumes(
    server: EventServer, tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    write_events(source, 10, reject={4, 9})
    ckpt = tmp_path / "ckpt"
    code, _, _ = await run_cli(server, source, "--idempotency-keys", "--checkpoint", ckpt)
    assert code == 1
    first = dict(zip((e["attributes"]["i"] for e in server.received), server.keys, strict=True))
    assert len(set(first.values())) == 10
    server.received.clear()
    server.keys.clear()
    code, _, _ = await run_cli(server, source, "--idempotency-keys", "--checkpoint", ckpt)
    assert code == 1  # the same two lines are rejected again, with the same keys
    again = dict(zip((e["attributes"]["i"] for e in server.received), server.keys, strict=True))
    assert again == {4: first[4], 9: first[9]}


async def test_idempotency_keys_without_a_checkpoint_are_refused(
    server: EventServer, tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    write_events(source, 2)
    code, _, err = await run_cli(server, source, "--idempotency-keys")
    assert code == 2 and "--idempotency-keys needs --checkpoint" in err
    assert server.received == []
