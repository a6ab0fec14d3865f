"""What a retry library would cost on the path of every successful call.

Times an awaited no-op call bare, inside tenacity's AsyncRetrying and inside stamina's
retry_context (both configured like our policy: 3 attempts, exponential backoff), and prints
the overhead per call. Run: python -m benchmarks.retry_overhead
"""

from __future__ import annotations

import asyncio
import time

import stamina
from tenacity import (
    AsyncRetrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_random_exponential,
)

N = 20_000


async def call() -> int:
    return 1


async def bare() -> None:
    for _ in range(N):
        await call()


async def with_tenacity() -> None:
    for _ in range(N):
        async for attempt in AsyncRetrying(
            stop=stop_after_attempt(3),
            wait=wait_random_exponential(0.1, max=2),
            retry=retry_if_exception_type(OSError),
            reraise=True,
        ):
            with attempt:
                await call()


async def with_stamina() -> None:
    for _ in range(N):
        async for attempt in stamina.retry_context(on=OSError, attempts=3):
            with attempt:
                await call()


def timed(fn: object) -> float:
    started = time.perf_counter()
    asyncio.run(fn())  # type: ignore[operator]
    return (time.perf_counter() - started) / N * 1e6


def main() -> None:
    base = timed(bare)
    for name, fn in (("tenacity", with_tenacity), ("stamina", with_stamina)):
        print(f"{name:9s} {timed(fn) - base:6.1f} us per successful call")


if __name__ == "__main__":
    main()
