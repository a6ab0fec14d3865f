"""examples/fastapi_app.py and examples/aiohttp_app.py, served in-process, talking to the emulator."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
from aiohttp.test_utils import TestClient, TestServer

from talon_async import errors
from talon_async.testing.pytest_plugin import TalonEmulator

CART: dict[str, Any] = {
    "customer_id": "ada",
    "lines": [{"sku": "OAT-1L", "name": "Oat milk", "quantity": 4, "price": 2.5}],
    "coupon_codes": ["WELCOME10"],
}


def is_degraded(body: dict[str, Any]) -> bool:
    """No effects, and the name of the TalonError that made the app degrade."""
    name = body.get("degraded")
    failure = getattr(errors, name, None) if isinstance(name, str) else None
    return (
        body["effects"] == []
        and isinstance(failure, type)
        and issubclass(failure, errors.TalonError)
    )


def effect(effects: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [e["props"] for e in effects if e["type"] == kind]
    assert found, f"no {kind} in {effects}"
    return found[0]


async def test_fastapi_app_returns_the_coupon_effects(
    example_env: TalonEmulator, load_example: Callable[[str], ModuleType]
) -> None:
    app = load_example("fastapi_app").app
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://shop") as http,
    ):
        response = await http.put("/carts/cart-1", json=CART)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["cart_id"] == "cart-1" and "degraded" not in body
        assert effect(body["effects"], "acceptCoupon") == {"value": "WELCOME10"}
        assert effect(body["effects"], "setDiscount") == {"name": "10% off", "value": 1.0}

        rejected = await http.put("/carts/cart-2", json={**CART, "coupon_codes": ["NOPE"]})
        assert effect(rejected.json()["effects"], "rejectCoupon")["rejectionReason"] == (
            "CouponNotFound"
        )

        # Talon.One failing degrades to "no promotions" instead of failing the checkout.
        example_env.inject("status", "update_customer_session_v2", status=500)
        degraded = await http.put("/carts/cart-3", json=CART)
        assert degraded.status_code == 200
        assert degraded.json()["cart_id"] == "cart-3" and is_degraded(degraded.json())
    assert example_env.requests("customer_sessions.update_customer_session_v2") == 3


async def test_aiohttp_app_returns_the_coupon_effects(
    example_env: TalonEmulator, load_example: Callable[[str], ModuleType]
) -> None:
    app = load_example("aiohttp_app").make_app()
    async with TestClient(TestServer(app)) as http:
        response = await http.put("/carts/cart-1", json=CART)
        assert response.status == 200, await response.text()
        body = await response.json()
        assert effect(body["effects"], "acceptCoupon") == {"value": "WELCOME10"}
        assert effect(body["effects"], "setDiscount") == {"name": "10% off", "value": 1.0}

        example_env.inject("status", "update_customer_session_v2", status=500)
        degraded = await http.put("/carts/cart-2", json=CART)
        assert degraded.status == 200 and is_degraded(await degraded.json())
    assert example_env.requests("customer_sessions.update_customer_session_v2") == 2
