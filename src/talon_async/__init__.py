"""Asyncio-first client for the Talon.One Integration API.

The public surface is on this screen; everything else is private.
"""

from . import errors, models
from ._version import __version__ as __version__
from .auth import MissingAPIKey
from .client import TalonClient
from .decoding import RawProps, UnknownValue, materialize
from .options import CallOptions, Timeouts
from .retry import RetryBudget, RetryPolicy
from .servers import OperationServer, server_context, servers
from .transport import AiohttpTransport

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
