#!/usr/bin/env python3
"""Write the facts the facade needs from the spec as JSON next to the generated package.

openapi-python-client keeps neither the servers nor the operation table at runtime; the facade
reads them from this file so they are never duplicated by hand.
Usage: spec_meta.py SPEC OUT_JSON
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import (
    AnyProperty,
    BooleanProperty,
    DateProperty,
    DateTimeProperty,
    EnumProperty,
    FloatProperty,
    IntProperty,
    ListProperty,
    ModelProperty,
    NoneProperty,
    StringProperty,
    UnionProperty,
    UuidProperty,
)

_SCALARS = {
    StringProperty: "str",
    IntProperty: "int",
    FloatProperty: "float",
    BooleanProperty: "bool",
    DateTimeProperty: "datetime",
    DateProperty: "date",
    UuidProperty: "uuid",
    AnyProperty: "any",
    NoneProperty: "none",
}


def raw(value: object) -> str:
    """The plain text of a name the generator wraps as UntrustedString."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter()) if getter else str(value)


def type_of(prop: object) -> object:
    """A compact, JSON-able description of a generated property's type, for the decoder."""
    for cls, name in _SCALARS.items():
        if type(prop) is cls:
            return name
    if isinstance(prop, ListProperty):
        return ["list", type_of(prop.inner_property)]
    if isinstance(prop, ModelProperty):
        return ["model", str(prop.class_info.name)]
    if isinstance(prop, EnumProperty):
        return ["enum", str(prop.class_info.name)]
    if isinstance(prop, UnionProperty):
        return ["union", [type_of(p) for p in prop.inner_properties]]
    raise TypeError(f"no decoder type for {type(prop).__name__}")


def parse_with_generator(spec: dict, spec_path: str) -> GeneratorData:
    root = Path(spec_path).resolve().parent
    config_file = ConfigFile.load_from_path(root / "generator.yaml")
    config = Config.from_sources(config_file, MetaType.NONE, Path(spec_path), "utf-8", False, None)
    data = GeneratorData.from_dict(spec, config=config)
    if not isinstance(data, GeneratorData):
        raise SystemExit(f"generator could not parse the spec: {data}")
    return data


def snake(name: str) -> str:
    """openapi-python-client's naming (`customerSessionId` -> `customer_session_id`,
    `X-Idempotency-Key` -> `x_idempotency_key`), enough for the names in our spec; the one
    copy, also used by scripts/gen_ref_pages.py."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return name.replace("-", "_").lower()


def main(spec_path: str, out_path: str) -> None:
    spec = yaml.safe_load(Path(spec_path).read_text())
    servers = [
        {
            "url": s["url"],
            "description": s.get("description", ""),
            "variables": {
                name: {"default": var["default"], "enum": var.get("enum")}
                for name, var in s.get("variables", {}).items()
            },
        }
        for s in spec["servers"]
    ]
    operations = []
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            tag = op["tags"][0]
            group = snake(tag.replace(" ", "_")).replace("__", "_")
            operations.append(
                {
                    "operation_id": op["operationId"],
                    "function": snake(op["operationId"]),
                    "group": group,
                    "go_key": tag.title().replace(" ", "")
                    + "ApiService."
                    + op["operationId"][0].upper()
                    + op["operationId"][1:],
                    "method": method.upper(),
                    "path": path,
                    "deprecated": bool(op.get("deprecated", False)),
                    # behaviour facts of the overlay (x-talon-*), one place for client and batch
                    "behaviour": {
                        key.removeprefix("x-talon-"): value
                        for key, value in sorted(op.items())
                        if key.startswith("x-talon-")
                    },
                    # the schema each documented error status answers with (the emulator
                    # shapes its errors by it: ErrorResponse has no StatusCode field)
                    "error_schemas": {
                        str(status): ref.rsplit("/", 1)[-1]
                        for status, response in sorted(op["responses"].items(), key=str)
                        if str(status).isdigit()
                        and int(status) >= 400
                        and (
                            ref := response.get("content", {})
                            .get("application/json", {})
                            .get("schema", {})
                            .get("$ref", "")
                        )
                    },
                    # form style with explode: false sends a list as one comma-separated value;
                    # the generated code always repeats the parameter, so the facade joins these.
                    "comma_separated_query": sorted(
                        p["name"]
                        for p in op.get("parameters", [])
                        if p["in"] == "query"
                        and p.get("explode") is False
                        and p.get("schema", {}).get("type") == "array"
                    ),
                }
            )
    generated = parse_with_generator(spec, spec_path)
    responses: dict[str, dict[str, object]] = {}
    for collection in generated.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            responses[raw(endpoint.name)] = {
                r.status_code.pattern: (None if r.status_code.pattern == "204" else type_of(r.prop))
                for r in endpoint.responses
            }
    for op in operations:
        op["responses"] = responses[op["function"]]
    models = {}
    for model in generated.models:
        additional = model.additional_properties
        models[str(model.class_info.name)] = {
            "module": str(model.class_info.module_name),
            "fields": [
                [raw(p.name), str(p.python_name), bool(p.required), type_of(p)]
                for p in (model.required_properties or []) + (model.optional_properties or [])
            ],
            "additional": None if additional in (None, False) else type_of(additional),
        }
    enums = {
        str(e.class_info.name): {
            "module": str(e.class_info.module_name),
            "values": sorted(map(str, e.values.values())),
        }
        for e in generated.enums
    }
    operations.sort(key=lambda o: (o["group"], o["function"]))
    effects = {
        schema["x-effect-type"]: name
        for name, schema in spec["components"]["schemas"].items()
        if "x-effect-type" in schema
    }
    meta = {
        "servers": servers,
        "operations": operations,
        "effect_props": dict(sorted(effects.items())),
        "models": models,
        "enums": enums,
    }
    Path(out_path).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
