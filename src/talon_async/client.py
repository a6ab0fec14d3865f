"""TalonClient: configuration, lifecycle, one namespace per API group, and the call pipeline.

Every operation goes through `_call`: arguments -> request (the generated `_get_kwargs`) ->
server resolution -> auth -> the retry loop -> transport -> decoding -> a model or a
TalonError. One loop for every operation, so every operation behaves the same.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import httpx
import orjson

from . import errors
from ._meta import Operation, operation, spec_meta
from ._pacing import current_pacer
from .auth import ApiKey, resolve_api_key
from .decoding import Context, decode, materialize, parse_json
from .options import CALL_OPTION_NAMES, Timeouts
from .retry import RetryBudget, RetryPolicy, parse_retry_after
from .servers import OperationServer, ServerResolver
from .transport import default_transport

if TYPE_CHECKING:
    from talon_one_raw.api.achievements import AchievementsOperations
    from talon_one_raw.api.audiences import AudiencesOperations
    from talon_one_raw.api.campaigns import CampaignsOperations
    from talon_one_raw.api.catalogs import CatalogsOperations
    from talon_one_raw.api.coupons import CouponsOperations
    from talon_one_raw.api.customer_profiles import CustomerProfilesOperations
    from talon_one_raw.api.customer_sessions import CustomerSessionsOperations
    from talon_one_raw.api.events import EventsOperations
    from talon_one_raw.api.loyalty import LoyaltyOperations
    from talon_one_raw.api.loyalty_cards import LoyaltyCardsOperations
    from talon_one_raw.api.referrals import ReferralsOperations

__all__ = ["TalonClient"]

logger = logging.getLogger("talon_async")
logger.addHandler(logging.NullHandler())  # a library logs; the application decides where to

# Operations that get an Idempotency-Key even when the caller gives none: a repeated return
# would return the items twice.
AUTO_IDEMPOTENCY_KEY = frozenset({"customer_sessions.return_cart_items"})
REQUEST_ID_HEADERS = ("x-request-id", "x-correlation-id", "request-id", "x-amzn-requestid")
_BAD_HEADER_CHARS = frozenset("\r\n\x00")
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_FIELD_VALUE = re.compile(r"[\x20-\x7e\t]*")

EventHook = Callable[[Any], Awaitable[None]]
DEFAULT_TIMEOUTS = Timeouts()
DEFAULT_RETRY = RetryPolicy()


class TalonClient:
    """Asynchronous client of the Talon.One Integration API.

    Open it once (for example in your web app's lifespan) and share it between tasks: it
    holds one connection pool and a retry budget. Use `async with` or `await aclose()`.
    """

    achievements: AchievementsOperations
    audiences: AudiencesOperations
    campaigns: CampaignsOperations
    catalogs: CatalogsOperations
    coupons: CouponsOperations
    customer_profiles: CustomerProfilesOperations
    customer_sessions: CustomerSessionsOperations
    events: EventsOperations
    loyalty: LoyaltyOperations
    loyalty_cards: LoyaltyCardsOperations
    referrals: ReferralsOperations

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
    ) -> None:
        self._key: ApiKey = resolve_api_key(api_key)
        if base_url is not None:
            url = httpx.URL(base_url)
            if url.scheme not in ("http", "https") or not url.host:
                raise ValueError(f"base_url must be an absolute http(s) URL, got {base_url!r}")
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
        self._transport = transport or default_transport(max_connections=max_connections)
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
        import importlib

        for group in sorted({op["group"] for op in spec_meta()["operations"]}):
            module = importlib.import_module(f"talon_one_raw.api.{group}")
            cls = getattr(module, "".join(p.title() for p in group.split("_")) + "Operations")
            setattr(self, group, cls(self._call))

    # -- lifecycle -------------------------------------------------------------------------

    async def __aenter__(self) -> TalonClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool; the client cannot be used afterwards."""
        if not self._closed:
            self._closed = True
            await self._transport.aclose()

    def __repr__(self) -> str:
        return f"<TalonClient {self._describe_base} api_key=***{' closed' if self._closed else ''}>"

    @property
    def retry_budget(self) -> RetryBudget:
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
            raise RuntimeError("this TalonClient is closed; create a new one")
        request, policy, timeouts = self._build_request(op, build_kwargs, path_args, options)
        deadline = time.monotonic() + timeouts.total
        try:
            if _asyncio_running():
                async with asyncio.timeout(timeouts.total):
                    return await self._send_with_retries(op, request, policy, deadline)
            else:  # trio (with an anyio-capable transport such as httpx.AsyncHTTPTransport)
                import anyio

                with anyio.fail_after(timeouts.total):
                    return await self._send_with_retries(op, request, policy, deadline)
        except TimeoutError:
            raise errors.TimeoutError(
                f"no complete answer within the call's deadline of {timeouts.total:g} s",
                method=op.method,
                path=op.path,
                attempts=request.extensions.get("talon_attempts", 0),
            ) from None

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
        headers: dict[str, str] = {**self._headers}
        headers.update(kwargs.get("headers") or {})
        if "extra_headers" in options:
            headers.update(_check_headers(options["extra_headers"], "extra_headers"))
        headers["Accept"] = "application/json"
        idempotency_key = options.get("idempotency_key")
        if idempotency_key is not None:
            if op.method != "POST":
                raise TypeError(
                    f"{op.key}() does not take idempotency_key: {op.method} is repeatable already"
                )
            headers["Idempotency-Key"] = _check_headers({"k": idempotency_key}, "idempotency_key")[
                "k"
            ]
        elif op.key in AUTO_IDEMPOTENCY_KEY:
            headers["Idempotency-Key"] = str(uuid.uuid4())
        params = kwargs.get("params") or None  # None skips a URL merge
        if params and op.comma_separated_query:
            for name in op.comma_separated_query:
                if isinstance(params.get(name), list):
                    params[name] = ",".join(str(v) for v in params[name])
        content: bytes | None = None
        if "json" in kwargs:
            content = orjson.dumps(kwargs["json"])
            headers["Content-Type"] = "application/json"
        try:
            request = httpx.Request(
                op.method,
                base + kwargs["url"],
                params=params,
                content=content,
                headers=headers,
            )
        except (httpx.InvalidURL, ValueError, TypeError) as exc:
            raise ValueError(f"{op.key}(): cannot build the request: {exc}") from None
        # Added last and only to the Request, whose headers' repr masks it: no plain dict in a
        # frame above holds the key if an argument error is raised (tracebacks with locals).
        request.headers["Authorization"] = self._key.header_value
        request.extensions["timeout"] = {
            "connect": timeouts.connect,
            "read": timeouts.read,
            "write": timeouts.write,
            "pool": timeouts.pool,
        }
        return request, policy, timeouts

    async def _send_with_retries(
        self, op: Operation, request: httpx.Request, policy: RetryPolicy, deadline: float
    ) -> Any:
        has_key = "Idempotency-Key" in request.headers
        pacer = current_pacer.get()  # set inside a batch job with rate="auto"
        attempt = 0
        spent = 0
        while True:
            attempt += 1
            request.extensions["talon_attempts"] = attempt
            if pacer is not None:
                await pacer.before_attempt()
            started = time.perf_counter()
            response: httpx.Response | None = None
            error: httpx.TransportError | None = None
            try:
                for hook in self._request_hooks:
                    await hook(request)
                answer = await self._transport.handle_async_request(request)
                # A transport may answer with a stream (httpx.AsyncHTTPTransport does): read it
                # here, so errors while reading are this attempt's and the connection is freed.
                await answer.aread()
                response = answer
                for hook in self._response_hooks:
                    await hook(response)
            except httpx.TransportError as exc:
                response, error = None, exc
            except (httpx.HTTPError, OSError) as exc:  # a custom transport's own failure
                response, error = None, httpx.ReadError(str(exc), request=request)
            except BaseException as exc:  # cancelled (the call's deadline) or a hook's error
                logger.debug(
                    "%s %s -> %s attempt=%d duration=%.1fms",
                    op.method,
                    op.path,
                    type(exc).__name__,
                    attempt,
                    (time.perf_counter() - started) * 1000,
                )
                raise
            status = response.status_code if response is not None else None
            if pacer is not None and response is not None:
                pacer.observe(response.status_code, response.headers.get("retry-after"))
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "%s %s -> %s attempt=%d duration=%.1fms",
                    op.method,
                    op.path,
                    status if status is not None else type(error).__name__,
                    attempt,
                    (time.perf_counter() - started) * 1000,
                )
            if response is not None and 200 <= response.status_code < 300:
                if policy.use_budget:
                    self._budget.record_success(retried=attempt > 1, spent=spent)
                return self._decode(op, response, attempt)
            reason = policy.reason_to_retry(
                op_key=op.key,
                method=op.method,
                has_idempotency_key=has_key,
                status=status,
                error=error,
            )
            delay: float | None = None
            if reason is not None and attempt < policy.attempts:
                retry_after = (
                    parse_retry_after(response.headers.get("retry-after"))
                    if response is not None
                    else None
                )
                if retry_after is not None and retry_after > policy.max_retry_after:
                    reason = None  # the server asks for longer than we may wait: give up now
                elif policy.use_budget and not self._budget.try_acquire(
                    timeout=isinstance(error, httpx.TimeoutException)
                ):
                    logger.warning(
                        "%s %s: not retried, retry budget exhausted (%s)",
                        op.method,
                        op.path,
                        reason,
                    )
                    reason = None
                else:
                    if policy.use_budget:
                        spent += (
                            self._budget.timeout_cost
                            if isinstance(error, httpx.TimeoutException)
                            else self._budget.retry_cost
                        )
                    delay = retry_after if retry_after is not None else policy.backoff(attempt)
                    if time.monotonic() + delay >= deadline:
                        # Waiting would end in the deadline's TimeoutError: report what the
                        # server said instead.
                        logger.warning(
                            "%s %s: not retried, waiting %.2fs would pass the deadline (%s)",
                            op.method,
                            op.path,
                            delay,
                            reason,
                        )
                        delay = None
            if reason is None or delay is None:
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
            if _asyncio_running():
                await asyncio.sleep(delay)
            else:
                import anyio

                await anyio.sleep(delay)

    def _failure(
        self,
        op: Operation,
        response: httpx.Response | None,
        error: BaseException | None,
        attempts: int,
    ) -> errors.TalonError:
        if response is None:
            if isinstance(error, httpx.TimeoutException):
                return errors.TimeoutError(
                    f"{type(error).__name__}: {error}",
                    method=op.method,
                    path=op.path,
                    attempts=attempts,
                )
            return errors.ConnectionError(
                f"{type(error).__name__}: {error}",
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
        ctx = Context(response.content, response.status_code, op.method, op.path)
        try:
            data = parse_json(response.content, ctx)
            result = decode(desc, data, ctx)
            return materialize(result) if self._eager else result
        except errors.DecodeError as exc:
            exc.attempts = attempts
            raise


def _asyncio_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


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
