"""Raw httpx.AsyncClient with its default (httpcore) transport + stdlib json."""

from __future__ import annotations

import json

import httpx

from .base import BenchConfig, read_effect_dicts

TITLE = "raw httpx (default transport) + json"
KIND = "async"


def limits(cfg: BenchConfig) -> httpx.Limits:
    # Pool sized to the concurrency (httpx's default keeps only 20 idle connections).
    return httpx.Limits(max_connections=cfg.concurrency, max_keepalive_connections=cfg.concurrency)


class Runner:
    def __init__(self, cfg: BenchConfig, client: httpx.AsyncClient) -> None:
        self.cfg = cfg
        self.client = client

    async def call(self) -> int:
        resp = await self.client.put(self.cfg.session_path, json=self.cfg.request)
        if resp.status_code != 200:
            raise RuntimeError(f"HTTP {resp.status_code}: {resp.content[:200]!r}")
        return read_effect_dicts(json.loads(resp.content)["effects"])

    async def aclose(self) -> None:
        await self.client.aclose()


async def create(cfg: BenchConfig) -> Runner:
    client = httpx.AsyncClient(
        base_url=cfg.base_url, headers={"Authorization": cfg.auth_header}, limits=limits(cfg)
    )
    return Runner(cfg, client)
