"""Our OpenAPI contract, loaded once: the operation table, request checks, response validation.

The emulator validates requests with the same document the client is generated from, so a
request the emulator accepts is one the contract allows (and Talon.One-shaped 400s otherwise).
Requests go through checks compiled at start-up (`_validation.py`); openapi-core, slow but
complete, is built on first use only: for `validate_responses` and the reference checks.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from ._validation import RequestChecks

__all__ = ["Operation", "Spec", "load_spec", "spec_path"]

# openapi-core matches requests against the spec's servers; every request is presented as if
# it came through the emulator server entry (`http://{host}:{port}`), whatever host serves it.
_HOST_URL = "http://localhost:9000"


def spec_path() -> Path:
    """Find integration.yaml: $TALON_EMULATOR_SPEC, a packaged copy, or the source checkout."""
    candidates: list[Path] = []
    env = os.environ.get("TALON_EMULATOR_SPEC")
    if env:
        candidates.append(Path(env))
    here = Path(__file__).resolve().parent
    candidates.append(here / "integration.yaml")
    candidates.append(here.parents[2] / "openapi" / "integration.yaml")
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        "openapi/integration.yaml not found; set TALON_EMULATOR_SPEC to its path "
        f"(looked in: {', '.join(map(str, candidates))})"
    )


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    function: str
    go_key: str
    group: str
    error_400: str | None
    responses: frozenset[str]
    # the overlay's x-talon-parallel-update-409 facts, e.g. "session:path.customerSessionId"
    parallel_update_409: tuple[str, ...] = ()


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


class _Request:
    """The request protocol openapi-core validates; built from plain values, not a framework."""

    def __init__(
        self,
        method: str,
        path: str,
        query: Iterable[tuple[str, str]],
        headers: Iterable[tuple[str, str]],
        body: bytes | None,
    ) -> None:
        header_map = Headers(list(headers))
        self.method = method.lower()
        self.path = path
        self.host_url = _HOST_URL
        self.body = body if body else None
        self.content_type = header_map.get("Content-Type", "application/json")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(query)),
            header=header_map,
            cookie=ImmutableMultiDict(),
        )


class _Response:
    def __init__(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        self.status_code = status
        self.headers = Headers(list(headers.items()))
        self.content_type = self.headers.get("Content-Type", "application/json")
        self.data = body if body else None


class Spec:
    """The parsed contract plus the operation table derived from it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        document = _read_yaml(path)
        self.checks = RequestChecks(document)
        meta = _meta()
        operations: list[Operation] = []
        for template, item in document["paths"].items():
            for method, op in item.items():
                if method not in {"get", "put", "post", "delete", "patch"}:
                    continue
                op_id = str(op["operationId"])
                responses = op.get("responses", {})
                bad = responses.get("400", {}).get("content", {}).get("application/json", {})
                ref = bad.get("schema", {}).get("$ref", "")
                operations.append(
                    Operation(
                        operation_id=op_id,
                        method=method.upper(),
                        path=template,
                        function=_snake(op_id),
                        go_key=meta[op_id].go_key if op_id in meta else "",
                        group=meta[op_id].group if op_id in meta else "",
                        error_400=ref.rsplit("/", 1)[-1] if ref else None,
                        responses=frozenset(str(code) for code in responses),
                        parallel_update_409=meta[op_id].parallel if op_id in meta else (),
                    )
                )
        self.operations = tuple(operations)
        self.by_id = {op.operation_id: op for op in operations}
        self._aliases: dict[str, str] = {}
        for op in operations:
            dotted = f"{op.group}.{op.function}" if op.group else ""
            for alias in (op.operation_id, op.function, op.go_key, dotted):
                if alias:
                    self._aliases[alias.lower()] = op.operation_id

    @functools.cached_property
    def openapi(self) -> OpenAPI:
        """openapi-core's view of the contract (seconds to build, so only when needed)."""
        return OpenAPI.from_file_path(str(self.path))

    def resolve(self, name: str) -> str:
        """Map an operationId, Python function name or Go key to the operationId."""
        try:
            return self._aliases[name.lower()]
        except KeyError:
            raise ValueError(f"unknown operation {name!r}") from None

    def request_errors(
        self,
        method: str,
        path: str,
        query: Iterable[tuple[str, str]],
        headers: Iterable[tuple[str, str]],
        body: bytes | None,
    ) -> list[Exception]:
        request = _Request(method, path, query, headers, body)
        return list(self.openapi.iter_request_errors(request))

    def response_errors(
        self,
        method: str,
        path: str,
        query: Iterable[tuple[str, str]],
        request_headers: Iterable[tuple[str, str]],
        request_body: bytes | None,
        status: int,
        response_headers: Mapping[str, str],
        response_body: bytes,
    ) -> list[Exception]:
        """Check a response against the contract (used by the tests and `validate_responses`)."""
        request = _Request(method, path, query, request_headers, request_body)
        response = _Response(status, response_headers, response_body)
        return list(self.openapi.iter_response_errors(request, response))


def _read_yaml(path: Path) -> dict[str, Any]:
    """The loader openapi-core uses: YAML 1.2 numbers (`1E+15`), dates left as strings."""
    import yaml
    from jsonschema_path.loaders import JsonschemaSafeLoader

    loader: Any = JsonschemaSafeLoader  # a SafeLoader subclass built by a metaclass
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    assert isinstance(data, dict)
    return data


class _MetaFacts(NamedTuple):
    go_key: str
    group: str
    parallel: tuple[str, ...]


def _meta() -> dict[str, _MetaFacts]:
    """Go keys, groups and the overlay's behaviour facts come from the generated package's
    metadata (spec_meta.json) when it is importable."""
    try:
        from importlib.resources import files

        meta = json.loads(files("talon_one_raw").joinpath("spec_meta.json").read_text())
    except (ModuleNotFoundError, FileNotFoundError, ValueError):
        return {}
    return {
        str(op["operation_id"]): _MetaFacts(
            str(op["go_key"]),
            str(op["group"]),
            tuple(str(k) for k in (op.get("behaviour") or {}).get("parallel-update-409", ())),
        )
        for op in meta.get("operations", [])
    }


@functools.cache
def load_spec(path: str | None = None) -> Spec:
    """Parse the contract once per process; every emulator instance shares it."""
    return Spec(Path(path) if path else spec_path())
