"""talon_async.batch.stream / run: ordering, exclusivity, backpressure, failures, cancellation."""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from batch_fakes import FakeTalon

from talon_async import batch


async def settle() -> None:
    """Let every task that can make progress make it: loop turns, not time (no I/O here)."""
    for _ in range(200):
        await asyncio.sleep(0)


class Tracker:
    """A fake call that records per-key order and notices overlapping calls for one key."""

    def __init__(self, delay: float = 0.001, fail_every: int = 0) -> None:
        self.delay = delay
        self.fail_every = fail_every
        self.in_flight: Counter[str] = Counter()
        self.overlaps = 0
        self.order: defaultdict[str, list[int]] = defaultdict(list)
        self.peak = 0
        self.current = 0

    async def __call__(self, item: tuple[str, int]) -> int:
        key, seq = item
        if self.in_flight[key]:
            self.overlaps += 1
        self.in_flight[key] += 1
        self.current += 1
        self.peak = max(self.peak, self.current)
        try:
            await asyncio.sleep(random.random() * self.delay)
            self.order[key].append(seq)
            if self.fail_every and seq % self.fail_every == 0:
                raise ValueError(f"boom {seq}")
            return seq * 2
        finally:
            self.in_flight[key] -= 1
            self.current -= 1


def keyed(n: int, keys: int) -> list[tuple[str, int]]:
    rng = random.Random(7)
    return [(f"k{rng.randrange(keys)}", i) for i in range(n)]


def other_tasks() -> set[asyncio.Task[object]]:
    return {t for t in asyncio.all_tasks() if t is not asyncio.current_task()}


async def test_per_key_order_and_exclusivity_with_other_keys_concurrent() -> None:
    items = keyed(3000, 40)
    call = Tracker()
    summary = await batch.run(items, call, concurrency=32, key=lambda it: it[0])
    assert summary.total == summary.succeeded == 3000
    assert call.overlaps == 0
    expected: defaultdict[str, list[int]] = defaultdict(list)
    for key, seq in items:
        expected[key].append(seq)
    assert call.order == expected
    assert call.peak > 16  # different keys really ran side by side


async def test_stream_results_keep_per_key_order_and_cover_every_index() -> None:
    items = keyed(500, 10)
    seen: defaultdict[str, list[int]] = defaultdict(list)
    indices = []
    async with batch.stream(items, Tracker(), concurrency=8, key=lambda it: it[0]) as results:
        async for r in results:
            assert r.ok and r.value == r.item[1] * 2
            seen[r.item[0]].append(r.item[1])
            indices.append(r.index)
    assert sorted(indices) == list(range(500))
    assert all(v == sorted(v) for v in seen.values())


async def test_failures_are_reported_with_their_error_and_counts_add_up() -> None:
    items = keyed(1000, 50)
    summary = await batch.run(
        items, Tracker(fail_every=7), concurrency=16, key=lambda it: it[0], keep_results=True
    )
    failed = [i for i in range(1000) if i % 7 == 0]
    assert summary.total == 1000
    assert summary.failed == len(failed)
    assert summary.succeeded + summary.failed == summary.total
    assert sorted(f.index for f in summary.failures) == failed
    assert all(isinstance(f.error, ValueError) and not f.ok for f in summary.failures)
    assert summary.results is not None
    assert [r.index for r in summary.results] == list(range(1000))


async def test_key_function_error_fails_only_that_item() -> None:
    def key(item: int) -> str:
        if item == 3:
            raise KeyError("no key")
        return str(item % 2)

    async def call(item: int) -> int:
        return item

    summary = await batch.run(range(10), call, concurrency=4, key=key)
    assert (summary.total, summary.failed) == (10, 1)
    assert isinstance(summary.failures[0].error, KeyError)
    assert summary.failures[0].item == 3


async def test_backpressure_reads_only_what_free_workers_take() -> None:
    pulled = 0
    release = asyncio.Event()

    def source() -> Iterator[int]:
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield i

    async def call(item: int) -> int:
        await release.wait()
        return item

    async with batch.stream(source(), call, concurrency=4) as results:
        await settle()
        assert pulled == 4  # one per worker, nothing read ahead
        release.set()
        done = 0
        async for _ in results:
            done += 1
            # in flight + result queue + the one being read: never the whole input
            assert pulled - done <= 4 + 4 + 1
    assert done == 10_000


async def test_hot_key_buffer_is_bounded_and_other_keys_keep_going() -> None:
    pulled = 0
    max_waiting = 10

    def source() -> Iterator[tuple[str, int]]:
        nonlocal pulled
        for i in range(400):
            pulled += 1
            yield ("hot" if i % 2 == 0 else f"cold{i}", i)

    async def call(item: tuple[str, int]) -> str:
        await asyncio.sleep(0.002 if item[0] == "hot" else 0)
        return item[0]

    finished_order: list[str] = []
    gap = 0
    async with batch.stream(
        source(), call, concurrency=4, key=lambda it: it[0], max_waiting=max_waiting
    ) as results:
        async for r in results:
            finished_order.append(r.item[0])
            gap = max(gap, pulled - len(finished_order))
    # parked hot items <= max_waiting, plus workers and the result queue
    assert gap <= max_waiting + 4 + 4 + 1
    # cold items do not wait for the hot key: they finish as soon as they are read
    hot_before_last_cold = finished_order[: len(finished_order) - 1].count("hot")
    assert hot_before_last_cold < 200


async def test_cancelling_run_cancels_calls_and_leaves_no_tasks() -> None:
    started = 0
    cancelled = 0
    closed = False

    async def source() -> AsyncIterator[int]:
        nonlocal closed
        try:
            for i in range(1000):
                yield i
        finally:
            closed = True

    async def call(item: int) -> int:
        nonlocal started, cancelled
        started += 1
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            cancelled += 1
            raise
        return item

    task = asyncio.create_task(batch.run(source(), call, concurrency=8, key=lambda i: i % 3))
    await settle()
    assert started == 3  # three keys, one call each in flight
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert cancelled == started
    assert closed
    assert other_tasks() == set()


async def test_leaving_the_stream_early_stops_the_workers() -> None:
    async def call(item: int) -> int:
        await asyncio.sleep(0.001)
        return item

    async with batch.stream(range(10_000), call, concurrency=16) as results:
        async for r in results:
            if r.index > 20:
                break
    assert other_tasks() == set()


async def test_iterator_error_comes_after_the_results_of_items_already_read() -> None:
    def source() -> Iterator[int]:
        yield 1
        yield 2
        raise RuntimeError("input broke")

    async def call(item: int) -> int:
        await asyncio.sleep(0.01 * item)
        return item

    seen = []
    with pytest.raises(RuntimeError, match="input broke"):
        async for r in batch.stream(source(), call, concurrency=4):
            seen.append(r.value)
    assert sorted(seen) == [1, 2]
    assert other_tasks() == set()


async def test_a_call_that_cancels_itself_fails_only_its_item() -> None:
    async def call(item: int) -> int:
        if item == 2:
            raise asyncio.CancelledError  # e.g. a stray cancel scope inside the call
        await asyncio.sleep(0)
        return item

    summary = await batch.run(range(6), call, concurrency=2, key=lambda i: i % 2)
    assert (summary.succeeded, summary.failed) == (5, 1)
    assert isinstance(summary.failures[0].error, batch.CallCancelled)


async def test_async_iterable_input() -> None:
    async def source() -> AsyncIterator[int]:
        for i in range(100):
            await asyncio.sleep(0)
            yield i

    async def call(item: int) -> int:
        return item + 1

    summary = await batch.run(source(), call, concurrency=5, keep_results=True)
    assert summary.results is not None
    assert [r.value for r in summary.results] == list(range(1, 101))


async def test_rate_limit_spaces_calls() -> None:
    starts: list[float] = []

    async def call(item: int) -> int:
        starts.append(time.monotonic())
        return item

    t0 = time.monotonic()
    await batch.run(range(60), call, concurrency=16, rate=40)
    elapsed = time.monotonic() - t0
    # a burst of one second's worth (40), then 40/s: 20 more need ~0.5 s
    assert elapsed >= 0.4
    assert sum(1 for s in starts if s - t0 < 0.2) <= 40 + 40 * 0.2 + 1


async def test_rate_below_one_per_second_is_accepted() -> None:
    async def call(item: int) -> int:
        return item

    summary = await batch.run([1], call, concurrency=1, rate=0.5)
    assert summary.succeeded == 1


async def test_progress_bar_counts_items(capsys: pytest.CaptureFixture[str]) -> None:
    async def call(item: int) -> int:
        return item

    await batch.run(list(range(50)), call, concurrency=4, progress=True)
    assert "50/50" in capsys.readouterr().err


def test_invalid_arguments() -> None:
    async def call(item: int) -> int:
        return item

    with pytest.raises(ValueError):
        batch.stream([1], call, concurrency=0)
    with pytest.raises(ValueError):
        batch.stream([1], call, concurrency=1, rate=0)


async def test_against_http_server_no_entity_written_twice_at_once(fake_talon: FakeTalon) -> None:
    fake_talon.delay = 0.002
    fake_talon.fail_keys = {"p7"}
    rng = random.Random(1)
    items = [(f"p{rng.randrange(60)}", i) for i in range(1000)]
    # timeout: a hang guard, not a bound (httpx's 5 s default failed on a busy machine)
    async with httpx.AsyncClient(base_url=fake_talon.base_url, timeout=300) as http:

        async def call(item: tuple[str, int]) -> int:
            key, seq = item
            r = await http.put(f"/v2/customer_profiles/{key}", json={"attributes": {"seq": seq}})
            r.raise_for_status()
            return r.status_code

        summary = await batch.run(items, call, concurrency=64, key=lambda it: it[0])
    assert fake_talon.overlaps == []
    assert fake_talon.requests == 1000
    assert summary.failed == sum(1 for k, _ in items if k == "p7")
    assert all(isinstance(f.error, httpx.HTTPStatusError) for f in summary.failures)
    for key, seqs in fake_talon.order.items():
        assert seqs == [s for k, s in items if k == key]
