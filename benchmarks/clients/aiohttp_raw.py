"""Raw aiohttp + stdlib json: the floor any asyncio client has to beat (no typed decoding)."""

from __future__ import annotations

import json

import aiohttp

from .base import BenchConfig, read_effect_dicts

TITLE = "raw aiohttp + json"
KIND = "async"


class Runner:
    def __init__(self, cfg: BenchConfig) -> None:
        self.cfg = cfg
        self.session = aiohttp.ClientSession(
            base_url=cfg.base_url,
            connector=aiohttp.TCPConnector(limit=cfg.concurrency),
            headers={"Authorization": cfg.auth_header},
        )

    async def call(self) -> int:
        async with self.session.put(self.cfg.session_path, json=self.cfg.request) as resp:
            body = await resp.read()
            if resp.status != 200:
                raise RuntimeError(f"HTTP {resp.status}: {body[:200]!r}")
        return read_effect_dicts(json.loads(body)["effects"])

    async def aclose(self) -> None:
        await self.session.close()


async def create(cfg: BenchConfig) -> Runner:
    return Runner(cfg)
