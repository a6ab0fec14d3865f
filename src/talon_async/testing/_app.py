"""The ASGI application: auth, contract validation, Talon.One's 409 rule, faults, dispatch.

Every API request goes through the same pipeline (`_serve`), in this order: count it, inject a
status/reset fault, check the API key (401), validate against our spec (400), take the
session/profile in-flight marks (409), inject latency, run the operation's handler (registered
by its module in `resources/`, see `_handlers.py`) on the shared state (`_state.py`).
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
from collections.abc import Callable, Mapping
from typing import Any, Protocol

import orjson
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from talon_async._meta import Operation, all_operations

from ._config import EmulatorConfig
from ._config_load import default_config
from ._faults import Counters, Fault, Faults, resolve_operation
from ._handlers import Call, handler_table
from ._model import ApiProblem
from ._ratelimit import RateLimiter
from ._spec import Spec, load_spec
from ._state import State
from ._validation import Checked, InvalidRequest

__all__ = ["TRANSPORT_KEY", "Emulator"]

# uvicorn's protocol (see _server.py) puts the connection's transport into scope["state"] so a
# `reset` fault can abort the TCP connection with an RST instead of answering.
TRANSPORT_KEY = "talon_emulator.transport"


def _json(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Response:
    try:
        content = orjson.dumps(body)
    except TypeError:  # integers past 64 bits, which a client may store in attributes
        content = json.dumps(body, separators=(",", ":")).encode()
    return Response(content, status_code=status, media_type="application/json", headers=headers)


def _with_status(op: Operation, status: int) -> bool:
    """Error bodies carry `StatusCode` unless the contract documents the plain ErrorResponse."""
    return op.error_schemas.get(str(status)) != "ErrorResponse"


class _InjectedFault(Response):
    """A fault the user injected: outside the contract on purpose, so never checked against it."""


class _ConnectionReset(_InjectedFault):
    """Abort the connection (RST) instead of answering; falls back to a truncated response."""

    def __init__(self) -> None:
        super().__init__(status_code=200)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        transport = (scope.get("state") or {}).get(TRANSPORT_KEY)
        if transport is not None:
            sock = transport.get_extra_info("socket")
            if sock is not None:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            transport.abort()
            await asyncio.sleep(0.01)
            return
        await send({"type": "http.response.start", "status": 200, "headers": []})
        raise ConnectionResetError("emulated connection reset")


class RequestChecker(Protocol):
    """What validates a request: `RequestChecks` (compiled), or openapi-core for reference."""

    def check(
        self,
        operation_id: str,
        path_params: Mapping[str, str],
        query: list[tuple[str, str]],
        headers: Mapping[str, str],
        raw: bytes,
    ) -> Checked: ...


class Emulator:
    """The emulator as an ASGI app, plus the handles tests use: store, faults, counters.

    Raises HandlerTableError when the handlers in `resources/` and the contract's operations do
    not match one to one.
    """

    def __init__(
        self,
        config: EmulatorConfig | None = None,
        *,
        api_key: str | None = None,
        validate_responses: bool = False,
        spec_path: str | None = None,
        request_checks: RequestChecker | None = None,
    ) -> None:
        self.config = config or default_config()
        self.api_key = api_key if api_key is not None else self.config.api_key
        self.validate_responses = validate_responses
        self.spec: Spec = load_spec(spec_path)
        self.request_checks: RequestChecker = request_checks or self.spec.checks
        if validate_responses:
            _ = self.spec.openapi  # build openapi-core now, not during the first request
        self.operations: tuple[Operation, ...] = all_operations()
        self._handlers = handler_table(op.operation_id for op in self.operations)
        self.store = State(self.config)
        self.faults = Faults(resolve_operation, self.config.seed)
        for fault in self.config.faults:
            self.faults.add_dict(fault)
        self.counters = Counters()
        self.rate_limiter = RateLimiter(self.config.rate_limit)
        self._in_flight: set[tuple[str, str]] = set()
        routes: dict[str, dict[str, Operation]] = {}
        for op in self.operations:
            routes.setdefault(op.path, {})[op.method] = op
        app_routes = [
            Route(path, self._endpoint(methods), methods=list(methods))
            for path, methods in routes.items()
        ]
        app_routes += self._admin_routes()
        self.app = Starlette(
            routes=app_routes,
            exception_handlers={
                HTTPException: self._http_error,  # type: ignore[dict-item]
            },
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)

    def reset(self, *, state: bool = True, faults: bool = True, counters: bool = True) -> None:
        """Forget data, faults and/or counters; the configured campaigns stay."""
        if state:
            self.store.reset()
        if faults:
            self.faults.clear()
            self.rate_limiter.configure(self.config.rate_limit)  # the configured limit, if any
        if counters:
            self.counters.clear()

    # ------------------------------------------------------------------ pipeline
    async def _http_error(self, request: Request, exc: HTTPException) -> Response:
        message = "no such endpoint" if exc.status_code == 404 else str(exc.detail)
        body = {"message": message, "StatusCode": exc.status_code}
        return _json(exc.status_code, body, exc.headers)  # 405 keeps Starlette's Allow header

    def _endpoint(self, methods: dict[str, Operation]) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            # Starlette routes HEAD to GET endpoints; answer it as the GET (no body is sent).
            op = methods.get(request.method) or methods["GET"]
            return await self._serve(op, request)

        return endpoint

    async def _serve(self, op: Operation, request: Request) -> Response:
        response = await self._pipeline(op, request)
        if self.validate_responses and not isinstance(response, _InjectedFault):
            errors = self.spec.response_errors(
                op.method,  # a HEAD is answered (and checked) as its GET
                request.url.path,
                request.query_params.multi_items(),
                request.headers.items(),
                await request.body(),
                response.status_code,
                dict(response.headers),
                bytes(response.body),
            )
            if errors:
                return _json(
                    500,
                    {
                        "message": "emulator response violates the spec",
                        "errors": [repr(e) for e in errors],
                    },
                )
        return response

    async def _pipeline(self, op: Operation, request: Request) -> Response:
        self.counters.increment(op.operation_id)
        delay, fault = self.faults.pick(op.operation_id)
        if fault is not None:
            return self._fault_response(fault)
        denied = self._check_auth(request)
        if denied is not None:
            return self._problem(op, denied)
        retry_after = self.rate_limiter.check(request.headers["authorization"])
        if retry_after is not None:
            return _json(
                429,
                {"message": "rate limit exceeded", "StatusCode": 429},
                {"Retry-After": str(retry_after)},
            )
        raw = await request.body()
        try:
            checked = self.request_checks.check(
                op.operation_id,
                request.path_params,
                request.query_params.multi_items(),
                request.headers,
                raw,
            )
        except InvalidRequest as invalid:
            body = ApiProblem(400, invalid.message).body(_with_status(op, 400))
            body["errors"] = invalid.errors
            return _json(400, body)
        call = Call(path=checked.path, query=checked.query, body=checked.body)
        keys = self._lock_keys(op, call)
        if keys & self._in_flight:
            return self._problem(
                op,
                ApiProblem(
                    409,
                    "another request for the same customer session or profile is in flight; "
                    "send requests for one entity sequentially",
                    title="Parallel request",
                ),
            )
        self._in_flight |= keys
        try:
            if delay > 0:
                await asyncio.sleep(delay)
            handler, status = self._handlers[op.operation_id]
            with self.store.lock:
                body = handler(self.store, call)
        except ApiProblem as failure:
            return self._problem(op, failure)
        finally:
            self._in_flight -= keys
        if status in (200, 201) and "204" in op.responses and call.silent:
            return Response(status_code=204)  # `silent=yes` where the contract documents a 204
        if body is None:
            return Response(status_code=status)
        return _json(status, body)

    def _check_auth(self, request: Request) -> ApiProblem | None:
        header = request.headers.get("authorization", "")
        scheme, _, key = header.partition(" ")
        if scheme != "ApiKey-v1" or not key.strip():
            return ApiProblem(
                401,
                "missing or malformed Authorization header; expected 'ApiKey-v1 <key>'",
                title="Unauthorized",
                parameter="Authorization",
            )
        if self.api_key is not None and key.strip() != self.api_key:
            return ApiProblem(
                401, "invalid API key", title="Unauthorized", parameter="Authorization"
            )
        return None

    def _problem(self, op: Operation, problem: ApiProblem) -> Response:
        return _json(problem.status, problem.body(_with_status(op, problem.status)))

    def _fault_response(self, fault: Fault) -> Response:
        if fault.kind == "reset":
            return _ConnectionReset()
        headers: dict[str, str] = {}
        if fault.retry_after is not None:
            value = fault.retry_after
            headers["Retry-After"] = str(int(value)) if float(value).is_integer() else str(value)
        message = "too many requests" if fault.status == 429 else "injected failure"
        body = _json(fault.status, {"message": message, "StatusCode": fault.status}, headers)
        return _InjectedFault(
            body.body, status_code=fault.status, media_type="application/json", headers=headers
        )

    def _lock_keys(self, op: Operation, call: Call) -> set[tuple[str, str]]:
        """Entities Talon.One refuses to update in parallel, from the overlay's
        x-talon-parallel-update-409 facts (`kind:source.path`, `[]` for each list item). A
        session also locks the profile it belongs to."""
        keys: set[tuple[str, str]] = set()
        for lock in op.parallel_update_409 or ():
            for value in lock.values(call.path, call.body):
                keys.add((lock.entity, value))
                known = self.store.sessions.get(value) if lock.entity == "session" else None
                if known is not None and known.profile_id:
                    keys.add(("profile", known.profile_id))
        return keys

    # ------------------------------------------------------------------ admin API
    def _admin_routes(self) -> list[Route]:
        async def health(request: Request) -> Response:
            return _json(200, {"status": "ok", "operations": len(self.operations)})

        async def counters(request: Request) -> Response:
            if request.method == "DELETE":
                self.counters.clear()
                return Response(status_code=204)
            return _json(200, self.counters.snapshot())

        async def faults(request: Request) -> Response:
            if request.method == "GET":
                return _json(200, [f.to_dict() for f in self.faults.list()])
            if request.method == "DELETE":
                self.faults.clear()
                return Response(status_code=204)
            try:
                data = json.loads(await request.body() or b"{}")
                items = data if isinstance(data, list) else [data]
                added = [self.faults.add_dict(item).to_dict() for item in items]
            except (ValueError, TypeError) as exc:
                return _json(400, {"message": str(exc), "StatusCode": 400})
            return _json(201, added if isinstance(data, list) else added[0])

        async def fault(request: Request) -> Response:
            found = self.faults.remove(int(request.path_params["fault_id"]))
            return Response(status_code=204 if found else 404)

        async def rate_limit(request: Request) -> Response:
            if request.method == "PUT":
                try:
                    self.rate_limiter.configure(json.loads(await request.body() or b"null"))
                except (ValueError, TypeError) as exc:
                    return _json(400, {"message": str(exc), "StatusCode": 400})
            elif request.method == "DELETE":
                self.rate_limiter.configure(None)
            return _json(200, self.rate_limiter.to_dict())

        async def reset(request: Request) -> Response:
            raw = await request.body()
            parts = json.loads(raw) if raw else {}
            self.reset(
                state=bool(parts.get("state", True)),
                faults=bool(parts.get("faults", True)),
                counters=bool(parts.get("counters", True)),
            )
            return Response(status_code=204)

        return [
            Route("/_emulator/health", health, methods=["GET"]),
            Route("/_emulator/counters", counters, methods=["GET", "DELETE"]),
            Route("/_emulator/faults", faults, methods=["GET", "POST", "DELETE"]),
            Route("/_emulator/faults/{fault_id:int}", fault, methods=["DELETE"]),
            Route("/_emulator/reset", reset, methods=["POST"]),
            Route("/_emulator/rate-limit", rate_limit, methods=["GET", "PUT", "DELETE"]),
        ]
