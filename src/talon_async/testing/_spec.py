"""Our OpenAPI contract as a document, loaded once: compiled request checks, response validation.

Operation facts (method, path, statuses, error schemas, lock keys) come from `talon_async._meta`
like everywhere else; this module keeps only what needs the YAML itself.

The emulator validates requests with the same document the client is generated from, so a
request the emulator accepts is one the contract allows (and Talon.One-shaped 400s otherwise).
Requests go through checks compiled at start-up (`_validation.py`); openapi-core, slow but
complete, is built on first use only: for `validate_responses` and the reference checks.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from ._validation import RequestChecks

__all__ = ["Spec", "load_spec", "spec_path"]

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
    """The parsed contract: compiled request checks, and openapi-core on demand."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.checks = RequestChecks(_read_yaml(path))

    @functools.cached_property
    def openapi(self) -> OpenAPI:
        """openapi-core's view of the contract (seconds to build, so only when needed)."""
        return OpenAPI.from_file_path(str(self.path))

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


@functools.cache
def load_spec(path: str | None = None) -> Spec:
    """Parse the contract once per process; every emulator instance shares it."""
    return Spec(Path(path) if path else spec_path())
