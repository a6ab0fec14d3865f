"""Where talon_async's time per request goes, next to raw aiohttp + json.

Measures, on the benchmark's bodies, in one process pinned wherever you run it:
  decode   the 19 KB IntegrationStateV2 into models and read every effect's type and props,
           vs json.loads + reading the same keys
  pipeline one call through TalonClient with an in-memory transport (no network, no body),
           i.e. options, server resolution, building the httpx.Request, the retry loop
  transport one PUT through AiohttpTransport vs the same PUT with raw aiohttp (nginx)
  profile  (--profile) pyinstrument's flat profile of talon_async at 64 in flight vs nginx
Run: taskset -c 1 .venv/bin/python -m benchmarks.breakdown [--profile]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
import httpx

from talon_async import TalonClient, models
from talon_async._decoding import Context, decode, parse_json
from talon_async._transport import AiohttpTransport, _read_response

from .clients.base import API_KEY
from .server import Nginx

BODIES = Path(__file__).resolve().parent / "bodies"
STATE = (BODIES / "integration_state_19k.json").read_bytes()
REQUEST = json.loads((BODIES / "session_request.json").read_text())
HEADERS = {"Authorization": "ApiKey-v1 bench", "Content-Type": "application/json"}


def per_call(fn: Callable[[], Any], n: int = 3000) -> float:
    for _ in range(n // 10):
        fn()
    started = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - started) / n * 1e6


async def per_call_async(fn: Callable[[], Awaitable[Any]], n: int = 3000) -> float:
    for _ in range(n // 10):
        await fn()
    started = time.perf_counter()
    for _ in range(n):
        await fn()
    return (time.perf_counter() - started) / n * 1e6


def typed_decode() -> None:
    ctx = Context(STATE, 200, "PUT", "/v2/customer_sessions/{customerSessionId}")
    state = decode(["model", "IntegrationStateV2"], parse_json(STATE, ctx), ctx)
    for effect in state.effects:
        _ = effect.effect_type, effect.props


def json_decode() -> None:
    for effect in json.loads(STATE)["effects"]:
        _ = effect["effectType"], effect["props"]


class NoContent(httpx.AsyncBaseTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return _read_response(204, [], b"", request)


async def pipeline() -> float:
    async with TalonClient(
        api_key=API_KEY, base_url="http://127.0.0.1", transport=NoContent()
    ) as t:
        return await per_call_async(lambda: t.customer_profiles.delete_customer_data("p-1"), 20000)


async def transports(url: str) -> tuple[float, float]:
    body = json.dumps(REQUEST).encode()
    transport = AiohttpTransport()
    request = httpx.Request("PUT", f"{url}/v2/customer_sessions/s1", content=body, headers=HEADERS)
    request.extensions["timeout"] = {"connect": 2.0, "read": 5.0, "write": 5.0, "pool": 2.0}

    async def ours() -> None:
        await transport.handle_async_request(request)

    ours_us = await per_call_async(ours)
    await transport.aclose()
    async with aiohttp.ClientSession() as session:

        async def raw() -> None:
            async with session.put(
                f"{url}/v2/customer_sessions/s1", data=body, headers=HEADERS
            ) as r:
                await r.read()

        raw_us = await per_call_async(raw)
    return ours_us, raw_us


async def load(url: str, requests: int, concurrency: int) -> None:
    body = models.IntegrationRequest.from_dict(REQUEST)
    async with TalonClient(api_key=API_KEY, base_url=url) as talon:

        async def worker(n: int) -> None:
            for _ in range(n):
                state = await talon.customer_sessions.update_customer_session_v2("s1", body)
                for effect in state.effects:
                    _ = effect.effect_type, effect.props

        await asyncio.gather(*(worker(requests // concurrency) for _ in range(concurrency)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true", help="also print a pyinstrument profile")
    args = parser.parse_args()
    print(
        f"decode 19 KB + read 41 effects: typed {per_call(typed_decode):6.1f} us, "
        f"json.loads {per_call(json_decode):6.1f} us"
    )
    print(f"pipeline without network or body: {asyncio.run(pipeline()):6.1f} us per call")
    with Nginx(core=0) as nginx:
        ours, raw = asyncio.run(transports(nginx.url))
        print(f"one PUT, 1 in flight: AiohttpTransport {ours:6.1f} us, raw aiohttp {raw:6.1f} us")
        if args.profile:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.0005)
            profiler.start()
            asyncio.run(load(nginx.url, 8000, 64))
            profiler.stop()
            print(profiler.output_text(unicode=False, color=False, flat=True)[:3500])


if __name__ == "__main__":
    main()
