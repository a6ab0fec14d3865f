"""Cold start: `import talon_async` against importing its runtime dependencies alone.

A CLI run or a serverless cold start pays the import every time. Each sample is a fresh
interpreter that times one import statement (interpreter start-up excluded, bytecode already
compiled), in wall time and in CPU time (which other processes on a busy machine disturb
less); the two statements alternate so a busy machine slows both alike.

- talon_async: `import talon_async`
- dependencies: every third-party module that `import talon_async` loads (httpx, aiohttp,
  orjson, attrs, dateutil, ... as actually imported, found in a probe process), imported in
  the same order, without talon_async or the generated package.

    python -m benchmarks.cold_start                 # 40 samples each, medians and the ratio
    python -m benchmarks.cold_start --runs 100 --max-ratio 1.5   # exit 1 above the goal (wall)
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OURS = ("talon_async", "talon_one_raw")

_PROBE = """
import sys
before = set(sys.modules)
import talon_async
stdlib = sys.stdlib_module_names
print("\\n".join(
    name for name in sys.modules
    if name not in before
    and getattr(sys.modules[name], "__spec__", None) is not None
    and name.partition(".")[0] not in stdlib
    and name.partition(".")[0] not in {ours!r}
))
"""

_TIMED = """
import time
started, cpu = time.perf_counter(), time.process_time()
{statement}
print(time.perf_counter() - started, time.process_time() - cpu)
"""


def dependency_modules() -> list[str]:
    """The third-party modules `import talon_async` loads, in the order they were loaded."""
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(ours=set(OURS))],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [line for line in out.splitlines() if line]


def time_import(statement: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one import statement in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", _TIMED.format(statement=statement)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    wall, cpu = out.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def measure(runs: int) -> dict[str, object]:
    deps = dependency_modules()
    statements = {
        "talon_async": "import talon_async",
        "dependencies": f"import importlib\nfor name in {deps!r}:\n    importlib.import_module(name)",
    }
    for statement in statements.values():  # compile bytecode, warm the page cache
        time_import(statement)
    wall: dict[str, list[float]] = {name: [] for name in statements}
    cpu: dict[str, list[float]] = {name: [] for name in statements}
    for _ in range(runs):
        for name, statement in statements.items():
            seconds, cpu_seconds = time_import(statement)
            wall[name].append(seconds)
            cpu[name].append(cpu_seconds)
    medians = {name: statistics.median(values) for name, values in wall.items()}
    cpu_medians = {name: statistics.median(values) for name, values in cpu.items()}
    return {
        "runs": runs,
        "median_s": medians,
        "median_cpu_s": cpu_medians,
        "ratio": medians["talon_async"] / medians["dependencies"],
        "cpu_ratio": cpu_medians["talon_async"] / cpu_medians["dependencies"],
        "dependencies": sorted({name.partition(".")[0] for name in deps}),
        "dependency_modules": len(deps),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--runs", type=int, default=40, help="fresh processes per statement")
    p.add_argument("--max-ratio", type=float, default=None, help="exit 1 when the ratio is above")
    p.add_argument("--out", type=Path, default=HERE / "results" / "cold_start.json")
    args = p.parse_args(argv)
    result = measure(args.runs)
    wall, cpu = result["median_s"], result["median_cpu_s"]
    assert isinstance(wall, dict) and isinstance(cpu, dict)
    print(f"cold import, median of {args.runs} fresh processes each (wall / CPU time):")
    for label, name in (
        ("dependencies alone", "dependencies"),
        ("import talon_async", "talon_async"),
    ):
        print(f"  {label:20s} {wall[name] * 1000:7.1f} ms / {cpu[name] * 1000:7.1f} ms")
    print(
        f"  ratio                {result['ratio']:7.2f}x / {result['cpu_ratio']:5.2f}x"
        "   (goal: at most 1.5x)"
    )
    print(f"  dependencies: {', '.join(result['dependencies'])}")  # type: ignore[arg-type]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    if args.max_ratio is not None and result["ratio"] > args.max_ratio:  # type: ignore[operator]
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
