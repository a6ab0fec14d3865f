"""Asyncio-first client for the Talon.One Integration API.

The public surface is on this screen; everything else is private.
"""

from importlib.metadata import PackageNotFoundError, version

from . import errors, models
from .auth import MissingAPIKey
from .client import TalonClient
from .decoding import RawProps, UnknownValue, materialize
from .options import CallOptions, Timeouts
from .retry import RetryBudget, RetryPolicy
from .servers import OperationServer, server_context, servers
from .transport import AiohttpTransport

try:
    __version__ = version("talon-async")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "AiohttpTransport",
    "CallOptions",
    "MissingAPIKey",
    "OperationServer",
    "RawProps",
    "RetryBudget",
    "RetryPolicy",
    "TalonClient",
    "Timeouts",
    "UnknownValue",
    "errors",
    "materialize",
    "models",
    "server_context",
    "servers",
]
