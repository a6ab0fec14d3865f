"""Run one client at one concurrency in this (fresh) process and print a JSON result line.

    python -m benchmarks.worker --client aiohttp_raw --url http://127.0.0.1:18080 \
        --concurrency 64 --duration 10 --warmup 2 [--requests 20000]

The driver (``benchmarks.run``) starts one of these per cell, pinned to the client core, and
reads its peak RSS from the kernel (wait4). Measurement: N loops (tasks or threads) each send
one request after the other; after ``--warmup`` seconds the completed-request counter is
sampled, then again after ``--duration`` seconds (or once ``--requests`` more have completed).
Requests/s = completed requests between the two samples / time between them. Every call must
return the number of effects in the served body, otherwise it counts as an error.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import sys
import threading
import time
from pathlib import Path
from typing import Any

from .clients.base import BenchConfig, Skip

BODIES = Path(__file__).resolve().parent / "bodies"
MAX_ERRORS = 50  # stop early: a broken client should fail fast, not spin for the whole run


class Counter:
    def __init__(self, target: int | None) -> None:
        self.done = 0
        self.errors = 0
        self.first_error: str | None = None
        self.stop = False
        self.target = target  # absolute count at which the measured phase ends (requests mode)

    def ok(self, n: int, expected: int) -> None:
        if n == expected:
            self.done += 1
        else:
            self.error(f"read {n} effects, expected {expected}")

    def error(self, message: str) -> None:
        self.errors += 1
        if self.first_error is None:
            self.first_error = message
        if self.errors >= MAX_ERRORS:
            self.stop = True


def config(args: argparse.Namespace) -> BenchConfig:
    request = json.loads((BODIES / "session_request.json").read_bytes())
    state = json.loads((BODIES / "integration_state_19k.json").read_bytes())
    return BenchConfig(
        base_url=args.url.rstrip("/"),
        concurrency=args.concurrency,
        request=request,
        expected_effects=len(state["effects"]),
    )


async def run_async(mod: Any, cfg: BenchConfig, args: argparse.Namespace) -> dict[str, Any]:
    runner = await mod.create(cfg)
    counter = Counter(None)
    try:
        # One checked request first: a broken client fails here with its real exception.
        n = await runner.call()
        if n != cfg.expected_effects:
            raise RuntimeError(f"read {n} effects, expected {cfg.expected_effects}")

        finished = asyncio.Event()  # set when --requests are done or too many errors

        async def loop() -> None:
            while not counter.stop:
                try:
                    counter.ok(await runner.call(), cfg.expected_effects)
                except Exception as exc:  # counted and reported, never hidden
                    counter.error(f"{type(exc).__name__}: {exc}")
                if counter.target is not None and counter.done >= counter.target:
                    counter.stop = True
            finished.set()

        tasks = [asyncio.create_task(loop()) for _ in range(cfg.concurrency)]
        await asyncio.sleep(args.warmup)
        c0, t0, cpu0 = counter.done, time.perf_counter(), time.process_time()
        if args.requests:
            counter.target = c0 + args.requests
            await finished.wait()
        else:
            await asyncio.sleep(args.duration)
        c1, t1, cpu1 = counter.done, time.perf_counter(), time.process_time()
        counter.stop = True
        await asyncio.gather(*tasks)
    finally:
        await runner.aclose()
    return result(counter, c1 - c0, t1 - t0, cpu1 - cpu0)


def run_threads(mod: Any, cfg: BenchConfig, args: argparse.Namespace) -> dict[str, Any]:
    runner = mod.create(cfg)
    counter = Counter(None)
    lock = threading.Lock()
    try:
        n = runner.call()
        if n != cfg.expected_effects:
            raise RuntimeError(f"read {n} effects, expected {cfg.expected_effects}")
        done = [0] * cfg.concurrency  # one slot per thread: no lock on the hot path

        def loop(i: int) -> None:
            while not counter.stop:
                try:
                    n = runner.call()
                except Exception as exc:
                    with lock:
                        counter.error(f"{type(exc).__name__}: {exc}")
                    continue
                if n == cfg.expected_effects:
                    done[i] += 1
                else:
                    with lock:
                        counter.error(f"read {n} effects, expected {cfg.expected_effects}")
                if counter.target is not None and sum(done) >= counter.target:
                    counter.stop = True

        # A ThreadPoolExecutor of N workers, each sending requests back to back.
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=cfg.concurrency) as pool:
            futures = [pool.submit(loop, i) for i in range(cfg.concurrency)]
            time.sleep(args.warmup)
            c0, t0, cpu0 = sum(done), time.perf_counter(), time.process_time()
            if args.requests:
                counter.target = c0 + args.requests
                while not counter.stop:
                    time.sleep(0.05)
            else:
                time.sleep(args.duration)
            c1, t1, cpu1 = sum(done), time.perf_counter(), time.process_time()
            counter.stop = True
            for f in futures:
                f.result()
    finally:
        runner.close()
    return result(counter, c1 - c0, t1 - t0, cpu1 - cpu0)


def peak_rss_mb() -> float | None:
    """This process's peak resident set (VmHWM), in MB; resets on exec, unlike ru_maxrss."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def result(counter: Counter, requests: int, elapsed: float, cpu: float) -> dict[str, Any]:
    return {
        "status": "error" if counter.errors else "ok",
        "requests": requests,
        "elapsed_s": round(elapsed, 4),
        "rps": round(requests / elapsed, 1) if elapsed > 0 else 0.0,
        "cpu_pct": round(100 * cpu / elapsed, 1) if elapsed > 0 else 0.0,
        "errors": counter.errors,
        "error": counter.first_error,
        "peak_rss_mb": peak_rss_mb(),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--client", required=True)
    p.add_argument("--url", required=True)
    p.add_argument("--concurrency", type=int, required=True)
    p.add_argument("--duration", type=float, default=10.0)
    p.add_argument("--warmup", type=float, default=2.0)
    p.add_argument("--requests", type=int, default=0, help="measure this many requests instead")
    args = p.parse_args(argv)

    cfg = config(args)
    try:
        mod = importlib.import_module(f"benchmarks.clients.{args.client}")
        if mod.KIND == "async":
            out = asyncio.run(run_async(mod, cfg, args))
        elif mod.KIND == "threads":
            out = run_threads(mod, cfg, args)
        else:
            raise SystemExit(f"{args.client} is run by the driver, not by a worker")
    except Skip as exc:
        out = {"status": "skipped", "error": str(exc)}
    except Exception as exc:
        out = {"status": "error", "error": f"{type(exc).__name__}: {exc}"}
    print(json.dumps(out), flush=True)
    return 1 if out["status"] == "error" else 0


if __name__ == "__main__":
    sys.exit(main())
