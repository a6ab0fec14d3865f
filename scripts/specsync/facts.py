"""Reduce a bundled Talon.One document to facts, in one canonical OpenAPI 3.0 form.

Facts are what a client depends on: paths, methods, parameters, request and response shapes,
types, formats, enums, required lists, limits, status codes. Prose (description, summary, title,
example, externalDocs) and vendor extensions are dropped. Both layouts end up in the same form:
every $ref resolved (the SDK bundle's component names are remembered under NAME_KEY for the
naming step), OpenAPI 3.1 spellings turned into 3.0 ones, `allOf` of plain object parts (how
the docs layout writes what the SDK bundle names) merged, property maps sorted.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from .source import HTTP_METHODS

NAME_KEY = "x-upstream-name"  # internal: the component a resolved $ref pointed to
PROSE_KEYS = {"description", "summary", "title", "example", "examples", "externalDocs"}
IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
PARAMETER_FACTS = ("name", "in", "required", "deprecated", "style", "explode", "allowEmptyValue")
SCHEMA_LISTS = ("allOf", "oneOf", "anyOf")
SCHEMA_ONE = ("items", "additionalProperties", "not")
INTEGER_FORMATS = {"int32", "int64"}
OBJECT_PART_KEYS = {"type", "properties", "required", "additionalProperties", NAME_KEY}


class FactsError(Exception):
    """The document has a shape the facts step does not understand."""


def _resolve(doc: dict[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        raise FactsError(f"unresolved external reference {ref!r} (redocly bundle should inline it)")
    node: Any = doc
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _deref(doc: dict[str, Any], node: Any, stack: tuple[str, ...] = ()) -> Any:
    """Inline every $ref, tagging schemas with the component name they had."""
    if isinstance(node, list):
        return [_deref(doc, x, stack) for x in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        ref = node["$ref"]
        if ref in stack:
            raise FactsError(f"recursive schema through {ref}: not supported by the generator")
        target = _deref(doc, _resolve(doc, ref), (*stack, ref))
        if isinstance(target, dict) and ref.startswith("#/components/schemas/"):
            target = {**target, NAME_KEY: ref.rsplit("/", 1)[1]}
        return target
    return {k: _deref(doc, v, stack) for k, v in node.items()}


def _number(value: Any) -> Any:
    if isinstance(value, str):
        try:
            as_float = float(value)
        except ValueError:
            return value
        return int(as_float) if as_float.is_integer() and "." not in value else as_float
    return value


def schema(node: Any, variant: bool = False) -> Any:
    """The facts of one schema, 3.0 spelling, allOf of object parts merged."""
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "title" and variant and isinstance(value, str) and IDENTIFIER.match(value):
            out["title"] = value  # a oneOf variant's title names it (e.g. the effect type)
        elif key in PROSE_KEYS or (key.startswith("x-") and key != NAME_KEY):
            continue
        elif key == "properties":
            out[key] = {name: schema(sub) for name, sub in sorted(value.items())}
        elif key in SCHEMA_ONE:
            out[key] = schema(value) if isinstance(value, dict) else value
        elif key in SCHEMA_LISTS:
            out[key] = [schema(x, variant=key != "allOf") for x in value]
        elif key == "const":
            out["enum"] = [value]
        elif key == "type" and isinstance(value, list):
            kinds = [t for t in value if t != "null"]
            if len(kinds) != 1:
                raise FactsError(f"type {value!r} has no OpenAPI 3.0 spelling")
            out["type"] = kinds[0]
            if "null" in value:
                out["nullable"] = True
        elif key in ("exclusiveMinimum", "exclusiveMaximum") and not isinstance(value, bool):
            out[key.replace("exclusiveM", "m")] = _number(value)
            out[key] = True
        elif key in ("maximum", "minimum", "multipleOf"):
            out[key] = _number(value)
        elif key == "required" and isinstance(value, list):
            out[key] = sorted(set(value))
        else:
            out[key] = copy.deepcopy(value)
    if out.get("type") == "integer" and out.get("format") in INTEGER_FORMATS:
        del out["format"]  # the docs layout never writes them; int either way
    if out.get("properties") == {}:
        del out["properties"]  # `properties: {}` and `additionalProperties: true` are the default
    if out.get("additionalProperties") is True:
        del out["additionalProperties"]
    if "properties" in out and "type" not in out:
        out["type"] = "object"  # the SDK bundle leaves it out on inline response objects
    if "allOf" in out:
        out = _merge_all_of(out)
    return out


def _merge_all_of(node: dict[str, Any]) -> dict[str, Any]:
    """`allOf` whose parts are plain objects is one object: properties and required united."""
    parts = node["allOf"]
    rest = {k: v for k, v in node.items() if k != "allOf"}
    if not all(isinstance(p, dict) and set(p) <= OBJECT_PART_KEYS for p in parts):
        return node
    if not set(rest) <= OBJECT_PART_KEYS or any(p.get("type", "object") != "object" for p in parts):
        return node
    merged: dict[str, Any] = {"type": "object"}
    properties: dict[str, Any] = dict(rest.get("properties", {}))
    required: set[str] = set(rest.get("required", []))
    for part in parts:
        for name, sub in part.get("properties", {}).items():
            if name in properties and properties[name] != sub:
                return node  # the parts disagree: keep what upstream wrote
            properties[name] = sub
        required.update(part.get("required", []))
        if "additionalProperties" in part:
            merged["additionalProperties"] = part["additionalProperties"]
    if properties:
        merged["properties"] = dict(sorted(properties.items()))
    if required:
        merged["required"] = sorted(required)
    if NAME_KEY in rest:
        merged[NAME_KEY] = rest[NAME_KEY]
    return merged


def _parameter(param: dict[str, Any]) -> dict[str, Any]:
    out = {k: param[k] for k in PARAMETER_FACTS if k in param}
    if out.get("required") is False:
        del out["required"]
    if out["in"] == "query" and out.get("style") == "form" and out.get("explode") is True:
        del out["style"], out["explode"]  # the defaults, spelled out by the SDK bundle only
    if "schema" in param:
        out["schema"] = schema(param["schema"])
    return out


def _content(content: dict[str, Any]) -> dict[str, Any]:
    return {
        media: {"schema": schema(body["schema"])} if "schema" in body else {}
        for media, body in sorted(content.items())
    }


def operation(op: dict[str, Any], shared: list[Any], security: list[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"operationId": op["operationId"]}
    tags = [t for t in op.get("tags", []) if t != "integration"]
    if tags:
        out["tags"] = tags
    if op.get("deprecated"):
        out["deprecated"] = True
    params = {(p["in"], p["name"]): p for p in shared + op.get("parameters", [])}
    if params:
        out["parameters"] = [_parameter(p) for p in params.values()]
    if "requestBody" in op:
        body = op["requestBody"]
        out["requestBody"] = {"content": _content(body.get("content", {}))}
        if body.get("required"):
            out["requestBody"]["required"] = True
    out["responses"] = {
        str(code): ({"content": _content(r["content"])} if r.get("content") else {})
        for code, r in sorted(op.get("responses", {}).items(), key=lambda kv: str(kv[0]))
    }
    # the Integration API's key only: the SDK bundle's top level also lists Management API schemes
    required = op.get("security", security)
    out["security"] = [s for s in required if "api_key_v1" in s] or required
    return out


def operations(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """{path: {method: facts}} with every schema inline."""
    resolved = _deref(doc, doc["paths"])
    out: dict[str, dict[str, Any]] = {}
    for path, item in sorted(resolved.items()):
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method in item:
                out.setdefault(path, {})[method] = operation(
                    item[method], shared, doc.get("security", [])
                )
    return out
