"""Fixtures of the emulator suite; they live in emulator_support.py next to the helpers."""

from emulator_support import api, server

__all__ = ["api", "server"]
