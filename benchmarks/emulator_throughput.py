"""Emulator throughput: session updates per second with request validation on, one core.

    python -m benchmarks.emulator_throughput                 # what `make bench` runs after run.py
    python -m benchmarks.emulator_throughput --duration 20 --connections 64

The emulator (`talon_async.testing`, uvicorn) runs in its own process pinned to core 0; wrk,
pinned to core 1, sends `PUT /v2/customer_sessions/{id}` (the body of bodies/session_request.json,
each request for one of 1,000 sessions and profiles per connection, so no two requests in flight
share one and Talon.One's 409 rule never fires). Two emulators are measured in the same run:
request checks compiled at start-up (what the emulator uses) and openapi-core on every request
(what it used before, `_reference_checks.py`). Prints requests/s, the ratio, and whether the
goal of 2,000 updates/s is met; writes results/emulator_throughput.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from . import server

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
GOAL_RPS = 2000.0
API_KEY = "bench"
VARIANTS = ("openapi-core", "compiled")

# Each connection walks its own 1,000 sessions; wrk's `id` per thread keeps threads apart.
WRK_SCRIPT = """
local template = assert(io.open(os.getenv("BENCH_BODY_TEMPLATE"), "rb")):read("*a")
local counter = 0
local thread_id = 0
function setup(thread)
  thread:set("tid", thread_id)
  thread_id = thread_id + 1
end
function init(args)
  thread_id = tid
end
function request()
  counter = counter + 1
  local id = "t" .. thread_id .. "-" .. (counter % 1000)
  local body = template:gsub("@ID@", id)
  return wrk.format("PUT", "/v2/customer_sessions/s-" .. id, {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "ApiKey-v1 bench",
  }, body)
end
"""


def body_template() -> str:
    """The benchmark's session request with a per-request profile id (`@ID@`)."""
    body = json.loads((HERE / "bodies" / "session_request.json").read_text())
    body["customerSession"]["profileId"] = "p-@ID@"
    return json.dumps(body, separators=(",", ":"))


# ------------------------------------------------------------------------------ the server side


def serve(variant: str, port: int) -> None:
    """Run one emulator in the foreground (the child process the benchmark starts)."""
    import uvicorn

    from talon_async.testing import Emulator, default_config
    from talon_async.testing._reference_checks import OpenapiCoreChecks
    from talon_async.testing._server import _uvicorn_config
    from talon_async.testing._spec import load_spec

    checks = OpenapiCoreChecks(load_spec()) if variant == "openapi-core" else None
    emulator = Emulator(default_config(), api_key=API_KEY, request_checks=checks)
    config = _uvicorn_config(emulator, "warning", host="127.0.0.1", port=port)
    uvicorn.Server(config).run()


class EmulatorProcess:
    """`python -m benchmarks.emulator_throughput --serve VARIANT` pinned to one core."""

    def __init__(self, variant: str, core: int | None) -> None:
        self.port = server.free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [
                *server.pin(core),
                sys.executable,
                "-m",
                "benchmarks.emulator_throughput",
                "--serve",
                variant,
                "--port",
                str(self.port),
            ],
            cwd=HERE.parent,
        )

    def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"the emulator exited with {self.proc.returncode}")
            try:
                with urllib.request.urlopen(f"{self.url}/_emulator/health", timeout=1) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("the emulator did not answer /_emulator/health")

    def cpu_seconds(self) -> float:
        """User + system CPU time of the emulator process so far (Linux /proc)."""
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


# ------------------------------------------------------------------------------ the load side


def run_wrk(
    url: str, args: argparse.Namespace, seconds: float, script: Path, env: dict[str, str]
) -> str:
    wrk = server.which("wrk")
    assert wrk is not None
    cmd = [
        *server.pin(args.client_core),
        wrk,
        "-t1",
        f"-c{args.connections}",
        f"-d{max(1, round(seconds))}s",
        "--timeout",
        "60s",  # openapi-core answers in ~0.4 s at 32 connections: slow, not failed
        "-s",
        str(script),
        url,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=seconds + 60)
    if done.returncode != 0:
        raise SystemExit(f"wrk exited {done.returncode}: {done.stderr or done.stdout}")
    return done.stdout


def measure(
    variant: str, args: argparse.Namespace, script: Path, env: dict[str, str]
) -> dict[str, Any]:
    from .run import WRK_BAD, WRK_RPS, WRK_TOTAL

    emulator = EmulatorProcess(variant, args.server_core)
    try:
        emulator.wait_ready()
        run_wrk(emulator.url, args, args.warmup, script, env)  # warm-up, discarded
        cpu_before = emulator.cpu_seconds()
        out = run_wrk(emulator.url, args, args.duration, script, env)
        cpu = emulator.cpu_seconds() - cpu_before
    finally:
        emulator.stop()
    rps = WRK_RPS.search(out)
    total = WRK_TOTAL.search(out)
    bad = WRK_BAD.findall(out)
    requests = int(total.group(1)) if total else 0
    return {
        "variant": variant,
        "rps": float(rps.group(1)) if rps else 0.0,
        "requests": requests,
        "emulator_cpu_s": round(cpu, 2),
        # what one core would serve if the emulator had it to itself (the machine is shared)
        "per_cpu_second": round(requests / cpu, 1) if cpu else None,
        "errors": "; ".join(f"{k}: {v}" for k, v in bad) or None,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--duration", type=float, default=10.0, help="measured seconds per emulator")
    p.add_argument("--warmup", type=float, default=2.0)
    p.add_argument("--connections", type=int, default=32)
    p.add_argument("--server-core", type=int, default=0)
    p.add_argument("--client-core", type=int, default=1)
    p.add_argument("--no-install", action="store_true", help="do not apt-get install wrk")
    p.add_argument("--out", type=Path, default=RESULTS / "emulator_throughput.json")
    p.add_argument("--serve", choices=VARIANTS, help=argparse.SUPPRESS)
    p.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.serve:
        serve(args.serve, args.port)
        return 0
    if not args.no_install:
        server.ensure_tools(("wrk",))
    with tempfile.TemporaryDirectory(prefix="talon-bench-emulator-") as tmp:
        script = Path(tmp) / "session_updates.lua"
        script.write_text(WRK_SCRIPT)
        template = Path(tmp) / "body.json"
        template.write_text(body_template())
        env = dict(os.environ, BENCH_BODY_TEMPLATE=str(template))
        results = {variant: measure(variant, args, script, env) for variant in VARIANTS}
    before, after = results["openapi-core"], results["compiled"]
    ratio = after["rps"] / before["rps"] if before["rps"] else float("inf")
    cpu_ratio = (after["per_cpu_second"] or 0) / (before["per_cpu_second"] or 1)
    print(
        "\n| request checks | session updates/s | per emulator CPU-second | errors |"
        "\n|---|---:|---:|---|"
    )
    for variant in VARIANTS:
        r = results[variant]
        print(
            f"| {variant} | {r['rps']:,.0f} | {r['per_cpu_second'] or 0:,.0f} "
            f"| {r['errors'] or '-'} |"
        )
    print(
        f"\ncompiled / openapi-core: {ratio:.1f}x (per CPU-second: {cpu_ratio:.1f}x); "
        f"goal {GOAL_RPS:,.0f}/s: {'met' if after['rps'] >= GOAL_RPS else 'NOT met'}, "
        f"per CPU-second: {'met' if (after['per_cpu_second'] or 0) >= GOAL_RPS else 'NOT met'}"
        " (the wall-clock figure needs core 0 to itself)"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "results": results,
                "ratio": round(ratio, 2),
                "ratio_per_cpu_second": round(cpu_ratio, 2),
                "goal_rps": GOAL_RPS,
                "settings": {
                    "duration_s": args.duration,
                    "connections": args.connections,
                    "server_core": args.server_core,
                    "client_core": args.client_core,
                },
                "machine": {
                    "python": platform.python_version(),
                    "cpus": os.cpu_count(),
                    "platform": platform.platform(),
                },
            },
            indent=2,
        )
        + "\n"
    )
    failed = any(r["errors"] for r in results.values())
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
