"""The change report: what a sync changed in the contract, each change breaking or compatible.

The verdicts are ours, for users of this library (generated models, typed results, lenient
decoding), by these rules:
- operation removed, parameter added as required or removed, a request field newly required or
  removed, a request enum value removed, a type changed, a new success status (the call can now
  return without a body): breaking;
- operation or optional parameter added, a response field added or newly required, an enum
  value added to a response (decoded as UnknownValue before, the member now), a new error
  status: compatible. A response field dropped or no longer required is breaking (code reading
  it may meet Unset).
Redocly's `diff` (the same pinned CLI) is run as a second opinion and its counts are shown; its
rules are generic semver rules for servers and clients alike, so they do not decide the exit code.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .overlay import Merged
from .source import HTTP_METHODS, REDOCLY, Source

REF = "#/components/schemas/"
CATEGORIES = (
    "operations",
    "parameters",
    "required fields",
    "fields",
    "enum values",
    "types",
    "status codes",
    "effect types",
)


@dataclass(frozen=True)
class Change:
    category: str
    where: str
    what: str
    breaking: bool


@dataclass
class Report:
    source: Source
    changes: list[Change] = field(default_factory=list)
    neutral: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    undefined: list[str] = field(default_factory=list)
    second_opinion: str = ""

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    def markdown(self) -> str:
        src = self.source
        lines = [
            f"# Contract sync: Talon.One {src.layout} {src.label}",
            "",
            f"{len(self.changes)} changes, {len(self.breaking)} breaking for users of talon-async.",
            "",
        ]
        for category in CATEGORIES:
            found = sorted(
                (c for c in self.changes if c.category == category),
                key=lambda c: (not c.breaking, c.where, c.what),
            )
            if not found:
                continue
            lines += [f"## {category.capitalize()}", "", "| | where | change |", "|---|---|---|"]
            for c in found:
                mark = "**breaking**" if c.breaking else "compatible"
                lines.append(f"| {mark} | `{c.where}` | {c.what} |")
            lines.append("")
        if not self.changes:
            lines += ["No change to the contract.", ""]
        lines += ["## Elements without our wording", ""]
        if self.neutral:
            lines.append(
                "They got a neutral text made from their names; word them in openapi/overlay.yaml:"
            )
            lines += [f"- {n}" for n in self.neutral]
        else:
            lines.append("None: every operation, parameter, response and schema has our wording.")
        lines.append("")
        if self.undefined:
            lines += ["## Required but never defined upstream (left out of `required`)", ""]
            lines += [f"- `{u}`" for u in self.undefined]
            lines.append("")
        if self.unmatched:
            lines += ["## Overlay actions that matched nothing", ""]
            lines += [f"- `{t}`" for t in self.unmatched]
            lines.append("")
        if self.second_opinion:
            lines += ["## Second opinion (redocly diff)", "", self.second_opinion, ""]
        return "\n".join(lines)


def _operations(doc: dict[str, Any] | None) -> dict[str, tuple[str, dict[str, Any]]]:
    out = {}
    for path, item in (doc or {}).get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                out[item[method]["operationId"]] = (f"{method.upper()} {path}", item[method])
    return out


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.seen: set[tuple[str, str, str]] = set()

    def add(self, category: str, where: str, what: str, breaking: bool) -> None:
        self.changes.append(Change(category, where, what, breaking))

    def _schema(self, doc: dict[str, Any], node: Any) -> tuple[str | None, Any]:
        if isinstance(node, dict) and "$ref" in node:
            name = node["$ref"].removeprefix(REF)
            return name, doc["components"]["schemas"].get(name, {})
        return None, node if isinstance(node, dict) else {}

    def schema(self, old: Any, new: Any, where: str, request: bool) -> None:
        old_name, a = self._schema(self.old, old)
        new_name, b = self._schema(self.new, new)
        if new_name:
            key = (old_name or "", new_name, "request" if request else "response")
            if key in self.seen:
                return
            self.seen.add(key)
            where = new_name
        if a.get("type") != b.get("type") and a.get("type") and b.get("type"):
            self.add("types", where, f"type {a.get('type')} -> {b.get('type')}", True)
            return
        ea, eb = a.get("enum") or [], b.get("enum") or []
        for value in sorted(set(eb) - set(ea), key=str):
            self.add("enum values", where, f"value `{value}` added", request and False)
        for value in sorted(set(ea) - set(eb), key=str):
            self.add("enum values", where, f"value `{value}` removed", request)
        pa, pb = a.get("properties", {}), b.get("properties", {})
        for name in sorted(set(pb) - set(pa)):
            self.add("fields", f"{where}.{name}", "field added", False)
        for name in sorted(set(pa) - set(pb)):
            self.add("fields", f"{where}.{name}", "field removed", True)
        ra, rb = set(a.get("required", [])), set(b.get("required", []))
        for name in sorted(rb - ra):
            self.add("required fields", f"{where}.{name}", "now required", request)
        for name in sorted(ra - rb):
            self.add("required fields", f"{where}.{name}", "no longer required", not request)
        for name in sorted(set(pa) & set(pb)):
            self.schema(pa[name], pb[name], f"{where}.{name}", request)
        for key in ("items", "additionalProperties"):
            if isinstance(a.get(key), dict) and isinstance(b.get(key), dict):
                self.schema(a[key], b[key], f"{where}[]" if key == "items" else where, request)
        if bool(a.get("oneOf")) != bool(b.get("oneOf")):
            self.add(
                "types",
                where,
                "now one of several shapes"
                if b.get("oneOf")
                else "no longer one of several shapes",
                True,
            )

    def operation(self, oid: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        pa = {(p["in"], p["name"]): p for p in old.get("parameters", [])}
        pb = {(p["in"], p["name"]): p for p in new.get("parameters", [])}
        for key in sorted(set(pb) - set(pa)):
            required = bool(pb[key].get("required"))
            what = f"{key[0]} parameter added" + (" (required)" if required else "")
            self.add("parameters", f"{oid}({key[1]})", what, required)
        for key in sorted(set(pa) - set(pb)):
            self.add("parameters", f"{oid}({key[1]})", f"{key[0]} parameter removed", True)
        for key in sorted(set(pa) & set(pb)):
            ra, rb = bool(pa[key].get("required")), bool(pb[key].get("required"))
            if ra != rb:
                self.add(
                    "parameters",
                    f"{oid}({key[1]})",
                    "now required" if rb else "no longer required",
                    rb,
                )
            sa, sb = pa[key].get("schema", {}), pb[key].get("schema", {})
            if sa.get("type") != sb.get("type"):
                self.add(
                    "parameters",
                    f"{oid}({key[1]})",
                    f"type {sa.get('type')} -> {sb.get('type')}",
                    True,
                )
        ba = old.get("requestBody", {}).get("content", {})
        bb = new.get("requestBody", {}).get("content", {})
        for media in sorted(set(ba) & set(bb)):
            self.schema(ba[media].get("schema"), bb[media].get("schema"), f"{oid} request", True)
        sa, sb = old.get("responses", {}), new.get("responses", {})
        for code in sorted(set(sb) - set(sa)):
            success = code.startswith("2")
            self.add(
                "status codes",
                oid,
                f"{code} documented"
                + (" (the call can now return without this body)" if success else ""),
                success,
            )
        for code in sorted(set(sa) - set(sb)):
            self.add("status codes", oid, f"{code} no longer documented", code.startswith("2"))
        for code in sorted(set(sa) & set(sb)):
            ca, cb = sa[code].get("content", {}), sb[code].get("content", {})
            for media in sorted(set(ca) & set(cb)):
                self.schema(
                    ca[media].get("schema"), cb[media].get("schema"), f"{oid} {code}", False
                )


def _effect_types(doc: dict[str, Any]) -> dict[str, str]:
    return {
        s["x-effect-type"]: name
        for name, s in doc.get("components", {}).get("schemas", {}).items()
        if "x-effect-type" in s
    }


def _second_opinion(old: dict[str, Any], new: dict[str, Any]) -> str:
    if not REDOCLY.exists():
        return ""
    env = dict(os.environ, REDOCLY_TELEMETRY="off", REDOCLY_SUPPRESS_UPDATE_NOTICE="true")
    with tempfile.TemporaryDirectory() as work:
        a, b, out = (Path(work) / n for n in ("before.json", "after.json", "diff.json"))
        a.write_text(json.dumps(old))
        b.write_text(json.dumps(new))
        subprocess.run(
            [
                str(REDOCLY),
                "diff",
                str(a),
                str(b),
                "--format",
                "json",
                "-o",
                str(out),
                "--fail-on",
                "none",
            ],
            capture_output=True,
            env=env,
            check=False,
        )
        if not out.exists():
            return "redocly diff did not run."
        result = json.loads(out.read_text())
    counts = result.get("summary", {})
    return (
        f"Semver impact by Redocly's generic rules: {counts.get('major', 0)} major, "
        f"{counts.get('minor', 0)} minor, {counts.get('patch', 0)} patch "
        f"(overall: {result.get('bump', 'none')})."
    )


def build(
    before: dict[str, Any] | None, merged: Merged, src: Source, second_opinion: bool = True
) -> Report:
    after = merged.document
    rep = Report(
        src, neutral=merged.neutral, unmatched=merged.unmatched, undefined=merged.undefined
    )
    if before is None:
        return rep
    differ = _Differ(before, after)
    old_ops, new_ops = _operations(before), _operations(after)
    for oid in sorted(set(new_ops) - set(old_ops)):
        differ.add("operations", oid, f"added ({new_ops[oid][0]})", False)
    for oid in sorted(set(old_ops) - set(new_ops)):
        differ.add("operations", oid, f"removed ({old_ops[oid][0]})", True)
    for oid in sorted(set(old_ops) & set(new_ops)):
        differ.operation(oid, old_ops[oid][1], new_ops[oid][1])
    ta, tb = _effect_types(before), _effect_types(after)
    for t in sorted(set(tb) - set(ta)):
        differ.add("effect types", t, f"added ({tb[t]})", False)
    for t in sorted(set(ta) - set(tb)):
        differ.add("effect types", t, f"removed ({ta[t]})", False)
    for t in sorted(set(ta) & set(tb)):
        differ.schema({"$ref": REF + ta[t]}, {"$ref": REF + tb[t]}, tb[t], False)
    rep.changes = differ.changes
    if second_opinion:
        rep.second_opinion = _second_opinion(before, after)
    return rep
