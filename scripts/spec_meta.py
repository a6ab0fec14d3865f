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


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


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
                    "go_key": tag.title().replace(" ", "") + "ApiService."
                    + op["operationId"][0].upper() + op["operationId"][1:],
                    "method": method.upper(),
                    "path": path,
                    "deprecated": bool(op.get("deprecated", False)),
                }
            )
    operations.sort(key=lambda o: (o["group"], o["function"]))
    effects = {
        schema["x-effect-type"]: name
        for name, schema in spec["components"]["schemas"].items()
        if "x-effect-type" in schema
    }
    meta = {"servers": servers, "operations": operations, "effect_props": dict(sorted(effects.items()))}
    Path(out_path).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
