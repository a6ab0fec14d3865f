"""The interface every client module implements, and the shared way of reading effects."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

SESSION_PATH = "/v2/customer_sessions/{id}"
# A made-up key of the length and alphabet of the keys Talon.One issues (64 hex digits): the
# client looks for its key in every response body, and that search costs by the key's length.
API_KEY = "e38dca1cda40c9d6dc62ab8e80ec9b4f7cff179e2be07bde719f45bc84e25cbc"


class Skip(Exception):
    """The client cannot run in this environment; the reason is shown in the table."""


@dataclass(frozen=True)
class BenchConfig:
    base_url: str  # e.g. http://127.0.0.1:18080 (no trailing slash)
    concurrency: int  # requests in flight; pools are sized to it unless a client says otherwise
    request: dict[str, Any]  # the IntegrationRequest JSON every client sends
    expected_effects: int  # how many effects the served body has
    session_id: str = "s1"
    api_key: str = API_KEY

    @property
    def auth_header(self) -> str:
        return f"ApiKey-v1 {self.api_key}"

    @property
    def session_path(self) -> str:
        return SESSION_PATH.format(id=self.session_id)


class AsyncRunner(Protocol):
    async def call(self) -> int: ...
    async def aclose(self) -> None: ...


class SyncRunner(Protocol):
    def call(self) -> int: ...
    def close(self) -> None: ...


def read_effects(effects: Iterable[Any]) -> int:
    """What a typed caller does with a session update: look at every effect's type and props.

    Used unchanged by every client that decodes into models (generated code, official SDK,
    talon_async), so they all do the same work after decoding.
    """
    n = 0
    for effect in effects:
        effect_type = effect.effect_type
        props = effect.props
        if effect_type and props is not None:
            n += 1
    return n


def read_effect_dicts(effects: Iterable[dict[str, Any]]) -> int:
    """The same reading for clients that stop at ``json.loads`` (plain dicts)."""
    n = 0
    for effect in effects:
        effect_type = effect["effectType"]
        props = effect["props"]
        if effect_type and props is not None:
            n += 1
    return n
