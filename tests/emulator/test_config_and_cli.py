"""Campaign configs (YAML), the `python -m talon_async.testing` entry point."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from talon_async.testing import EmulatorServer, default_config, load_config, load_config_dict

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "emulator_campaigns.yaml"


def test_example_config_loads_and_drives_effects() -> None:
    config = load_config(EXAMPLE)
    assert config.api_key == "demo-key"
    with EmulatorServer(config) as server:
        headers = {"Authorization": "ApiKey-v1 demo-key"}
        body = {
            "customerSession": {
                "profileId": "bob",
                "couponCodes": ["SPRING15", "ONLY-ADA"],
                "cartItems": [{"sku": "COFFEE-500G", "quantity": 6, "price": 8.99}],
            }
        }
        state = httpx.put(
            f"{server.url}/v2/customer_sessions/s1", json=body, headers=headers
        ).json()
        kinds = [(e["effectType"], e["props"].get("rejectionReason")) for e in state["effects"]]
        assert ("acceptCoupon", None) in kinds
        assert ("rejectCoupon", "CouponRecipientDoesNotMatch") in kinds
        names = [e["props"]["name"] for e in state["effects"] if e["effectType"] == "setDiscount"]
        assert names == ["15% off", "3 off baskets over 50"]
        assert server.store.catalogs[1].items["OAT-1L"]["price"] == 2.49


def test_default_config_has_every_kind_of_campaign() -> None:
    features = {f for c in default_config().campaigns for f in c.features}
    assert features == {"coupons", "referrals", "loyalty", "achievements"}


def test_config_errors_are_explicit() -> None:
    with pytest.raises(ValueError, match="unknown keys"):
        load_config_dict({"campaigns": [{"id": 1, "name": "x", "coupon": []}]})
    with pytest.raises(ValueError, match="exactly one"):
        load_config_dict(
            {"campaigns": [{"id": 1, "name": "x", "discount": {"percent": 1, "amount": 2}}]}
        )
    with pytest.raises(ValueError, match="unknown loyalty program"):
        load_config_dict({"campaigns": [{"id": 1, "name": "x", "loyalty": {"program_id": 9}}]})


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_module_entry_point_serves_the_api(tmp_path: Path) -> None:
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "talon_async.testing",
            "--port",
            str(port),
            "--api-key",
            "k",
            "--config",
            str(EXAMPLE),
            "--log-level",
            "warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{url}/_emulator/health", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline, "the emulator did not start"
                time.sleep(0.1)
        campaigns = httpx.get(
            f"{url}/v1/integration/campaigns", headers={"Authorization": "ApiKey-v1 k"}
        )
        assert campaigns.status_code == 200
        assert campaigns.json()["data"][0]["name"] == "Spring coupons"
        assert (
            httpx.get(
                f"{url}/v1/integration/campaigns", headers={"Authorization": "ApiKey-v1 demo-key"}
            ).status_code
            == 401
        )
    finally:
        process.terminate()
        process.wait(10)
