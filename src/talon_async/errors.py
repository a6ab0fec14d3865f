"""Everything a call can raise after its arguments were accepted.

One base class, `TalonError`, so callers can write a single `except`; subclasses say what to do
next: fix the request (`BadRequest`), fix the key (`Unauthorized`), back off (`RateLimited`,
`ServerError`, `TalonConnectionError`, `TalonTimeoutError`), or report a contract bug
(`DecodeError`). Messages and every attribute of an error never contain the API key (an echoed
key is replaced by `***`) or request bodies.

    TalonError
    ├── APIError                  a non-2xx answer: status, body, errors, request_id, retry_after
    │   ├── BadRequest            400
    │   ├── Unauthorized          401
    │   ├── NotFound              404
    │   ├── Conflict              409
    │   ├── RateLimited           429
    │   └── ServerError           5xx
    ├── TalonConnectionError      no connection, or it broke before an answer arrived
    ├── TalonTimeoutError         a phase timeout or the call's overall deadline
    ├── ResponseTooLarge          the answer passed max_response_size (received or inflated)
    ├── ClientClosed              the client was closed before or while the call ran
    └── DecodeError               a 2xx body that does not match the contract

`ConnectionError` and `TimeoutError` are the old names of `TalonConnectionError` and
`TalonTimeoutError` (same classes); they shadow the builtins, so they are left out of `__all__`.
Arguments that cannot be sent raise ValueError/TypeError before anything goes out
(`MissingAPIKey`, a ValueError, when no key is given).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

__all__ = [
    "APIError",
    "BadRequest",
    "ClientClosed",
    "Conflict",
    "DecodeError",
    "ErrorDetail",
    "NotFound",
    "RateLimited",
    "ResponseTooLarge",
    "ServerError",
    "TalonConnectionError",
    "TalonError",
    "TalonTimeoutError",
    "Unauthorized",
]


class TalonError(Exception):
    """Base of every error a talon_async call raises once the request could be built."""

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        path: str | None = None,
        attempts: int = 0,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path
        self.attempts = attempts

    def __str__(self) -> str:
        where = f" ({self.method} {self.path})" if self.method and self.path else ""
        tries = (
            f" after {self.attempts} attempt{'s' if self.attempts != 1 else ''}"
            if self.attempts
            else ""
        )
        return f"{self.message}{where}{tries}"


class ErrorDetail:
    """One entry of Talon.One's `errors` list: title, details and where in the request."""

    __slots__ = ("details", "source", "title")

    def __init__(self, title: str, details: str | None, source: Mapping[str, Any]) -> None:
        self.title = title
        self.details = details
        self.source = dict(source)

    def __repr__(self) -> str:
        return (
            f"ErrorDetail(title={self.title!r}, details={self.details!r}, source={self.source!r})"
        )


class APIError(TalonError):
    """Talon.One answered with a status that is not a success."""

    def __init__(
        self,
        status: int,
        *,
        body: Any = None,
        raw_body: bytes = b"",
        method: str | None = None,
        path: str | None = None,
        request_id: str | None = None,
        attempts: int = 0,
        retry_after: float | None = None,
        redact: tuple[str, ...] = (),
    ) -> None:
        if redact:  # a server or proxy may echo request headers back: never repeat the key
            body, raw_body = _redact_body(body, raw_body, redact)
            request_id = redact_text(request_id, redact)
        self.status = status
        self.body = body
        self.raw_body = raw_body
        self.request_id = request_id
        self.retry_after = retry_after
        self.errors: list[ErrorDetail] = []
        api_message = None
        if isinstance(body, Mapping):
            api_message = body.get("message") if isinstance(body.get("message"), str) else None
            items = body.get("errors")
            for item in items if isinstance(items, list) else ():
                if isinstance(item, Mapping):
                    source = item.get("source")
                    title = item.get("title")
                    self.errors.append(
                        ErrorDetail(
                            title if isinstance(title, str) else "",
                            item.get("details") if isinstance(item.get("details"), str) else None,
                            source if isinstance(source, Mapping) else {},
                        )
                    )
        self.api_message: str | None = api_message
        text = f"HTTP {status}"
        if api_message:
            text += f": {api_message}"
        if self.errors:
            text += "; " + "; ".join(
                e.title + (f" ({e.details})" if e.details else "") for e in self.errors[:3]
            )
        if request_id:
            text += f" [request id {request_id}]"
        super().__init__(text, method=method, path=path, attempts=attempts)


MASK = "***"


def redact_text(text: str | None, secrets: tuple[str, ...]) -> str | None:
    """`text` with every secret replaced by ***."""
    if text is None:
        return None
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASK)
    return text


def redact_json(value: Any, secrets: tuple[str, ...]) -> Any:
    """A parsed JSON value with every secret replaced in every string, keys included."""
    if isinstance(value, str):
        return redact_text(value, secrets)
    if isinstance(value, list):
        return [redact_json(item, secrets) for item in value]
    if isinstance(value, dict):
        return {
            redact_text(k, secrets) if isinstance(k, str) else k: redact_json(v, secrets)
            for k, v in value.items()
        }
    return value


def redact_bytes(raw: bytes, secrets: tuple[str, ...]) -> bytes:
    """Raw bytes with every secret replaced by ***."""
    for secret in secrets:
        if secret:
            raw = raw.replace(secret.encode(), MASK.encode())
    return raw


def _redact_body(body: Any, raw: bytes, secrets: tuple[str, ...]) -> tuple[Any, bytes]:
    """The parsed body and the raw bytes, redacted. JSON escapes (`\\u0041`) can hide a secret
    from a byte search: when the parsed bytes still show one, the redacted parsed body,
    serialised again, stands in for the raw bytes."""
    redacted = redact_json(body, secrets)
    raw = redact_bytes(raw, secrets)
    if redacted != body:
        try:
            still = redact_json(json.loads(raw), secrets) != json.loads(raw)
        except ValueError:
            still = False
        if still:
            raw = json.dumps(redacted, separators=(",", ":")).encode()
    return redacted, raw


class BadRequest(APIError):
    """400: the request does not satisfy the API; `errors` says which part."""


class Unauthorized(APIError):
    """401: the API key is missing, wrong, expired or for another application."""


class NotFound(APIError):
    """404: the entity in the path does not exist."""


class Conflict(APIError):
    """409: a parallel update of the same entity, a duplicate, or a limit reached."""


class RateLimited(APIError):
    """429: too many requests; `retry_after` holds the server's hint in seconds, if any."""


class ServerError(APIError):
    """5xx: Talon.One or a proxy in front of it failed."""


class TalonConnectionError(TalonError):
    """The request could not be delivered or the connection broke before an answer arrived."""


class TalonTimeoutError(TalonError):
    """No (complete) answer within the timeout or the call's overall deadline."""


class ResponseTooLarge(TalonError):
    """The response passed `TalonClient(max_response_size=...)`, counted on the bytes received
    and on the bytes after decompression; reading stopped there and the connection was closed."""

    def __init__(
        self,
        limit: int,
        *,
        method: str | None = None,
        path: str | None = None,
        attempts: int = 0,
    ) -> None:
        self.limit = limit
        super().__init__(
            f"the response is larger than max_response_size={limit} bytes "
            "(received or decompressed); raise TalonClient(max_response_size=...) if expected",
            method=method,
            path=path,
            attempts=attempts,
        )


class ClientClosed(TalonError, RuntimeError):
    """The TalonClient was closed (`aclose()`) before or while this call ran. Also a
    RuntimeError: calling a closed client is a programming error."""


# The original names, kept as aliases of the same classes; they shadow the builtins wherever
# they are imported by name, so they are not in __all__.
ConnectionError = TalonConnectionError
TimeoutError = TalonTimeoutError


class DecodeError(TalonError):
    """A success response does not match the contract; `raw_body` keeps what was received."""

    def __init__(
        self,
        message: str,
        *,
        json_path: str = "$",
        raw_body: bytes = b"",
        status: int | None = None,
        method: str | None = None,
        path: str | None = None,
        attempts: int = 0,
    ) -> None:
        self.json_path = json_path
        self.raw_body = raw_body
        self.status = status
        super().__init__(f"{message} at {json_path}", method=method, path=path, attempts=attempts)


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequest,
    401: Unauthorized,
    404: NotFound,
    409: Conflict,
    429: RateLimited,
}


def error_class_for(status: int) -> type[APIError]:
    """The most specific APIError subclass for an HTTP status."""
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, APIError)
