"""Chunk items into bulk requests and fan each request's outcome back out per item.

Entities are spread over ``concurrency`` lanes by a stable hash of their key; each lane sends
one chunk at a time. A key therefore always travels in the same lane, so no two requests in
flight ever touch one entity and each entity's items keep their order. A chunk is closed early
when its key repeats, so one request never carries two updates of one entity.
"""

from __future__ import annotations

from collections import deque
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Hashable,
    Iterable,
    Sequence,
)
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

from talon_one_raw.models.customer_profile_audience_request import CustomerProfileAudienceRequest
from talon_one_raw.models.customer_profile_audience_request_item import (
    CustomerProfileAudienceRequestItem,
)
from talon_one_raw.models.customer_profile_update_v2_response import (
    CustomerProfileUpdateV2Response,
)
from talon_one_raw.models.multiple_customer_profile_integration_request import (
    MultipleCustomerProfileIntegrationRequest,
)
from talon_one_raw.models.multiple_customer_profile_integration_request_item import (
    MultipleCustomerProfileIntegrationRequestItem,
)
from talon_one_raw.models.multiple_customer_profile_integration_response_v2 import (
    MultipleCustomerProfileIntegrationResponseV2,
)
from talon_one_raw.types import Unset

from .._meta import operation
from ._keys import stable_hash
from ._rate import Rate
from ._runner import BatchResult, BatchStream

T = TypeVar("T")
P = TypeVar("P")
R = TypeVar("R")

__all__ = [
    "BulkStream",
    "bulk",
    "update_customer_profile_audiences",
    "update_customer_profiles_v2",
]


@dataclass(slots=True)
class _Chunk(Generic[T, P]):
    lane: int | None
    indices: list[int] = field(default_factory=list)
    items: list[T] = field(default_factory=list)
    payloads: list[P] = field(default_factory=list)
    distinct: set[Hashable] = field(default_factory=set)
    error: Exception | None = None


async def _aiter(items: Iterable[T] | AsyncIterable[T]) -> AsyncIterator[T]:
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        for item in items:
            yield item


async def _chunks(
    items: Iterable[T] | AsyncIterable[T],
    key: Callable[[T], str],
    distinct: Callable[[T], Hashable],
    prepare: Callable[[T], P],
    chunk_size: int,
    lanes: int,
) -> AsyncIterator[_Chunk[T, P]]:
    """Yield full (or key-repeating) chunks per lane, then the partial ones at the end.

    An item that cannot be prepared becomes a one-item chunk carrying the error, so it is
    reported like any failure without a request being sent.
    """
    open_: list[_Chunk[T, P]] = [_Chunk(lane) for lane in range(lanes)]
    index = 0
    async for item in _aiter(items):
        try:
            k = key(item)
            d = distinct(item)
            payload = prepare(item)
        except Exception as exc:
            yield _Chunk(None, [index], [item], error=exc)
            index += 1
            continue
        lane = stable_hash(k) % lanes
        chunk = open_[lane]
        if d in chunk.distinct:
            yield chunk
            chunk = open_[lane] = _Chunk(lane)
        chunk.indices.append(index)
        chunk.items.append(item)
        chunk.payloads.append(payload)
        chunk.distinct.add(d)
        index += 1
        if len(chunk.items) >= chunk_size:
            yield chunk
            open_[lane] = _Chunk(lane)
    for chunk in open_:
        if chunk.items:
            yield chunk


class BulkStream(Generic[T, R]):
    """Per-item results of a chunked bulk run; use like `BatchStream`."""

    def __init__(self, inner: BatchStream[_Chunk[T, Any], Sequence[R | None] | None]) -> None:
        self._inner = inner
        self._ready: deque[BatchResult[T, R]] = deque()

    async def __aenter__(self) -> Self:
        await self._inner.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._inner.aclose()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> BatchResult[T, R]:
        while not self._ready:
            self._ready.extend(_fan_out(await self._inner.__anext__()))
        return self._ready.popleft()

    async def aclose(self) -> None:
        """Stop early: cancel the workers (calls in flight) and close the source."""
        await self._inner.aclose()


def _fan_out(
    done: BatchResult[_Chunk[T, Any], Sequence[R | None] | None],
) -> list[BatchResult[T, R]]:
    chunk = done.item
    error = done.error
    values: Sequence[R | None] = done.value if done.value is not None else [None] * len(chunk.items)
    if error is None and len(values) != len(chunk.items):
        error = ValueError(f"bulk send returned {len(values)} values for {len(chunk.items)} items")
    if error is not None:
        values = [None] * len(chunk.items)
    return [
        BatchResult(i, item, value, error)
        for i, item, value in zip(chunk.indices, chunk.items, values, strict=True)
    ]


def bulk(
    items: Iterable[T] | AsyncIterable[T],
    send: Callable[[list[P]], Awaitable[Sequence[R | None] | None]],
    *,
    key: Callable[[T], str],
    prepare: Callable[[T], P],
    chunk_size: int,
    distinct: Callable[[T], Hashable] | None = None,
    concurrency: int = 4,
    rate: Rate = None,
    progress: bool = False,
    on_result: Callable[[BatchResult[T, R]], None] | None = None,
) -> BulkStream[T, R]:
    """Send ``prepare(item)`` payloads in chunks via ``send`` and yield one result per item.

    ``send`` gets a chunk of payloads and returns one value per payload (same order) or None
    when the endpoint answers without per-item content. A failed request fails each of its
    items with the request's exception. ``rate`` limits requests, not items. ``key`` names
    the entity (it picks the lane); ``distinct`` (default ``key``) names what may appear only
    once per request: a repeat closes the chunk so the two updates go out in order.
    ``on_result`` gets each item's result in the worker as soon as its request ends (see
    :func:`stream`).
    """
    if chunk_size < 1:
        raise ValueError("chunk_size must be >= 1")

    async def call(chunk: _Chunk[T, P]) -> Sequence[R | None] | None:
        if chunk.error is not None:
            raise chunk.error
        return await send(chunk.payloads)

    def per_item(done: BatchResult[_Chunk[T, P], Sequence[R | None] | None]) -> None:
        assert on_result is not None
        for result in _fan_out(done):
            on_result(result)

    inner: BatchStream[_Chunk[T, P], Sequence[R | None] | None] = BatchStream(
        _chunks(items, key, distinct or key, prepare, chunk_size, concurrency),
        call,
        concurrency=concurrency,
        key=lambda chunk: chunk.lane,
        rate=rate,
        progress=progress,
        max_waiting=concurrency,
        weight=lambda chunk: len(chunk.items),
        on_result=per_item if on_result is not None else None,
    )
    return BulkStream(inner)


def update_customer_profiles_v2(
    send: Callable[
        [MultipleCustomerProfileIntegrationRequest],
        Awaitable[MultipleCustomerProfileIntegrationResponseV2 | None],
    ],
    profiles: Iterable[MultipleCustomerProfileIntegrationRequestItem]
    | AsyncIterable[MultipleCustomerProfileIntegrationRequestItem],
    *,
    chunk_size: int = 1000,
    concurrency: int = 4,
    rate: Rate = None,
    progress: bool = False,
) -> BulkStream[MultipleCustomerProfileIntegrationRequestItem, CustomerProfileUpdateV2Response]:
    """Upsert profiles up to 1000 per request; one result per profile.

    ``send`` is ``talon.customer_profiles.update_customer_profiles_v2`` (or a partial of it).
    A profile's value is its ``integrationStates`` entry, matched by integration id; it is
    None when the request succeeded without states (``silent=yes`` answers 204).
    """
    limit = _bulk_limit("customer_profiles.update_customer_profiles_v2")
    if chunk_size > limit:
        raise ValueError(
            f"update_customer_profiles_v2 accepts at most {limit} profiles per request"
        )

    async def send_chunk(
        chunk: list[MultipleCustomerProfileIntegrationRequestItem],
    ) -> list[CustomerProfileUpdateV2Response | None] | None:
        response = await send(MultipleCustomerProfileIntegrationRequest(customer_profiles=chunk))
        if response is None or isinstance(response.integration_states, Unset):
            return None
        by_id = {s.customer_profile.integration_id: s for s in response.integration_states}
        return [by_id.get(p.integration_id) for p in chunk]

    return bulk(
        profiles,
        send_chunk,
        key=lambda p: p.integration_id,
        prepare=lambda p: p,
        chunk_size=chunk_size,
        concurrency=concurrency,
        rate=rate,
        progress=progress,
    )


def _bulk_limit(op_key: str) -> int:
    """Most items one request of the operation may carry (the overlay's x-talon-bulk-limit)."""
    limit = operation(op_key).bulk_limit
    if limit is None:
        raise RuntimeError(f"{op_key} has no x-talon-bulk-limit in openapi/overlay.yaml")
    return limit.max


def update_customer_profile_audiences(
    send: Callable[[CustomerProfileAudienceRequest], Awaitable[object]],
    changes: Iterable[CustomerProfileAudienceRequestItem]
    | AsyncIterable[CustomerProfileAudienceRequestItem],
    *,
    chunk_size: int = 1000,
    concurrency: int = 4,
    rate: Rate = None,
    progress: bool = False,
) -> BulkStream[CustomerProfileAudienceRequestItem, None]:
    """Add profiles to / remove them from audiences in chunks; one result per change.

    ``send`` is ``talon.audiences.update_customer_profile_audiences``. The endpoint answers
    204, so every change of a successful request is ok with value None. Changes are keyed by
    profile: one profile's changes are never in two requests in flight at once.
    """

    async def send_chunk(chunk: list[CustomerProfileAudienceRequestItem]) -> None:
        await send(CustomerProfileAudienceRequest(data=chunk))

    return bulk(
        changes,
        send_chunk,
        key=lambda c: c.profile_integration_id,
        distinct=lambda c: (c.profile_integration_id, c.audience_id),
        prepare=lambda c: c,
        chunk_size=chunk_size,
        concurrency=concurrency,
        rate=rate,
        progress=progress,
    )
