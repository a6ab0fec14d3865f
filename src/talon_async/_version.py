"""The installed distribution's version, one place for `__version__`, the CLI and User-Agent.

hatch-vcs derives it from the git tag when the wheel is built (or `pip install -e .` runs),
and it lands in the distribution's metadata; nothing in the source tree carries a number.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("talon-async")
except PackageNotFoundError:  # pragma: no cover - imported from a tree that was never installed
    __version__ = "0+unknown"

USER_AGENT = f"talon-async/{__version__}"
