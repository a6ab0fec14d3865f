"""OpenTelemetry traces and metrics for every call, through opentelemetry-api's global providers.

Install `talon-async[otel]` and configure an SDK the usual way; nothing here needs setting up.
Per call: a span named after the operation (`updateCustomerSessionV2`) with the server, the
final status, the number of attempts, the retry reasons and the error class; under it one
CLIENT span per attempt following the HTTP client semantic conventions, whose context is
injected into the request's headers with the global propagator. Metrics: call duration,
attempts per call, retries by reason, `http.client.request.duration` per attempt, and each
client's retry budget level.

Privacy, as in our logs: URLs are recorded as the path template (`url.template`), never with
the IDs in the path or the query (so `url.full` is left out), and never a body or the key.

Cost when no SDK is configured: while opentelemetry is not imported, each hook is a dict or
ContextVar lookup; once something imported it but set no provider, a call adds the two
providers' look-ups (1-5 us, within the noise of `python -m benchmarks.otel_overhead`).
opentelemetry itself is never imported here before a provider is set.
"""

from __future__ import annotations

import sys
import time
import weakref
from collections.abc import Awaitable, Callable, Iterable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from ._meta import Operation, operation

if TYPE_CHECKING:
    import httpx

    from ._client import TalonClient

__all__ = ["attempt_ended", "attempt_started", "retrying", "traced"]

Invoke = Callable[
    [str, Callable[[], dict[str, Any]], tuple[Any, ...], dict[str, Any]], Awaitable[Any]
]
SCOPE = "talon_async"
# Semantic conventions' advice for HTTP durations, in seconds.
DURATION_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10)
_NOT_CONFIGURED = frozenset(
    {"ProxyTracerProvider", "NoOpTracerProvider", "_ProxyMeterProvider", "NoOpMeterProvider"}
)


class _Instruments:
    """The tracer and instruments, made once a real provider is set (then kept: global
    providers can be set only once, and ours are proxies that follow a later one)."""

    def __init__(self) -> None:
        from opentelemetry import context, metrics, propagate, trace

        self.context = context
        self.trace = trace
        self.inject = propagate.inject
        self.tracer = trace.get_tracer(SCOPE)
        meter = metrics.get_meter(SCOPE)
        self.call_duration = meter.create_histogram(
            "talon.client.call.duration",
            unit="s",
            description="Duration of Talon.One calls, retries and waits included.",
            explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
        )
        self.call_attempts = meter.create_histogram(
            "talon.client.call.attempts",
            unit="{attempt}",
            description="Attempts a call took (1 when it was not retried).",
            explicit_bucket_boundaries_advisory=(1, 2, 3, 4, 5, 10),
        )
        self.retries = meter.create_counter(
            "talon.client.retries",
            unit="{retry}",
            description="Attempts repeated, by the reason they were repeated.",
        )
        self.request_duration = meter.create_histogram(
            "http.client.request.duration",
            unit="s",
            description="Duration of HTTP client requests (one per attempt).",
            explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
        )
        meter.create_observable_gauge(
            "talon.client.retry_budget.tokens",
            callbacks=[_observe_budgets],
            unit="{token}",
            description="Tokens left in each client's retry budget.",
        )


_instruments: _Instruments | None = None
_current: ContextVar[_Call | None] = ContextVar("talon_async_otel_call", default=None)
_clients: weakref.WeakSet[TalonClient] = weakref.WeakSet()


def _configured() -> _Instruments | None:
    """The instruments once a real tracer or meter provider is set, else None (cheaply)."""
    global _instruments
    if _instruments is not None:
        return _instruments
    trace = sys.modules.get("opentelemetry.trace")
    metrics = sys.modules.get("opentelemetry.metrics")
    if (trace is None or type(trace.get_tracer_provider()).__name__ in _NOT_CONFIGURED) and (
        metrics is None or type(metrics.get_meter_provider()).__name__ in _NOT_CONFIGURED
    ):
        return None
    _instruments = _Instruments()
    return _instruments


def _observe_budgets(_options: Any) -> Iterable[Any]:
    from opentelemetry.metrics import Observation

    for client in list(_clients):
        if not client._closed:
            yield Observation(client.retry_budget.tokens, {"talon.client": client._describe_base})


def traced(client: TalonClient) -> Invoke:
    """The client's call pipeline, in a span and measured when an SDK is configured."""
    call = client._call
    _clients.add(client)

    async def invoke(
        op_key: str,
        build_kwargs: Callable[[], dict[str, Any]],
        path_args: tuple[Any, ...],
        options: dict[str, Any],
    ) -> Any:
        instruments = _instruments or _configured()
        if instruments is None:
            return await call(op_key, build_kwargs, path_args, options)
        record = _Call(instruments, operation(op_key))
        reset = _current.set(record)
        try:
            with instruments.trace.use_span(
                record.span, record_exception=False, set_status_on_exception=False
            ):
                result = await call(op_key, build_kwargs, path_args, options)
        except BaseException as exc:
            record.end(exc)
            raise
        finally:
            _current.reset(reset)
        record.end(None)
        return result

    return invoke


def attempt_started(request: httpx.Request, attempt: int) -> _Attempt | None:
    """Start the attempt's CLIENT span (current until `attempt_ended`); None when off."""
    record = _current.get()
    return None if record is None else _Attempt(record, request, attempt)


def attempt_ended(
    attempt: _Attempt | None, response: httpx.Response | None, error: BaseException | None
) -> None:
    if attempt is not None:
        attempt.end(response, error)


def retrying(reason: str) -> None:
    """Note why the call's last attempt is about to be repeated."""
    record = _current.get()
    if record is not None:
        record.reasons.append(reason)
        record.instruments.retries.add(
            1, {"talon.operation": record.op.key, "talon.retry.reason": reason}
        )


def _error_type(exc: BaseException) -> str:
    cls = type(exc)
    return (
        cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"
    )


class _Call:
    """One call's span and what its attempts report to it."""

    __slots__ = ("attempts", "instruments", "op", "reasons", "server", "span", "started", "status")

    def __init__(self, instruments: _Instruments, op: Operation) -> None:
        self.instruments = instruments
        self.op = op
        self.attempts = 0
        self.reasons: list[str] = []
        self.server: dict[str, Any] = {}
        self.status: int | None = None
        self.started = time.perf_counter()
        self.span = instruments.tracer.start_span(
            op.operation_id,
            attributes={
                "talon.operation": op.key,
                "talon.operation_id": op.operation_id,
                "http.request.method": op.method,
                "url.template": op.path,
            },
        )

    def end(self, exc: BaseException | None) -> None:
        attributes: dict[str, Any] = {"talon.operation": self.op.key}
        span = self.span
        span.set_attribute("talon.attempts", self.attempts)
        if self.reasons:
            span.set_attribute("talon.retry_reasons", self.reasons)
        if self.status is not None:
            span.set_attribute("http.response.status_code", self.status)
        span.set_attributes(self.server)
        attributes.update(self.server)
        if exc is not None:
            error_type = _error_type(exc)
            attributes["error.type"] = error_type
            span.set_attribute("error.type", error_type)
            span.record_exception(exc)
            span.set_status(self.instruments.trace.StatusCode.ERROR, error_type)
        span.end()
        self.instruments.call_duration.record(time.perf_counter() - self.started, attributes)
        if self.attempts:
            self.instruments.call_attempts.record(self.attempts, {"talon.operation": self.op.key})


class _Attempt:
    """One attempt's CLIENT span and its `http.client.request.duration`."""

    __slots__ = ("attributes", "call", "span", "started", "token")

    def __init__(self, call: _Call, request: httpx.Request, attempt: int) -> None:
        instruments = call.instruments
        url = request.url
        port = url.port or (443 if url.scheme == "https" else 80)
        call.attempts = attempt
        call.server = {"server.address": url.host, "server.port": port}
        self.call = call
        self.attributes: dict[str, Any] = {
            "http.request.method": request.method,
            "server.address": url.host,
            "server.port": port,
            "url.scheme": url.scheme,
            "url.template": call.op.path,
        }
        span_attributes = dict(self.attributes)
        if attempt > 1:
            span_attributes["http.request.resend_count"] = attempt - 1
        self.span = instruments.tracer.start_span(
            f"{request.method} {call.op.path}",
            kind=instruments.trace.SpanKind.CLIENT,
            attributes=span_attributes,
        )
        ctx = instruments.trace.set_span_in_context(self.span)
        instruments.inject(request.headers, context=ctx)
        self.token = instruments.context.attach(ctx)
        self.started = time.perf_counter()

    def end(self, response: httpx.Response | None, error: BaseException | None) -> None:
        elapsed = time.perf_counter() - self.started
        instruments = self.call.instruments
        instruments.context.detach(self.token)
        attributes = self.attributes
        span = self.span
        if response is not None:
            status = response.status_code
            self.call.status = status
            attributes["http.response.status_code"] = status
            span.set_attribute("http.response.status_code", status)
            if status >= 400:
                attributes["error.type"] = str(status)
        elif error is not None:
            attributes["error.type"] = _error_type(error)
            span.record_exception(error)
        if "error.type" in attributes:
            span.set_attribute("error.type", attributes["error.type"])
            span.set_status(instruments.trace.StatusCode.ERROR, attributes["error.type"])
        span.end()
        instruments.request_duration.record(elapsed, attributes)
