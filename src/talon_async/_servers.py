"""Server selection with the Go client's rules, in Python idiom.

The table (index, templated URL, variables, defaults, enums) comes from the spec. A server is
chosen per call from, highest first: the call's own options, the operation override in the
active `server_context`, the `server_context`, the client's operation override, the client,
and the spec's default. `server_context` rides on contextvars, so it is task-local, nests, and
is restored on exit, in sync and async code alike.
"""

from __future__ import annotations

import contextvars
import ipaddress
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any
from urllib.parse import SplitResult, urlsplit

from ._meta import operation, spec_meta

__all__ = ["Server", "ServerVariable", "check_base_url", "server_context", "servers"]


# -- what a value may be --------------------------------------------------------------------
# Allow-lists, not filters: a value that could move the request to another host (`evil.com/`,
# `a@evil.com`, `h:9/#`) is refused before any URL is built, and the built URL is parsed again.

_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_DIGITS = re.compile(r"[0-9]{1,5}")
_PATH = re.compile(r"(?:/[A-Za-z0-9._~!$&'()*+,;=:@%-]*)*")


def _is_label(value: str) -> bool:
    return _LABEL.fullmatch(value) is not None


def _is_hostname(value: str) -> bool:
    """A DNS name (dot-separated labels, 253 characters at most; a last label of digits only
    must be an IPv4 address instead), an IPv4 address, or an IPv6 address in brackets."""
    if value.startswith("[") and value.endswith("]"):
        try:
            ipaddress.IPv6Address(value[1:-1])
        except ValueError:
            return False
        return True
    labels = value.split(".")
    if labels[-1].isdigit():
        try:
            ipaddress.IPv4Address(value)
        except ValueError:
            return False
        return True
    return len(value) <= 253 and all(_is_label(label) for label in labels)


def _is_port(value: str) -> bool:
    return _DIGITS.fullmatch(value) is not None and 1 <= int(value) <= 65535


# Variable name -> (check, the allowed shape in words). A variable a future server adds that is
# not listed here and has no enum gets the `subdomain` shape, the strictest one: a single DNS
# label can fill one part of a host name, but never adds a dot, a port, userinfo, a path, a
# query or a fragment. Give such a variable its own shape here, by name, once it exists.
_SHAPES: dict[str, tuple[Callable[[str], bool], str]] = {
    "subdomain": (
        _is_label,
        "one DNS label: 1-63 letters, digits or hyphens, not starting or ending with a hyphen",
    ),
    "host": (
        _is_hostname,
        "a host name (DNS labels separated by dots), an IPv4 address or an [IPv6] literal",
    ),
    "port": (_is_port, "a port number 1-65535, in digits"),
}
_CONSERVATIVE = _SHAPES["subdomain"]


def _check_shape(name: str, value: str, where: str = "") -> None:
    """Refuse a non-enum value that does not have its variable's shape."""
    check, shape = _SHAPES.get(name, _CONSERVATIVE)
    if not check(value):
        raise ValueError(f"server variable {name!r}{where} got {value!r}; it must be {shape}")


def _netloc_problem(netloc: str) -> str | None:
    """Why `netloc` is not `host[:port]` with a valid host and port, or None when it is."""
    if "@" in netloc:
        return "it has userinfo (user@ or user:password@)"
    if netloc.startswith("["):
        host, _, rest = netloc.partition("]")
        host += "]"
        port = rest[1:] if rest.startswith(":") else None
        if rest and port is None:
            return f"{netloc!r} is not [IPv6]:port"
    else:
        host, colon, port_text = netloc.partition(":")
        port = port_text if colon else None
    if not host or not _is_hostname(host):
        return f"{host!r} is not a host name, an IPv4 address or an [IPv6] literal"
    if port is not None and not _is_port(port):
        return f"port {port!r} is not 1-65535 in digits"
    return None


def _split(url: str, what: str) -> SplitResult:
    """urlsplit, after refusing what urlsplit would silently drop or reinterpret."""
    if not url.isascii() or not url.isprintable() or " " in url or "\\" in url:
        raise ValueError(
            f"{what} got {url!r}; it has spaces, backslashes, control or non-ASCII characters"
        )
    try:
        return urlsplit(url)
    except ValueError as exc:  # an unbalanced [ or ]
        raise ValueError(f"{what} got {url!r}: {exc}") from None


def check_base_url(url: object, what: str = "base_url") -> str:
    """An absolute http(s) URL with a host and optionally a port and a path prefix; no
    userinfo, query or fragment (they would change where, or to whom, the key is sent).
    Returns it without trailing slashes."""
    if not isinstance(url, str):
        raise TypeError(f"{what} must be a str, got {type(url).__name__}")
    shape = (
        "it must be an absolute http(s) URL with a host, an optional port 1-65535 and an "
        "optional path, without user:password@, ?query or #fragment"
    )
    try:
        parts = _split(url, what)
    except ValueError as exc:
        raise ValueError(f"{exc}; {shape}") from None
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"{what} got {url!r}: the scheme is not http or https; {shape}")
    problem = _netloc_problem(parts.netloc)
    if problem is None and ("?" in url or "#" in url):
        problem = "it has a query or a fragment"
    if problem is None and _PATH.fullmatch(parts.path) is None:
        problem = f"path {parts.path!r} has characters a URL path cannot have"
    if problem is not None:
        raise ValueError(f"{what} got {url!r}: {problem}; {shape}")
    return url.rstrip("/")


@dataclass(frozen=True, slots=True)
class ServerVariable:
    """A variable of a server URL: its default, and the allowed values when the spec has them."""

    default: str
    enum: tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class Server:
    """One entry of the spec's server table: a URL template, its purpose and its variables."""

    url: str
    description: str
    variables: Mapping[str, ServerVariable]

    def format(self, values: Mapping[str, str], *, index: int) -> str:
        """The URL with every variable filled; each value is checked against its enum or its
        shape, and the result is parsed again and must have the template's structure."""
        where = f" of server {index} ({self.url})"
        filled: dict[str, str] = {}
        for name, var in self.variables.items():
            value = values.get(name, var.default)
            if not isinstance(value, str):
                raise TypeError(f"server variable {name!r} must be a str, got {value!r}")
            if var.enum is not None:
                if value not in var.enum:
                    raise ValueError(
                        f"server variable {name!r}{where} got {value!r}; "
                        f"allowed values: {', '.join(var.enum)}"
                    )
            else:
                _check_shape(name, value, where)
            filled[name] = value
        url = _fill(self.url, filled).rstrip("/")
        self._check_structure(url, filled, where)
        return url

    def _check_structure(self, url: str, filled: Mapping[str, str], where: str) -> None:
        """The formatted URL, parsed, has the template's scheme, host[:port] and path (each
        part filled on its own), a valid host and port, and no userinfo, query or fragment: a
        value cannot move a `/`, `@`, `?` or `#` from one part of the URL into another. The
        shapes above already refuse those characters; this holds even if a shape is loosened."""
        template = urlsplit(self.url)
        parts = _split(url, f"the URL of server{where}")
        problem = _netloc_problem(parts.netloc)
        if problem is None and (
            parts.scheme != template.scheme
            or parts.netloc != _fill(template.netloc, filled)
            or parts.path != template.path.rstrip("/")
            or "?" in url
            or "#" in url
        ):
            problem = "its scheme, host, port or path differ from the template's"
        if problem is not None:
            raise ValueError(f"server variables {dict(filled)!r}{where} form {url!r}: {problem}")


def _fill(template: str, values: Mapping[str, str]) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    return template


@cache
def servers() -> tuple[Server, ...]:
    """The spec's servers, in index order."""
    return tuple(
        Server(
            url=s["url"],
            description=s["description"],
            variables=MappingProxyType(
                {
                    name: ServerVariable(v["default"], tuple(v["enum"]) if v["enum"] else None)
                    for name, v in s["variables"].items()
                }
            ),
        )
        for s in spec_meta()["servers"]
    )


def _check_index(index: int) -> Server:
    table = servers()
    if isinstance(index, bool) or not isinstance(index, int):
        raise TypeError(f"server_index must be an int, got {index!r}")
    if not 0 <= index < len(table):
        raise ValueError(
            f"server_index {index} is out of range: the spec defines servers 0..{len(table) - 1} "
            + "; ".join(f"{i}: {s.url}" for i, s in enumerate(table))
        )
    return table[index]


def server_url(index: int, variables: Mapping[str, str]) -> str:
    return _check_index(index).format(variables, index=index)


@dataclass(frozen=True, slots=True)
class Selection:
    """One layer of server choices; None/empty means "not set at this layer"."""

    server_index: int | None = None
    server_variables: Mapping[str, str] = field(default_factory=dict)
    operation_server_indices: Mapping[str, int] = field(default_factory=dict)
    operation_server_variables: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


_context: contextvars.ContextVar[Selection | None] = contextvars.ContextVar(
    "talon_async_server_context", default=None
)


def _by_python_key(mapping: Mapping[str, Any] | None, what: str) -> dict[str, Any]:
    """Accept Go-style and Python-style operation keys; store them in the Python form."""
    if not mapping:
        return {}
    if not isinstance(mapping, Mapping):
        raise TypeError(f"{what} must be a mapping of operation key to value")
    return {operation(key).key: value for key, value in mapping.items()}


@cache
def _enums() -> dict[str, tuple[str, ...]]:
    """Every enum-constrained variable name in the table, with its allowed values."""
    allowed: dict[str, tuple[str, ...]] = {}
    for server in servers():
        for name, var in server.variables.items():
            if var.enum is not None:
                allowed[name] = tuple(dict.fromkeys(allowed.get(name, ()) + var.enum))
    return allowed


def _check_variables(values: Mapping[str, str] | None, what: str) -> dict[str, str]:
    """Types, and enum values wherever they are given: a bad `region` fails even while the
    chosen server does not use it, so a typo cannot hide until the server changes. Names no
    server defines are ignored."""
    if not values:
        return {}
    if not isinstance(values, Mapping):
        raise TypeError(f"{what} must be a mapping of variable name to str")
    enums = _enums()
    for name, value in values.items():
        if not isinstance(value, str):
            raise TypeError(f"{what}[{name!r}] must be a str, got {value!r}")
        allowed = enums.get(name)
        if allowed is not None:
            if value not in allowed:
                raise ValueError(
                    f"server variable {name!r} got {value!r}; allowed values: {', '.join(allowed)}"
                )
        else:
            _check_shape(name, value, f" in {what}")
    return dict(values)


@contextmanager
def server_context(
    *,
    server_index: int | None = None,
    server_variables: Mapping[str, str] | None = None,
    operation_server_indices: Mapping[str, int] | None = None,
    operation_server_variables: Mapping[str, Mapping[str, str]] | None = None,
) -> Iterator[None]:
    """Choose servers for every call made inside the block (this task and its children only).

    Nested blocks layer on the outer one: values given here win, the rest is inherited.
    Enum values are validated against every server they could apply to when a call resolves;
    variables a server does not use are ignored.
    """
    outer = _context.get() or Selection()
    op_vars = {k: dict(v) for k, v in outer.operation_server_variables.items()}
    for key, values in _by_python_key(
        operation_server_variables, "operation_server_variables"
    ).items():
        op_vars[key] = {
            **op_vars.get(key, {}),
            **_check_variables(values, f"operation_server_variables[{key!r}]"),
        }
    layer = Selection(
        server_index=server_index if server_index is not None else outer.server_index,
        server_variables={
            **outer.server_variables,
            **_check_variables(server_variables, "server_variables"),
        },
        operation_server_indices={
            **outer.operation_server_indices,
            **_by_python_key(operation_server_indices, "operation_server_indices"),
        },
        operation_server_variables=op_vars,
    )
    # An out-of-range index fails here, not mid-request.
    for index in (layer.server_index, *layer.operation_server_indices.values()):
        if index is not None:
            _check_index(index)
    token = _context.set(layer)
    try:
        yield
    finally:
        _context.reset(token)


@dataclass(frozen=True, slots=True)
class OperationServer:
    """A client-level override for one operation: an index and/or variables, or a URL."""

    server_index: int | None = None
    server_variables: Mapping[str, str] = field(default_factory=dict)
    base_url: str | None = None


class ServerResolver:
    """Turns the layers into a base URL for one call; fast when nothing overrides the client."""

    __slots__ = ("_base_url", "_client", "_client_default", "_operations")

    def __init__(
        self,
        *,
        base_url: str | None,
        server_index: int,
        server_variables: Mapping[str, str] | None,
        operation_servers: Mapping[str, OperationServer | Mapping[str, Any] | str] | None,
    ) -> None:
        self._base_url = check_base_url(base_url) if base_url is not None else None
        self._client = Selection(
            server_index, _check_variables(server_variables, "server_variables")
        )
        self._operations: dict[str, OperationServer] = {}
        for key, value in _by_python_key(operation_servers, "operation_servers").items():
            if isinstance(value, str):
                value = OperationServer(base_url=value)
            elif isinstance(value, Mapping):
                unknown = set(value) - {"server_index", "server_variables", "base_url"}
                if unknown:
                    raise ValueError(
                        f"operation_servers[{key!r}] has unknown keys {sorted(unknown)}; "
                        "use server_index, server_variables or base_url"
                    )
                value = OperationServer(
                    value.get("server_index"),
                    _check_variables(value.get("server_variables"), f"operation_servers[{key!r}]"),
                    value.get("base_url"),
                )
            elif isinstance(value, OperationServer):
                value = OperationServer(
                    value.server_index,
                    _check_variables(value.server_variables, f"operation_servers[{key!r}]"),
                    value.base_url,
                )
            else:
                raise TypeError(
                    f"operation_servers[{key!r}] must be a mapping, URL or OperationServer"
                )
            if value.base_url is not None:
                value = OperationServer(
                    value.server_index,
                    value.server_variables,
                    check_base_url(value.base_url, f"operation_servers[{key!r}] URL"),
                )
            self._operations[key] = value
        # Validate the client's own choices now, so a typo fails at construction.
        self._client_default = server_url(server_index, self._client.server_variables)
        for override in self._operations.values():
            if override.base_url is None:
                server_url(
                    override.server_index if override.server_index is not None else server_index,
                    {**self._client.server_variables, **override.server_variables},
                )

    def resolve(
        self,
        op_key: str,
        call_index: int | None = None,
        call_variables: Mapping[str, str] | None = None,
    ) -> str:
        if self._base_url is not None:
            return self._base_url
        ctx = _context.get()
        client_op = self._operations.get(op_key)
        if ctx is None and client_op is None and call_index is None and not call_variables:
            return self._client_default
        if (
            client_op is not None
            and client_op.base_url is not None
            and call_index is None
            and (
                ctx is None
                or (ctx.server_index is None and op_key not in ctx.operation_server_indices)
            )
        ):
            # A URL override for this operation holds until a higher layer picks a server.
            return client_op.base_url
        index: int | None = call_index
        if index is None and ctx is not None:
            index = ctx.operation_server_indices.get(op_key, ctx.server_index)
        if index is None and client_op is not None:
            index = client_op.server_index
        if index is None:
            index = self._client.server_index
        variables: dict[str, str] = dict(self._client.server_variables)
        if client_op is not None:
            variables.update(client_op.server_variables)
        if ctx is not None:
            variables.update(ctx.server_variables)
            variables.update(ctx.operation_server_variables.get(op_key, {}))
        if call_variables:
            variables.update(_check_variables(call_variables, "server_variables"))
        return server_url(index if index is not None else 0, variables)
