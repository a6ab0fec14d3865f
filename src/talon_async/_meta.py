"""The spec facts the facade runs on, as rendered next to the generated package.

scripts/regenerate.sh writes talon_one_raw/spec_meta.json from openapi/integration.yaml, so the
server table, the operation table and the decoder's type table are never written by hand.
Per-operation behaviour (409 on parallel updates and its lock keys, the automatic
Idempotency-Key, bulk limits) is written once in openapi/overlay.yaml as `x-talon-*`
extensions; client, batch and emulator read it here, from `Operation`, and nowhere else.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

__all__ = [
    "BulkLimit",
    "LockKey",
    "Operation",
    "all_operations",
    "groups",
    "operation",
    "operation_by_id",
    "operations",
    "spec_meta",
]


@dataclass(frozen=True, slots=True)
class LockKey:
    """One entity Talon.One refuses to update from two requests at once, and where the request
    names it (`x-talon-parallel-update-409: [session:path.customerSessionId, ...]`).

    `field` is a dotted path; a segment ending in `[]` means every item of that list
    (`customerProfiles[].integrationId`).
    """

    entity: str  # "session" or "profile"
    location: str  # "path" (a path parameter) or "body" (the JSON body)
    field: (
        str  # "customerSessionId", "customerSession.profileId", "customerProfiles[].integrationId"
    )

    @classmethod
    def parse(cls, text: str) -> LockKey:
        entity, sep, rest = text.partition(":")
        location, dot, field = rest.partition(".")
        if not sep or not dot or location not in ("path", "body") or not entity or not field:
            raise ValueError(f"bad x-talon-parallel-update-409 entry {text!r}")
        return cls(entity, location, field)

    def values(self, path_params: Mapping[str, Any], body: Any) -> tuple[str, ...]:
        """The IDs this key names in one request (none when the field is absent or empty)."""
        found: list[Any] = [path_params if self.location == "path" else body]
        for segment in self.field.split("."):
            each = segment.endswith("[]")
            name = segment.removesuffix("[]")
            step: list[Any] = []
            for value in found:
                item = value.get(name) if isinstance(value, Mapping) else None
                if each:
                    step.extend(item if isinstance(item, list) else ())
                elif item is not None:
                    step.append(item)
            found = step
        return tuple(
            str(v) for v in found if v not in (None, "") and not isinstance(v, dict | list)
        )


@dataclass(frozen=True, slots=True)
class BulkLimit:
    """At most `max` items in the body's list `items` per request (`x-talon-bulk-limit`)."""

    items: str
    max: int


@dataclass(frozen=True, slots=True)
class Operation:
    key: str  # "customer_sessions.update_customer_session_v2"
    go_key: str  # "CustomerSessionsApiService.UpdateCustomerSessionV2"
    operation_id: str
    group: str  # "customer_sessions": the client attribute and talon_one_raw.api module
    function: str  # "update_customer_session_v2": the method name (snake case of operation_id)
    method: str
    path: str
    responses: dict[str, Any]  # every documented status -> decoder type (None for 204)
    deprecated: bool
    comma_separated_query: tuple[str, ...]  # array parameters sent as a=x,y (explode: false)
    # behaviour facts from the overlay's x-talon-* extensions
    parallel_update_409: tuple[LockKey, ...] | None = None  # None: a 409 is a real conflict
    auto_idempotency_key: bool = False  # send a fresh Idempotency-Key when the caller gives none
    bulk_limit: BulkLimit | None = None
    # documented error status -> the schema its body follows ("400" -> "ErrorResponse")
    error_schemas: dict[str, str] = field(default_factory=dict)


@cache
def spec_meta() -> dict[str, Any]:
    text = resources.files("talon_one_raw").joinpath("spec_meta.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _operation(op: dict[str, Any]) -> Operation:
    behaviour: dict[str, Any] = op.get("behaviour", {})
    unknown = set(behaviour) - {"parallel-update-409", "idempotency-key", "bulk-limit"}
    if unknown:  # a new x-talon-* fact must be read somewhere, not silently ignored
        raise ValueError(f"{op['operation_id']}: unknown x-talon-* behaviour {sorted(unknown)}")
    locks = behaviour.get("parallel-update-409")
    bulk = behaviour.get("bulk-limit")
    idempotency = behaviour.get("idempotency-key")
    if idempotency not in (None, "automatic"):
        raise ValueError(f"{op['operation_id']}: x-talon-idempotency-key must be 'automatic'")
    return Operation(
        key=f"{op['group']}.{op['function']}",
        go_key=op["go_key"],
        operation_id=op["operation_id"],
        group=op["group"],
        function=op["function"],
        method=op["method"],
        path=op["path"],
        responses={status: _hashable(desc) for status, desc in op["responses"].items()},
        deprecated=op["deprecated"],
        comma_separated_query=tuple(op["comma_separated_query"]),
        parallel_update_409=None if locks is None else tuple(LockKey.parse(k) for k in locks),
        auto_idempotency_key=idempotency == "automatic",
        bulk_limit=None if bulk is None else BulkLimit(items=bulk["items"], max=int(bulk["max"])),
        error_schemas=dict(op.get("error_schemas", {})),
    )


@cache
def all_operations() -> tuple[Operation, ...]:
    """Every operation once, sorted by group and function."""
    return tuple(_operation(op) for op in spec_meta()["operations"])


@cache
def operations() -> dict[str, Operation]:
    """Every operation, reachable by its Python key and by its Go key."""
    table: dict[str, Operation] = {}
    for entry in all_operations():
        table[entry.key] = entry
        table[entry.go_key] = entry
    return table


@cache
def _by_id() -> dict[str, Operation]:
    return {op.operation_id: op for op in all_operations()}


def operation_by_id(operation_id: str) -> Operation:
    """Look up an operation by its OpenAPI operationId ("updateCustomerSessionV2")."""
    try:
        return _by_id()[operation_id]
    except KeyError:
        raise ValueError(f"unknown operationId {operation_id!r}") from None


@cache
def groups() -> tuple[str, ...]:
    """The API groups (client attributes), sorted."""
    return tuple(sorted({op.group for op in all_operations()}))


def _hashable(desc: Any) -> Any:
    """Type descriptions as tuples, so the decoder's cache can use them directly."""
    return tuple(_hashable(x) for x in desc) if isinstance(desc, list) else desc


def operation(key: str) -> Operation:
    """Look up an operation by either key form; ValueError names the accepted forms."""
    try:
        return operations()[key]
    except KeyError:
        raise ValueError(
            f"unknown operation {key!r}: use 'group.operation' such as "
            "'customer_sessions.update_customer_session_v2' or the Go form "
            "'CustomerSessionsApiService.UpdateCustomerSessionV2'"
        ) from None
