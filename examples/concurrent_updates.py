"""Update many carts at once from one client, without tripping Talon.One's 409 rule.

Talon.One rejects parallel updates of the same session with 409. Different sessions may be
updated concurrently; updates of one session must wait for each other. `talon_async.batch.run`
does both: up to `in_flight` calls at a time, and `key=` names the session each update writes,
so two updates of one session never overlap and run in the order they were submitted.
This script runs 200 updates over 50 sessions with up to 32 in flight.
Run:  TALON_API_KEY=... TALON_BASE_URL=http://127.0.0.1:9000 python examples/concurrent_updates.py
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass

from talon_async import TalonClient, batch, models


@dataclass(frozen=True)
class CartUpdate:
    session_id: str
    body: models.IntegrationRequest


def updates_for(sessions: int, updates: int) -> list[CartUpdate]:
    """Update n puts 1 + n // sessions units in the cart of session n % sessions."""
    return [
        CartUpdate(
            session_id=f"demo-session-{n % sessions}",
            body=models.IntegrationRequest(
                customer_session=models.NewCustomerSessionV2(
                    profile_id=f"demo-customer-{n % sessions}",
                    cart_items=[
                        models.CartItem(sku="SKU-1", quantity=1 + n // sessions, price=9.5)
                    ],
                )
            ),
        )
        for n in range(updates)
    ]


async def main(sessions: int = 50, updates: int = 200, in_flight: int = 32) -> dict[str, int]:
    async with TalonClient(base_url=os.environ.get("TALON_BASE_URL")) as talon:

        async def send(update: CartUpdate) -> models.IntegrationStateV2:
            return await talon.customer_sessions.update_customer_session_v2(
                update.session_id, update.body
            )

        summary = await batch.run(
            updates_for(sessions, updates),
            send,
            concurrency=in_flight,
            key=lambda update: update.session_id,  # one update per session at a time
        )
    for failure in summary.failures:
        print(f"{failure.item.session_id}: {failure.error}")
    return {"ok": summary.succeeded, "failed": summary.failed}


if __name__ == "__main__":
    result = asyncio.run(main())
    print(f"{result['ok']} updates succeeded, {result['failed']} failed")
