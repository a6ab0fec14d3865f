"""Update many carts at once from one client, without tripping Talon.One's 409 rule.

Talon.One rejects parallel updates of the same session with 409. Different sessions may be
updated concurrently; updates of one session must wait for each other. This script runs 200
updates over 50 sessions with up to 32 in flight and a per-session lock.
Run:  TALON_API_KEY=... TALON_BASE_URL=http://127.0.0.1:9000 python examples/concurrent_updates.py
"""

from __future__ import annotations

import asyncio
import os
from collections import defaultdict

from talon_async import TalonClient, errors, models


async def main(sessions: int = 50, updates: int = 200, in_flight: int = 32) -> dict[str, int]:
    locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
    limit = asyncio.Semaphore(in_flight)
    outcome = {"ok": 0, "failed": 0}

    async with TalonClient(base_url=os.environ.get("TALON_BASE_URL")) as talon:

        async def update(n: int) -> None:
            session_id = f"demo-session-{n % sessions}"
            body = models.IntegrationRequest(
                customer_session=models.NewCustomerSessionV2(
                    profile_id=f"demo-customer-{n % sessions}",
                    cart_items=[models.CartItem(sku="SKU-1", quantity=1 + n // sessions, price=9.5)],
                )
            )
            async with limit, locks[session_id]:
                try:
                    await talon.customer_sessions.update_customer_session_v2(session_id, body)
                    outcome["ok"] += 1
                except errors.TalonError as exc:
                    outcome["failed"] += 1
                    print(f"{session_id}: {exc}")

        await asyncio.gather(*(update(n) for n in range(updates)))
    return outcome


if __name__ == "__main__":
    result = asyncio.run(main())
    print(f"{result['ok']} updates succeeded, {result['failed']} failed")
