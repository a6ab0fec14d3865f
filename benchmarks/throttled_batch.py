"""A batch job against a rate-limited server: fixed concurrency vs ``rate="auto"``.

    python -m benchmarks.throttled_batch                 # R=400 req/s, 8,000 items, 64 in flight
    python -m benchmarks.throttled_batch --limit 200 --items 4000 --concurrency 64

The server is a small aiohttp app in its own process (the emulator validates every request and
cannot reach 400 req/s on a shared 2-core machine): ``PUT /v2/customer_profiles/{id}`` answers
a fixed small profile body, behind the emulator's own token bucket per API key
(``talon_async.testing._ratelimit``: burst one second's worth, 429 with Retry-After beyond).
Both runs use ``TalonClient`` with its default retry policy, ``batch.run`` over the same items,
one after the other against a fresh bucket. Reports successful requests/s (and as % of R), the
share of requests answered 429 and items failed, writes ``results/throttled_batch.json`` and a
plot of the rate over time, ``results/throttled_batch.png``. Goal for auto: every item at
>= 90% of R with <= 2% of requests answered 429.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
BODY = (HERE / "bodies" / "customer_profile_small.json").read_bytes()
API_KEY = "throttled-batch-key"
BIN = 0.5  # seconds per point of the plot


# -- the server (its own process) ----------------------------------------------------------------
def serve(port: int, rate: float, burst: float | None) -> None:
    from aiohttp import web

    from talon_async.testing._ratelimit import RateLimit, RateLimiter

    state = {"limiter": RateLimiter(RateLimit(rate=rate, burst=burst))}

    async def profile(request: web.Request) -> web.Response:
        await request.read()
        retry_after = state["limiter"].check(request.headers.get("Authorization", ""))
        if retry_after is not None:
            return web.json_response(
                {"message": "rate limit exceeded", "StatusCode": 429},
                status=429,
                headers={"Retry-After": str(retry_after)},
            )
        return web.Response(body=BODY, content_type="application/json")

    async def stats(request: web.Request) -> web.Response:
        return web.json_response(state["limiter"].to_dict())

    async def reset(request: web.Request) -> web.Response:
        state["limiter"] = RateLimiter(RateLimit(rate=rate, burst=burst))
        return web.Response(status=204)

    app = web.Application()
    app.router.add_put("/v2/customer_profiles/{id}", profile)
    app.router.add_get("/_stats", stats)
    app.router.add_post("/_reset", reset)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


# -- the client ----------------------------------------------------------------------------------
async def one_run(mode: str, url: str, args: argparse.Namespace) -> dict[str, Any]:
    import aiohttp

    from talon_async import TalonClient, batch, models
    from talon_async.batch import AdaptiveRate

    async with aiohttp.ClientSession() as admin:
        await (await admin.post(f"{url}/_reset")).read()
    body = models.CustomerProfileIntegrationRequestV2.from_dict({"attributes": {"n": 1}})
    done: list[float] = []
    paced: list[tuple[float, float | None]] = []
    shared = AdaptiveRate() if mode == "auto" else None
    started = time.monotonic()

    async def sample() -> None:
        while shared is not None:
            paced.append((time.monotonic() - started, shared.rate))
            await asyncio.sleep(BIN / 2)

    async with TalonClient(
        api_key=API_KEY, base_url=url, max_connections=args.concurrency
    ) as talon:

        async def update(i: int) -> object:
            value = await talon.customer_profiles.update_customer_profile_v2(f"p{i}", body)
            done.append(time.monotonic() - started)
            return value

        sampler = asyncio.create_task(sample())
        summary = await batch.run(
            range(args.items), update, concurrency=args.concurrency, rate=shared
        )
        sampler.cancel()
    elapsed = time.monotonic() - started
    async with aiohttp.ClientSession() as admin:
        stats = await (await admin.get(f"{url}/_stats")).json()
    requests = stats["allowed"] + stats["limited"]
    bins = [0] * (int(elapsed / BIN) + 1)
    for t in done:
        bins[int(t / BIN)] += 1
    return {
        "mode": mode,
        "items": args.items,
        "succeeded": summary.succeeded,
        "failed": summary.failed,
        "seconds": round(elapsed, 2),
        "ok_per_s": round(summary.succeeded / elapsed, 1),
        "of_limit": round(summary.succeeded / elapsed / args.limit, 3),
        "requests": requests,
        "answered_429": stats["limited"],
        "share_429": round(stats["limited"] / requests, 4) if requests else 0.0,
        "cuts": shared.cuts if shared is not None else None,
        "ok_per_s_over_time": [round(n / BIN, 1) for n in bins],
        "paced_rate_over_time": [(round(t, 2), r and round(r, 1)) for t, r in paced],
    }


def plot(runs: list[dict[str, Any]], limit: float, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 4.5))
    for run in runs:
        series = run["ok_per_s_over_time"]
        label = (
            f"{run['mode']}: {run['ok_per_s']:.0f} ok/s ({run['of_limit']:.0%} of R), "
            f"{run['share_429']:.1%} answered 429, {run['failed']} failed"
        )
        ax.plot([i * BIN for i in range(len(series))], series, label=label)
        paced = [(t, r) for t, r in run["paced_rate_over_time"] if r is not None]
        if paced:
            ax.plot(*zip(*paced, strict=True), "--", lw=1, label="auto: paced rate")
    ax.axhline(limit, color="grey", lw=1, ls=":", label=f"server limit R = {limit:g}/s")
    ax.set_xlabel("seconds")
    ax.set_ylabel("successful requests/s")
    ax.set_ylim(0, limit * 2)
    ax.set_title("Batch job against a token-bucket rate limit: fixed concurrency vs rate='auto'")
    ax.legend(loc="upper right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _wait_up(url: str) -> None:
    import aiohttp

    async with aiohttp.ClientSession() as admin:
        for _ in range(200):
            try:
                await (await admin.get(f"{url}/_stats")).read()
                return
            except aiohttp.ClientError:
                await asyncio.sleep(0.05)
    raise RuntimeError("the throttled server did not start")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--limit", type=float, default=400.0, help="server limit R, requests/s")
    p.add_argument("--burst", type=float, help="token bucket size (default: R, one second)")
    p.add_argument("--items", type=int, default=8000)
    p.add_argument("--concurrency", type=int, default=64)
    p.add_argument("--modes", default="fixed,auto")
    p.add_argument("--serve", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.serve:
        serve(args.serve, args.limit, args.burst)
        return 0
    port = _free_port()
    command = [sys.executable, "-m", "benchmarks.throttled_batch", "--serve", str(port)]
    server = subprocess.Popen(
        [*command, "--limit", str(args.limit)]
        + (["--burst", str(args.burst)] if args.burst else []),
        cwd=HERE.parent,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        asyncio.run(_wait_up(url))
        runs = [asyncio.run(one_run(mode, url, args)) for mode in args.modes.split(",")]
    finally:
        server.terminate()
        server.wait(10)
    print(
        f"\n{args.items} items, {args.concurrency} in flight, server limit R = {args.limit:g} "
        f"req/s (token bucket of {args.burst or args.limit:g}, Retry-After on 429)\n"
    )
    print("| mode | succeeded | failed | seconds | ok req/s | % of R | requests | 429 share |")
    print("|---|---|---|---|---|---|---|---|")
    for r in runs:
        print(
            f"| {r['mode']} | {r['succeeded']} | {r['failed']} | {r['seconds']} | "
            f"{r['ok_per_s']} | {r['of_limit']:.0%} | {r['requests']} | {r['share_429']:.2%} |"
        )
    RESULTS.mkdir(exist_ok=True)
    name = "throttled_batch" if args.burst is None else f"throttled_batch_burst{args.burst:g}"
    (RESULTS / f"{name}.json").write_text(
        json.dumps(
            {"limit": args.limit, "burst": args.burst, "concurrency": args.concurrency}
            | {"runs": runs},
            indent=1,
        )
    )
    plot(runs, args.limit, RESULTS / f"{name}.png")
    print(f"\nwrote {RESULTS / name}.json and .png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
