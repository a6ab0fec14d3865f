"""The generated request and response models (talon_one_raw.models), re-exported.

Each model is imported the first time its name is read (PEP 562), so `import talon_async`
does not pay for the 200-odd model modules; `models.CartItem` and
`from talon_async.models import CartItem` work as before, and type checkers see every name
through the TYPE_CHECKING import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import talon_one_raw.models as _raw
from talon_one_raw.models import __all__ as __all__

if TYPE_CHECKING:
    from talon_one_raw.models import *  # noqa: F403

# Hidden from type checkers, so that a misspelt model name stays an error for them.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_raw, name)
        globals()[name] = value  # later reads skip this function
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
