"""The retry budget during an outage: with the server answering 503 to everything, retries
stop once the budget is spent (attempts <= 1.1 x calls from then on; overall at most
capacity / retry_cost extra attempts), and calls succeed again as soon as the server does.

CI runs a 5 s outage; `make soak` runs the issue's 30 s (RELIABILITY_OUTAGE_S)."""

from __future__ import annotations

import asyncio
import os
import time

import pytest
from faultserver import FaultServer, respond
from rel_support import API_KEY, FIGURES, SESSION_PATH, caller, ok_body

from talon_async import RetryBudget, RetryPolicy, TalonClient, Timeouts, errors

pytestmark = [
    pytest.mark.filterwarnings("error::ResourceWarning"),
    pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning"),
]

MAX_MULTIPLE_AFTER_SPENT = 1.1
WORKERS = 8


async def _drive(talon: TalonClient, seconds: float) -> tuple[int, int, list[BaseException]]:
    """WORKERS tasks calling GET in a loop for `seconds`: (calls, ok, errors)."""
    stop = time.monotonic() + seconds
    calls = ok = 0
    failures: list[BaseException] = []
    get = caller("GET")

    async def worker() -> None:
        nonlocal calls, ok
        while time.monotonic() < stop:
            calls += 1
            try:
                await get(talon)
                ok += 1
            except errors.TalonError as exc:
                failures.append(exc)
            await asyncio.sleep(0.005)

    await asyncio.gather(*(worker() for _ in range(WORKERS)))
    return calls, ok, failures


async def _outage_then_recovery(server: FaultServer, outage_s: float) -> None:
    budget = RetryBudget()  # the defaults: 500 tokens, 5 per retry, +1 per first-time success
    async with TalonClient(
        api_key=API_KEY,
        base_url=server.url,
        retry=RetryPolicy(attempts=3, backoff_base=0.001, backoff_cap=0.005),
        retry_budget=budget,
        timeout=Timeouts(total=2.0),
    ) as talon:
        server.plan(then=respond(503, b'{"message":"down"}'))
        spent_after = min(1.0, outage_s / 5)
        calls1, ok1, _ = await _drive(talon, spent_after)  # the budget runs dry in here
        seen1 = server.count(path=SESSION_PATH)
        assert budget.tokens < budget.retry_cost
        calls2, ok2, failures = await _drive(talon, outage_s - spent_after)
        seen2 = server.count(path=SESSION_PATH) - seen1
        assert ok1 == ok2 == 0
        assert all(isinstance(f, errors.ServerError) and f.status == 503 for f in failures)
        calls = calls1 + calls2
        total_seen = seen1 + seen2
        # at most capacity / retry_cost retries in the whole outage ...
        assert total_seen <= calls + budget.capacity // budget.retry_cost
        # ... and once the budget is spent, (almost) one attempt per call
        multiple = seen2 / calls2
        assert multiple <= MAX_MULTIPLE_AFTER_SPENT, (seen2, calls2)

        server.plan(then=respond(200, ok_body))  # the server recovers
        seen_before = server.count(path=SESSION_PATH)
        calls3, ok3, failures3 = await _drive(talon, 1.0)
        assert failures3 == [] and ok3 == calls3 > 0
        assert server.count(path=SESSION_PATH) - seen_before == calls3
        assert budget.tokens >= min(budget.capacity, calls3) - 1  # refilled by successes
        # and retries work again: one 503, then success
        server.plan(respond(503, b"{}"), then=respond(200, ok_body))
        await caller("GET")(talon)
        FIGURES.update(
            {
                f"budget {outage_s:g}s outage: calls": calls,
                f"budget {outage_s:g}s outage: attempts": total_seen,
                f"budget {outage_s:g}s outage: attempts per call after spent (x1000)": round(
                    multiple * 1000
                ),
                f"budget {outage_s:g}s outage: recovery calls ok": ok3,
            }
        )
        print(
            f"\nretry budget: {outage_s:g}s outage, {calls} calls, {total_seen} attempts "
            f"({total_seen / calls:.3f}x overall, {multiple:.3f}x after the budget was spent); "
            f"recovered: {calls3}/{calls3} ok"
        )


async def test_retry_budget_outage_5s(fault_server: FaultServer) -> None:
    await _outage_then_recovery(fault_server, 5.0)


@pytest.mark.slow
async def test_retry_budget_outage_soak(fault_server: FaultServer) -> None:
    await _outage_then_recovery(fault_server, float(os.environ.get("RELIABILITY_OUTAGE_S", "30")))
