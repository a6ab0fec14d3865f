"""Peak RSS of a batch job over 100,000 and 1,000,000 records, JSONL and Parquet, 256 in flight.

    python -m benchmarks.batch_memory                    # 100,000 and 1,000,000, both formats
    python -m benchmarks.batch_memory --sizes 10000,100000 --parallel 1

Each measurement is ``tests/batch/memory_probe.py N {job,parquet} rss INPUT`` in a fresh
interpreter: the CLI's engine (``run_job``: reader, shard and checkpoint filters, runner,
checkpoint and dead-letter writes) against an in-process fake call that takes one trip through
the event loop and answers at once (no HTTP: a server would only make the run slower, and what
grows with the input is the job's side). The probe reports VmHWM, the process's peak RSS. The
inputs are written here first, so writing them does not count. Goal (issue 13): under 150 MB
and flat from 100,000 to 1,000,000. Writes ``results/batch_memory.json``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
PROBE = HERE.parent / "tests" / "batch" / "memory_probe.py"
MIB = 1 << 20
GOAL_MIB = 150
MODES = {"jsonl": "job", "parquet": "parquet"}


def write_inputs(sizes: list[int], workdir: Path) -> dict[tuple[str, int], Path]:
    """One input per (format, size), written by the probe's own writer in a child process."""
    paths = {(fmt, n): workdir / f"profiles-{n}.{fmt}" for fmt in MODES for n in sizes}
    script = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
        "from memory_probe import write_input; write_input(int(sys.argv[2]), Path(sys.argv[3]))"
    )
    for (_, n), path in paths.items():
        subprocess.run(
            [sys.executable, "-c", script, str(PROBE.parent), str(n), str(path)], check=True
        )
    return paths


def measure(mode: str, n: int, source: Path) -> tuple[int, float]:
    """Peak RSS in bytes and wall time of one probe run."""
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, str(PROBE), str(n), mode, "rss", str(source)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return int(out), time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated record counts")
    parser.add_argument(
        "--parallel",
        type=int,
        default=2,
        help="probes at once (RSS does not depend on CPU share; default 2)",
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        print(f"writing inputs ({', '.join(f'{n:,}' for n in sizes)} records) ...", flush=True)
        paths = write_inputs(sizes, Path(tmp))
        cells = [(fmt, n) for fmt in MODES for n in sizes]
        with ThreadPoolExecutor(args.parallel) as pool:
            runs = pool.map(lambda c: measure(MODES[c[0]], c[1], paths[c]), cells)
            figures = dict(zip(cells, runs, strict=True))
    rows = []
    print(f"\n{'format':<8} {'records':>10} {'peak RSS':>10} {'wall':>8}")
    for (fmt, n), (rss, wall) in figures.items():
        print(f"{fmt:<8} {n:>10,} {rss / MIB:>7.1f} MiB {wall:>7.1f}s")
        rows.append({"format": fmt, "records": n, "peak_rss_bytes": rss, "wall_s": round(wall, 1)})
    verdicts = []
    for fmt in MODES:
        peaks = [figures[fmt, n][0] for n in sizes]
        growth = max(peaks) / min(peaks)
        ok = max(peaks) < GOAL_MIB * MIB and growth <= 1.10
        verdicts.append(ok)
        print(
            f"{fmt}: largest/smallest peak {growth:.2f}x, max {max(peaks) / MIB:.1f} MiB "
            f"(goal < {GOAL_MIB} MiB, flat): {'met' if ok else 'NOT met'}"
        )
    RESULTS.mkdir(exist_ok=True)
    report = {"concurrency": 256, "goal_mib": GOAL_MIB, "runs": rows, "goal_met": all(verdicts)}
    (RESULTS / "batch_memory.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
