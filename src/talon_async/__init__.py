"""Asyncio-first client for the Talon.One Integration API.

The public surface is on this screen, plus the modules `errors`, `models`, `batch` and `testing`;
every `_`-prefixed module is private and may change in any release.
"""

from . import errors, models
from ._auth import MissingAPIKey
from ._client import TalonClient
from ._decoding import RawProps, UnknownValue, materialize
from ._options import CallOptions, Timeouts
from ._retry import RetryBudget, RetryPolicy
from ._servers import OperationServer, Server, ServerVariable, server_context, servers
from ._transport import AiohttpTransport
from ._version import __version__ as __version__

__all__ = [
    "AiohttpTransport",
    "CallOptions",
    "MissingAPIKey",
    "OperationServer",
    "RawProps",
    "RetryBudget",
    "RetryPolicy",
    "Server",
    "ServerVariable",
    "TalonClient",
    "Timeouts",
    "UnknownValue",
    "errors",
    "materialize",
    "models",
    "server_context",
    "servers",
]

# Exported objects report the public path (`talon_async.TalonClient`), not the private module
# they live in, in reprs, tracebacks, docs and pickles; httpx does the same.
for _name in __all__:
    _obj = globals()[_name]
    if not isinstance(_obj, type(errors)):
        _obj.__module__ = "talon_async"
del _name, _obj
