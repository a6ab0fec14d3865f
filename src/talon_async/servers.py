"""Server selection with the Go client's rules, in Python idiom.

The table (index, templated URL, variables, defaults, enums) comes from the spec. A server is
chosen per call from, highest first: the call's own options, the operation override in the
active `server_context`, the `server_context`, the client's operation override, the client,
and the spec's default. `server_context` rides on contextvars, so it is task-local, nests, and
is restored on exit, in sync and async code alike.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any

from ._meta import operation, spec_meta

__all__ = ["Server", "ServerVariable", "server_context", "servers"]


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
        """The URL with every variable filled; enum values are always validated."""
        url = self.url
        for name, var in self.variables.items():
            value = values.get(name, var.default)
            if not isinstance(value, str):
                raise TypeError(f"server variable {name!r} must be a str, got {value!r}")
            if var.enum is not None and value not in var.enum:
                raise ValueError(
                    f"server variable {name!r} of server {index} ({self.url}) got {value!r}; "
                    f"allowed values: {', '.join(var.enum)}"
                )
            url = url.replace("{" + name + "}", value)
        return url.rstrip("/")


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
        if allowed is not None and value not in allowed:
            raise ValueError(
                f"server variable {name!r} got {value!r}; allowed values: {', '.join(allowed)}"
            )
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
        self._base_url = base_url.rstrip("/") if base_url else None
        self._client = Selection(
            server_index, _check_variables(server_variables, "server_variables")
        )
        self._operations: dict[str, OperationServer] = {}
        for key, value in _by_python_key(operation_servers, "operation_servers").items():
            if isinstance(value, str):
                value = OperationServer(base_url=value.rstrip("/"))
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
                    value.server_index, value.server_variables, value.base_url.rstrip("/")
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
