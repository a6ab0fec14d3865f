"""Benchmark driver: nginx on one core, every client on the other, one fresh process per cell.

    python -m benchmarks.run                       # what `make bench` runs
    python -m benchmarks.run --smoke               # what `make bench-smoke` runs (CI)
    python -m benchmarks.run --clients aiohttp_raw,talon_async --concurrency 64 --duration 20

Prints a markdown table (requests/s and the ratio to talon_async, or to raw aiohttp while
talon_async cannot run), writes JSON results with machine information, and draws a PNG chart.
Exit status 1 when any client errored (or, with --strict, was skipped).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.metadata as md
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import server
from .clients import ORDER, REFERENCE_ORDER

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
CONTENDED_CPU_PCT = 85
PACKAGES = [
    "talon-async",
    "httpx",
    "httpcore",
    "h11",
    "aiohttp",
    "httpx-aiohttp",
    "talon-one-sdk",
    "urllib3",
    "pydantic",
    "attrs",
    "orjson",
    "matplotlib",
]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument(
        "--smoke",
        action="store_true",
        help="tiny run for CI: concurrency 1,8, 1 s per cell, no chart, smoke.json",
    )
    p.add_argument(
        "--clients", default=",".join(ORDER), help="comma-separated, from: " + ", ".join(ORDER)
    )
    p.add_argument("--concurrency", default="1,8,64,256")
    p.add_argument("--duration", type=float, default=5.0, help="measured seconds per cell")
    p.add_argument("--warmup", type=float, default=1.0, help="unmeasured seconds before that")
    p.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="measure every cell this many times, round-robin over the clients, and report\n"
        "the median (other work on a shared machine skews single cells by 20%%)",
    )
    p.add_argument(
        "--requests",
        type=int,
        default=0,
        help="measure this many requests per cell instead of --duration (Python clients)",
    )
    p.add_argument("--server-core", type=int, default=0)
    p.add_argument("--client-core", type=int, default=1)
    p.add_argument("--port", type=int, default=0, help="nginx port (default: a free one)")
    p.add_argument("--out", type=Path, default=None, help="JSON path (default results/latest.json)")
    p.add_argument("--chart", type=Path, default=None, help="PNG path (default results/latest.png)")
    p.add_argument("--no-chart", action="store_true")
    p.add_argument("--no-install", action="store_true", help="do not apt-get install nginx/wrk")
    p.add_argument("--strict", action="store_true", help="a skipped client is a failure")
    args = p.parse_args(argv)
    if args.smoke:
        args.concurrency = "1,8"
        args.duration = min(args.duration, 1.0)
        args.warmup = min(args.warmup, 0.3)
        args.rounds = 1
        args.no_chart = True
        args.out = args.out or RESULTS / "smoke.json"
    args.out = args.out or RESULTS / "latest.json"
    args.chart = args.chart or args.out.with_suffix(".png")
    args.clients = [c.strip() for c in args.clients.split(",") if c.strip()]
    unknown = set(args.clients) - set(ORDER)
    if unknown:
        p.error(f"unknown clients {sorted(unknown)}; choose from {ORDER}")
    args.concurrency = [int(c) for c in args.concurrency.split(",")]
    if args.rounds < 1:
        p.error("--rounds must be at least 1")
    return args


def median_cell(cells: list[dict[str, Any]]) -> dict[str, Any]:
    """The round with the median requests/s (the lower one of an even count), with every
    round's figure; a round that failed makes the cell fail."""
    failed = [c for c in cells if c["status"] != "ok"]
    if failed:
        return failed[0]
    ranked = sorted(cells, key=lambda c: c["rps"])
    return {**ranked[(len(ranked) - 1) // 2], "rounds_rps": [c["rps"] for c in cells]}


# ---------------------------------------------------------------------------------------- running


def vm_hwm_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def run_measured(
    cmd: list[str], timeout: float, env: dict[str, str] | None = None
) -> tuple[int, str, str, float]:
    """Run ``cmd``; return (exit status, stdout, stderr, peak RSS in MB).

    Peak RSS is the child's VmHWM, polled while it runs (it only grows). ru_maxrss from wait4
    is no use here: Linux carries the parent's high-water mark over fork+exec.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=ROOT)
        deadline = time.monotonic() + timeout
        hwm = 0
        while proc.poll() is None:
            hwm = max(hwm, vm_hwm_kb(proc.pid))
            if time.monotonic() > deadline:
                proc.kill()
                proc.wait()
                break
            time.sleep(0.05)
        out.seek(0)
        err.seek(0)
        return (
            proc.returncode,
            out.read().decode(errors="replace"),
            err.read().decode(errors="replace"),
            hwm / 1024,
        )


def run_python(name: str, conc: int, url: str, args: argparse.Namespace) -> dict[str, Any]:
    cmd = [
        *server.pin(args.client_core),
        sys.executable,
        "-m",
        "benchmarks.worker",
        "--client",
        name,
        "--url",
        url,
        "--concurrency",
        str(conc),
        "--duration",
        str(args.duration),
        "--warmup",
        str(args.warmup),
    ]
    if args.requests:
        cmd += ["--requests", str(args.requests)]
    timeout = args.warmup + (args.duration if not args.requests else 600) + 120
    code, out, err, rss = run_measured(cmd, timeout)
    lines = [line for line in out.splitlines() if line.startswith("{")]
    if lines:
        res = json.loads(lines[-1])
    else:
        tail = (err.strip().splitlines() or ["no output"])[-1]
        res = {"status": "error", "error": f"worker exited {code}: {tail}"}
    if res["status"] == "error" and err.strip():
        res["stderr_tail"] = err.strip().splitlines()[-5:]
    if not res.get("peak_rss_mb"):  # the worker reports its exact VmHWM; else the polled one
        res["peak_rss_mb"] = round(rss, 1)
    return res


WRK_RPS = re.compile(r"Requests/sec:\s+([\d.]+)")
WRK_TOTAL = re.compile(r"(\d+) requests in ([\d.]+)(\w+)")
WRK_BAD = re.compile(r"(Non-2xx or 3xx responses|Socket errors):\s*(.*)")


def run_wrk(conc: int, url: str, args: argparse.Namespace) -> dict[str, Any]:
    wrk = server.which("wrk")
    if wrk is None:
        return {"status": "skipped", "error": "wrk is not installed"}
    env = dict(os.environ, BENCH_REQUEST_BODY=str(HERE / "bodies" / "session_request.json"))
    target = f"{url}/v2/customer_sessions/s1"

    def cmd(seconds: float) -> list[str]:
        return [
            *server.pin(args.client_core),
            wrk,
            "-t1",
            f"-c{conc}",
            f"-d{max(1, round(seconds))}s",
            "-s",
            str(HERE / "wrk_put.lua"),
            target,
        ]

    run_measured(cmd(args.warmup), args.warmup + 30, env)  # warm-up, discarded
    code, out, err, rss = run_measured(cmd(args.duration), args.duration + 60, env)
    m = WRK_RPS.search(out)
    if code != 0 or not m:
        return {
            "status": "error",
            "error": f"wrk exited {code}: {(err or out).strip()[-300:]}",
            "peak_rss_mb": round(rss, 1),
        }
    bad = WRK_BAD.findall(out)
    total = WRK_TOTAL.search(out)
    return {
        "status": "error" if bad else "ok",
        "rps": float(m.group(1)),
        "requests": int(total.group(1)) if total else None,
        "elapsed_s": max(1, round(args.duration)),
        "errors": len(bad),
        "error": "; ".join(f"{k}: {v}" for k, v in bad) or None,
        "peak_rss_mb": round(rss, 1),
    }


# -------------------------------------------------------------------------------------- reporting


def machine_info(nginx: server.Nginx) -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for pkg in PACKAGES:
        try:
            versions[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            versions[pkg] = None
    wrk = server.which("wrk")
    wrk_version = None
    if wrk:
        out = subprocess.run([wrk, "-v"], capture_output=True, text=True)
        wrk_version = (
            (out.stdout or out.stderr).strip().splitlines()[0]
            if (out.stdout or out.stderr)
            else None
        )
    commit = (
        subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
        ).stdout.strip()
        or None
    )
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cpu_model": cpu,
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "packages": versions,
        "nginx": nginx.version(),
        "wrk": wrk_version,
        "git_commit": commit,
        "loadavg_at_start": os.getloadavg(),
    }


def reference_client(results: dict[str, dict[int, dict[str, Any]]]) -> str | None:
    for name in REFERENCE_ORDER:
        cells = results.get(name, {})
        if cells and all(c.get("status") == "ok" for c in cells.values()):
            return name
    return None


def add_ratios(results: dict[str, dict[int, dict[str, Any]]], ref: str | None) -> None:
    for cells in results.values():
        for conc, cell in cells.items():
            base = results.get(ref, {}).get(conc, {}) if ref else {}
            if cell.get("status") == "ok" and base.get("rps"):
                cell["ratio"] = round(cell["rps"] / base["rps"], 3)


def title(name: str) -> str:
    if name == "wrk":
        return "wrk (C, ceiling)"
    return importlib.import_module(f"benchmarks.clients.{name}").TITLE


def table(results: dict[str, dict[int, dict[str, Any]]], concs: list[int], ref: str | None) -> str:
    ref_title = title(ref) if ref else "n/a"
    head = ["client"] + [f"{c} in flight" for c in concs]
    lines = [
        f"requests/s (ratio to {ref_title})",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    for name, cells in results.items():
        row = [title(name)]
        for c in concs:
            cell = cells.get(c, {})
            if cell.get("status") == "ok":
                ratio = f" ({cell['ratio']:.2f}x)" if "ratio" in cell else ""
                starved = c >= 8 and cell.get("cpu_pct", 100) < CONTENDED_CPU_PCT
                row.append(f"{cell['rps']:,.0f}{ratio}{'*' if starved else ''}")
            else:
                row.append(cell.get("status", "-"))
        lines.append("| " + " | ".join(row) + " |")
    if "*" in "\n".join(lines[4:]):
        lines += [
            "",
            f"\\* the client process used < {CONTENDED_CPU_PCT}% of its core with 8+ in "
            "flight: other load on the machine (or a saturated server) held it back",
        ]
    lines += [
        "",
        "peak RSS of the client process, MB",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    for name, cells in results.items():
        row = [title(name)] + [
            f"{cells[c]['peak_rss_mb']:.0f}" if cells.get(c, {}).get("peak_rss_mb") else "-"
            for c in concs
        ]
        lines.append("| " + " | ".join(row) + " |")
    notes: dict[str, list[str]] = {}
    for name, cells in results.items():
        for c, cell in cells.items():
            if cell.get("status") != "ok":
                key = f"{title(name)}: {cell.get('status')}: {cell.get('error')}"
                notes.setdefault(key, []).append(str(c))
    if notes:
        lines.append("")
        lines += [f"- {key} (in flight: {', '.join(cs)})" for key, cs in notes.items()]
    return "\n".join(lines)


def chart(
    results: dict[str, dict[int, dict[str, Any]]],
    concs: list[int],
    meta: dict[str, Any],
    path: Path,
) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [
        n for n, cells in results.items() if any(c.get("status") == "ok" for c in cells.values())
    ]
    fig, ax = plt.subplots(figsize=(12, 6.5))
    width = 0.8 / max(1, len(names))
    for i, name in enumerate(names):
        xs, ys = [], []
        for j, c in enumerate(concs):
            cell = results[name].get(c, {})
            if cell.get("status") == "ok":
                xs.append(j - 0.4 + width * (i + 0.5))
                ys.append(cell["rps"])
        bars = ax.bar(xs, ys, width, label=title(name))
        for b, y in zip(bars, ys, strict=True):
            ax.annotate(
                f"{y:,.0f}",
                (b.get_x() + b.get_width() / 2, y),
                ha="center",
                va="bottom",
                fontsize=7,
                rotation=90,
                xytext=(0, 2),
                textcoords="offset points",
            )
    ax.set_yscale("log")
    ax.set_xticks(range(len(concs)), [f"{c} in flight" for c in concs])
    ax.set_ylabel("requests/s (log scale)")
    ax.set_title(
        f"PUT /v2/customer_sessions/{{id}}, 19 KB IntegrationStateV2 response\n"
        f"{meta['cpu_model']}, Python {meta['python']}, nginx and client on one core each, "
        f"{meta['date'][:10]}",
        fontsize=10,
    )
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.grid(axis="y", which="both", alpha=0.3)
    ax.set_ylim(top=ax.get_ylim()[1] * 3)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=130)
    plt.close(fig)


# -------------------------------------------------------------------------------------------- main


def _shown(path: Path) -> str:
    """A path as the results file records it: relative to the repository, never this machine's."""
    return (
        str(path.resolve().relative_to(ROOT)) if path.resolve().is_relative_to(ROOT) else path.name
    )


def _report(name: str, conc: int, res: dict[str, Any]) -> None:
    if res["status"] == "ok":
        print(
            f"  {name:14} c={conc:<4} {res['rps']:>10,.1f} req/s  "
            f"rss {res['peak_rss_mb']:6.1f} MB  cpu {res.get('cpu_pct', '-')}%",
            flush=True,
        )
        return
    print(f"  {name:14} c={conc:<4} {res['status'].upper()}: {res.get('error')}", flush=True)
    for line in res.get("stderr_tail", []):
        print(f"      {line}", flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    if not args.no_install:
        server.ensure_tools(("nginx", "wrk") if "wrk" in args.clients else ("nginx",))
    cores = len(os.sched_getaffinity(0))
    if cores < 2:
        print("warning: fewer than 2 cores available, not pinning nginx and clients", flush=True)
        args.server_core = args.client_core = None

    from . import make_bodies

    if make_bodies.main(["--check"]) != 0:
        print("the bodies are stale or invalid: run python benchmarks/make_bodies.py")
        return 1

    results: dict[str, dict[int, dict[str, Any]]] = {}
    with server.Nginx(core=args.server_core, port=args.port or None) as nginx:
        meta = machine_info(nginx)
        print(
            f"nginx {meta['nginx']} on {nginx.url} (core {args.server_core}); clients on core "
            f"{args.client_core}; {args.warmup:g} s warm-up + "
            f"{f'{args.requests} requests' if args.requests else f'{args.duration:g} s'} per cell",
            flush=True,
        )
        # Round-robin: every client is measured at each concurrency once per round, so a
        # burst of other work on the machine hits one round of each, not all of one client.
        rounds: dict[str, dict[int, list[dict[str, Any]]]] = {n: {} for n in args.clients}
        skipped: dict[str, dict[str, Any]] = {}
        for round_no in range(1, args.rounds + 1):
            if args.rounds > 1:
                print(f"round {round_no} of {args.rounds}", flush=True)
            for conc in args.concurrency:
                for name in args.clients:
                    if name in skipped:
                        continue
                    if name == "wrk":
                        res = run_wrk(conc, nginx.url, args)
                    else:
                        res = run_python(name, conc, nginx.url, args)
                    rounds[name].setdefault(conc, []).append(res)
                    _report(name, conc, res)
                    if res["status"] == "skipped":  # same reason at every concurrency
                        skipped[name] = res
        for name in args.clients:
            results[name] = {
                conc: median_cell(rounds[name][conc])
                if conc in rounds[name]
                else dict(skipped[name])
                for conc in args.concurrency
            }

    meta["loadavg_at_end"] = os.getloadavg()  # other work on the machine skews the numbers
    ref = reference_client(results)
    add_ratios(results, ref)
    text = table(results, args.concurrency, ref)
    print()
    print(text)
    settings = {k: (_shown(v) if isinstance(v, Path) else v) for k, v in vars(args).items()}
    doc = {
        "machine": meta,
        "settings": settings,
        "command": "make bench-smoke" if args.smoke else "make bench",
        "argv": sys.argv[1:] if argv is None else argv,
        "scenario": {
            "request": "PUT /v2/customer_sessions/s1 with benchmarks/bodies/session_request.json",
            "response_bytes": (HERE / "bodies" / "integration_state_19k.json").stat().st_size,
            "consumption": "decoding clients: the typed state, then effect.effect_type and "
            "effect.props of every effect; raw clients: json.loads, then "
            "effect['effectType'] and effect['props'] of every effect",
        },
        "reference": ref,
        "results": [
            {"client": name, "title": title(name), "concurrency": conc, **cell}
            for name, cells in results.items()
            for conc, cell in cells.items()
        ],
        "table_markdown": text,
        "wall_seconds": round(time.monotonic() - started, 1),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, indent=2) + "\n")
    print(f"\nwrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    if not args.no_chart:
        chart(results, args.concurrency, meta, args.chart)
        print(
            f"wrote {args.chart.relative_to(ROOT) if args.chart.is_relative_to(ROOT) else args.chart}"
        )
    print(f"done in {time.monotonic() - started:.0f} s")

    statuses = [c.get("status") for cells in results.values() for c in cells.values()]
    if "error" in statuses:
        print("FAILED: at least one client errored (see above)")
        return 1
    if args.strict and "skipped" in statuses:
        print("FAILED (--strict): at least one client was skipped")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
