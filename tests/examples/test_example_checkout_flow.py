"""examples/checkout_flow.py against the emulator: in process, as a script, and when it must fail."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from talon_async.testing import EmulatorServer, load_config
from talon_async.testing.pytest_plugin import TalonEmulator

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "examples" / "checkout_flow.py"
STEPS = [
    "[1] Create the customer profiles",
    "[2] Create a referral code for the advocate",
    "[3] Build the cart",
    "[4] Apply coupon WELCOME10 and referral code",
    "[5] Close the session",
    "[6] Check the loyalty balances",
    "[7] Return the mug",
    "[8] List the inventories",
    "[9] Try a coupon that does not exist",
]


def run_script(url: str, api_key: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TALON_BASE_URL": url, "TALON_API_KEY": api_key}
    return subprocess.run(
        [sys.executable, str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60
    )


async def test_flow_in_process_and_rerun_against_the_same_server(
    talon_emulator: TalonEmulator, load_example: Callable[[str], ModuleType]
) -> None:
    flow = load_example("checkout_flow")
    lines: list[str] = []
    first = await flow.run(talon_emulator.url, talon_emulator.api_key, say=lines.append)
    output = "\n".join(lines)
    for step in STEPS:
        assert step in output
    assert first.steps and len(first.steps) == len(STEPS)
    assert first.cart_total == 39.94
    assert 0 < first.discounted_total < first.cart_total
    assert 0 < first.points_after_return < first.points_after_close
    assert first.advocate_points > 0
    assert first.rejection_reason == "CouponNotFound"
    for effect in ("acceptCoupon", "acceptReferral", "setDiscount", "addLoyaltyPoints"):
        assert effect in output
    assert "rollbackAddedLoyaltyPoints" in output and "partially_returned" in output

    # New ids per run: a second run against the same, unreset server passes too.
    second = await flow.run(talon_emulator.url, talon_emulator.api_key, say=lambda _: None)
    assert second.customer_id != first.customer_id
    assert second.referral_code != first.referral_code


def test_script_exits_0_and_prints_every_step(talon_emulator: TalonEmulator) -> None:
    done = run_script(talon_emulator.url, talon_emulator.api_key)
    assert done.returncode == 0, done.stdout + done.stderr
    for step in STEPS:
        assert step in done.stdout
    assert "rejected: CouponNotFound" in done.stdout
    assert "Done: 9 steps passed" in done.stdout
    assert talon_emulator.requests("customer_sessions.return_cart_items") == 1


def test_script_fails_with_the_step_that_misbehaved() -> None:
    # The example campaigns have no WELCOME10: the flow must notice and say so.
    config = load_config(ROOT / "examples" / "emulator_campaigns.yaml")
    with EmulatorServer(config, api_key="demo-key") as server:
        done = run_script(server.url, "demo-key")
    assert done.returncode == 1
    assert "FAILED: coupon WELCOME10 was not accepted" in done.stderr
    assert "[4] Apply coupon WELCOME10" in done.stdout and "[5]" not in done.stdout


def test_script_explains_a_refused_key_and_an_unreachable_server(
    talon_emulator: TalonEmulator,
) -> None:
    refused = run_script(talon_emulator.url, "not-the-key")
    assert refused.returncode == 1
    assert "FAILED: the server refused a step" in refused.stderr
    assert "not-the-key" not in refused.stderr + refused.stdout

    with EmulatorServer() as server:
        gone = server.url  # nothing listens here once the server has stopped
    unreachable = run_script(gone, "any")
    assert unreachable.returncode == 1
    assert f"FAILED: cannot reach {gone}" in unreachable.stderr
