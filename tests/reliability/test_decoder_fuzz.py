"""Fuzzing the decoder (hypothesis): random JSON and schema-shaped objects built from
generated/talon_one_raw/spec_meta.json (unknown enum values, missing fields, wrong types,
unknown fields, deep nesting, large arrays) -> a typed result or DecodeError, never another
exception, within a time bound per body. Directly (`decode` + `materialize`) and through a
real call (a local server returning the fuzzed body).

300 examples per test in CI; `make soak` runs RELIABILITY_FUZZ_EXAMPLES (5,000) more."""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
import time
from collections.abc import Iterator
from functools import cache
from typing import Any

import orjson
import pytest
from faultserver import FaultServer, respond
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rel_support import API_KEY, FIGURES, event_request, session_request

from talon_async import TalonClient, Timeouts, errors, materialize
from talon_async._decoding import Context, decode, parse_json
from talon_async._meta import spec_meta

pytestmark = [
    pytest.mark.filterwarnings("error::ResourceWarning"),
    pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning"),
]

EXAMPLES = 300
SOAK_EXAMPLES = int(os.environ.get("RELIABILITY_FUZZ_EXAMPLES", "5000"))  # make soak
# Per body, in CPU seconds of this process (decoder, client and the in-process server): a bound
# on work, so a pathological body (quadratic blow-up, runaway recursion) fails while a machine
# busy with other processes does not. Wall-clock speed belongs in benchmarks.
BOUND_CPU_S = 1.0
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # we check our own bound, without hypothesis' flakiness heuristics
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
META = spec_meta()
MODELS: dict[str, Any] = META["models"]
ENUMS: dict[str, Any] = META["enums"]


def _key(desc: Any) -> Any:
    return tuple(_key(d) for d in desc) if isinstance(desc, list) else desc


ROOTS = sorted(
    {
        _key(desc)
        for op in META["operations"]
        for status, desc in op["responses"].items()
        if status.startswith("2") and desc is not None
    },
    key=repr,
)
ROOT_MODELS = sorted({d[1] for d in ROOTS if d[0] == "model"})

# -- strategies --------------------------------------------------------------------------------

JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=40,
)
MAX_DEPTH = 5


def _scalar(name: str) -> st.SearchStrategy[Any]:
    if name == "str":
        return st.text(max_size=30)
    if name == "int":
        return st.integers(min_value=-(2**63), max_value=2**63 - 1)
    if name == "float":
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers(-1000, 1000)
    if name == "bool":
        return st.booleans()
    if name == "none":
        return st.none()
    if name == "datetime":
        valid = st.datetimes(timezones=st.just(None) | st.timezones()).map(lambda d: d.isoformat())
        invalid = st.sampled_from(["2024-13-01T00:00:00Z", "yesterday", ""])
        return st.one_of([valid] * 9 + [invalid])
    if name == "date":
        return st.one_of([st.dates().map(lambda d: d.isoformat())] * 9 + [st.just("2024-02-30")])
    if name == "uuid":
        return st.one_of([st.uuids().map(str)] * 9 + [st.just("not-a-uuid")])
    return JSON  # "any"


@cache
def shaped(desc: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """A value shaped like `desc`, sometimes wrong: wrong types, unknown enum values, missing
    required fields, unknown fields, big arrays; nesting stops at MAX_DEPTH."""
    wrong = JSON_SCALARS | st.just([]) | st.just({})
    if depth > MAX_DEPTH:
        return wrong
    if isinstance(desc, str):
        right = _scalar(desc)
    elif desc[0] == "enum":
        right = st.sampled_from(ENUMS[desc[1]]["values"]) | st.text(max_size=12)
    elif desc[0] == "list":
        item = shaped(desc[1], depth + 1)
        right = st.lists(item, max_size=3)
        if depth < 2:  # large arrays, near the top only (their items are nested models)
            right = right | st.lists(st.just(None) | item, min_size=50, max_size=300)
    elif desc[0] == "union":
        right = st.one_of([shaped(d, depth) for d in desc[1]])
    else:
        right = _model(desc[1], depth)
    return st.one_of([right] * 19 + [wrong])  # mostly right, sometimes wrong


def _model(name: str, depth: int) -> st.SearchStrategy[dict[str, Any]]:
    info = MODELS[name]
    required = {k: shaped(_key(d), depth + 1) for k, _, req, d in info["fields"] if req}
    optional = {k: shaped(_key(d), depth + 1) for k, _, req, d in info["fields"] if not req}

    def drop_some(obj: dict[str, Any], drop: list[bool], extra: dict[str, Any]) -> dict[str, Any]:
        kept = {
            k: v
            for (k, v), gone in zip(
                obj.items(), (drop + [False] * len(obj))[: len(obj)], strict=True
            )
            if not gone
        }
        return {**kept, **extra}

    base = st.fixed_dictionaries(required, optional=optional)
    return st.builds(
        drop_some,
        base,
        st.lists(st.sampled_from([False] * 15 + [True]), max_size=len(info["fields"])),
        st.dictionaries(st.text(min_size=1, max_size=8), JSON, max_size=2),  # unknown fields
    )


def _root(desc: Any) -> st.SearchStrategy[Any]:
    """The right kind of value at the top (the wrongness is inside)."""
    return _model(desc[1], 0) if desc[0] == "model" else shaped(desc)


SHAPED = st.sampled_from(ROOTS).flatmap(lambda d: st.tuples(st.just(d), _root(d)))
RANDOM = st.tuples(st.sampled_from(ROOTS), JSON)


def _decode_all(desc: Any, data: Any) -> str:
    """Decode and read everything; 'ok' or 'decode_error'. Any other exception escapes."""
    raw = orjson.dumps(data)
    ctx = Context(raw, 200, "GET", "/fuzz")
    started = time.process_time()
    try:
        result = materialize(decode(list(desc) if isinstance(desc, tuple) else desc, data, ctx))
        if hasattr(result, "to_dict"):
            result.to_dict()  # the typed result is usable as the generated model
        outcome = "ok"
    except errors.DecodeError as exc:
        assert exc.raw_body == raw
        outcome = "decode_error"
    assert time.process_time() - started < BOUND_CPU_S
    return outcome


def _count(kind: str, outcome: str) -> None:
    FIGURES[f"fuzz {kind}"] = FIGURES.get(f"fuzz {kind}", 0) + 1
    FIGURES[f"fuzz {kind} {outcome}"] = FIGURES.get(f"fuzz {kind} {outcome}", 0) + 1


@FUZZ
@given(RANDOM)
def test_random_json_decodes_or_raises_decode_error(case: tuple[Any, Any]) -> None:
    _count("random-json", _decode_all(*case))


@FUZZ
@given(SHAPED)
def test_schema_shaped_objects_decode_or_raise_decode_error(case: tuple[Any, Any]) -> None:
    _count("schema-shaped", _decode_all(*case))


@pytest.mark.slow
@settings(FUZZ, max_examples=SOAK_EXAMPLES)
@given(SHAPED | RANDOM)
def test_decoder_soak(case: tuple[Any, Any]) -> None:
    _count("soak", _decode_all(*case))


@pytest.mark.parametrize("desc", ROOTS, ids=repr)
def test_every_response_type_with_valid_minimum_and_garbage(desc: Any) -> None:
    for data in (None, [], {}, "x", 1, {"effects": None}, [{}] * 3):
        _decode_all(desc, data)


# Found by this suite: materialize() used to recurse one Python frame per JSON level, so
# valid bodies nested ~1000 deep raised RecursionError (escaping eager calls).


@pytest.mark.parametrize("depth", [100, 1000])
@pytest.mark.parametrize("with_lists", [False, True])
def test_deep_nesting_in_free_form_attributes(depth: int, with_lists: bool) -> None:
    """Free-form attributes nested as deep as the JSON parser allows (orjson: 1024)."""
    opener, closer = (b'{"a":[', b"]}") if with_lists else (b'{"a":', b"}")
    levels = depth // 2 if with_lists else depth
    deep = opener * levels + b'"leaf"' + closer * levels
    raw = (
        b'{"effects":[],"createdCoupons":[],"createdReferrals":[],"customerProfile":{"id":1,'
        b'"created":"2024-01-01T00:00:00Z","integrationId":"p","accountId":1,"closedSessions":0,'
        b'"totalSales":0.0,"lastActivity":"2024-01-01T00:00:00Z","attributes":{"deep":'
        + deep
        + b"}}}"
    )
    ctx = Context(raw, 200, "GET", "/fuzz")
    started = time.process_time()
    with contextlib.suppress(errors.DecodeError):
        materialize(decode(["model", "IntegrationStateV2"], parse_json(raw, ctx), ctx))
    assert time.process_time() - started < BOUND_CPU_S


def test_bodies_too_deep_for_the_parser_are_decode_errors() -> None:
    ctx = Context(b"", 200, "GET", "/fuzz")
    for body in (b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 5000 + b"1" + b"}" * 5000):
        with pytest.raises(errors.DecodeError):
            parse_json(body, ctx)


# -- through a real call -----------------------------------------------------------------------


class _Loop:
    """An event loop in a thread with a FaultServer and an eager TalonClient, so the
    synchronous hypothesis test can drive real calls."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.server: FaultServer = self.run(self._open_server())
        self.talon = TalonClient(
            api_key=API_KEY,
            base_url=self.server.url,
            decode="eager",
            retry=None,
            timeout=Timeouts(total=5.0),
        )

    async def _open_server(self) -> FaultServer:
        return await FaultServer().__aenter__()

    def run(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(30)

    def close(self) -> None:
        self.run(self.talon.aclose())
        self.run(self.server.aclose())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


@pytest.fixture(scope="module")
def real() -> Iterator[_Loop]:
    harness = _Loop()
    try:
        yield harness
    finally:
        harness.close()


CALLS = {
    "IntegrationCustomerSessionResponse": lambda t: t.customer_sessions.get_customer_session("s"),
    "IntegrationStateV2": lambda t: t.customer_sessions.update_customer_session_v2(
        "s", session_request()
    ),
    "IntegrationEventV2Response": lambda t: t.events.track_event_v2(event_request()),
}
CALL_CASES = st.sampled_from(sorted(CALLS)).flatmap(
    lambda name: st.tuples(st.just(name), _model(name, 0) | _model(name, 0) | JSON)
)


@FUZZ
@given(CALL_CASES)
def test_fuzzed_bodies_through_a_real_call(real: _Loop, case: tuple[str, Any]) -> None:
    name, data = case
    body = orjson.dumps(data)
    real.server.plan(then=respond(200, body))

    async def call() -> str:
        try:
            result = await CALLS[name](real.talon)
        except errors.DecodeError as exc:
            assert exc.raw_body == body
            return "decode_error"
        assert type(result).__name__ == name
        return "ok"

    started = time.process_time()
    outcome = real.run(call())
    assert time.process_time() - started < BOUND_CPU_S
    _count("real-call", outcome)


def test_deeply_nested_attributes_through_an_eager_call(real: _Loop) -> None:
    levels = 1000
    body = (
        b'{"effects":[],"createdCoupons":[],"createdReferrals":[],"futureField":'
        + b'{"a":' * levels
        + b"1"
        + b"}" * levels
        + b"}"
    )
    real.server.plan(then=respond(200, body))

    async def call() -> Any:
        try:
            return await CALLS["IntegrationStateV2"](real.talon)
        except errors.DecodeError:
            return None

    real.run(call())
