"""Talon.One's official synchronous SDK (talon-one-sdk, urllib3 + pydantic), N threads."""

from __future__ import annotations

from .base import BenchConfig, Skip, read_effects

TITLE = "official talon-one-sdk (sync, N threads)"
KIND = "threads"


class Runner:
    def __init__(self, cfg: BenchConfig) -> None:
        import talon_one

        conf = talon_one.Configuration(
            host=cfg.base_url,
            api_key={"api_key_v1": cfg.api_key},
            api_key_prefix={"api_key_v1": "ApiKey-v1"},
        )
        conf.connection_pool_maxsize = cfg.concurrency  # one pooled connection per thread
        self.cfg = cfg
        self.api_client = talon_one.ApiClient(conf)
        self.api = talon_one.IntegrationApi(self.api_client)
        self.body = talon_one.IntegrationRequest.from_dict(cfg.request)

    def call(self) -> int:
        state = self.api.update_customer_session_v2(self.cfg.session_id, self.body)
        return read_effects(state.effects)

    def close(self) -> None:
        self.api_client.rest_client.pool_manager.clear()  # ApiClient has no close()


def create(cfg: BenchConfig) -> Runner:
    try:
        import talon_one  # noqa: F401
    except ImportError as exc:
        raise Skip(f"talon-one-sdk is not installed ({exc}); pip install -e '.[bench]'") from exc
    return Runner(cfg)
