"""A FastAPI shop backend that asks Talon.One for the cart's promotions on every change.

One TalonClient is opened in the lifespan and shared by all requests: it owns the connection
pool and the retry budget. Run:  TALON_API_KEY=... TALON_BASE_URL=http://127.0.0.1:9000 \
    uvicorn examples.fastapi_app:app
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel

from talon_async import TalonClient, errors, models


class CartLine(BaseModel):
    sku: str
    name: str
    quantity: int
    price: float


class Cart(BaseModel):
    customer_id: str
    lines: list[CartLine]
    coupon_codes: list[str] = []


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    async with TalonClient(base_url=os.environ.get("TALON_BASE_URL")) as talon:
        app.state.talon = talon
        yield


app = FastAPI(lifespan=lifespan)


@app.put("/carts/{cart_id}")
async def update_cart(cart_id: str, cart: Cart, request: Request) -> dict[str, Any]:
    talon: TalonClient = request.app.state.talon
    session = models.NewCustomerSessionV2(
        profile_id=cart.customer_id,
        coupon_codes=cart.coupon_codes,
        cart_items=[
            models.CartItem(sku=line.sku, name=line.name, quantity=line.quantity, price=line.price)
            for line in cart.lines
        ],
    )
    try:
        state = await talon.customer_sessions.update_customer_session_v2(
            cart_id, models.IntegrationRequest(customer_session=session)
        )
    except errors.BadRequest as exc:
        raise HTTPException(422, detail=exc.api_message or str(exc)) from exc
    except errors.TalonError as exc:
        # Promotions are an enhancement: degrade to "no discounts" rather than failing checkout.
        return {"cart_id": cart_id, "effects": [], "degraded": type(exc).__name__}
    return {
        "cart_id": cart_id,
        "effects": [{"type": e.effect_type, "props": e.props.to_dict()} for e in state.effects],
    }
