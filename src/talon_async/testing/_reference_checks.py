"""The request checks the emulator used before `_validation.py`: openapi-core on every request.

Complete but slow (about 120 requests/s on one core). Kept as the reference the compiled checks
are tested against (tests/emulator/test_request_checks.py) and as the baseline of the
throughput benchmark (benchmarks/emulator_throughput.py); the emulator itself never uses it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from talon_async._meta import operation_by_id

from ._spec import Spec, _Request
from ._validation import Checked, InvalidRequest

__all__ = ["OpenapiCoreChecks", "describe_errors"]


class OpenapiCoreChecks:
    """Same interface as `RequestChecks`, answered by openapi-core's request unmarshalling."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.openapi = spec.openapi

    def check(
        self,
        operation_id: str,
        path_params: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        raw: bytes,
    ) -> Checked:
        op = operation_by_id(operation_id)
        path = op.path
        for name, value in path_params.items():
            path = path.replace("{" + name + "}", value)
        # openapi-core checks nothing else once security fails; the emulator has checked the key.
        sent = [(k, v) for k, v in headers.items() if k.lower() != "authorization"]
        sent.append(("Authorization", "ApiKey-v1 checked"))
        request = _Request(op.method, path, query, sent, raw)
        result = self.openapi.unmarshal_request(request)
        errors = [e for e in result.errors if type(e).__name__ != "SecurityValidationError"]
        if errors:
            message, items = describe_errors(errors)
            raise InvalidRequest(message, items)
        return Checked(
            path=dict(result.parameters.path),
            query=dict(result.parameters.query),
            body=json.loads(raw) if raw else None,
        )


def describe_errors(errors: Sequence[Exception]) -> tuple[str, list[dict[str, Any]]]:
    """Turn openapi-core errors into Talon.One's `errors` list: title, details, source."""
    items: list[dict[str, Any]] = []
    message = "Invalid request"
    for error in errors:
        cause = error.__cause__
        name = getattr(error, "name", None)
        location = getattr(error, "location", None)
        if name is not None:
            message = "Invalid request parameters"
            details = str(cause) if cause is not None else str(error)
            schema_errors = getattr(cause, "schema_errors", None) or ()
            if schema_errors:
                details = "; ".join(e.message for e in schema_errors)
            elif type(error).__name__ == "MissingRequiredParameter":
                details = "the parameter is required"
            items.append(
                {
                    "title": f"Invalid {location} parameter",
                    "details": f"{name}: {details}",
                    "source": {"parameter": str(name)},
                }
            )
            continue
        schema_errors = getattr(cause, "schema_errors", None)
        if schema_errors:
            message = "Invalid request body"
            for schema_error in schema_errors:
                pointer = "".join(f"/{part}" for part in schema_error.absolute_path)
                items.append(
                    {
                        "title": "Invalid field value",
                        "details": schema_error.message,
                        "source": {"pointer": pointer or "/"},
                    }
                )
            continue
        kind = type(error).__name__
        if kind == "MissingRequiredRequestBody":
            message = "Invalid request body"
            items.append(
                {
                    "title": "Missing request body",
                    "details": "this operation needs a JSON body",
                    "source": {"pointer": "/"},
                }
            )
        elif cause is not None and type(cause).__name__ == "MediaTypeDeserializeError":
            message = "Invalid request body"
            items.append(
                {
                    "title": "Malformed JSON",
                    "details": "the body is not valid JSON",
                    "source": {"pointer": "/"},
                }
            )
        else:
            items.append(
                {"title": kind, "details": str(cause or error) or kind, "source": {"pointer": "/"}}
            )
    return message, items
