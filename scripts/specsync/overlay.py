"""Merge openapi/overlay.yaml (what is ours) into the facts snapshot: the contract.

The overlay is an OpenAPI Overlay 1.0 document. Its `actions` use the subset of JSONPath the
contract needs (`$`, `.name`, `['name']`, `.*`, `[*]`, `[?@.key=='value']`); an unsupported
target is an error, a target that matches nothing is reported (the element left upstream).
`update` merges objects recursively and replaces other values; on a targeted array it appends.
Two extensions hold what is not a JSON merge:
- `x-talon-schema-names`: position -> component name, pinning names the naming step would pick.
- `x-talon-effect-props`: effect type -> name, our description, and the props schema used when
  Talon.One documents no variant for that type. The contract keeps `Effect.props` free-form and
  names each variant schema with `x-effect-type`; the decoder picks the model by `effectType`
  (lenient: an unknown type stays raw).
Elements still without our wording get a neutral text made from their names.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from .source import HTTP_METHODS

TOKEN = re.compile(
    r"\.(?P<name>[A-Za-z0-9_$-]+)|\.\*|\[\*\]|\['(?P<quoted>[^'\\]*)'\]"
    r"|\[\?@\.(?P<key>[A-Za-z0-9_]+)=='(?P<value>[^'\\]*)'\]"
)


class OverlayError(Exception):
    """The overlay cannot be applied; the message names the action."""


@dataclass
class Merged:
    document: dict[str, Any]
    unmatched: list[str] = field(default_factory=list)  # overlay targets that matched nothing
    neutral: list[str] = field(default_factory=list)  # elements given a text from their names
    undefined: list[str] = field(default_factory=list)  # required names upstream never defines


def select(root: Any, target: str) -> list[tuple[Any, Any]]:
    """(container, key) pairs a target names; key None means the root itself."""
    if not target.startswith("$"):
        raise OverlayError(f"target {target!r} must start with $")
    rest, nodes = target[1:], [(None, None, root)]
    while rest:
        match = TOKEN.match(rest)
        if not match:
            raise OverlayError(f"unsupported JSONPath at {rest!r} in {target!r}")
        rest = rest[match.end() :]
        found = []
        for _, _, node in nodes:
            items: list[tuple[Any, Any]] = []
            if isinstance(node, dict):
                items = list(node.items())
            elif isinstance(node, list):
                items = list(enumerate(node))
            name = match.group("name") or match.group("quoted")
            for key, value in items:
                if name is not None:
                    if key != name:
                        continue
                elif match.group("key") is not None and not (
                    isinstance(value, dict)
                    and str(value.get(match.group("key"))) == match.group("value")
                ):
                    continue
                found.append((node, key, value))
        nodes = found
    return [(container, key) for container, key, _ in nodes]


def merge(target: Any, update: Any, top: bool = True) -> Any:
    """Objects merge recursively; an array the target names gets the update appended; any other
    value (an array inside an object included, e.g. an operation's tags) is replaced."""
    if isinstance(target, dict) and isinstance(update, dict):
        out = dict(target)
        for key, value in update.items():
            out[key] = merge(target[key], value, False) if key in target else copy.deepcopy(value)
        return out
    if top and isinstance(target, list):
        return target + copy.deepcopy(update if isinstance(update, list) else [update])
    return copy.deepcopy(update)


def apply_actions(doc: dict[str, Any], overlay: dict[str, Any], merged: Merged) -> None:
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError("openapi/overlay.yaml must be an OpenAPI Overlay 1.x document")
    for i, action in enumerate(overlay.get("actions", [])):
        target = action.get("target")
        if not isinstance(target, str):
            raise OverlayError(f"action {i} has no target")
        hits = select(doc, target)
        if not hits:
            merged.unmatched.append(target)
        for container, key in hits:
            if action.get("remove"):
                if container is None:
                    raise OverlayError(f"action {i} removes the whole document")
                del container[key]
            elif "update" in action:
                if container is None:
                    doc.update(merge(doc, action["update"]))
                else:
                    container[key] = merge(container[key], action["update"])


def reconcile_effects(doc: dict[str, Any], overlay: dict[str, Any], merged: Merged) -> None:
    """Effect props: one named schema per effect type (`x-effect-type`), props free-form."""
    ours: dict[str, Any] = overlay.get("x-talon-effect-props", {})
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    props = schemas.get("Effect", {}).get("properties", {}).get("props")
    documented: set[str] = set()
    if isinstance(props, dict) and "oneOf" in props:
        for variant in props["oneOf"]:
            name = variant["$ref"].rsplit("/", 1)[1]
            schema = schemas[name]
            effect_type = schema.pop("title", None) or name
            documented.add(effect_type)
            schema["x-effect-type"] = effect_type
            if effect_type in ours:
                schema["description"] = ours[effect_type]["description"]
        schemas["Effect"]["properties"]["props"] = {"type": "object"}
    for effect_type, entry in sorted(ours.items()):
        if effect_type not in documented and "schema" in entry:
            schemas[entry["name"]] = {
                **copy.deepcopy(entry["schema"]),
                "description": entry["description"],
                "x-effect-type": effect_type,
            }


def drop_undefined_required(doc: dict[str, Any], merged: Merged) -> None:
    """A required name with no property definition cannot be typed, generated or mocked (the
    docs layout of 2026-06-09 requires `coupon` and `referral` of a session that way): leave
    it out of `required` and list it in the report."""
    for name, schema in doc["components"]["schemas"].items():
        props = schema.get("properties")
        if props is None or "required" not in schema:
            continue
        kept = [r for r in schema["required"] if r in props]
        merged.undefined += [f"{name}.{r}" for r in schema["required"] if r not in props]
        if kept:
            schema["required"] = kept
        else:
            del schema["required"]


def words(name: str) -> str:
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|_", " ", name).replace("I D", "ID")
    text = spaced.strip().lower()
    return text[:1].upper() + text[1:]


def neutral_wording(doc: dict[str, Any], merged: Merged) -> None:
    """Give every element that needs prose a text made from its name, and list it."""
    for item in doc["paths"].values():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            oid = op["operationId"]
            if "summary" not in op:
                op["summary"] = words(oid)
                merged.neutral.append(f"operation {oid}")
            for param in op.get("parameters", []):
                if "description" not in param:
                    param["description"] = f"{words(param['name'])}."
                    merged.neutral.append(f"parameter {oid}.{param['name']}")
            for code, response in op["responses"].items():
                if "description" not in response:
                    response["description"] = f"Status {code}."
                    merged.neutral.append(f"response {oid} {code}")
    for name, schema in doc["components"]["schemas"].items():
        if "description" not in schema:
            schema["description"] = f"{words(name)}."
            merged.neutral.append(f"schema {name}")
    declared = {t["name"] for t in doc.get("tags", [])}
    used = sorted(
        {t for item in doc["paths"].values() for op in item.values() for t in op.get("tags", [])}
    )
    for tag in used:
        if tag not in declared:
            doc.setdefault("tags", []).append({"name": tag, "description": f"{tag}."})
            merged.neutral.append(f"tag {tag}")


OP_ORDER = ("tags", "operationId", "summary", "description", "deprecated", "parameters")


def _ordered_operation(op: dict[str, Any]) -> dict[str, Any]:
    head = {k: op[k] for k in OP_ORDER if k in op}
    return {**head, **{k: v for k, v in op.items() if k not in head}}


def contract(snapshot: dict[str, Any], overlay: dict[str, Any]) -> Merged:
    doc = copy.deepcopy(snapshot)
    doc.pop("x-talon-source", None)
    merged = Merged(doc)
    apply_actions(doc, overlay, merged)
    reconcile_effects(doc, overlay, merged)
    drop_undefined_required(doc, merged)
    neutral_wording(doc, merged)
    doc["paths"] = {
        path: {m: _ordered_operation(op) for m, op in item.items()}
        for path, item in doc["paths"].items()
    }
    doc["components"]["schemas"] = dict(sorted(doc["components"]["schemas"].items()))
    order = ("openapi", "info", "servers", "tags", "paths", "components")
    merged.document = {k: doc[k] for k in order if k in doc}
    return merged
