"""talon_async.batch under faults, against the emulator (which answers 409 to parallel writes
of one profile, as Talon.One does).

1. 10,000 events (`make soak`: RELIABILITY_ITEMS, 50,000) with 10% transient faults (503 7%, 429 3%) and 1%
   permanent ones (an empty event type for every line with i % 100 == 7: 400), concurrency 64,
   key = profile: every item ends succeeded or failed with its error, the counts add up,
   no profile is written concurrently (zero 409s answered, no overlap seen client-side), and
   every event is stored exactly once (track_event_v2 is a POST without key). Its duration is
   a figure, not an assertion: time belongs in benchmarks.
2. The CLI killed with SIGKILL midway, then resumed with the same checkpoint: the checkpoint
   holds every input line exactly once, and the events stored are the input (each line at
   least once; a line sent again after the kill was in flight when it died, at most
   --concurrency of them). The kill is synchronised on the server: from a third of the way
   on, it stores events but holds its answers, so when every worker waits on one the client
   is killed; the held answers are released and the test waits until none is being handled.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rel_support import FIGURES, event_request

from talon_async import RetryPolicy, TalonClient, Timeouts, batch, errors
from talon_async.testing import EmulatorServer

pytestmark = [
    pytest.mark.filterwarnings("error::ResourceWarning"),
    pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning"),
]

ITEMS = 10_000
CLI_ITEMS = 3_000
SOAK_ITEMS = int(os.environ.get("RELIABILITY_ITEMS", "50000"))  # make soak
SOAK_CLI_ITEMS = int(os.environ.get("RELIABILITY_CLI_ITEMS", "20000"))
PROFILES = 1000
CONCURRENCY = 64
API_KEY = "batch-rel-key"


class _StatusRecorder:
    """Wraps the emulator's ASGI app; counts the statuses it answers per operation path.

    With ``hold_after`` set, every answer after the first ``hold_after`` is held (the request
    has been handled, the event stored) until ``release()``; ``held`` counts those waiting,
    ``active`` the requests in the app. The emulator runs on its own thread and loop.
    """

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.statuses: Counter[tuple[str, int]] = Counter()
        self.hold_after: int | None = None
        self.answered = 0
        self.held = 0
        self.active = 0
        self.idle = threading.Event()  # set whenever no request is in the app
        self._released = threading.Event()
        self._gate: tuple[asyncio.AbstractEventLoop, asyncio.Event] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def release(self) -> None:
        self._released.set()
        if self._gate is not None:
            loop, gate = self._gate
            loop.call_soon_threadsafe(gate.set)

    async def _hold(self) -> None:
        if self._gate is None:
            self._gate = (asyncio.get_running_loop(), asyncio.Event())
        if self._released.is_set():
            return
        self.held += 1
        await self._gate[1].wait()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        async def recording_send(message: Any) -> None:
            if message["type"] == "http.response.start":
                self.statuses[(scope.get("path", ""), message["status"])] += 1
                self.answered += 1
                if self.hold_after is not None and self.answered > self.hold_after:
                    await self._hold()
            await send(message)

        self.active += 1
        self.idle.clear()
        try:
            await self._inner(scope, receive, recording_send)
        finally:
            self.active -= 1
            if not self.active:
                self.idle.set()


@pytest.fixture
def emulator() -> Iterator[EmulatorServer]:
    server = EmulatorServer(api_key=API_KEY)
    recorder = _StatusRecorder(server.emulator)
    server.emulator = recorder  # type: ignore[assignment]
    with server:
        try:
            yield server
        finally:
            recorder.release()


def _stored_seqs(server: EmulatorServer) -> Counter[int]:
    with server.store.lock:
        events = list(server.store.events.values())
    return Counter(int(e.attributes["seq"]) for e in events if "seq" in e.attributes)


def _inject_transient(server: EmulatorServer) -> None:
    server.inject("status", "events.track_event_v2", status=503, rate=0.07)
    server.inject("status", "events.track_event_v2", status=429, rate=0.03, retry_after=0)


async def test_batch_10k_items_under_transient_and_permanent_faults(
    emulator: EmulatorServer,
) -> None:
    await _batch_under_faults(emulator, ITEMS)


@pytest.mark.slow
async def test_batch_soak_under_transient_and_permanent_faults(emulator: EmulatorServer) -> None:
    await _batch_under_faults(emulator, SOAK_ITEMS)


async def _batch_under_faults(emulator: EmulatorServer, n: int) -> None:
    poison = {i for i in range(n) if i % 100 == 7}
    items = [{"seq": i, "profileId": f"p{i % PROFILES}"} for i in range(n)]
    _inject_transient(emulator)
    in_flight: Counter[str] = Counter()
    overlaps: list[str] = []

    async def call(item: dict[str, Any]) -> Any:
        profile = item["profileId"]
        if in_flight[profile]:
            overlaps.append(profile)
        in_flight[profile] += 1
        try:
            body = event_request(profile, seq=item["seq"])
            if item["seq"] in poison:
                body.type_ = ""  # the API rejects an empty event type: a permanent 400
            return await talon.events.track_event_v2(body)
        finally:
            in_flight[profile] -= 1

    started = time.monotonic()  # a figure for the report, not a bound
    async with TalonClient(
        api_key=API_KEY,
        base_url=emulator.url,
        max_connections=CONCURRENCY,
        retry=RetryPolicy(attempts=8, backoff_base=0.005, backoff_cap=0.05),
        # guards against a hang, not bounds: on a busy machine an answer may take seconds,
        # and a POST timed out is neither retried nor known to be stored
        timeout=Timeouts(connect=120, read=120, write=120, pool=120, total=600),
    ) as talon:
        summary = await batch.run(
            items, call, concurrency=CONCURRENCY, key=lambda item: item["profileId"]
        )
        budget_left = talon.retry_budget.tokens
    elapsed = time.monotonic() - started

    # every item is accounted for, exactly
    assert summary.total == n
    assert summary.succeeded + summary.failed == n
    failed = {r.item["seq"] for r in summary.failures}
    assert failed == poison, (len(failed), sorted(failed - poison)[:5], budget_left)
    for result in summary.failures:
        assert isinstance(result.error, errors.BadRequest) and result.error.status == 400
    # no entity written concurrently: none seen client-side, no 409 answered server-side
    assert overlaps == []
    statuses = emulator.emulator.statuses  # type: ignore[attr-defined]
    assert statuses[("/v2/events", 409)] == 0
    # transient faults were really injected, and retried
    injected = statuses[("/v2/events", 503)] + statuses[("/v2/events", 429)]
    requests = emulator.requests("events.track_event_v2")
    assert injected > n * 0.07
    assert requests == n + injected  # one request per item plus one per transient fault
    # no duplicate events, none lost: every valid item stored exactly once
    stored = _stored_seqs(emulator)
    assert set(stored) == set(range(n)) - poison
    assert max(stored.values()) == 1
    FIGURES.update(
        {
            f"batch {n}: items": n,
            f"batch {n}: requests": requests,
            f"batch {n}: transient faults answered": injected,
            f"batch {n}: succeeded": summary.succeeded,
            f"batch {n}: failed (all permanent 400s)": summary.failed,
            f"batch {n}: duplicates": max(stored.values()) - 1,
            f"batch {n}: lost": n - len(poison) - len(stored),
            f"batch {n}: 409s answered": statuses[("/v2/events", 409)],
            f"batch {n}: seconds": round(elapsed),
        }
    )
    print(
        f"\nbatch: {n} items, {requests} requests ({injected} transient faults), "
        f"{summary.succeeded} ok, {summary.failed} failed (= {len(poison)} permanent), "
        f"0 duplicates, 0 lost, 0 409s, {elapsed:.1f}s"
    )


def _checkpoint_lines(path: Path) -> list[int]:
    """Line numbers the checkpoint records, with repeats (it must not repeat any)."""
    done: list[int] = []
    for raw in path.read_text().splitlines()[1:]:
        if raw.startswith("W "):
            done.extend(range(1, int(raw[2:]) + 1))
        elif raw:
            done.append(int(raw))
    return done


async def _cli(*args: str | Path) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "talon_async",
        "batch",
        *map(str, args),
        "--timeout",  # a guard against a hang, not a bound: the machine may be busy
        "300",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "TALON_API_KEY": API_KEY},
    )


async def _finish(proc: asyncio.subprocess.Process) -> tuple[int, dict[str, Any], str]:
    out, err = await asyncio.wait_for(proc.communicate(), 1800)  # a hang guard
    assert proc.returncode is not None
    lines = out.decode().splitlines()
    return proc.returncode, json.loads(lines[-1]) if lines else {}, err.decode()


async def test_cli_killed_midway_resumes_to_exactly_the_input(
    emulator: EmulatorServer, tmp_path: Path
) -> None:
    await _kill_and_resume(emulator, tmp_path, CLI_ITEMS)


@pytest.mark.slow
async def test_cli_killed_midway_resumes_soak(emulator: EmulatorServer, tmp_path: Path) -> None:
    await _kill_and_resume(emulator, tmp_path, SOAK_CLI_ITEMS)


async def _kill_and_resume(emulator: EmulatorServer, tmp_path: Path, n: int) -> None:
    source = tmp_path / "events.jsonl"
    with source.open("w") as f:
        for i in range(1, n + 1):
            line = {"profileId": f"p{i % 300}", "type": "app_opened", "attributes": {"seq": i}}
            f.write(json.dumps(line) + "\n")
    ckpt = tmp_path / "ckpt"
    common = [
        source,
        "--base-url",
        emulator.url,
        "--concurrency",
        str(CONCURRENCY),
        "--checkpoint",
        ckpt,
        "--no-progress",
    ]
    _inject_transient(emulator)
    recorder: _StatusRecorder = emulator.emulator  # type: ignore[assignment]
    recorder.hold_after = n // 3

    proc = await _cli("events", *common, "--dead-letter", tmp_path / "dead1.jsonl")
    while recorder.held < CONCURRENCY:  # a state to reach, not a time to wait
        assert proc.returncode is None, await proc.communicate()
        await asyncio.sleep(0.01)
    proc.send_signal(signal.SIGKILL)  # every worker waits on an answer: all are in flight
    await proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    recorder.release()
    # the held requests finish server-side (the timeout only turns a hang into a failure)
    assert await asyncio.to_thread(recorder.idle.wait, 120)
    first_done = _checkpoint_lines(ckpt)
    first_stored = _stored_seqs(emulator)
    assert 0 < len(first_done) < n  # killed midway
    assert set(first_done) <= set(first_stored)  # recorded only what the server has

    dead2 = tmp_path / "dead2.jsonl"
    code, summary, err = await _finish(await _cli("events", *common, "--dead-letter", dead2))
    assert code in (0, 1), err
    dead_lines = (
        [json.loads(x)["line"] for x in dead2.read_text().splitlines()] if dead2.exists() else []
    )
    done = _checkpoint_lines(ckpt)
    assert len(done) == len(set(done))  # nothing recorded twice
    assert sorted(done + dead_lines) == list(range(1, n + 1))  # every line, exactly once
    assert summary["already_done"] == len(set(first_done))
    if dead_lines:  # transient faults outlasted the default 3 attempts: run once more, clean
        emulator.faults.clear()
        code, summary, err = await _finish(await _cli("events", *common))
        assert code == 0, err
        assert summary["succeeded"] == len(dead_lines)
    done = _checkpoint_lines(ckpt)
    assert sorted(done) == list(range(1, n + 1))  # the union of the runs is the input, once

    stored = _stored_seqs(emulator)
    assert set(stored) == set(range(1, n + 1))  # nothing lost
    repeated = {seq for seq, count in stored.items() if count > 1}
    # a line is stored twice only if the kill caught it in flight: received, not recorded
    assert repeated <= set(first_stored) - set(first_done)
    assert len(repeated) <= CONCURRENCY
    assert emulator.emulator.statuses[("/v2/events", 409)] == 0  # type: ignore[attr-defined]
    FIGURES.update(
        {
            f"cli kill/resume {n}: lines recorded before SIGKILL": len(set(first_done)),
            f"cli kill/resume {n}: lines in the final checkpoint (each once)": len(done),
            f"cli kill/resume {n}: lost": n - len(stored),
            f"cli kill/resume {n}: resent after the kill (in flight when killed)": len(repeated),
        }
    )
    print(
        f"\ncli kill/resume: {n} lines, killed after {len(first_done)} recorded; "
        f"{len(dead_lines)} retried in a third run; resent after the kill (in flight): "
        f"{len(repeated)}; lost: 0"
    )
