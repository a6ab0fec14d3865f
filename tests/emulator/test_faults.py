"""Parallel-request 409s, fault injection (Python API and /_emulator/), counters and reset."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from emulator_support import API_KEY, Api, item

from talon_async._meta import operation_by_id
from talon_async.testing import Emulator, EmulatorServer
from talon_async.testing._handlers import Call

HEADERS = {"Authorization": f"ApiKey-v1 {API_KEY}"}
BODY = {"customerSession": {"profileId": "bob", "cartItems": [item("A", 1, 1.0)]}}


async def _parallel(url: str, *requests: tuple[str, str, dict[str, object]]) -> list[int]:
    async with httpx.AsyncClient(base_url=url, headers=HEADERS) as client:
        responses = await asyncio.gather(
            *(client.request(method, path, json=body) for method, path, body in requests)
        )
    return sorted(r.status_code for r in responses)


def test_parallel_updates_of_one_session_get_409(api: Api) -> None:
    api.server.inject("latency", "updateCustomerSessionV2", latency=0.3)
    statuses = asyncio.run(
        _parallel(
            api.server.url,
            ("PUT", "/v2/customer_sessions/s1", BODY),
            ("PUT", "/v2/customer_sessions/s1", BODY),
        )
    )
    assert statuses == [200, 409]


def test_parallel_updates_of_one_profile_get_409(api: Api) -> None:
    api.server.inject("latency", "update_customer_profile_v2", latency=0.3)
    api.server.inject("latency", "update_customer_session_v2", latency=0.3)
    other_session = {"customerSession": {"profileId": "bob"}}
    statuses = asyncio.run(
        _parallel(
            api.server.url,
            ("PUT", "/v2/customer_profiles/bob", {"attributes": {}}),
            ("PUT", "/v2/customer_sessions/other", other_session),
        )
    )
    assert statuses == [200, 409]


def test_parallel_updates_of_different_entities_succeed(api: Api) -> None:
    api.server.inject("latency", "updateCustomerSessionV2", latency=0.2)
    statuses = asyncio.run(
        _parallel(
            api.server.url,
            ("PUT", "/v2/customer_sessions/s1", {"customerSession": {"profileId": "a"}}),
            ("PUT", "/v2/customer_sessions/s2", {"customerSession": {"profileId": "b"}}),
        )
    )
    assert statuses == [200, 200]


def test_409_body_has_the_error_shape(api: Api) -> None:
    api.server.inject("latency", "trackEventV2", latency=0.3)
    event = {"profileId": "bob", "type": "x"}

    async def run() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=api.server.url, headers=HEADERS) as client:
            return list(
                await asyncio.gather(
                    client.post("/v2/events", json=event), client.post("/v2/events", json=event)
                )
            )

    conflict = next(r for r in asyncio.run(run()) if r.status_code == 409)
    api.check(conflict)
    assert conflict.json()["StatusCode"] == 409


def test_latency(api: Api) -> None:
    api.server.inject("latency", latency=0.2)
    started = time.monotonic()
    api.get("/v1/integration/campaigns")
    assert time.monotonic() - started >= 0.2


def test_429_with_retry_after_then_success(api: Api) -> None:
    fault = api.server.inject("status", "getCustomerSession", status=429, retry_after=2, times=1)
    assert fault.operation == "getCustomerSession"
    first = api.get("/v2/customer_sessions/s1", validate=False)
    assert first.status_code == 429
    assert first.headers["Retry-After"] == "2"
    assert first.json() == {"message": "too many requests", "StatusCode": 429}
    assert api.get("/v2/customer_sessions/s1", validate=False).status_code == 404
    assert api.server.requests("getCustomerSession") == 2


def test_5xx_only_for_the_chosen_operation(api: Api) -> None:
    api.server.inject("status", "CustomerSessionsApiService.UpdateCustomerSessionV2", status=503)
    assert (
        api.put(
            "/v2/customer_sessions/s1", BODY["customerSession"] and BODY, validate=False
        ).status_code
        == 503
    )
    assert api.get("/v1/integration/campaigns").status_code == 200


def test_connection_reset(api: Api) -> None:
    api.server.inject("reset", "integrationGetAllCampaigns", times=1)
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        httpx.get(f"{api.server.url}/v1/integration/campaigns", headers=HEADERS)
    assert api.get("/v1/integration/campaigns").status_code == 200


def test_rate_is_a_probability(api: Api) -> None:
    api.server.inject("status", "integrationGetAllCampaigns", status=500, rate=0.5)
    statuses = [api.get("/v1/integration/campaigns", validate=False).status_code for _ in range(60)]
    assert 5 < statuses.count(500) < 55
    api.server.faults.clear()
    api.server.inject("status", status=500, rate=0.0)
    assert api.get("/v1/integration/campaigns").status_code == 200


def test_unknown_operation_names_are_refused(api: Api) -> None:
    with pytest.raises(ValueError, match="unknown operation"):
        api.server.inject("status", "noSuchOperation")
    with pytest.raises(ValueError):
        api.server.inject("explode")


def test_admin_endpoints(api: Api) -> None:
    url = api.server.url
    added = httpx.post(
        f"{url}/_emulator/faults",
        json={"kind": "status", "operation": "get_customer_session", "status": 502},
    )
    assert added.status_code == 201 and added.json()["operation"] == "getCustomerSession"
    assert [f["status"] for f in httpx.get(f"{url}/_emulator/faults").json()] == [502]
    assert api.get("/v2/customer_sessions/x", validate=False).status_code == 502
    assert httpx.delete(f"{url}/_emulator/faults/{added.json()['id']}").status_code == 204
    assert httpx.post(f"{url}/_emulator/faults", json={"kind": "nope"}).status_code == 400
    assert httpx.get(f"{url}/_emulator/counters").json() == {"getCustomerSession": 1}
    api.session("s1", profileId="bob")
    assert httpx.post(f"{url}/_emulator/reset", json={"state": False}).status_code == 204
    assert httpx.get(f"{url}/_emulator/counters").json() == {}
    assert "s1" in api.server.store.sessions
    assert httpx.post(f"{url}/_emulator/reset").status_code == 204
    assert "s1" not in api.server.store.sessions
    assert httpx.get(f"{url}/_emulator/health").json()["operations"] == 39


def test_counters_count_rejected_requests_too(api: Api) -> None:
    httpx.get(f"{api.server.url}/v1/integration/campaigns")  # no key: 401
    api.get("/v1/integration/campaigns")
    assert api.server.requests("integration_get_all_campaigns") == 2
    assert api.server.counters.snapshot() == {"integrationGetAllCampaigns": 2}
    api.server.reset(state=False, faults=False)
    assert api.server.requests() == 0


def test_faults_from_the_config_apply_at_startup() -> None:
    from talon_async.testing import default_config

    config = default_config()
    config = type(config)(
        **{
            **config.__dict__,
            "faults": ({"kind": "status", "status": 503, "operation": "trackEventV2", "times": 1},),
        }
    )
    with EmulatorServer(config) as server:
        response = httpx.post(
            f"{server.url}/v2/events",
            json={"type": "x"},
            headers={"Authorization": "ApiKey-v1 any"},
        )
        assert response.status_code == 503
        response = httpx.post(
            f"{server.url}/v2/events",
            json={"type": "x"},
            headers={"Authorization": "ApiKey-v1 any"},
        )
        assert response.status_code == 204  # silent=yes (the default) answers without a body


async def test_async_context_manager() -> None:
    async with EmulatorServer() as server, httpx.AsyncClient() as client:
        response = await client.get(f"{server.url}/_emulator/health")
        assert response.status_code == 200


def test_lock_keys_come_from_the_overlay_facts() -> None:
    """The parallel-update rule reads x-talon-parallel-update-409 (through _meta), not a table."""
    emulator = Emulator()

    def keys(operation_id: str, path: dict[str, str], body: object) -> set[tuple[str, str]]:
        call = Call(path=path, query={}, body=body)
        return emulator._lock_keys(operation_by_id(operation_id), call)

    session = {"customerSession": {"profileId": "p1"}}
    assert keys("updateCustomerSessionV2", {"customerSessionId": "s1"}, session) == {
        ("session", "s1"),
        ("profile", "p1"),
    }
    profiles = {"customerProfiles": [{"integrationId": "a"}, {"integrationId": "b"}]}
    assert keys("updateCustomerProfilesV2", {}, profiles) == {("profile", "a"), ("profile", "b")}
    assert keys("getCustomerSession", {"customerSessionId": "s1"}, None) == set()
