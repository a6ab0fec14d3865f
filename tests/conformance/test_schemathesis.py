"""Schemathesis against the emulator with our contract (openapi/integration.yaml).

Positive data on every operation: no 5xx, no response that breaks the contract, no status the
contract does not document. Negative data (values the contract forbids): a 4xx whose body has
Talon.One's error shape (405s: with the `Allow` header). Deterministic and bounded: a fixed
number of examples per operation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import schemathesis
from conformance_support import API_KEY
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    allow_header_conformance,
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from talon_async.testing import EmulatorServer

CONTRACT = Path(__file__).resolve().parents[2] / "openapi" / "integration.yaml"
EXAMPLES = 8


def _schema(mode: GenerationMode) -> Any:
    schema = schemathesis.openapi.from_path(str(CONTRACT))
    schema.config.generation.update(
        modes=[mode],
        max_examples=EXAMPLES,
        deterministic=True,
        database="none",
        # the key is ours to send (every request carries it); 401s have their own tests
        with_security_parameters=False,
        # unknown query parameters are ignored, by Talon.One as by the emulator: not invalid
        allow_extra_parameters=False,
    )
    return schema


positive = _schema(GenerationMode.POSITIVE)
negative = _schema(GenerationMode.NEGATIVE)


@negative.hook
def filter_query(context: Any, query: dict[str, Any] | None) -> bool:
    """Skip queries whose "invalid" value cannot reach the server: a null or an empty array
    is sent as `name=` or not at all, which is valid for a string array."""
    return not query or all(value not in (None, []) for value in query.values())


def _send(case: Any, emulator: EmulatorServer) -> Any:
    return case.call(
        base_url=emulator.url, headers={"Authorization": f"ApiKey-v1 {API_KEY}"}, timeout=10
    )


@positive.parametrize()
def test_positive_data_gets_documented_answers(case: Any, emulator: EmulatorServer) -> None:
    response = _send(case, emulator)
    case.validate_response(
        response,
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ],
    )


@negative.parametrize()
def test_negative_data_gets_talon_one_shaped_4xx(case: Any, emulator: EmulatorServer) -> None:
    response = _send(case, emulator)
    case.validate_response(
        response, checks=[not_a_server_error, negative_data_rejection, allow_header_conformance]
    )
    if 400 <= response.status_code < 500 and response.status_code != 405:
        body = response.json()
        assert isinstance(body.get("message"), str), body
        errors = body.get("errors", [])
        assert isinstance(errors, list), body
        for error in errors:
            assert {"title", "details", "source"} <= set(error), body
