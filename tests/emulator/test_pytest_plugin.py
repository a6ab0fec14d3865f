"""The `talon_emulator` fixture users get from the pytest plugin, driven through TalonClient."""

from __future__ import annotations

from typing import Any

import pytest

from talon_async.testing.pytest_plugin import TalonEmulator


def test_fixture_exposes_url_key_and_handles(talon_emulator: TalonEmulator) -> None:
    assert talon_emulator.url.startswith("http://127.0.0.1:")
    assert talon_emulator.api_key
    assert talon_emulator.requests() == 0
    fault = talon_emulator.inject("status", "trackEventV2", status=500)
    assert talon_emulator.faults.list() == [fault]


def test_fixture_resets_between_tests(talon_emulator: TalonEmulator) -> None:
    assert talon_emulator.faults.list() == []
    assert talon_emulator.server.store.sessions == {}


async def test_client_talks_to_the_emulator(talon_emulator: TalonEmulator) -> None:
    from talon_async import errors, models

    async with talon_emulator.new_client() as talon:
        request: Any = models.IntegrationRequest.from_dict(
            {
                "customerSession": {
                    "profileId": "bob",
                    "couponCodes": ["WELCOME10", "NOPE"],
                    "cartItems": [{"sku": "A", "quantity": 2, "price": 10.0}],
                },
                "responseContent": ["customerSession"],
            }
        )
        state: Any = await talon.customer_sessions.update_customer_session_v2("s1", request)
        types = [e.effect_type for e in state.effects]
        assert types[:3] == ["acceptCoupon", "setDiscount", "rejectCoupon"]
        assert state.customer_session.state == "open"
        with pytest.raises(errors.NotFound):
            await talon.customer_profiles.get_customer_inventory("nobody")
    assert talon_emulator.requests("update_customer_session_v2") == 1


async def test_client_property(talon_emulator: TalonEmulator) -> None:
    result: Any = await talon_emulator.client.campaigns.integration_get_all_campaigns()
    assert len(result.data) == 4
