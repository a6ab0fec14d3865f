"""examples/concurrent_updates.py: 200 updates over 50 sessions, no 409s, no retries."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from talon_async.testing.pytest_plugin import TalonEmulator


async def test_all_updates_succeed_with_one_request_each(
    example_env: TalonEmulator, load_example: Callable[[str], ModuleType]
) -> None:
    example = load_example("concurrent_updates")
    # A little latency per request keeps many updates in flight at once, so a second update
    # of a session would collide with the first (409) if nothing serialised them.
    example_env.inject("latency", "update_customer_session_v2", latency=0.01)
    assert await example.main() == {"ok": 200, "failed": 0}
    # Exactly one request per update: no 409 was answered and retried.
    assert example_env.requests("customer_sessions.update_customer_session_v2") == 200
    assert example_env.requests() == 200

    # Updates of one session ran in submission order: the last one (4 units) won.
    async with example_env.new_client() as talon:
        for n in (0, 49):
            stored = await talon.customer_sessions.get_customer_session(f"demo-session-{n}")
            assert stored.customer_session
            assert stored.customer_session.cart_items[0].quantity == 4
            assert stored.customer_session.update_count == 4


async def test_many_updates_per_session_in_flight_at_once(
    example_env: TalonEmulator, load_example: Callable[[str], ModuleType]
) -> None:
    # 4 sessions, 16 in flight: without per-session keys every session would have several
    # updates in flight together and the emulator would answer 409.
    example = load_example("concurrent_updates")
    example_env.inject("latency", "update_customer_session_v2", latency=0.01)
    assert await example.main(sessions=4, updates=40, in_flight=16) == {"ok": 40, "failed": 0}
    assert example_env.requests("customer_sessions.update_customer_session_v2") == 40
