"""What the OpenTelemetry hooks cost per call, with and without an SDK configured.

Times sequential `update_customer_session_v2` calls through TalonClient (the 19 KB state of
`make bench`, every effect's type and props read) on an in-process transport, so the
pipeline's own CPU time is all that is measured: no sockets, no server.

Each row is a fresh process that sets up one situation and then alternates batches of calls
between two clients (ABBA order): one as shipped, and one with the hooks taken out (the call
wrapper replaced by the bare pipeline, the attempt hooks by functions that do nothing). The
ratio is the median over pairs of batches, in CPU time, so a busy machine slows both alike.

- no SDK, OTel not imported: the default for most users
- no SDK, opentelemetry-api imported: another library imported it, no provider is set
- SDK: a TracerProvider whose exporter drops the spans, a MeterProvider with an in-memory
  reader (what recording spans and metrics costs when it is on)

    python -m benchmarks.otel_overhead                  # 3 processes per row, 20 pairs of 200
    python -m benchmarks.otel_overhead --rounds 5 --pairs 40
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BODY = (HERE / "bodies" / "integration_state_19k.json").read_bytes()
ROWS = {
    "not-imported": "no SDK, OTel not imported",
    "api-no-sdk": "no SDK, opentelemetry-api imported",
    "sdk": "SDK configured (spans dropped)",
}


def _prepare(mode: str) -> None:
    if mode == "api-no-sdk":
        import opentelemetry.metrics
        import opentelemetry.trace  # noqa: F401
    elif mode == "sdk":
        from opentelemetry import metrics, trace
        from opentelemetry.sdk.metrics import MeterProvider
        from opentelemetry.sdk.metrics.export import InMemoryMetricReader
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import (
            SimpleSpanProcessor,
            SpanExporter,
            SpanExportResult,
        )

        class Discard(SpanExporter):  # keeping every span would measure the GC, not tracing
            def export(self, spans: Any) -> SpanExportResult:
                return SpanExportResult.SUCCESS

        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(Discard()))
        trace.set_tracer_provider(provider)
        metrics.set_meter_provider(MeterProvider(metric_readers=[InMemoryMetricReader()]))


class _Hooks:
    """Swaps talon_async._otel's attempt hooks for do-nothing functions, and back."""

    def __init__(self) -> None:
        from talon_async import _otel

        self.module = _otel
        self.shipped = {
            name: getattr(_otel, name) for name in ("attempt_started", "attempt_ended", "retrying")
        }
        self.bare: dict[str, Any] = {
            "attempt_started": lambda request, attempt: None,
            "attempt_ended": lambda attempt, response, error: None,
            "retrying": lambda reason: None,
        }

    def use(self, shipped: bool) -> None:
        for name, function in (self.shipped if shipped else self.bare).items():
            setattr(self.module, name, function)


async def _paired(pairs: int, batch: int) -> tuple[list[float], list[float]]:
    """Per-call CPU seconds of (shipped, without hooks) batches, alternating ABBA."""
    import httpx

    from talon_async import RetryPolicy, TalonClient, _otel, models

    class Canned(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, content=BODY, headers={"content-type": "application/json"})

    def client() -> TalonClient:
        return TalonClient(
            "bench-key", base_url="http://127.0.0.1:9", transport=Canned(), retry=RetryPolicy()
        )

    shipped_client = client()
    traced = _otel.traced
    _otel.traced = lambda talon: talon._call  # type: ignore[assignment]
    bare_client = client()
    _otel.traced = traced
    hooks = _Hooks()
    request = models.IntegrationRequest(
        customer_session=models.NewCustomerSessionV2(profile_id="customer-1")
    )

    async def run(talon: TalonClient, shipped: bool) -> float:
        hooks.use(shipped)
        started = time.process_time()
        for _ in range(batch):
            state = await talon.customer_sessions.update_customer_session_v2("s-1", request)
            for effect in state.effects:
                _ = (effect.effect_type, effect.props)
        return (time.process_time() - started) / batch

    await run(shipped_client, True)  # warm-up: compiled decoders, caches
    await run(bare_client, False)
    shipped: list[float] = []
    bare: list[float] = []
    for i in range(pairs):
        if i % 2:
            shipped.append(await run(shipped_client, True))
            bare.append(await run(bare_client, False))
        else:
            bare.append(await run(bare_client, False))
            shipped.append(await run(shipped_client, True))
    await shipped_client.aclose()
    await bare_client.aclose()
    return shipped, bare


def worker(mode: str, pairs: int, batch: int) -> None:
    _prepare(mode)
    shipped, bare = asyncio.run(_paired(pairs, batch))
    print(json.dumps({"shipped": shipped, "bare": bare}))


def available(mode: str) -> bool:
    if mode == "api-no-sdk":
        return importlib.util.find_spec("opentelemetry") is not None
    if mode == "sdk":
        return importlib.util.find_spec("opentelemetry.sdk") is not None
    return True


def measure(rounds: int, pairs: int, batch: int) -> dict[str, Any]:
    result: dict[str, Any] = {"rounds": rounds, "pairs": pairs, "batch": batch, "rows": {}}
    for mode in ROWS:
        if not available(mode):
            result["rows"][mode] = None
            continue
        ratios: list[float] = []
        shipped: list[float] = []
        bare: list[float] = []
        for _ in range(rounds):
            cmd = [sys.executable, "-m", "benchmarks.otel_overhead", "--worker", mode]
            cmd += ["--pairs", str(pairs), "--batch", str(batch)]
            out = subprocess.run(
                cmd, check=True, capture_output=True, text=True, cwd=HERE.parent
            ).stdout
            data = json.loads(out.strip().splitlines()[-1])
            shipped += data["shipped"]
            bare += data["bare"]
            ratios += [s / b for s, b in zip(data["shipped"], data["bare"], strict=True)]
        result["rows"][mode] = {
            "us_per_call": statistics.median(shipped) * 1e6,
            "us_per_call_without_hooks": statistics.median(bare) * 1e6,
            "ratio": statistics.median(ratios),
        }
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--rounds", type=int, default=3, help="fresh processes per row")
    p.add_argument("--pairs", type=int, default=20, help="pairs of batches per process")
    p.add_argument("--batch", type=int, default=200, help="calls per batch")
    p.add_argument("--worker", choices=list(ROWS), help=argparse.SUPPRESS)
    p.add_argument("--out", type=Path, default=HERE / "results" / "otel_overhead.json")
    args = p.parse_args(argv)
    if args.worker:
        worker(args.worker, args.pairs, args.batch)
        return 0
    result = measure(args.rounds, args.pairs, args.batch)
    print(
        f"OpenTelemetry hooks: CPU per call, as shipped vs without the hooks "
        f"(median of {args.rounds} processes x {args.pairs} pairs of {args.batch} calls):"
    )
    for mode, row in result["rows"].items():
        if row is None:
            print(f"  {ROWS[mode]:36s} skipped: opentelemetry (sdk) not installed")
            continue
        print(
            f"  {ROWS[mode]:36s} {row['us_per_call']:6.1f} us vs "
            f"{row['us_per_call_without_hooks']:6.1f} us   {row['ratio']:.3f}x"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
