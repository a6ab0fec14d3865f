"""Fixtures of the facade suite; they live in facade_support.py next to the helpers."""

from facade_support import api_key_env, raw_server, refused_url, server

__all__ = ["api_key_env", "raw_server", "refused_url", "server"]
