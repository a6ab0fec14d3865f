"""Request checks compiled once from the contract: typed parameters and JSON bodies, or a 400.

openapi-core resolves `$ref`s and builds validators on every request (about 8 ms for a session
update), which capped the emulator near 120 requests/s. Here each operation's parameters and
body schema are converted from OpenAPI 3.0 to JSON Schema and compiled with jsonschema-rs when
the emulator starts; a request then costs a dictionary walk in Rust. The 400 bodies keep
Talon.One's shape: `message` plus `errors` of title, details and a `source` that names the
parameter or points at the body field.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import jsonschema_rs
import orjson
from dateutil.parser import isoparse

__all__ = ["Checked", "InvalidRequest", "RequestChecks"]

Json = dict[str, Any]

# OpenAPI 3.0's integer formats, as bounds a JSON Schema validator understands.
_INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
# openapi-core's boolean casting (distutils' strtobool), kept so `?dry=yes` still means true.
_TRUE = frozenset({"y", "yes", "t", "true", "on", "1"})
_FALSE = frozenset({"n", "no", "f", "false", "off", "0"})
_HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Checked:
    """A request that passed: parameters cast to their schema types (date-times as datetime)."""

    path: Json
    query: Json
    body: Any


class InvalidRequest(Exception):
    """The request breaks the contract; `message` and `errors` make the 400 body."""

    def __init__(self, message: str, errors: list[Json]) -> None:
        super().__init__(message)
        self.message = message
        self.errors = errors


def _parameter_error(location: str, name: str, details: str) -> Json:
    return {
        "title": f"Invalid {location} parameter",
        "details": f"{name}: {details}",
        "source": {"parameter": name},
    }


def _body_error(title: str, details: str, path: Sequence[str | int] = ()) -> Json:
    pointer = "".join(f"/{part}" for part in path)
    return {"title": title, "details": details, "source": {"pointer": pointer or "/"}}


def _describe(error: jsonschema_rs.ValidationError) -> str:
    if isinstance(error.kind, jsonschema_rs.ValidationErrorKind.FalseSchema):
        return "the field is read-only; leave it out of requests"
    return str(error.message)


class _Converter:
    """OpenAPI 3.0 schema objects -> JSON Schema (draft 7) for requests.

    `nullable` becomes a `null` type, integer formats become bounds, and read-only properties
    become `false` (a request must not send them); `$ref`s stay references into the document.
    """

    def convert(self, node: Any) -> Any:
        if isinstance(node, list):
            return [self.convert(item) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            return {"$ref": node["$ref"]}
        out = {key: self.convert(value) for key, value in node.items() if key != "nullable"}
        if node.get("nullable"):
            kind = out.get("type")
            if isinstance(kind, str):
                out["type"] = [kind, "null"]
            if "enum" in out and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
        bounds = _INT_BOUNDS.get(str(node.get("format"))) if node.get("type") == "integer" else None
        if bounds is not None:
            out.setdefault("minimum", bounds[0])
            out.setdefault("maximum", bounds[1])
        properties = node.get("properties")
        if isinstance(properties, dict):
            out["properties"] = {
                name: False if isinstance(value, dict) and value.get("readOnly") else out_value
                for (name, value), out_value in zip(
                    properties.items(), out["properties"].values(), strict=True
                )
            }
        return out


@dataclass(frozen=True)
class _Parameter:
    name: str
    location: str
    required: bool
    default: Any
    cast: Callable[[list[str]], Any]
    is_date_time: bool
    validator: jsonschema_rs.Validator

    def read(self, values: list[str]) -> Any:
        """Cast, validate and type one parameter; raises ValueError with the details."""
        try:
            value = self.cast(values)
        except ValueError as exc:
            raise ValueError(str(exc)) from None
        problems = [_describe(e) for e in self.validator.iter_errors(value)]
        if problems:
            raise ValueError("; ".join(problems))
        if self.is_date_time and isinstance(value, str):
            return isoparse(value)
        return value


def _scalar_cast(kind: str) -> Callable[[str], Any]:
    def integer(raw: str) -> int:
        try:
            return int(raw)
        except ValueError:
            raise ValueError(f"Failed to cast value to integer type: {raw}") from None

    def number(raw: str) -> float:
        try:
            return float(raw)
        except ValueError:
            raise ValueError(f"Failed to cast value to number type: {raw}") from None

    def boolean(raw: str) -> bool:
        lowered = raw.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise ValueError(f"Failed to cast value to boolean type: {raw}")

    return {"integer": integer, "number": number, "boolean": boolean}.get(kind, str)


def _caster(schema: Json, explode: bool) -> Callable[[list[str]], Any]:
    kind = schema.get("type")
    if kind == "array":
        item = _scalar_cast(str((schema.get("items") or {}).get("type", "string")))

        def array(values: list[str]) -> list[Any]:
            parts = values if explode else [p for v in values for p in v.split(",")]
            return [item(part) for part in parts]

        return array
    scalar = _scalar_cast(str(kind))
    return lambda values: scalar(values[-1])


class _OperationChecks:
    def __init__(
        self,
        parameters: list[_Parameter],
        body_required: bool,
        body: jsonschema_rs.Validator | None,
    ) -> None:
        self.parameters = parameters
        self.body_required = body_required
        self.body = body

    def check(
        self,
        path_params: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        raw: bytes,
    ) -> Checked:
        values: dict[str, dict[str, list[str]]] = {"path": {}, "query": {}, "header": {}}
        for name, value in path_params.items():
            values["path"][name] = [value]
        for name, value in query:
            values["query"].setdefault(name, []).append(value)
        out: dict[str, Json] = {"path": {}, "query": {}, "header": {}}
        errors: list[Json] = []
        for parameter in self.parameters:
            if parameter.location == "header":
                header = headers.get(parameter.name)
                given = None if header is None else [header]
            else:
                given = values.get(parameter.location, {}).get(parameter.name)
            if given is None:
                if parameter.required:
                    errors.append(
                        _parameter_error(
                            parameter.location, parameter.name, "the parameter is required"
                        )
                    )
                elif parameter.default is not None:
                    out[parameter.location][parameter.name] = parameter.default
                continue
            try:
                out[parameter.location][parameter.name] = parameter.read(given)
            except ValueError as exc:
                errors.append(_parameter_error(parameter.location, parameter.name, str(exc)))
        try:
            body = self._body(headers, raw)
        except InvalidRequest as invalid:  # one 400 names every parameter and field at fault
            raise InvalidRequest(invalid.message, [*errors, *invalid.errors]) from None
        if errors:
            raise InvalidRequest("Invalid request parameters", errors)
        return Checked(path=out["path"], query=out["query"], body=body)

    def _body(self, headers: Mapping[str, str], raw: bytes) -> Any:
        if not raw:
            if self.body_required:
                raise InvalidRequest(
                    "Invalid request body",
                    [_body_error("Missing request body", "this operation needs a JSON body")],
                )
            return None
        if self.body is None:
            return None
        media = headers.get("content-type", "application/json").split(";", 1)[0].strip().lower()
        if media != "application/json" and not media.endswith("+json"):
            raise InvalidRequest(
                "Invalid request body",
                [_body_error("Unsupported media type", "send the body as application/json")],
            )
        try:
            body = orjson.loads(raw)
        except orjson.JSONDecodeError:
            try:  # orjson refuses integers past 64 bits; the contract's bounds explain them
                body = json.loads(raw)
            except ValueError:
                raise InvalidRequest(
                    "Invalid request body",
                    [_body_error("Malformed JSON", "the body is not valid JSON")],
                ) from None
        errors = [
            _body_error("Invalid field value", _describe(e), list(e.instance_path))
            for e in self.body.iter_errors(body)
        ]
        if errors:
            raise InvalidRequest("Invalid request body", errors)
        return body


class RequestChecks:
    """Every operation's request checks, compiled from the OpenAPI document at construction."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        converter = _Converter()
        components = converter.convert(copy.deepcopy(dict(document.get("components") or {})))
        self._checks: dict[str, _OperationChecks] = {}
        for item in (document.get("paths") or {}).values():
            shared = item.get("parameters") or []
            for method in _HTTP_METHODS:
                op = item.get(method)
                if op is None:
                    continue
                self._checks[str(op["operationId"])] = self._compile(
                    document, converter, components, [*shared, *(op.get("parameters") or [])], op
                )

    def check(
        self,
        operation_id: str,
        path_params: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        raw: bytes,
    ) -> Checked:
        """The request's typed parameters and parsed body, or InvalidRequest."""
        return self._checks[operation_id].check(path_params, query, headers, raw)

    @staticmethod
    def _compile(
        document: Mapping[str, Any],
        converter: _Converter,
        components: Json,
        parameters: list[Json],
        op: Json,
    ) -> _OperationChecks:
        def validator(schema: Any) -> jsonschema_rs.Validator:
            root = {**converter.convert(schema), "components": components}
            return jsonschema_rs.Draft7Validator(root, validate_formats=True)

        by_key: dict[tuple[str, str], _Parameter] = {}
        for raw in parameters:
            param = _resolve(document, raw)
            location = str(param["in"])
            if location == "cookie":
                continue
            schema = _resolve(document, param.get("schema") or {})
            explode = bool(param.get("explode", param.get("style", "form") == "form"))
            item_schema = _resolve(document, schema.get("items") or {})
            if schema.get("type") == "array":
                schema = {**schema, "items": item_schema}
            by_key[(location, str(param["name"]))] = _Parameter(
                name=str(param["name"]),
                location=location,
                required=bool(param.get("required", location == "path")),
                default=schema.get("default"),
                cast=_caster(schema, explode),
                is_date_time=schema.get("format") == "date-time",
                validator=validator(schema),
            )
        body_spec = _resolve(document, op.get("requestBody") or {})
        media = (body_spec.get("content") or {}).get("application/json")
        body = validator(media.get("schema") or {}) if media is not None else None
        return _OperationChecks(list(by_key.values()), bool(body_spec.get("required")), body)


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    """Follow a local `$ref` (`#/components/...`) to the object it names."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node
