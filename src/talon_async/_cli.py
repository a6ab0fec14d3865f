"""Command line: ``python -m talon_async batch {profiles,events,audiences} FILE``.

Input lines (JSONL, one object per line):

- profiles:  ``{"integrationId": "p1", "attributes": {...}}``            key: integrationId
- events:    ``{"profileId": "p1", "type": "app_opened", "attributes": {...}}``  key: profileId
- audiences: ``{"profileIntegrationId": "p1", "audienceId": 7, "action": "add"}``

CSV and Parquet inputs (``--format`` or the extension) give the same objects by column name
(``batch/_inputs.py``).

Exit status: 0 every record succeeded, 1 some failed (see ``--dead-letter``), 2 bad usage or
a file that cannot be used (one line on stderr), 130/143 interrupted by SIGINT/SIGTERM: reading
stops, calls in flight get ``--grace`` seconds to finish and are journaled, the summary says
``"interrupted": true`` (resume with the same ``--checkpoint``). A one-line JSON summary goes to
stdout. The API key comes from ``TALON_API_KEY`` only, never from an argument, so it does not
show in ``ps`` or shell history.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import re
import signal
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .batch._inputs import FORMATS, input_format
from .batch._job import Job, JobConfig, JobFileError, JobOperation, JobSummary, Record
from .batch._keys import Shard, ShardError
from .batch._rate import AdaptiveRate
from .batch._storage import parse_location

if TYPE_CHECKING:
    from ._client import TalonClient
    from ._options import Timeouts

__all__ = ["build_parser", "main"]

_DEFAULT_CONCURRENCY = {"per_item": 64, "bulk": 4}


@dataclass(frozen=True, slots=True)
class _AutoShard:
    """``--shard auto`` / ``auto/N``: resolved from the job array's environment in main()."""

    count: int | None = None


def _shard(text: str) -> Shard | _AutoShard:
    if text == "auto":
        return _AutoShard()
    if text.startswith("auto/"):
        count = text.removeprefix("auto/")
        if not re.fullmatch(r"[0-9]{1,9}", count) or int(count) < 1:
            raise argparse.ArgumentTypeError(f"auto/N needs N >= 1 tasks, got {text!r}")
        return _AutoShard(int(count))
    try:
        return Shard.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _location(text: str) -> Path | str:
    """A local path (or ``file://`` URL), or a validated ``s3://``/``gs://`` URL (kept as text)."""
    try:
        where = parse_location(text, "location")
    except JobFileError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return where if isinstance(where, Path) else where.url


_SCHEDULER = re.compile(
    r"(tcp|tls)://[A-Za-z0-9.-]{1,253}:[0-9]{1,5}|[A-Za-z0-9.-]{1,253}:[0-9]{1,5}"
)


def _scheduler(text: str) -> str:
    """A Dask scheduler address: ``[tcp://|tls://]host:port``."""
    if not _SCHEDULER.fullmatch(text):
        raise argparse.ArgumentTypeError(f"expected [tcp://|tls://]HOST:PORT, got {text!r}")
    return text


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {value}")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"must be a number > 0, got {text}")
    return value


def _non_negative_float(text: str) -> float:
    value = float(text)
    if not (math.isfinite(value) and value >= 0):
        raise argparse.ArgumentTypeError(f"must be a number >= 0, got {text}")
    return value


def _rate(text: str) -> float | str:
    """``auto`` (adapt to the server's 429s) or a fixed number of requests per second."""
    return "auto" if text == "auto" else _positive_float(text)


def _variable(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name, value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m talon_async", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--version", action="version", version=f"talon-async {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    batch = commands.add_parser("batch", help="send a JSONL file through the Integration API")
    kinds = batch.add_subparsers(dest="kind", required=True)
    helps = {
        "profiles": "update customer profiles (update_customer_profile_v2, or the bulk endpoint)",
        "events": "track custom events (track_event_v2), serialised per profileId",
        "audiences": "change audience memberships (update_customer_profile_audiences, chunked)",
    }
    for kind, help_text in helps.items():
        sub = kinds.add_parser(kind, help=help_text, description=help_text)
        sub.add_argument(
            "file",
            type=_location,
            metavar="FILE",
            help="a path, or an fsspec URL: file://, s3://bucket/key, gs://bucket/key",
        )
        sub.add_argument(
            "--format",
            choices=FORMATS,
            help="input format (default: by extension: .csv, .parquet/.pq, else JSONL); "
            "CSV and Parquet columns map to fields by name, see the README",
        )
        sub.add_argument(
            "--concurrency",
            type=_positive_int,
            help="requests in flight (default 64; 4 for chunked requests)",
        )
        sub.add_argument(
            "--rate",
            type=_rate,
            metavar="auto|N",
            help="requests per second: N holds a fixed rate; 'auto' sends unpaced until the "
            "server answers 429, then adapts one shared rate to its limit (default: unpaced)",
        )
        sub.add_argument(
            "--max-rate",
            type=_positive_float,
            metavar="N",
            help="ceiling for --rate auto, in requests per second",
        )
        sub.add_argument(
            "--progress",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="progress bar on stderr (default: when stderr is a terminal)",
        )
        sub.add_argument(
            "--dead-letter",
            type=_location,
            metavar="PATH|URL",
            help="JSONL of failed lines (an s3:// or gs:// URL is a prefix of JSONL segments)",
        )
        sub.add_argument(
            "--checkpoint",
            type=_location,
            metavar="PATH|URL",
            help="record successes here and skip them when run again (only a file this "
            "tool wrote, or a new one, is accepted; an s3:// or gs:// URL is a prefix of "
            "segment objects flushed every 256 outcomes or second)",
        )
        sub.add_argument(
            "--timeout",
            type=_positive_float,
            metavar="SECONDS",
            help="deadline of each call, retries included, and the longest any one phase "
            "(connect, read, ...) may wait (default: the client's, 15 s total)",
        )
        sub.add_argument(
            "--grace",
            type=_non_negative_float,
            metavar="SECONDS",
            help="on SIGINT/SIGTERM, how long calls in flight may take to finish before they "
            "are cut off (default: the call deadline; a second signal stops at once)",
        )
        sub.add_argument(
            "--shard",
            type=_shard,
            default=Shard(),
            metavar="I/N|auto[/N]",
            help="process only shard I of N (0-based), split by entity key; 'auto' takes I "
            "(and N on Cloud Run) from the job array: JOB_COMPLETION_INDEX (Kubernetes), "
            "CLOUD_RUN_TASK_INDEX/COUNT, AWS_BATCH_JOB_ARRAY_INDEX; 'auto/N' gives N (the "
            "completions or array size)",
        )
        sub.add_argument(
            "--dask",
            type=_scheduler,
            metavar="SCHEDULER_ADDRESS",
            help="run over a Dask cluster: the file is split into --partitions byte ranges, "
            "each run by a worker (TALON_API_KEY from the workers' environment) with its "
            "share of --rate N or --max-rate; --checkpoint names a directory or URL prefix "
            "every worker reaches, holding each partition's checkpoint and dead letter (run "
            "again with it to resume); --dead-letter gets them merged, in input order",
        )
        sub.add_argument(
            "--partitions",
            type=_positive_int,
            metavar="N",
            help="with --dask: byte ranges to split the file into (default: 2 per worker "
            "thread, 1 with --rate auto)",
        )
        sub.add_argument("--base-url", help="API base URL (overrides the server table)")
        sub.add_argument("--server-index", type=int, help="server of the spec's table to use")
        sub.add_argument(
            "--server-variable",
            type=_variable,
            action="append",
            default=[],
            metavar="NAME=VALUE",
            help="server variable, e.g. subdomain=acme (repeatable)",
        )
        if kind == "profiles":
            sub.add_argument(
                "--bulk",
                action="store_true",
                help="use update_customer_profiles_v2 (up to --chunk-size profiles per request)",
            )
        if kind == "events":
            sub.add_argument(
                "--idempotency-keys",
                action="store_true",
                help="send Idempotency-Key JOBID-LINE-SHA256(line)[:32], JOBID random per "
                "job and kept in the checkpoint (so this needs --checkpoint): a resumed run "
                "sends the same keys, so a server that deduplicates on them sees a resent "
                "event once; no two lines or jobs share a key. It also lets the client "
                "retry these POSTs",
            )
        if kind in ("profiles", "audiences"):
            sub.add_argument(
                "--chunk-size",
                type=_positive_int,
                default=1000,
                help="items per bulk request (max 1000; default 1000)",
            )
    return parser


def _operation(kind: str, talon: TalonClient, args: argparse.Namespace, job: Job) -> JobOperation:
    """Map a kind of line to facade calls; model building errors fail only that line."""
    from .models import (
        CustomerProfileAudienceRequest,
        CustomerProfileAudienceRequestItem,
        CustomerProfileIntegrationRequestV2,
        IntegrationEventV2Request,
        MultipleCustomerProfileIntegrationRequest,
        MultipleCustomerProfileIntegrationRequestItem,
    )

    if kind == "profiles" and not args.bulk:

        async def update_profile(record: Record) -> object:
            data = dict(record.data)
            integration_id = data.pop("integrationId")
            body = CustomerProfileIntegrationRequestV2.from_dict(data)
            return await talon.customer_profiles.update_customer_profile_v2(integration_id, body)

        return JobOperation(call=update_profile)
    if kind == "profiles":

        async def update_profiles(items: list[Any]) -> None:
            body = MultipleCustomerProfileIntegrationRequest(customer_profiles=items)
            await talon.customer_profiles.update_customer_profiles_v2(body)

        return JobOperation(
            send_chunk=update_profiles,
            prepare=lambda r: MultipleCustomerProfileIntegrationRequestItem.from_dict(r.data),
            chunk_size=args.chunk_size,
        )
    if kind == "events":
        with_keys = args.idempotency_keys

        async def track_event(record: Record) -> object:
            body = IntegrationEventV2Request.from_dict(record.data)
            if with_keys:  # the same line gets the same key in every run that resumes
                return await talon.events.track_event_v2(
                    body, idempotency_key=job.idempotency_key(record)
                )
            return await talon.events.track_event_v2(body)

        return JobOperation(call=track_event)

    async def update_audiences(items: list[Any]) -> None:
        await talon.audiences.update_customer_profile_audiences(
            CustomerProfileAudienceRequest(data=items)
        )

    return JobOperation(
        send_chunk=update_audiences,
        prepare=lambda r: CustomerProfileAudienceRequestItem.from_dict(r.data),
        chunk_size=args.chunk_size,
        distinct=lambda r: (r.key, r.data.get("audienceId")),
    )


def _timeouts(seconds: float | None) -> Timeouts:
    """``--timeout``: one number for a batch job, where throughput matters, not latency."""
    from ._options import Timeouts

    if seconds is None:
        return Timeouts()
    return Timeouts(connect=seconds, read=seconds, write=seconds, pool=seconds, total=seconds)


async def _run_batch(args: argparse.Namespace) -> int:
    from ._client import TalonClient  # lazy: --help and argument errors stay instant

    bulk = args.kind == "audiences" or getattr(args, "bulk", False)
    concurrency = args.concurrency or _DEFAULT_CONCURRENCY["bulk" if bulk else "per_item"]
    progress = args.progress if args.progress is not None else sys.stderr.isatty()
    config = JobConfig(
        kind=args.kind,
        input=args.file,
        concurrency=concurrency,
        rate=AdaptiveRate(max_rate=args.max_rate) if args.rate == "auto" else args.rate,
        progress=progress,
        shard=args.shard,
        checkpoint=args.checkpoint,
        dead_letter=args.dead_letter,
        format=args.format,
    )
    client_options: dict[str, Any] = {"max_connections": max(concurrency, 10)}
    timeouts = _timeouts(args.timeout)
    client_options["timeout"] = timeouts
    if args.base_url:
        client_options["base_url"] = args.base_url
    if args.server_index is not None:
        client_options["server_index"] = args.server_index
    if args.server_variable:
        client_options["server_variables"] = dict(args.server_variable)
    with Job(config) as job:  # every file problem is raised here, before a request is sent
        try:
            talon = TalonClient(os.environ.get("TALON_API_KEY"), **client_options)
        except ValueError as exc:  # a refused --base-url, --server-index or --server-variable
            print(f"error: {exc}", file=sys.stderr)
            return 2
        async with talon:
            summary, signum = await _run_until_signalled(
                job,
                _operation(args.kind, talon, args, job),
                args.grace if args.grace is not None else timeouts.total,
            )
    print(json.dumps(summary.as_dict()), flush=True)
    if summary.failed:
        where = f"; see {args.dead_letter}" if args.dead_letter else ""
        print(f"{summary.failed} record(s) failed{where}", file=sys.stderr)
    if signum is not None:
        resume = "; run again with the same --checkpoint to resume" if args.checkpoint else ""
        print(f"interrupted{resume}", file=sys.stderr)
        return 128 + signum
    return 1 if summary.failed else 0


async def _run_until_signalled(
    job: Job, operation: JobOperation, grace: float
) -> tuple[JobSummary, int | None]:
    """Run the job; SIGINT/SIGTERM stop it gracefully (``job.stop()``), cut off the calls
    still in flight after ``grace`` seconds or at a second signal, and return its summary."""
    loop = asyncio.get_running_loop()
    run = asyncio.ensure_future(job.run(operation))
    received: list[int] = []
    timers: list[asyncio.TimerHandle] = []

    def on_signal(signum: int) -> None:
        if received:
            run.cancel()
            return
        received.append(signum)
        job.stop()
        timers.append(loop.call_later(grace, run.cancel))
        print(
            f"stopping: no new calls; calls in flight get {grace:g}s to finish "
            "(signal again to stop now)",
            file=sys.stderr,
            flush=True,
        )

    signals = (signal.SIGINT, signal.SIGTERM)
    for signum in signals:
        loop.add_signal_handler(signum, on_signal, signum)
    try:
        summary = await run
    except asyncio.CancelledError:
        task = asyncio.current_task()
        if not received or (task is not None and task.cancelling()):
            raise
        summary = job.summary  # cut off after the grace period: what was journaled counts
    finally:
        for signum in signals:
            loop.remove_signal_handler(signum)
        for timer in timers:
            timer.cancel()
        if not run.done():
            run.cancel()
            await asyncio.wait([run])
    return summary, received[0] if received else None


def _run_dask(args: argparse.Namespace) -> int:
    """``--dask``: the job over a cluster; one exact JSON summary from the journals."""
    from .batch._dask import run_on_dask

    bulk = args.kind == "audiences" or getattr(args, "bulk", False)
    client_options: dict[str, Any] = {"timeout": _timeouts(args.timeout)}
    if args.base_url:
        client_options["base_url"] = args.base_url
    if args.server_index is not None:
        client_options["server_index"] = args.server_index
    if args.server_variable:
        client_options["server_variables"] = dict(args.server_variable)
    summary = run_on_dask(
        args.dask,
        args.kind,
        args.file,
        args.checkpoint,
        partitions=args.partitions,
        format=args.format,
        concurrency=args.concurrency or _DEFAULT_CONCURRENCY["bulk" if bulk else "per_item"],
        rate=args.rate,
        max_rate=args.max_rate,
        dead_letter=args.dead_letter,
        client_options=client_options,
        operation_options={
            name: getattr(args, name)
            for name in ("bulk", "chunk_size", "idempotency_keys")
            if hasattr(args, name)
        },
    )
    print(json.dumps(summary.as_dict()), flush=True)
    if summary.failed:
        where = args.dead_letter or f"the partitions' dead letters under {args.checkpoint}"
        print(f"{summary.failed} record(s) failed; see {where}", file=sys.stderr)
    return 1 if summary.failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command != "batch":  # pragma: no cover - only one command so far
        parser.error(f"unknown command {args.command}")
    if isinstance(args.file, Path) and not args.file.is_file():
        parser.error(f"{args.file}: no such file")
    if getattr(args, "idempotency_keys", False) and args.checkpoint is None:
        parser.error(
            "--idempotency-keys needs --checkpoint: the checkpoint keeps the job id that "
            "makes a resumed run send the same keys"
        )
    if args.max_rate is not None and args.rate != "auto":
        parser.error("--max-rate is the ceiling of --rate auto; with --rate N, N is the ceiling")
    if args.dask is not None:
        if input_format(str(args.file), args.format) != "jsonl":
            parser.error(
                "--dask splits the input into byte ranges at line starts, which only JSONL "
                "has: convert the file to JSONL or drop --dask"
            )
        if args.checkpoint is None:
            parser.error("--dask needs --checkpoint DIR|URL: the partitions' shared journal")
        if args.shard != Shard():
            parser.error("--dask splits the input into partitions itself: drop --shard")
        try:
            return _run_dask(args)
        except JobFileError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    elif args.partitions is not None:
        parser.error("--partitions is for --dask")
    if not os.environ.get("TALON_API_KEY"):
        parser.error("set TALON_API_KEY in the environment")
    if isinstance(args.shard, _AutoShard):
        try:
            args.shard = Shard.from_environment(os.environ, args.shard.count)
        except ShardError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    try:
        return asyncio.run(_run_batch(args))
    except KeyboardInterrupt:  # before the job installed its handlers
        print("interrupted", file=sys.stderr)
        return 130
    except JobFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
