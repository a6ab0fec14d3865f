"""Fixtures of the conformance suites; they live in conformance_support.py next to the helpers."""

from conformance_support import emulator

__all__ = ["emulator"]
