"""The same cart endpoint on aiohttp.web: the client lives in a cleanup context.

Run:  TALON_API_KEY=... TALON_BASE_URL=http://127.0.0.1:9000 python examples/aiohttp_app.py
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator

from aiohttp import web

from talon_async import TalonClient, errors, models

TALON = web.AppKey("talon", TalonClient)


async def talon_client(app: web.Application) -> AsyncIterator[None]:
    async with TalonClient(base_url=os.environ.get("TALON_BASE_URL")) as talon:
        app[TALON] = talon
        yield


async def update_cart(request: web.Request) -> web.Response:
    cart = await request.json()
    session = models.NewCustomerSessionV2(
        profile_id=cart["customer_id"],
        coupon_codes=cart.get("coupon_codes", []),
        cart_items=[models.CartItem.from_dict(line) for line in cart.get("lines", [])],
    )
    try:
        state = await request.app[TALON].customer_sessions.update_customer_session_v2(
            request.match_info["cart_id"], models.IntegrationRequest(customer_session=session)
        )
    except errors.TalonError as exc:
        return web.json_response({"effects": [], "degraded": type(exc).__name__})
    return web.json_response(
        {"effects": [{"type": e.effect_type, "props": e.props.to_dict()} for e in state.effects]}
    )


def make_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(talon_client)
    app.router.add_put("/carts/{cart_id}", update_cart)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), host="127.0.0.1", port=8080)
