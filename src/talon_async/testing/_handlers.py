"""Handlers by operationId: each resource module registers its own with `@operation(...)`.

A handler sits next to the semantics it serves (moto's layout), and the app dispatches through
this registry. `handler_table` checks the registry against the contract's operation table at
start-up, so an operation without a handler, or a handler for an operation the contract does
not have (a typo, a removed operation), stops the emulator before it serves anything.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from ._model import Json
from ._state import State

__all__ = [
    "Call",
    "Handler",
    "HandlerTableError",
    "Registered",
    "handler_table",
    "operation",
    "registry",
    "silent",
]


def silent(value: Any) -> bool:
    """`silent=yes` (or true/1): answer 204 without a body where the contract documents it."""
    return str(value).lower() in {"yes", "true", "1"}


@dataclass(frozen=True)
class Call:
    """One validated request: path and query parameters (typed by the checks) and the body."""

    path: Json
    query: Json
    body: Any

    @property
    def dry(self) -> bool:
        return bool(self.query.get("dry"))

    @property
    def silent(self) -> bool:
        return silent(self.query.get("silent", "yes"))


Handler = Callable[[State, Call], Any]  # returns the response body (None: no body)


class Registered(NamedTuple):
    handler: Handler
    status: int  # the success status the handler answers with


class HandlerTableError(RuntimeError):
    """The handlers and the contract's operations do not match one to one."""


_REGISTRY: dict[str, Registered] = {}


def operation(operation_id: str, *, status: int = 200) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of `operation_id`."""

    def register(handler: Handler) -> Handler:
        if operation_id in _REGISTRY:
            raise HandlerTableError(
                f"two handlers for {operation_id!r}: "
                f"{_REGISTRY[operation_id].handler.__module__} and {handler.__module__}"
            )
        _REGISTRY[operation_id] = Registered(handler, status)
        return handler

    return register


def registry() -> Mapping[str, Registered]:
    """Every registered handler; importing the `resources` package registers them."""
    from . import resources

    for module in pkgutil.iter_modules(resources.__path__):
        importlib.import_module(f"{resources.__name__}.{module.name}")
    return dict(_REGISTRY)


def handler_table(
    operation_ids: Iterable[str], handlers: Mapping[str, Registered] | None = None
) -> dict[str, Registered]:
    """The handlers for exactly the contract's operations, or HandlerTableError saying which
    operations lack a handler and which handlers name no operation of the contract."""
    table = registry() if handlers is None else handlers
    wanted = set(operation_ids)
    missing = sorted(wanted - set(table))
    unknown = sorted(set(table) - wanted)
    problems = []
    if missing:
        problems.append(
            f"operations of the contract without a handler: {', '.join(missing)} "
            "(register one with @operation(...) in a module of testing/resources/)"
        )
    if unknown:
        problems.append(
            f"handlers for operationIds the contract does not have: {', '.join(unknown)} "
            "(check the spelling against openapi/integration.yaml)"
        )
    if problems:
        raise HandlerTableError("; ".join(problems))
    return {op_id: table[op_id] for op_id in sorted(wanted)}
