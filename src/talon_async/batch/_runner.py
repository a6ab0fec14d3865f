"""Bounded-concurrency runner with per-entity serialisation.

A fixed pool of workers pulls items from one shared iterator, so memory does not grow with the
input: an item is read only when a worker is free to take it. Items whose key is already in
flight wait in the owning worker's FIFO queue; those queues share one bounded budget
(``max_waiting``), and when it is spent reading pauses until the owners drain them. That is
the only way to keep per-key order with bounded memory: a reader may look past a busy key, but
only as far as the budget allows.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Hashable,
    Iterable,
    Iterator,
    Sized,
)
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast

from aiolimiter import AsyncLimiter

from ._rate import AdaptiveRate, Rate, adaptive_rate

if TYPE_CHECKING:
    from tqdm import tqdm

T = TypeVar("T")
R = TypeVar("R")

__all__ = ["BatchResult", "BatchStream", "BatchSummary", "CallCancelled", "run", "stream"]


@dataclass(frozen=True, slots=True)
class BatchResult(Generic[T, R]):
    """The outcome of one item: its value, or the exception its call raised (never dropped)."""

    index: int
    item: T
    value: R | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        """True when the call returned; then `value` holds its result and `error` is None."""
        return self.error is None


@dataclass(slots=True)
class BatchSummary(Generic[T, R]):
    """Counts that always add up (``succeeded + failed == total``) plus every failure.

    ``results`` holds every result in input order only when ``keep_results=True``; by default
    only failures are kept so a long batch runs in constant memory.
    """

    total: int = 0
    succeeded: int = 0
    failed: int = 0
    elapsed: float = 0.0
    failures: list[BatchResult[T, R]] = field(default_factory=list)
    results: list[BatchResult[T, R]] | None = None


class CallCancelled(Exception):
    """A call raised CancelledError although the batch was not cancelled."""


class _Done:
    """End-of-stream marker on the result queue."""


@dataclass(frozen=True, slots=True)
class _Crashed:
    """The input iterator (not a call) raised: the stream re-raises it to the consumer."""

    exc: BaseException


_DONE = _Done()
_NOKEY: Any = object()


class _Source(Generic[T]):
    """One interface over sync and async iterables; callers serialise access with a lock."""

    def __init__(self, items: Iterable[T] | AsyncIterable[T]) -> None:
        self._async: AsyncIterator[T] | None = None
        self._sync: Iterator[T] | None = None
        if isinstance(items, AsyncIterable):
            self._async = aiter(items)
        else:
            self._sync = iter(items)

    async def next(self) -> T:
        if self._async is not None:
            return await anext(self._async)
        assert self._sync is not None
        try:
            return next(self._sync)
        except StopIteration:
            raise StopAsyncIteration from None

    async def close(self) -> None:
        """Finalise generators here, in our task, rather than later in the garbage collector."""
        closer = getattr(self._async if self._async is not None else self._sync, "aclose", None)
        if closer is not None:
            with contextlib.suppress(Exception):
                await closer()
            return
        sync_close = getattr(self._sync, "close", None)
        if sync_close is not None:
            with contextlib.suppress(Exception):
                sync_close()


def _limiter(rate: float | None) -> AsyncLimiter | None:
    """aiolimiter's leaky bucket; a burst of at most one second's worth (or one call)."""
    if rate is None:
        return None
    if rate <= 0:
        raise ValueError("rate must be > 0 calls per second")
    return AsyncLimiter(rate, 1.0) if rate >= 1 else AsyncLimiter(1, 1.0 / rate)


class BatchStream(Generic[T, R]):
    """Results as they complete; an async iterator and an async context manager.

    Prefer ``async with batch.stream(...) as results: async for r in results: ...``: leaving the
    block (break, exception, cancellation) cancels the workers and waits for them, so nothing
    keeps running. Plain ``async for`` also cleans up when exhausted or cancelled.
    """

    def __init__(
        self,
        items: Iterable[T] | AsyncIterable[T],
        call: Callable[[T], Awaitable[R]],
        *,
        concurrency: int,
        key: Callable[[T], Hashable | None] | None = None,
        rate: Rate = None,
        max_rate: float | None = None,
        progress: bool = False,
        total: int | None = None,
        max_waiting: int | None = None,
        weight: Callable[[T], int] | None = None,
        on_result: Callable[[BatchResult[T, R]], None] | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        self._source = _Source(items)
        self._key = key
        self._concurrency = concurrency
        # rate="auto": the controller paces inside the call (retries too); else aiolimiter.
        self.adaptive_rate: AdaptiveRate | None = adaptive_rate(rate, max_rate)
        self._call = call if self.adaptive_rate is None else self.adaptive_rate.pace(call)
        self._limiter = (
            None if self.adaptive_rate is not None else _limiter(cast(float | None, rate))
        )
        self._max_waiting = max_waiting if max_waiting is not None else max(64, 4 * concurrency)
        if self._max_waiting < 1:
            raise ValueError("max_waiting must be >= 1")
        self._weight = weight
        self._on_result = on_result
        self._progress = progress
        if total is None and isinstance(items, Sized):
            total = len(items)
        self._total = total
        self._bar: tqdm[Any] | None = None
        self._out: asyncio.Queue[BatchResult[T, R] | _Done | _Crashed] = asyncio.Queue(
            maxsize=concurrency
        )
        self._read_lock = asyncio.Lock()
        self._slots = asyncio.Semaphore(self._max_waiting)
        # key -> FIFO of (index, item) waiting for the worker that owns the key; a key is in
        # this dict exactly while one worker owns it, so its size is <= concurrency.
        self._owned: dict[Hashable, deque[tuple[int, T]]] = {}
        self._next_index = 0
        self._exhausted = False
        self._source_error: Exception | None = None
        self._supervisor: asyncio.Task[None] | None = None
        self._closed = False

    # -- consumer side -------------------------------------------------------------------
    async def __aenter__(self) -> Self:
        self._start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> BatchResult[T, R]:
        if self._closed:
            raise StopAsyncIteration
        self._start()
        try:
            msg = await self._out.get()
        except BaseException:
            await self.aclose()
            raise
        if isinstance(msg, BatchResult):
            return msg
        await self.aclose()
        if isinstance(msg, _Crashed):
            raise msg.exc
        raise StopAsyncIteration

    async def aclose(self) -> None:
        """Cancel the workers, wait until they are gone and close the source and the bar."""
        if self._closed:
            return
        self._closed = True
        task = self._supervisor
        if task is not None and not task.done():
            task.cancel()
            await asyncio.wait([task])
        await self._source.close()
        if self._bar is not None:
            self._bar.close()

    def _start(self) -> None:
        if self._supervisor is not None:
            return
        if self._progress:
            from tqdm import tqdm

            self._bar = tqdm(total=self._total, unit="item", dynamic_ncols=True)
        self._supervisor = asyncio.get_running_loop().create_task(self._supervise())

    # -- worker side ---------------------------------------------------------------------
    async def _supervise(self) -> None:
        try:
            async with asyncio.TaskGroup() as tg:
                for _ in range(self._concurrency):
                    tg.create_task(self._worker())
        except ExceptionGroup as group:  # a bug of ours, or the progress bar failing
            await self._out.put(_Crashed(group.exceptions[0]))
            return
        # Items read before the source broke have all been reported by now; then the error.
        await self._out.put(_DONE if self._source_error is None else _Crashed(self._source_error))

    async def _worker(self) -> None:
        while True:
            taken = await self._take()
            if taken is None:
                return
            index, item, key, key_error = taken
            if key_error is not None:
                await self._emit(BatchResult(index, item, None, key_error))
                continue
            await self._process(index, item)
            if key is _NOKEY:
                continue
            # We own `key`: run what queued up behind us, in order, then release it.
            waiting = self._owned[key]
            while waiting:
                index, item = waiting.popleft()
                self._slots.release()
                await self._process(index, item)
            del self._owned[key]

    async def _take(self) -> tuple[int, T, Any, Exception | None] | None:
        """Read until we get an item we may run now; park items whose key is busy."""
        async with self._read_lock:
            while not self._exhausted:
                # Hold a waiting slot before reading: if the item's key turns out to be busy it
                # keeps the slot until its owner pops it, so parked items never exceed the cap.
                await self._slots.acquire()
                try:
                    item = await self._source.next()
                except StopAsyncIteration:
                    self._exhausted = True
                    self._slots.release()
                    return None
                except Exception as exc:
                    # Stop reading but let the items already read finish and be reported.
                    self._source_error = exc
                    self._exhausted = True
                    self._slots.release()
                    return None
                index = self._next_index
                self._next_index += 1
                try:
                    key = self._key(item) if self._key is not None else None
                except Exception as exc:
                    self._slots.release()
                    return index, item, _NOKEY, exc
                if key is None:
                    self._slots.release()
                    return index, item, _NOKEY, None
                waiting = self._owned.get(key)
                if waiting is not None:
                    waiting.append((index, item))
                    continue
                self._slots.release()
                self._owned[key] = deque()
                return index, item, key, None
            return None

    async def _process(self, index: int, item: T) -> None:
        try:
            if self._limiter is not None:
                await self._limiter.acquire()
            value = await self._call(item)
        except Exception as exc:
            result: BatchResult[T, R] = BatchResult(index, item, None, exc)
        except asyncio.CancelledError as exc:
            task = asyncio.current_task()
            if task is not None and task.cancelling():
                raise  # the batch itself is being cancelled
            # The call cancelled itself (a stray cancel scope): a failure of this item only;
            # letting it end the worker would strand the items queued behind its key.
            error = CallCancelled(f"call for item {index} raised CancelledError")
            error.__cause__ = exc
            result = BatchResult(index, item, None, error)
        else:
            result = BatchResult(index, item, value, None)
        await self._emit(result)

    async def _emit(self, result: BatchResult[T, R]) -> None:
        if self._on_result is not None:
            # In the worker, before any await: a result handed to the hook is never lost to a
            # cancellation or a kill while it waits in the queue. If the hook raises, the
            # stream stops and re-raises it (a journal that cannot write must not go on).
            self._on_result(result)
        await self._out.put(result)
        if self._bar is not None:
            self._bar.update(self._weight(result.item) if self._weight is not None else 1)


def stream(
    items: Iterable[T] | AsyncIterable[T],
    call: Callable[[T], Awaitable[R]],
    *,
    concurrency: int,
    key: Callable[[T], Hashable | None] | None = None,
    rate: Rate = None,
    max_rate: float | None = None,
    progress: bool = False,
    total: int | None = None,
    max_waiting: int | None = None,
    on_result: Callable[[BatchResult[T, R]], None] | None = None,
) -> BatchStream[T, R]:
    """Run ``call`` over ``items`` and yield one `BatchResult` per item as it completes.

    - ``concurrency`` workers pull from the iterator (backpressure: nothing is read ahead of
      free workers except items parked behind a busy key, at most ``max_waiting`` of them,
      default ``max(64, 4 * concurrency)``).
    - ``key(item)`` names the entity an item writes (None: no entity). Calls for one key never
      overlap and run in input order; other keys keep running meanwhile.
    - ``rate`` caps calls per second (aiolimiter; bursts up to one second's worth), or
      ``rate="auto"`` adapts one shared rate to the server's 429s and Retry-After, up to
      ``max_rate`` (see ``talon_async.batch._rate``; pass an ``AdaptiveRate`` to share one).
    - ``progress`` draws a tqdm bar on stderr (``total`` defaults to ``len(items)`` if any).
    - Exceptions from ``call`` become failed results. If the iterator itself raises, reading
      stops, the items already read still finish and are yielded, then the stream re-raises.
    - ``on_result(result)`` runs in the worker the moment an item's call ends, before the
      result is queued for the consumer (which may lag up to ``concurrency`` results behind):
      record durable progress there, so a cancellation or a kill loses only calls in flight.
      It must not block; if it raises, the stream stops and re-raises its exception.
    """
    return BatchStream(
        items,
        call,
        concurrency=concurrency,
        key=key,
        rate=rate,
        max_rate=max_rate,
        progress=progress,
        total=total,
        max_waiting=max_waiting,
        on_result=on_result,
    )


async def run(
    items: Iterable[T] | AsyncIterable[T],
    call: Callable[[T], Awaitable[R]],
    *,
    concurrency: int,
    key: Callable[[T], Hashable | None] | None = None,
    rate: Rate = None,
    max_rate: float | None = None,
    progress: bool = False,
    total: int | None = None,
    max_waiting: int | None = None,
    keep_results: bool = False,
) -> BatchSummary[T, R]:
    """Like `stream`, collected into a `BatchSummary`.

    Only failures are kept unless ``keep_results=True`` (then ``results`` is in input order),
    so a million-item run needs no more memory than a thousand-item one.
    """
    summary: BatchSummary[T, R] = BatchSummary(results=[] if keep_results else None)
    started = time.perf_counter()
    async with stream(
        items,
        call,
        concurrency=concurrency,
        key=key,
        rate=rate,
        max_rate=max_rate,
        progress=progress,
        total=total,
        max_waiting=max_waiting,
    ) as results:
        async for result in results:
            summary.total += 1
            if result.ok:
                summary.succeeded += 1
            else:
                summary.failed += 1
                summary.failures.append(result)
            if summary.results is not None:
                summary.results.append(result)
    if summary.results is not None:
        summary.results.sort(key=lambda r: r.index)
    summary.elapsed = time.perf_counter() - started
    return summary
