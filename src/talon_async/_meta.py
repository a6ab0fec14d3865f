"""The spec facts the facade runs on, as rendered next to the generated package.

scripts/regenerate.sh writes talon_one_raw/spec_meta.json from openapi/integration.yaml, so the
server table, the operation table and the decoder's type table are never written by hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class Operation:
    key: str  # "customer_sessions.update_customer_session_v2"
    go_key: str  # "CustomerSessionsApiService.UpdateCustomerSessionV2"
    operation_id: str
    method: str
    path: str
    responses: dict[str, Any]  # status -> decoder type (None for 204)
    deprecated: bool
    comma_separated_query: tuple[str, ...]  # array parameters sent as a=x,y (explode: false)


@cache
def spec_meta() -> dict[str, Any]:
    text = resources.files("talon_one_raw").joinpath("spec_meta.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def operations() -> dict[str, Operation]:
    """Every operation, reachable by its Python key and by its Go key."""
    table: dict[str, Operation] = {}
    for op in spec_meta()["operations"]:
        entry = Operation(
            key=f"{op['group']}.{op['function']}",
            go_key=op["go_key"],
            operation_id=op["operation_id"],
            method=op["method"],
            path=op["path"],
            responses={status: _hashable(desc) for status, desc in op["responses"].items()},
            deprecated=op["deprecated"],
            comma_separated_query=tuple(op["comma_separated_query"]),
        )
        table[entry.key] = entry
        table[entry.go_key] = entry
    return table


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
