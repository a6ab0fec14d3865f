"""httpx.AsyncClient over the httpx-aiohttp transport + stdlib json."""

from __future__ import annotations

import httpx

from .base import BenchConfig, Skip
from .httpx_raw import Runner, limits

TITLE = "httpx + httpx-aiohttp transport + json"
KIND = "async"


async def create(cfg: BenchConfig) -> Runner:
    try:
        from httpx_aiohttp import AiohttpTransport
    except ImportError as exc:  # pragma: no cover - depends on the bench extra
        raise Skip(f"httpx-aiohttp is not installed ({exc})") from exc
    client = httpx.AsyncClient(
        base_url=cfg.base_url,
        headers={"Authorization": cfg.auth_header},
        transport=AiohttpTransport(limits=limits(cfg)),
    )
    return Runner(cfg, client)
