"""The openapi-python-client code in generated/talon_one_raw, used as generated (httpx + attrs)."""

from __future__ import annotations

import httpx

from .base import BenchConfig, read_effects

TITLE = "generated client (openapi-python-client)"
KIND = "async"


class Runner:
    def __init__(self, cfg: BenchConfig) -> None:
        from talon_one_raw import AuthenticatedClient
        from talon_one_raw.api.customer_sessions import update_customer_session_v2
        from talon_one_raw.models import IntegrationRequest, IntegrationStateV2

        self.cfg = cfg
        self.op = update_customer_session_v2
        self.state_type = IntegrationStateV2
        self.body = IntegrationRequest.from_dict(cfg.request)
        self.client = AuthenticatedClient(
            base_url=cfg.base_url,
            token=cfg.api_key,
            prefix="ApiKey-v1",
            httpx_args={
                "limits": httpx.Limits(
                    max_connections=cfg.concurrency, max_keepalive_connections=cfg.concurrency
                )
            },
        )

    async def call(self) -> int:
        state = await self.op.asyncio(self.cfg.session_id, client=self.client, body=self.body)
        if not isinstance(state, self.state_type):
            raise RuntimeError(f"unexpected result {type(state).__name__}")
        return read_effects(state.effects)

    async def aclose(self) -> None:
        await self.client.get_async_httpx_client().aclose()


async def create(cfg: BenchConfig) -> Runner:
    return Runner(cfg)
