"""OpenTelemetry: spans and metrics per call through the global providers, read back with the
SDK's in-memory exporters, for calls to a real server on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from facade_support import API_KEY, STATE_V2, Reply, ScriptedServer, Stall, make_client
from opentelemetry import metrics, trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.test.globals_test import reset_metrics_globals, reset_trace_globals
from opentelemetry.trace import SpanKind, StatusCode

from talon_async import RetryPolicy, Timeouts, _otel, errors, models

SESSION = "secret-session-4711"
CALL_NAME = "updateCustomerSessionV2"
ATTEMPT_NAME = "PUT /v2/customer_sessions/{customerSessionId}"


class Otel:
    def __init__(self) -> None:
        self.spans_out = InMemorySpanExporter()
        self.metrics_in = InMemoryMetricReader()
        self.tracer_provider = TracerProvider()
        self.tracer_provider.add_span_processor(SimpleSpanProcessor(self.spans_out))
        self.meter_provider = MeterProvider(metric_readers=[self.metrics_in])

    def spans(self, name: str | None = None) -> list[ReadableSpan]:
        spans = list(self.spans_out.get_finished_spans())
        return [s for s in spans if name is None or s.name == name]

    def points(self, metric: str) -> list[Any]:
        data = self.metrics_in.get_metrics_data()
        assert data is not None
        return [
            point
            for resource in data.resource_metrics
            for scope in resource.scope_metrics
            for m in scope.metrics
            if m.name == metric
            for point in m.data.data_points
        ]


def _reset() -> None:
    reset_trace_globals()
    reset_metrics_globals()
    _otel._instruments = None  # what the first configured call built, for the old providers


@pytest.fixture
def otel() -> Iterator[Otel]:
    _reset()
    configured = Otel()
    trace.set_tracer_provider(configured.tracer_provider)
    metrics.set_meter_provider(configured.meter_provider)
    try:
        yield configured
    finally:
        configured.tracer_provider.shutdown()
        configured.meter_provider.shutdown()
        _reset()


@pytest.fixture
def no_sdk() -> Iterator[None]:
    _reset()
    yield
    _reset()


def session_request() -> models.IntegrationRequest:
    return models.IntegrationRequest(customer_session=models.NewCustomerSessionV2(profile_id="p-1"))


async def test_a_retried_call_is_one_span_with_a_client_span_per_attempt(
    server: ScriptedServer, otel: Otel
) -> None:
    server.answer(Reply(503), Reply(200, json=STATE_V2))
    async with make_client(server.url) as talon:
        await talon.customer_sessions.update_customer_session_v2(SESSION, session_request())

    [call] = otel.spans(CALL_NAME)
    attempts = otel.spans(ATTEMPT_NAME)
    assert len(attempts) == 2 == server.count
    assert call.kind is SpanKind.INTERNAL
    assert call.status.status_code is StatusCode.UNSET
    assert dict(call.attributes or {}) == {
        "talon.operation": "customer_sessions.update_customer_session_v2",
        "talon.operation_id": CALL_NAME,
        "http.request.method": "PUT",
        "url.template": "/v2/customer_sessions/{customerSessionId}",
        "server.address": "127.0.0.1",
        "server.port": server.port,
        "http.response.status_code": 200,
        "talon.attempts": 2,
        "talon.retry_reasons": ("HTTP 503",),
    }
    first, second = sorted(attempts, key=lambda s: s.start_time or 0)
    for attempt in (first, second):
        assert attempt.kind is SpanKind.CLIENT
        assert attempt.parent is not None and attempt.parent.span_id == call.context.span_id
        assert attempt.context.trace_id == call.context.trace_id
        assert attempt.attributes is not None
        assert attempt.attributes["http.request.method"] == "PUT"
        assert attempt.attributes["server.address"] == "127.0.0.1"
        assert attempt.attributes["server.port"] == server.port
        assert attempt.attributes["url.scheme"] == "http"
    assert first.attributes is not None and second.attributes is not None
    assert first.attributes["http.response.status_code"] == 503
    assert first.attributes["error.type"] == "503"
    assert first.status.status_code is StatusCode.ERROR
    assert "http.request.resend_count" not in first.attributes
    assert second.attributes["http.response.status_code"] == 200
    assert second.attributes["http.request.resend_count"] == 1
    assert "error.type" not in second.attributes
    # W3C trace context went out with each attempt, naming that attempt's span.
    for seen, attempt in zip(server.seen, (first, second), strict=True):
        trace_id = f"{attempt.context.trace_id:032x}"
        span_id = f"{attempt.context.span_id:016x}"
        flags = f"{attempt.context.trace_flags:02x}"
        assert seen.headers["traceparent"] == f"00-{trace_id}-{span_id}-{flags}"


async def test_the_call_span_is_a_child_of_the_callers_span(
    server: ScriptedServer, otel: Otel
) -> None:
    async with make_client(server.url) as talon:
        with trace.get_tracer("app").start_as_current_span("GET /checkout") as parent:
            await talon.customer_sessions.update_customer_session_v2(SESSION, session_request())
    [call] = otel.spans(CALL_NAME)
    assert call.parent is not None
    assert call.parent.span_id == parent.get_span_context().span_id
    assert trace.get_current_span() is trace.INVALID_SPAN  # nothing of ours left attached


async def test_a_failed_call_carries_the_error_class(server: ScriptedServer, otel: Otel) -> None:
    server.answer(Reply(503))
    async with make_client(server.url) as talon:
        with pytest.raises(errors.ServerError):
            await talon.customer_sessions.update_customer_session_v2(SESSION, session_request())
    [call] = otel.spans(CALL_NAME)
    assert call.status.status_code is StatusCode.ERROR
    assert call.attributes is not None
    assert call.attributes["error.type"] == "talon_async.errors.ServerError"
    assert call.attributes["talon.attempts"] == 3
    assert call.attributes["talon.retry_reasons"] == ("HTTP 503", "HTTP 503")
    assert call.attributes["http.response.status_code"] == 503
    assert [e.name for e in call.events] == ["exception"]


async def test_a_refused_connection_and_a_deadline(
    server: ScriptedServer, refused_url: str, otel: Otel
) -> None:
    async with make_client(refused_url, retry=RetryPolicy.none()) as talon:
        with pytest.raises(errors.TalonConnectionError):
            await talon.customer_sessions.get_customer_session(SESSION)
    [attempt] = otel.spans("GET /v2/customer_sessions/{customerSessionId}")
    assert attempt.attributes is not None
    assert attempt.attributes["error.type"] == "httpx.ConnectError"
    assert "http.response.status_code" not in attempt.attributes

    otel.spans_out.clear()
    server.answer(Stall())
    async with make_client(server.url) as talon:
        with pytest.raises(errors.TalonTimeoutError):
            await talon.customer_sessions.get_customer_session(SESSION, timeout=Timeouts(total=0.3))
    [call] = otel.spans("getCustomerSession")
    [attempt] = otel.spans("GET /v2/customer_sessions/{customerSessionId}")
    assert call.attributes is not None and attempt.attributes is not None
    assert call.attributes["error.type"] == "talon_async.errors.TalonTimeoutError"
    assert attempt.attributes["error.type"] == "asyncio.exceptions.CancelledError"
    assert attempt.end_time is not None


async def test_metrics_for_calls_attempts_retries_and_the_budget(
    server: ScriptedServer, otel: Otel
) -> None:
    server.answer(Reply(503), Reply(200, json=STATE_V2))
    async with make_client(server.url) as talon:
        await talon.customer_sessions.update_customer_session_v2(SESSION, session_request())
        await talon.customer_sessions.update_customer_session_v2(SESSION, session_request())
        levels = {
            p.attributes["talon.client"]: p.value
            for p in otel.points("talon.client.retry_budget.tokens")
        }
        assert levels[server.url] == talon.retry_budget.tokens  # other tests' open clients too

    [calls] = otel.points("talon.client.call.duration")
    assert calls.count == 2 and calls.sum > 0
    assert calls.attributes == {
        "talon.operation": "customer_sessions.update_customer_session_v2",
        "server.address": "127.0.0.1",
        "server.port": server.port,
    }
    [attempts] = otel.points("talon.client.call.attempts")
    assert (attempts.count, attempts.sum) == (2, 3)
    [retries] = otel.points("talon.client.retries")
    assert retries.value == 1
    assert retries.attributes["talon.retry.reason"] == "HTTP 503"
    requests = {
        p.attributes["http.response.status_code"]: p
        for p in otel.points("http.client.request.duration")
    }
    assert requests[503].count == 1 and requests[503].attributes["error.type"] == "503"
    assert requests[200].count == 2
    assert requests[200].attributes["url.template"] == "/v2/customer_sessions/{customerSessionId}"


async def test_no_ids_no_key_no_bodies_in_telemetry(server: ScriptedServer, otel: Otel) -> None:
    server.answer(Reply(401, json={"message": f"bad key {API_KEY}"}))
    async with make_client(server.url) as talon:
        with pytest.raises(errors.Unauthorized):
            await talon.customer_sessions.update_customer_session_v2(SESSION, session_request())
    exported = [json.loads(span.to_json()) for span in otel.spans()]
    data = otel.metrics_in.get_metrics_data()
    assert data is not None
    text = json.dumps(exported) + data.to_json()
    assert exported and CALL_NAME in text
    for secret in (SESSION, API_KEY, "p-1"):
        assert secret not in text


async def test_nothing_happens_without_an_sdk(server: ScriptedServer, no_sdk: None) -> None:
    server.answer(Reply(503), Reply(200, json=STATE_V2))
    async with make_client(server.url) as talon:
        await talon.customer_sessions.update_customer_session_v2(SESSION, session_request())
    assert server.count == 2
    assert all("traceparent" not in seen.headers for seen in server.seen)
    assert _otel._instruments is None
