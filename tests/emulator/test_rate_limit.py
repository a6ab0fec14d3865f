"""The emulator's rate limit: a token bucket per API key, 429 with Retry-After beyond it.

Buckets refill at 0.001 tokens/s here, so what passes and what is refused does not depend on
how fast the machine is; the bucket arithmetic itself runs on an injected clock.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from emulator_support import API_KEY, Api

from talon_async.testing import EmulatorServer, RateLimit, load_config_dict
from talon_async.testing._ratelimit import MAX_KEYS, RateLimiter

SLOW = 0.001  # tokens per second: nothing refills during a test


def _profile(client: httpx.Client, key: str = API_KEY, n: int = 1) -> list[httpx.Response]:
    return [
        client.put(
            f"/v2/customer_profiles/p{i}",
            json={"attributes": {}},
            headers={"Authorization": f"ApiKey-v1 {key}"},
        )
        for i in range(n)
    ]


def test_bucket_arithmetic_on_an_injected_clock() -> None:
    now = [0.0]
    limiter = RateLimiter(RateLimit(rate=2, burst=3), clock=lambda: now[0])
    assert [limiter.check("k") for _ in range(4)] == [None, None, None, 1]
    now[0] = 0.5  # one token back (2/s)
    assert limiter.check("k") is None
    assert limiter.check("k") == 1
    assert limiter.check("other") is None  # each key has its own bucket
    now[0] = 100.0  # refills up to the burst, not beyond
    assert [limiter.check("k") for _ in range(4)] == [None, None, None, 1]
    assert (limiter.allowed, limiter.limited) == (8, 3)
    slow = RateLimiter(RateLimit(rate=0.25, burst=1), clock=lambda: now[0])
    assert slow.check("k") is None
    assert slow.check("k") == 4  # whole seconds until a token is back


def test_default_burst_is_one_second_and_memory_is_bounded() -> None:
    assert RateLimit(rate=400).capacity == 400
    assert RateLimit(rate=0.5).capacity == 1
    limiter = RateLimiter(RateLimit(rate=1))
    for i in range(MAX_KEYS + 50):
        limiter.check(f"key-{i}")
    assert len(limiter._buckets) == MAX_KEYS


@pytest.mark.parametrize(
    "value",
    [{"rate": 0}, {"rate": -1}, {"rate": "fast"}, {"burst": 3}, {"rate": 1, "burst": 0.5},
     {"rate": 1, "typo": 2}, {"rate": float("nan")}, "10", True],
)  # fmt: skip
def test_bad_limits_are_refused_with_a_reason(value: object) -> None:
    with pytest.raises(ValueError, match="rate_limit"):
        RateLimit.coerce(value)  # type: ignore[arg-type]


def test_requests_beyond_the_bucket_get_429_with_retry_after(api: Api) -> None:
    api.server.rate_limit(SLOW, burst=3)
    responses = _profile(api.http, n=5)
    assert [r.status_code for r in responses] == [200, 200, 200, 429, 429]
    assert responses[3].json() == {"message": "rate limit exceeded", "StatusCode": 429}
    assert int(responses[3].headers["Retry-After"]) >= 1
    assert api.server.requests("update_customer_profile_v2") == 5  # refused ones are counted
    assert (api.server.rate_limiter.allowed, api.server.rate_limiter.limited) == (3, 2)
    api.server.rate_limit(None)
    assert [r.status_code for r in _profile(api.http, n=3)] == [200, 200, 200]


def test_reset_restores_the_configured_limit(api: Api) -> None:
    api.server.rate_limit(SLOW, burst=1)
    api.server.reset()
    assert api.server.rate_limiter.limit is None
    assert [r.status_code for r in _profile(api.http, n=3)] == [200, 200, 200]


def test_a_bad_key_gets_401_and_spends_no_token(api: Api) -> None:
    api.server.rate_limit(SLOW, burst=1)
    assert _profile(api.http, key="wrong")[0].status_code == 401
    assert _profile(api.http)[0].status_code == 200


def test_buckets_are_per_api_key() -> None:
    server = EmulatorServer(rate_limit={"rate": SLOW, "burst": 2})  # any key accepted
    with server, httpx.Client(base_url=server.url) as client:
        assert [r.status_code for r in _profile(client, "a", 3)] == [200, 200, 429]
        assert [r.status_code for r in _profile(client, "b", 3)] == [200, 200, 429]


def test_admin_endpoint_sets_reads_and_removes_the_limit(api: Api) -> None:
    admin = api.http
    put = admin.put("/_emulator/rate-limit", json={"rate": SLOW, "burst": 1})
    assert put.status_code == 200
    assert put.json() == {"limit": {"rate": SLOW, "burst": 1}, "allowed": 0, "limited": 0}
    assert [r.status_code for r in _profile(api.http, n=2)] == [200, 429]
    assert admin.get("/_emulator/rate-limit").json()["limited"] == 1
    bad = admin.put("/_emulator/rate-limit", json={"rate": 0})
    assert bad.status_code == 400 and "rate_limit.rate" in bad.json()["message"]
    assert admin.get("/_emulator/rate-limit").json()["limit"] == {"rate": SLOW, "burst": 1}
    assert admin.delete("/_emulator/rate-limit").json()["limit"] is None
    assert _profile(api.http)[0].status_code == 200


@pytest.fixture
def configured() -> Iterator[EmulatorServer]:
    config = load_config_dict({"api_key": API_KEY, "rate_limit": {"rate": SLOW, "burst": 2}})
    with EmulatorServer(config) as server:
        yield server


def test_campaigns_yaml_sets_a_limit_that_survives_reset(configured: EmulatorServer) -> None:
    assert configured.rate_limiter.limit == RateLimit(rate=SLOW, burst=2)
    with httpx.Client(base_url=configured.url) as client:
        assert [r.status_code for r in _profile(client, n=3)] == [200, 200, 429]
        configured.reset()  # buckets full again, the configured limit stays
        assert [r.status_code for r in _profile(client, n=3)] == [200, 200, 429]


def test_config_refuses_a_bad_limit() -> None:
    with pytest.raises(ValueError, match="rate_limit"):
        load_config_dict({"rate_limit": {"rate": 5, "size": 2}})
