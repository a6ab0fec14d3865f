"""Bulk helpers: chunking, per-item fan-out, failures per chunk, one entity per request."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest
from batch_fakes import FakeTalon

from talon_async import TalonClient, batch, models


def profile(i: int, key: str | None = None) -> models.MultipleCustomerProfileIntegrationRequestItem:
    attrs = models.MultipleCustomerProfileIntegrationRequestItemAttributes.from_dict({"seq": i})
    return models.MultipleCustomerProfileIntegrationRequestItem(
        integration_id=key or f"p{i}", attributes=attrs
    )


def state(integration_id: str) -> models.CustomerProfileUpdateV2Response:
    return models.CustomerProfileUpdateV2Response.from_dict(
        {
            "customerProfile": {
                "id": 1,
                "created": "2024-01-01T00:00:00Z",
                "integrationId": integration_id,
                "attributes": {},
                "accountId": 1,
                "closedSessions": 0,
                "totalSales": 0.0,
                "lastActivity": "2024-01-01T00:00:00Z",
            }
        }
    )


class FakeBulkProfiles:
    """Answers with states in reverse order (matching must go by id) and checks exclusivity."""

    def __init__(self, fail_containing: str | None = None) -> None:
        self.chunks: list[list[str]] = []
        self.in_flight: Counter[str] = Counter()
        self.overlaps = 0
        self.fail_containing = fail_containing

    async def __call__(
        self, body: models.MultipleCustomerProfileIntegrationRequest
    ) -> models.MultipleCustomerProfileIntegrationResponseV2:
        assert isinstance(body.customer_profiles, list)
        ids = [p.integration_id for p in body.customer_profiles]
        assert len(ids) == len(set(ids)), "one entity twice in one request"
        self.chunks.append(ids)
        for k in ids:
            self.overlaps += bool(self.in_flight[k])
            self.in_flight[k] += 1
        await asyncio.sleep(0.001)
        for k in ids:
            self.in_flight[k] -= 1
        if self.fail_containing in ids:
            raise RuntimeError("chunk rejected")
        return models.MultipleCustomerProfileIntegrationResponseV2(
            integration_states=[state(k) for k in reversed(ids)]
        )


async def test_profiles_are_chunked_and_fanned_out_per_item() -> None:
    send = FakeBulkProfiles()
    items = [profile(i) for i in range(2500)]
    results = []
    async with batch.update_customer_profiles_v2(send, items, concurrency=2) as stream:
        async for r in stream:
            results.append(r)
    assert sorted(r.index for r in results) == list(range(2500))
    assert all(r.ok and r.value is not None for r in results)
    assert all(
        r.value.customer_profile.integration_id == r.item.integration_id
        for r in results
        if r.value is not None
    )
    assert max(len(c) for c in send.chunks) <= 1000
    assert sum(len(c) for c in send.chunks) == 2500
    assert len(send.chunks) <= 4  # 2 lanes: full chunks plus at most one partial per lane


async def test_a_failed_chunk_fails_each_of_its_items_and_only_those() -> None:
    send = FakeBulkProfiles(fail_containing="p5")
    items = [profile(i) for i in range(300)]
    failed, ok = [], []
    async with batch.update_customer_profiles_v2(
        send, items, chunk_size=50, concurrency=3
    ) as stream:
        async for r in stream:
            (ok if r.ok else failed).append(r)
    bad_chunk = next(c for c in send.chunks if "p5" in c)
    assert sorted(r.item.integration_id for r in failed) == sorted(bad_chunk)
    assert all(isinstance(r.error, RuntimeError) for r in failed)
    assert len(ok) + len(failed) == 300


async def test_one_entity_is_never_in_two_requests_in_flight_and_keeps_order() -> None:
    send = FakeBulkProfiles()
    # few entities, many updates each: repeats must close chunks and stay in one lane
    items = [profile(i, key=f"p{i % 13}") for i in range(2000)]
    seen: dict[str, list[int]] = {}
    async with batch.update_customer_profiles_v2(
        send, items, chunk_size=100, concurrency=4
    ) as stream:
        async for r in stream:
            assert r.ok
            seen.setdefault(r.item.integration_id, []).append(r.index)
    assert send.overlaps == 0
    assert all(v == sorted(v) for v in seen.values())
    assert sum(len(v) for v in seen.values()) == 2000


async def test_silent_answer_without_states_is_ok_per_item() -> None:
    async def send(body: models.MultipleCustomerProfileIntegrationRequest) -> None:
        return None

    summary = Counter[bool]()
    async with batch.update_customer_profiles_v2(send, [profile(i) for i in range(10)]) as s:
        async for r in s:
            summary[r.ok] += 1
            assert r.value is None
    assert summary == {True: 10}


async def test_audience_changes_chunk_per_profile_and_fail_per_chunk() -> None:
    sent: list[list[tuple[str, int]]] = []

    async def send(body: models.CustomerProfileAudienceRequest) -> None:
        assert isinstance(body.data, list)
        sent.append([(c.profile_integration_id, c.audience_id) for c in body.data])
        if ("p3", 1) in sent[-1]:
            raise RuntimeError("400")

    changes = [
        models.CustomerProfileAudienceRequestItem(
            action=models.CustomerProfileAudienceRequestItemAction.ADD,
            profile_integration_id=f"p{i % 20}",
            audience_id=i // 20,
        )
        for i in range(100)
    ]
    results = []
    async with batch.update_customer_profile_audiences(
        send, changes, chunk_size=30, concurrency=2
    ) as s:
        async for r in s:
            results.append(r)
    assert len(results) == 100
    assert max(len(c) for c in sent) <= 30
    failed = {(r.item.profile_integration_id, r.item.audience_id) for r in results if not r.ok}
    assert failed == set(next(c for c in sent if ("p3", 1) in c))


async def test_generic_bulk_reports_prepare_errors_and_wrong_answer_lengths() -> None:
    async def send(payloads: list[int]) -> list[int]:
        return payloads[:-1] if 13 in payloads else [p * 10 for p in payloads]

    def prepare(i: int) -> int:
        if i == 5:
            raise ValueError("bad input")
        return i

    results = {}
    async with batch.bulk(
        range(20), send, key=str, prepare=prepare, chunk_size=4, concurrency=2
    ) as s:
        async for r in s:
            results[r.index] = r
    assert len(results) == 20
    assert isinstance(results[5].error, ValueError) and "bad input" in str(results[5].error)
    assert not results[13].ok and "values for" in str(results[13].error)
    assert results[0].value == 0 and results[19].ok


@pytest.mark.parametrize("chunk_size", [0, 1001])
def test_chunk_size_is_checked(chunk_size: int) -> None:
    async def send(body: models.MultipleCustomerProfileIntegrationRequest) -> None:
        return None

    with pytest.raises(ValueError):
        batch.update_customer_profiles_v2(send, [], chunk_size=chunk_size)


async def test_bulk_against_http_server_through_talon_client(fake_talon: FakeTalon) -> None:
    fake_talon.delay = 0.005
    items = [profile(i, key=f"p{i % 300}") for i in range(3000)]
    async with TalonClient("test-key", base_url=fake_talon.base_url) as talon:
        summary = Counter[bool]()
        async with batch.update_customer_profiles_v2(
            talon.customer_profiles.update_customer_profiles_v2, items, chunk_size=250
        ) as s:
            async for r in s:
                summary[r.ok] += 1
    assert summary == {True: 3000}
    assert fake_talon.overlaps == []
    assert sum(fake_talon.received.values()) == 3000
