"""TalonClient: configuration, lifecycle, one namespace per API group, and the call pipeline.

Every operation goes through `_call`: arguments -> request (the generated `_get_kwargs`) ->
server resolution -> auth -> the retry loop -> transport -> decoding -> a model or a
TalonError. One loop for every operation, so every operation behaves the same.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import re
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, Literal

import httpx
import orjson
from talon_one_raw.api import GROUPS, Groups

from . import _otel, errors
from ._auth import ApiKey, resolve_api_key
from ._decoding import Context, decode, materialize, parse_json
from ._meta import Operation, operation
from ._options import CALL_OPTION_NAMES, DEFAULT_MAX_RESPONSE_SIZE, Timeouts
from ._pacing import Pacer, current_pacer
from ._retry import RETRY_AFTER_TOO_LONG, RetryBudget, RetryPolicy, parse_retry_after
from ._servers import OperationServer, ServerResolver
from ._transport import default_transport, read_streamed_response
from ._version import USER_AGENT

__all__ = ["TalonClient"]

logger = logging.getLogger("talon_async")
logger.addHandler(logging.NullHandler())  # a library logs; the application decides where to

REQUEST_ID_HEADERS = ("x-request-id", "x-correlation-id", "request-id", "x-amzn-requestid")
_BAD_HEADER_CHARS = frozenset("\r\n\x00")
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_FIELD_VALUE = re.compile(r"[\x20-\x7e\t]*")

EventHook = Callable[[Any], Awaitable[None]]
DEFAULT_TIMEOUTS = Timeouts()
DEFAULT_RETRY = RetryPolicy()


class TalonClient(Groups):
    """Asynchronous client of the Talon.One Integration API.

    Open it once (for example in your web app's lifespan) and share it between tasks: it
    holds one connection pool and a retry budget. Use `async with` or `await aclose()`.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        server_index: int = 0,
        server_variables: Mapping[str, str] | None = None,
        operation_servers: Mapping[str, OperationServer | Mapping[str, Any] | str] | None = None,
        timeout: Timeouts | float = DEFAULT_TIMEOUTS,
        retry: RetryPolicy | None = DEFAULT_RETRY,
        retry_budget: RetryBudget | None = None,
        max_connections: int = 256,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        event_hooks: Mapping[str, Sequence[EventHook]] | None = None,
        decode: Literal["lazy", "eager"] = "lazy",
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self._key: ApiKey = resolve_api_key(api_key)
        self._servers = ServerResolver(
            base_url=base_url,
            server_index=server_index,
            server_variables=server_variables,
            operation_servers=operation_servers,
        )
        self._timeout = Timeouts.coerce(timeout)
        self._retry = _check_retry(retry)
        self._budget = retry_budget or RetryBudget()
        self._headers = _check_headers(headers or {}, "headers")
        if (
            isinstance(max_connections, bool)
            or not isinstance(max_connections, int)
            or max_connections < 1
        ):
            raise ValueError(f"max_connections must be a positive int, got {max_connections!r}")
        if (
            isinstance(max_response_size, bool)
            or not isinstance(max_response_size, int)
            or max_response_size < 1
        ):
            raise ValueError(
                f"max_response_size must be a positive int (bytes), got {max_response_size!r}"
            )
        self._max_response_size = max_response_size
        self._transport = transport or default_transport(max_connections=max_connections)
        self._loop: asyncio.AbstractEventLoop | None = None
        hooks = dict(event_hooks or {})
        unknown = set(hooks) - {"request", "response"}
        if unknown:
            raise ValueError(
                f"event_hooks keys must be 'request' or 'response', got {sorted(unknown)}"
            )
        self._request_hooks = list(hooks.get("request", ()))
        self._response_hooks = list(hooks.get("response", ()))
        if decode not in ("lazy", "eager"):
            raise ValueError("decode must be 'lazy' or 'eager'")
        self._eager = decode == "eager"
        self._closed = False
        self._describe_base = base_url or f"server {server_index}"
        self._build_groups()

    def _build_groups(self) -> None:
        """One attribute per group (`talon.customer_sessions`), from the generated list; the
        annotations type checkers read are the generated `Groups` this class extends."""
        for group, class_name in GROUPS.items():
            module = importlib.import_module(f"talon_one_raw.api.{group}")
            setattr(self, group, getattr(module, class_name)(_otel.traced(self)))

    # -- lifecycle -------------------------------------------------------------------------

    async def __aenter__(self) -> TalonClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool; the client cannot be used afterwards. Calls still in
        flight fail with `errors.ClientClosed`."""
        if not self._closed:
            self._closed = True
            await self._transport.aclose()

    def __repr__(self) -> str:
        return f"<TalonClient {self._describe_base} api_key=***{' closed' if self._closed else ''}>"

    @property
    def retry_budget(self) -> RetryBudget:
        """The retry budget this client's calls share (inspect `.tokens` to see it drain)."""
        return self._budget

    # -- the pipeline ----------------------------------------------------------------------

    async def _call(
        self,
        op_key: str,
        build_kwargs: Callable[[], dict[str, Any]],
        path_args: tuple[Any, ...],
        options: dict[str, Any],
    ) -> Any:
        op = operation(op_key)
        if self._closed:
            raise errors.ClientClosed(
                "this TalonClient is closed; create a new one", method=op.method, path=op.path
            )
        loop = _running_loop()
        if loop is not None and loop is not self._loop:
            self._bind(loop)
        request, policy, timeouts = self._build_request(op, build_kwargs, path_args, options)
        deadline = time.monotonic() + timeouts.total
        runtime = _ASYNCIO if loop is not None else _ANYIO
        try:
            async with runtime.deadline(timeouts.total):
                return await self._send_with_retries(op, request, policy, deadline, runtime)
        except TimeoutError:
            raise errors.TimeoutError(
                f"no complete answer within the call's deadline of {timeouts.total:g} s",
                method=op.method,
                path=op.path,
                attempts=request.extensions.get("talon_attempts", 0),
            ) from None

    def _bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Tie the client to the first event loop that uses it. Its connection pool belongs to
        that loop: a call from another loop would use the pool's sockets and futures there,
        and fail (or stall) in either loop. Refused before anything is sent."""
        if self._loop is None:
            self._loop = loop
            return
        raise RuntimeError(
            "this TalonClient is used from a second event loop: its connections belong to the "
            "loop that first used it. Create one TalonClient per event loop (for example in "
            "each thread's or each test's loop) and close it there"
        )

    def _build_request(
        self,
        op: Operation,
        build_kwargs: Callable[[], dict[str, Any]],
        path_args: tuple[Any, ...],
        options: dict[str, Any],
    ) -> tuple[httpx.Request, RetryPolicy, Timeouts]:
        unknown = set(options) - CALL_OPTION_NAMES
        if unknown:
            raise TypeError(
                f"{op.key}() got unexpected option(s) {sorted(unknown)}; "
                f"per-call options are {sorted(CALL_OPTION_NAMES)}"
            )
        for value in path_args:
            text = str(value)
            if text in ("", ".", ".."):
                raise ValueError(
                    f"{op.key}(): path parameter {text!r} would change the endpoint "
                    "(empty, '.' and '..' are not valid IDs)"
                )
        try:
            kwargs = build_kwargs()
        except (AttributeError, TypeError) as exc:
            raise TypeError(f"{op.key}(): an argument has the wrong type: {exc}") from None
        base = self._servers.resolve(
            op.key, options.get("server_index"), options.get("server_variables")
        )
        timeouts = Timeouts.coerce(options["timeout"]) if "timeout" in options else self._timeout
        policy = self._retry
        if "retry" in options:
            policy = _check_retry(options["retry"])
        extra = (
            _check_headers(options["extra_headers"], "extra_headers")
            if "extra_headers" in options
            else {}
        )
        ours = {
            "Accept": "application/json",
            "Accept-Encoding": "gzip, deflate",  # what transport.read_body inflates
        }
        idempotency_key = options.get("idempotency_key")
        if idempotency_key is not None:
            if op.method != "POST":
                raise TypeError(
                    f"{op.key}() does not take idempotency_key: {op.method} is repeatable already"
                )
            ours["Idempotency-Key"] = _check_headers({"k": idempotency_key}, "idempotency_key")["k"]
        elif op.auto_idempotency_key:  # x-talon-idempotency-key: automatic (a repeated
            # return would return the items twice)
            ours["Idempotency-Key"] = str(uuid.uuid4())
        params = kwargs.get("params") or None  # None skips a URL merge
        if params and op.comma_separated_query:
            for name in op.comma_separated_query:
                if isinstance(params.get(name), list):
                    params[name] = ",".join(str(v) for v in params[name])
        content: bytes | None = None
        if "json" in kwargs:
            content = orjson.dumps(kwargs["json"])
            ours["Content-Type"] = "application/json"
        try:
            request = httpx.Request(
                op.method,
                base + kwargs["url"],
                params=params,
                content=content,
                headers=_merge_headers(self._headers, kwargs.get("headers") or {}, extra, ours),
            )
        except (httpx.InvalidURL, ValueError, TypeError) as exc:
            raise ValueError(f"{op.key}(): cannot build the request: {exc}") from None
        request.headers.setdefault("User-Agent", USER_AGENT)  # unless the caller set one
        # Added last and only to the Request, whose headers' repr masks it: no plain dict in a
        # frame above holds the key if an argument error is raised (tracebacks with locals).
        request.headers["Authorization"] = self._key.header_value
        request.extensions["timeout"] = {
            "connect": timeouts.connect,
            "read": timeouts.read,
            "write": timeouts.write,
            "pool": timeouts.pool,
        }
        request.extensions["talon_max_response_size"] = self._max_response_size
        return request, policy, timeouts

    async def _send_with_retries(
        self,
        op: Operation,
        request: httpx.Request,
        policy: RetryPolicy,
        deadline: float,
        runtime: _Runtime,
    ) -> Any:
        """Attempts until one succeeds, one must not be repeated, or the retries run out."""
        has_key = "Idempotency-Key" in request.headers
        pacer = current_pacer.get()  # set inside a batch job with rate="auto"
        spent = 0  # budget tokens this call took, refunded when it succeeds
        attempt = 0
        while True:
            attempt += 1
            response, error = await self._send_once(op, request, attempt, pacer)
            if response is not None and response.is_success:
                if policy.use_budget:
                    self._budget.record_success(retried=attempt > 1, spent=spent)
                return self._decode(op, response, attempt)
            reason = policy.should_retry(
                attempt,
                op_key=op.key,
                method=op.method,
                has_idempotency_key=has_key,
                status=None if response is None else response.status_code,
                error=error,
            )
            if reason is None:
                raise self._failure(op, response, error, attempt)
            delay, cost = self._retry_delay(op, policy, reason, attempt, response, error, deadline)
            spent += cost
            if delay is None:
                raise self._failure(op, response, error, attempt)
            logger.warning(
                "%s %s: retrying in %.2fs (attempt %d of %d): %s",
                op.method,
                op.path,
                delay,
                attempt + 1,
                policy.attempts,
                reason,
            )
            _otel.retrying(reason)
            await runtime.sleep(delay)

    async def _send_once(
        self, op: Operation, request: httpx.Request, attempt: int, pacer: Pacer | None
    ) -> tuple[httpx.Response | None, httpx.TransportError | None]:
        """One attempt, paced, traced and logged: a response (any status), or the transport's
        error normalised to an httpx.TransportError without the key. Anything else (a hook's
        error, the call's cancellation, a response over the size limit) is raised."""
        if self._closed:
            raise errors.ClientClosed(
                "the TalonClient was closed while this call was waiting to retry",
                method=op.method,
                path=op.path,
                attempts=attempt - 1,
            )
        request.extensions["talon_attempts"] = attempt
        if pacer is not None:
            await pacer.before_attempt()
        started = time.perf_counter()
        traced = _otel.attempt_started(request, attempt)  # None unless OTel is on
        response: httpx.Response | None = None
        error: httpx.TransportError | None = None
        raised: BaseException | None = None
        try:
            try:
                response = await self._exchange(request)
            except httpx.TransportError as exc:
                error = self._scrubbed(exc, request)
            except (httpx.HTTPError, OSError) as exc:  # a custom transport's own failure
                error = self._scrubbed(httpx.ReadError(str(exc)), request)
        except BaseException as exc:  # cancelled (the call's deadline), a hook's error, ...
            raised = exc
            _otel.attempt_ended(traced, None, exc)
            if isinstance(exc, errors.ResponseTooLarge):
                exc.method, exc.path, exc.attempts = op.method, op.path, attempt
            elif isinstance(exc, Exception) and self._closed:
                raise self._closed_error(op, attempt) from None  # the pool is gone
            raise
        finally:
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "%s %s -> %s attempt=%d duration=%.1fms",
                    op.method,
                    op.path,
                    response.status_code
                    if response is not None
                    else type(error or raised).__name__,
                    attempt,
                    (time.perf_counter() - started) * 1000,
                )
        _otel.attempt_ended(traced, response, error)
        if error is not None and self._closed:
            raise self._closed_error(op, attempt) from None
        if pacer is not None and response is not None:
            pacer.observe(response.status_code, response.headers.get("retry-after"))
        return response, error

    async def _exchange(self, request: httpx.Request) -> httpx.Response:
        """Request hooks, the transport, the body read in full (within the size limit), then
        response hooks."""
        for hook in self._request_hooks:
            await hook(request)
        response = await self._transport.handle_async_request(request)
        # A transport may answer with a stream (httpx.AsyncHTTPTransport does): read it here,
        # within the size limit, so errors while reading are this attempt's and the connection
        # is freed.
        if not response.is_stream_consumed:
            await read_streamed_response(response, self._max_response_size)
        for hook in self._response_hooks:
            await hook(response)
        return response

    def _retry_delay(
        self,
        op: Operation,
        policy: RetryPolicy,
        reason: str,
        attempt: int,
        response: httpx.Response | None,
        error: httpx.TransportError | None,
        deadline: float,
    ) -> tuple[float | None, int]:
        """Seconds to wait before the next attempt (None: do not retry) and the budget tokens
        taken for it. Retry-After and backoff against the deadline are `RetryPolicy.delay`;
        this adds the shared budget, which a Retry-After too long for us does not touch."""
        retry_after = (
            None if response is None else parse_retry_after(response.headers.get("retry-after"))
        )
        planned = policy.delay(attempt, retry_after, deadline - time.monotonic())
        if planned.refused == RETRY_AFTER_TOO_LONG:
            return None, 0
        cost = 0
        if policy.use_budget:
            timed_out = isinstance(error, httpx.TimeoutException)
            if not self._budget.try_acquire(timeout=timed_out):
                logger.warning(
                    "%s %s: not retried, retry budget exhausted (%s)", op.method, op.path, reason
                )
                return None, 0
            cost = self._budget.cost(timeout=timed_out)
        if planned.refused is not None:  # PAST_THE_DEADLINE: report what the server said
            logger.warning(
                "%s %s: not retried, waiting %.2fs would pass the deadline (%s)",
                op.method,
                op.path,
                planned.seconds,
                reason,
            )
            return None, cost
        return planned.seconds, cost

    def _scrubbed(
        self, error: httpx.TransportError, request: httpx.Request
    ) -> httpx.TransportError:
        """The transport's error, or a fresh one without its chain when its message quotes
        the key (h11 quotes a malformed header line a server may have built from it)."""
        text = str(error)
        if self._key.secret not in text:
            return error
        return type(error)(errors.redact_text(text, (self._key.secret,)) or "", request=request)

    def _closed_error(self, op: Operation, attempts: int) -> errors.ClientClosed:
        return errors.ClientClosed(
            "the TalonClient was closed (aclose) while this call was in flight",
            method=op.method,
            path=op.path,
            attempts=attempts,
        )

    def _failure(
        self,
        op: Operation,
        response: httpx.Response | None,
        error: BaseException | None,
        attempts: int,
    ) -> errors.TalonError:
        if response is None:
            message = f"{type(error).__name__}: {error}"  # scrubbed of the key already
            if isinstance(error, httpx.TimeoutException):
                return errors.TimeoutError(
                    message,
                    method=op.method,
                    path=op.path,
                    attempts=attempts,
                )
            return errors.ConnectionError(
                message,
                method=op.method,
                path=op.path,
                attempts=attempts,
            )
        raw = response.content
        body: Any = None
        if raw:
            try:
                body = orjson.loads(raw)
            except orjson.JSONDecodeError:
                body = None
        request_id = next(
            (response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None
        )
        return errors.error_class_for(response.status_code)(
            response.status_code,
            body=body,
            raw_body=raw,
            method=op.method,
            path=op.path,
            request_id=request_id,
            attempts=attempts,
            retry_after=parse_retry_after(response.headers.get("retry-after")),
            redact=(self._key.secret,),
        )

    def _decode(self, op: Operation, response: httpx.Response, attempts: int) -> Any:
        status = str(response.status_code)
        responses = op.responses
        if status in responses:
            desc = responses[status]
        else:  # an undocumented 2xx: read it as the documented success body, if any
            desc = next(
                (d for s, d in responses.items() if s.startswith("2") and d is not None), None
            )
        if desc is None:
            return None
        # A body that echoes the key (a hostile server or proxy) is masked before parsing, so
        # neither DecodeError.raw_body nor the decoder's frames (tracebacks with locals) hold
        # it; a key hidden by JSON escapes is masked after parsing.
        raw = response.content
        if self._key.secret_bytes in raw:
            raw = errors.redact_bytes(raw, (self._key.secret,))
        ctx = Context(raw, response.status_code, op.method, op.path)
        try:
            data = parse_json(raw, ctx)
            if self._key.may_hide_in_escapes(raw):
                data = errors.redact_json(data, (self._key.secret,))
            result = decode(desc, data, ctx)
            return materialize(result) if self._eager else result
        except errors.DecodeError as exc:
            exc.attempts = attempts
            raise


def _running_loop() -> asyncio.AbstractEventLoop | None:
    """The running asyncio loop, or None under trio."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


class _Runtime:
    """The call's deadline and the sleep between attempts, from the async library it runs
    under: asyncio natively (the fast path), anything else (trio) through anyio, which
    httpx depends on already; imported only then."""

    __slots__ = ("deadline", "sleep")

    def __init__(
        self,
        deadline: Callable[[float], AbstractAsyncContextManager[object]],
        sleep: Callable[[float], Awaitable[None]],
    ) -> None:
        self.deadline = deadline
        self.sleep = sleep


@asynccontextmanager
async def _anyio_deadline(seconds: float) -> AsyncIterator[None]:
    import anyio

    with anyio.fail_after(seconds):
        yield


async def _anyio_sleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(seconds)


_ASYNCIO = _Runtime(asyncio.timeout, asyncio.sleep)
_ANYIO = _Runtime(_anyio_deadline, _anyio_sleep)


def _merge_headers(*layers: Mapping[str, str]) -> list[tuple[str, str]]:
    """Header layers merged, the later winning. Field names are case-insensitive (RFC 9110
    5.1): a name given again in another letter case replaces the earlier value instead of
    being sent twice (which servers may refuse: aiohttp answers 400 to two User-Agents)."""
    merged: dict[str, tuple[str, str]] = {}
    for layer in layers:
        for name, value in layer.items():
            merged[name.lower()] = (name, value)
    return list(merged.values())


def _check_retry(retry: object) -> RetryPolicy:
    if retry is None:
        return RetryPolicy.none()
    if not isinstance(retry, RetryPolicy):
        raise TypeError(f"retry must be a RetryPolicy or None, got {type(retry).__name__}")
    return retry


def _check_headers(headers: Mapping[str, str], what: str) -> dict[str, str]:
    """Header names/values as given, refusing what would split, smuggle or fail to encode.

    Names must be RFC 9110 tokens; values visible ASCII, spaces and tabs (no CR/LF/NUL or other
    control characters), so a bad header fails here, before anything is sent.
    """
    if not isinstance(headers, Mapping):
        raise TypeError(f"{what} must be a mapping of str to str")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(f"{what}: header names and values must be str, got {name!r}")
        if _BAD_HEADER_CHARS.intersection(name) or _BAD_HEADER_CHARS.intersection(value):
            raise ValueError(f"{what}: header {name!r} contains CR, LF or NUL")
        if not _TOKEN.fullmatch(name):
            raise ValueError(f"{what}: {name!r} is not a valid header name")
        if not _FIELD_VALUE.fullmatch(value):
            raise ValueError(
                f"{what}: the value of header {name!r} has control or non-ASCII characters"
            )
        if name.lower() == "authorization":
            raise ValueError(f"{what}: set the API key with TalonClient(api_key=...), not a header")
        checked[name] = value
    return checked
