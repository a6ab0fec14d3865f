"""CPU instructions per call, counted by valgrind: compares two versions of the client where
requests/s cannot (on a shared machine they move by 20% between two runs of the same code).

    python -m benchmarks.instructions                          # this checkout, 256 in flight
    python -m benchmarks.instructions --against /tmp/old       # and another checkout
    python -m benchmarks.instructions --concurrency 64 --calls 1024

The workload is run.py's talon_async cell: `update_customer_session_v2` against nginx with
every effect's `effect_type` and `props` read, `--concurrency` calls in flight. It runs twice
under callgrind, with the warm-up only and with `--calls` more calls; the difference divided by
`--calls` is one call's cost without start-up and imports. The count is the client process's
(nginx is not traced) and repeats within a fraction of a percent (PYTHONHASHSEED is fixed).
Not in `make bench`: under valgrind the workload runs about 50 times slower.

`--against DIR` runs the same workload with DIR's `src` and `generated` first on the path (for
example `git worktree add --detach /tmp/old <commit>`); it uses only the public API.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WARMUP_PER_TASK = 4


def workload(calls: int, concurrency: int) -> None:
    """The measured process: nginx, one client, the warm-up, then `calls` calls."""
    from talon_async import TalonClient, Timeouts, models

    from .clients.base import API_KEY, read_effects
    from .server import BODIES, Nginx

    request = json.loads((BODIES / "session_request.json").read_text())
    # valgrind slows the client, not nginx: deadlines that cannot fire under it
    slow = Timeouts(connect=600, read=600, write=600, pool=600, total=600)

    async def run(url: str) -> None:
        body = models.IntegrationRequest.from_dict(request)
        async with TalonClient(api_key=API_KEY, base_url=url, timeout=slow) as talon:

            async def task(n: int) -> None:
                for _ in range(n):
                    state = await talon.customer_sessions.update_customer_session_v2("s1", body)
                    read_effects(state.effects)  # what run.py's talon_async cell reads

            await asyncio.gather(*(task(WARMUP_PER_TASK) for _ in range(concurrency)))
            await asyncio.gather(*(task(calls // concurrency) for _ in range(concurrency)))

    with Nginx(core=None) as nginx:
        asyncio.run(run(nginx.url))


def count(pythonpath: str | None, calls: int, concurrency: int) -> int:
    """Instructions callgrind collected in one workload process."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if pythonpath is not None:
        env["PYTHONPATH"] = pythonpath
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={tmp}/callgrind.out",
                sys.executable,
                "-m",
                "benchmarks.instructions",
                "--workload",
                str(calls),
                "--concurrency",
                str(concurrency),
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"the workload failed under valgrind:\n{done.stderr[-3000:]}")
    return int(found.group(1))


def per_call(pythonpath: str | None, calls: int, concurrency: int) -> float:
    with ThreadPoolExecutor(2) as pool:  # the two counts do not disturb each other
        base, full = pool.map(lambda n: count(pythonpath, n, concurrency), (0, calls))
    return (full - base) / calls


def checkout_path(directory: str) -> str:
    root = Path(directory).resolve()
    if not (root / "src" / "talon_async").is_dir() or not (root / "generated").is_dir():
        raise SystemExit(f"--against {directory}: no src/talon_async and generated/ there")
    return f"{root / 'src'}{os.pathsep}{root / 'generated'}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--concurrency", type=int, default=256, help="calls in flight")
    parser.add_argument("--calls", type=int, default=2048, help="measured calls (a multiple)")
    parser.add_argument("--against", metavar="DIR", help="another checkout to compare with")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    parser.add_argument("--workload", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.concurrency < 1 or args.calls < args.concurrency:
        parser.error("--concurrency must be at least 1 and --calls at least --concurrency")
    calls = args.calls - args.calls % args.concurrency
    if args.workload is not None:
        workload(args.workload, args.concurrency)
        return 0
    if shutil.which("valgrind") is None:
        parser.error("valgrind is not installed (apt-get install valgrind)")
    targets: dict[str, str | None] = {"this checkout": None}
    if args.against:
        targets[f"--against {args.against}"] = checkout_path(args.against)
    results: dict[str, Any] = {"concurrency": args.concurrency, "calls": calls, "per_call": {}}
    for name, pythonpath in targets.items():
        results["per_call"][name] = per_call(pythonpath, calls, args.concurrency)
        print(f"{name}: {results['per_call'][name]:,.0f} instructions per call", flush=True)
    if args.against:
        ours, theirs = results["per_call"].values()
        print(f"this checkout / --against: {ours / theirs:.3f}")
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
