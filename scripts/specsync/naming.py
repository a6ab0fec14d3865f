"""Give the resolved schemas of a sync stable component names, so the models do not churn.

Talon.One's docs layout writes every schema inline; the SDK bundle names them. Either way a
schema is named, in this order, by
1. the overlay (`x-talon-schema-names`: position -> name; ours to pin),
2. the previous snapshot: the name that stood at the same position (a position is the way from
   the nearest named schema or operation to the node, e.g. `IntegrationStateV2/properties/effects/items`),
3. the SDK bundle's own component name,
4. a oneOf variant's identifier title (the effect props: `x-talon-effect-props` maps effect
   types to names, else `<EffectType>EffectProps`),
5. an identical schema named elsewhere in this sync or in the previous snapshot (a body only
   takes a name of the steps above, not another body's `...<status>Response`),
6. for a request or response body that is an object: `<OperationId>Request` /
   `<OperationId><status>Response`.
Anything else stays inline (openapi-python-client names it after its parent, deterministically).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from .facts import NAME_KEY
from .source import HTTP_METHODS

REF = "#/components/schemas/"
BODY_NAME = re.compile(r"\d{3}Response$")  # the names step 6 makes


class NamingError(Exception):
    """Two different schemas want the same name; pin one in the overlay."""


def pascal(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in text.replace("-", "_").split("_"))


def _children(node: dict[str, Any]) -> Iterator[tuple[str, Any, str | None]]:
    """(relative position, child schema, variant title) for every sub-schema of a schema."""
    for name, sub in node.get("properties", {}).items():
        yield f"/properties/{name}", sub, None
    for key in ("items", "additionalProperties", "not"):
        if isinstance(node.get(key), dict):
            yield f"/{key}", node[key], None
    for key in ("allOf", "oneOf", "anyOf"):
        for i, sub in enumerate(node.get(key, [])):
            title = sub.get("title") if isinstance(sub, dict) else None
            yield f"/{key}/{title or i}", sub, title if key != "allOf" else None


def _bodies(op_id: str, op: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str]]:
    """(position, body schema holder, deterministic name) for an operation's bodies."""
    for media, body in op.get("requestBody", {}).get("content", {}).items():
        yield f"{op_id}/requestBody/{media}", body, f"{pascal(op_id)}Request"
    for code, response in op.get("responses", {}).items():
        for media, body in response.get("content", {}).items():
            yield f"{op_id}/responses/{code}/{media}", body, f"{pascal(op_id)}{code}Response"


def _operations(paths: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in paths.values():
        for method in HTTP_METHODS:
            if method in item:
                yield item[method]


def canonical(node: Any) -> str:
    return json.dumps(_without_names(node), sort_keys=True)


def _without_names(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_names(v) for k, v in node.items() if k != NAME_KEY}
    if isinstance(node, list):
        return [_without_names(x) for x in node]
    return node


class Registry:
    """Names of a previous, named document: by position and by structure."""

    def __init__(self, doc: dict[str, Any] | None) -> None:
        self.by_position: dict[str, str] = {}
        self.by_structure: dict[str, str] = {}
        self.order: dict[str, list[str]] = {}  # name or position -> property order it had
        if not doc:
            return
        self.schemas: dict[str, Any] = doc.get("components", {}).get("schemas", {})
        seen: set[str] = set()
        for op in _operations(doc.get("paths", {})):
            for position, body, _ in _bodies(op["operationId"], op):
                if "schema" in body:
                    self._walk(body["schema"], position, seen)
        for name in sorted(seen):
            if _distinctive(self.schemas[name]):
                self.by_structure.setdefault(canonical(self._inline(self.schemas[name])), name)

    def _walk(self, node: Any, position: str, seen: set[str]) -> None:
        if not isinstance(node, dict):
            return
        if "properties" in node:
            self.order.setdefault(position, list(node["properties"]))
        if "$ref" in node:
            name = node["$ref"].removeprefix(REF)
            self.by_position[position] = name
            if name not in seen and name in self.schemas:
                seen.add(name)
                self._walk(self.schemas[name], name, seen)
            return
        for rel, sub, _ in _children(node):
            self._walk(sub, position + rel, seen)

    def _inline(self, node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return self._inline(self.schemas[node["$ref"].removeprefix(REF)])
            return {k: self._inline(v) for k, v in node.items() if not k.startswith("x-")}
        if isinstance(node, list):
            return [self._inline(x) for x in node]
        return node


class Namer:
    """Hoists named schemas of a resolved `paths` tree into components."""

    def __init__(
        self,
        registry: Registry,
        pinned: dict[str, str],
        variant_name: Callable[[str, str], str],
    ) -> None:
        self.registry = registry
        self.pinned = pinned
        self.variant_name = variant_name  # (parent position, title) -> name
        self.schemas: dict[str, Any] = {}
        self.named_here: dict[str, str] = {}  # structure -> name, this sync

    def name_all(self, paths: dict[str, Any]) -> dict[str, Any]:
        for op in _operations(paths):  # pass 1: positions only, so pass 2 can match structure
            for position, body, _ in _bodies(op["operationId"], op):
                if "schema" in body:
                    self._hoist(body["schema"], position, None, dry=True)
        for op in _operations(paths):
            for position, body, fallback in _bodies(op["operationId"], op):
                if "schema" in body:
                    body["schema"] = self._hoist(body["schema"], position, fallback)
        return dict(sorted(self.schemas.items()))

    def _name_for(self, node: dict[str, Any], position: str, title: str | None) -> str | None:
        if position in self.pinned:
            return self.pinned[position]
        if position in self.registry.by_position:
            return self.registry.by_position[position]
        if isinstance(node.get(NAME_KEY), str):
            return str(node[NAME_KEY])
        if title:
            return self.variant_name(position.rsplit("/", 2)[0], title)
        parent, _, rest = position.partition("/")
        if rest.startswith(("oneOf/", "anyOf/")) and rest.count("/") == 1:
            # an untitled variant of a named schema: named by its one-value enum (`type: ADD`),
            # as inline variants trip the generator (duplicate model names)
            return parent + _variant_suffix(node, rest.rsplit("/", 1)[1])
        return None

    def _hoist(self, node: Any, position: str, fallback: str | None, dry: bool = False) -> Any:
        if not isinstance(node, dict):
            return node
        title = position.rsplit("/", 1)[1] if node.get("title") else None
        name = self._name_for(node, position, title)
        structure = canonical(node) if _distinctive(node) else None
        if name is None and not dry and structure is not None:
            name = self.named_here.get(structure) or self.registry.by_structure.get(structure)
            if name is not None and fallback and BODY_NAME.search(name):
                # a new body never takes another body's made-up name: which one it would get
                # would depend on the order of syncs (pin a shared one in the overlay)
                name = None
        if name is None and not dry and fallback and node.get("type") == "object":
            name = fallback if "properties" in node else None
        if name is not None and dry and structure is not None:
            self.named_here.setdefault(structure, name)
        base = name if name is not None else position
        out = {k: v for k, v in node.items() if k != NAME_KEY}
        if "properties" in out:  # keep the order the models had: new fields go last
            known = self.registry.order.get(base, [])
            props = out["properties"]
            order = [k for k in known if k in props] + [k for k in props if k not in known]
            out["properties"] = {k: props[k] for k in order}
        for rel, sub, _ in _children(node):
            hoisted = self._hoist(sub, base + rel, None, dry)
            _set(out, rel, hoisted)
        if name is None or dry:
            return out
        previous = self.schemas.get(name)
        if previous is not None and previous != out:
            raise NamingError(
                f"two different schemas are named {name} (at {position}); pin one of them "
                "with x-talon-schema-names in openapi/overlay.yaml"
            )
        self.schemas[name] = out
        return {"$ref": REF + name}


def _variant_suffix(node: dict[str, Any], index: str) -> str:
    for prop in node.get("properties", {}).values():
        values = prop.get("enum") if isinstance(prop, dict) else None
        if isinstance(values, list) and len(values) == 1 and isinstance(values[0], str):
            return pascal(values[0].lower())
    return f"Variant{index}"


def _distinctive(node: dict[str, Any]) -> bool:
    """Only schemas with fields or variants are matched by structure (not `{type: object}`)."""
    return bool(node.get("properties") or node.get("oneOf") or node.get("anyOf"))


def _set(node: dict[str, Any], rel: str, value: Any) -> None:
    parts = rel.strip("/").split("/")
    if parts[0] == "properties":
        node["properties"] = {**node["properties"], parts[1]: value}
    elif parts[0] in ("allOf", "oneOf", "anyOf"):
        items = list(node[parts[0]])
        for i, sub in enumerate(items):
            if isinstance(sub, dict) and (str(i) == parts[1] or sub.get("title") == parts[1]):
                items[i] = value
                break
        node[parts[0]] = items
    else:
        node[parts[0]] = value
