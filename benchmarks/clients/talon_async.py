"""talon_async.TalonClient with its default configuration: the client under test."""

from __future__ import annotations

from typing import Any

from .base import BenchConfig, Skip, read_effects

TITLE = "talon_async TalonClient"
KIND = "async"


class Runner:
    def __init__(self, cfg: BenchConfig, client_cls: Any, body: Any) -> None:
        self.cfg = cfg
        self.talon = client_cls(api_key=cfg.api_key, base_url=cfg.base_url)
        self.body = body

    async def call(self) -> int:
        state = await self.talon.customer_sessions.update_customer_session_v2(
            self.cfg.session_id, self.body
        )
        return read_effects(state.effects)

    async def aclose(self) -> None:
        await self.talon.__aexit__(None, None, None)


async def create(cfg: BenchConfig) -> Runner:
    try:
        from talon_async import TalonClient
    except ImportError as exc:
        raise Skip(f"talon_async.TalonClient is not importable yet ({exc})") from exc
    try:
        from talon_async import models
    except ImportError:
        from talon_one_raw import models  # the public re-export is not there yet
    body = models.IntegrationRequest.from_dict(cfg.request)
    runner = Runner(cfg, TalonClient, body)
    await runner.talon.__aenter__()  # same lifecycle as `async with TalonClient(...) as talon`
    return runner
