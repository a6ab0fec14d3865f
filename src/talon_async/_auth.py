"""The `Authorization: ApiKey-v1 <key>` header, and keeping the key out of sight.

The key is held by an object whose repr is redacted, so it cannot leak through reprs of the
client, tracebacks with locals, or log records of objects that hold it.
"""

from __future__ import annotations

import os

ENV_VAR = "TALON_API_KEY"
SCHEME = "ApiKey-v1"


class MissingAPIKey(ValueError):
    """No key was given and TALON_API_KEY is not set."""


class ApiKey:
    """An API key that never shows itself in repr or str."""

    __slots__ = ("_escapes", "_header", "secret_bytes")

    def __init__(self, key: str) -> None:
        if not isinstance(key, str):
            raise TypeError(f"api_key must be a str, got {type(key).__name__}")
        if not key:
            raise ValueError("api_key is empty")
        # Only visible ASCII: anything else could split or smuggle headers (CR/LF) or be a
        # copy-paste accident (spaces, zero-width characters). The key itself is not echoed.
        bad = [i for i, ch in enumerate(key) if not ("\x21" <= ch <= "\x7e")]
        if bad:
            raise ValueError(
                f"api_key contains {len(bad)} invalid character(s) (first at position {bad[0]}): "
                "only visible ASCII is allowed; check for line breaks or spaces from copy-paste"
            )
        self._header = f"{SCHEME} {key}"
        self.secret_bytes = key.encode()  # to find it cheaply in response bodies
        # The JSON escapes that can spell one of the key's characters: \uXXXX any of them,
        # and \/ \" \\ the three visible ASCII characters that have a short escape.
        self._escapes = (b"\\u", *(b"\\" + c.encode() for c in '/"\\' if c in key))

    def may_hide_in_escapes(self, raw: bytes) -> bool:
        """Whether JSON escapes in `raw` could spell the key where a byte search cannot see it.

        Every escape starts with a backslash, which one memchr finds (~0.5 us in 20 KB, against
        ~20 us for each two-byte search), so the bodies without one, most of them, cost nothing.
        """
        return b"\\" in raw and any(escape in raw for escape in self._escapes)

    @property
    def header_value(self) -> str:
        return self._header

    @property
    def secret(self) -> str:
        """The bare key, for redacting it from text a server echoes back."""
        return self._header[len(SCHEME) + 1 :]

    def __repr__(self) -> str:
        return "ApiKey('***')"

    __str__ = __repr__

    def __reduce__(self) -> str:
        raise TypeError("ApiKey cannot be pickled")


class MaskedHeaderValue(str):
    """A header value (the `Authorization` one) whose repr is masked.

    What a transport keeps in its frames is what tracebacks with locals show: aiohttp holds the
    request headers in a CIMultiDict local while a request is in flight, so a call cancelled
    there would print the key. multidict and aiohttp keep the value object as given (checked by
    tests/security/test_key_redaction.py), so their reprs show `'***'`; the bytes on the wire
    are the real value, since serialising uses the str's characters, not its repr.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "'***'"

    def __reduce__(self) -> str:
        raise TypeError("a masked header value cannot be pickled")


SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization"})


def resolve_api_key(api_key: str | None) -> ApiKey:
    """The explicit key, else TALON_API_KEY; a clear error when neither is there."""
    if api_key is None:
        api_key = os.environ.get(ENV_VAR)
        if not api_key:
            raise MissingAPIKey(
                f"no Talon.One API key: pass TalonClient(api_key=...) or set {ENV_VAR}"
            )
    return ApiKey(api_key)
