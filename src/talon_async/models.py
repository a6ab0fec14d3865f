"""The generated request and response models (talon_one_raw.models), re-exported."""

from talon_one_raw.models import *  # noqa: F403
from talon_one_raw.models import __all__ as __all__
