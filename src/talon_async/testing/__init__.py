"""Offline emulator of the Talon.One Integration API, for development and tests.

Needs the `emulator` extra (starlette, uvicorn with httptools, jsonschema-rs, openapi-core,
pyyaml). Start it with
`python -m talon_async.testing --port 9000`, in-process with `EmulatorServer`, or through the
`talon_emulator` pytest fixture.
"""

from ._app import Emulator
from ._config import (
    CampaignConfig,
    CouponConfig,
    Discount,
    EmulatorConfig,
    LoyaltyProgramConfig,
    LoyaltyRuleConfig,
    ReferralCodeConfig,
    ReferralConfig,
)
from ._config_load import default_config, load_config, load_config_dict
from ._faults import Fault
from ._ratelimit import RateLimit
from ._server import EmulatorServer, serve

__all__ = [
    "CampaignConfig",
    "CouponConfig",
    "Discount",
    "Emulator",
    "EmulatorConfig",
    "EmulatorServer",
    "Fault",
    "LoyaltyProgramConfig",
    "LoyaltyRuleConfig",
    "RateLimit",
    "ReferralCodeConfig",
    "ReferralConfig",
    "default_config",
    "load_config",
    "load_config_dict",
    "serve",
]
