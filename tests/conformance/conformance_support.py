"""Fixtures of the conformance suites: the emulator on a real socket, as a client would meet it.

The suites drive the emulator with clients nobody here wrote (Talon.One's Python SDK,
Schemathesis); `talon-async[conformance]` installs them (`make install` does).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from talon_async.testing import (
    CampaignConfig,
    EmulatorConfig,
    EmulatorServer,
    LoyaltyProgramConfig,
    LoyaltyRuleConfig,
    default_config,
)

API_KEY = "conformance-key"
PENDING_PROGRAM = 3
PENDING_EVENT = "survey_completed"


def conformance_config() -> EmulatorConfig:
    """The default setup plus program 3, whose points (for a survey event) wait a week."""
    base = default_config()
    return dataclasses.replace(
        base,
        loyalty_programs=(
            *base.loyalty_programs,
            LoyaltyProgramConfig(
                id=PENDING_PROGRAM, name="pending", title="Pending points", pending_days=7
            ),
        ),
        campaigns=(
            *base.campaigns,
            CampaignConfig(
                id=5,
                name="Survey points",
                loyalty=LoyaltyRuleConfig(
                    program_id=PENDING_PROGRAM, event_points={PENDING_EVENT: 25}, name="Survey"
                ),
            ),
        ),
    )


@pytest.fixture(scope="session")
def emulator() -> Iterator[EmulatorServer]:
    """One emulator for the suites (tests reset it where they need a clean start)."""
    with EmulatorServer(conformance_config(), api_key=API_KEY) as server:
        yield server
