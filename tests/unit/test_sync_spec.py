"""scripts/specsync: the pieces of `make sync-spec`, on small documents written here."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from specsync import facts, naming, overlay, report
from specsync.source import Source

SESSION = {
    "type": "object",
    "description": "Their words about a session.",
    "example": {"id": "s-1"},
    "required": ["id"],
    "properties": {"id": {"type": "string", "title": "Their title"}, "n": {"type": "integer"}},
}


def _doc(schema: dict[str, Any], tags: list[str] | None = None) -> dict[str, Any]:
    op = {
        "operationId": "getThing",
        "summary": "Their summary.",
        "responses": {"200": {"content": {"application/json": {"schema": schema}}}},
    }
    if tags:
        op["tags"] = tags
    return {"paths": {"/v1/things": {"get": op}}}


def test_facts_drop_prose_and_spell_31_as_30() -> None:
    node = facts.schema(
        {
            "type": ["number", "null"],
            "description": "x",
            "exclusiveMinimum": 0,
            "examples": [1],
        }
    )
    assert node == {"type": "number", "nullable": True, "minimum": 0, "exclusiveMinimum": True}
    assert facts.schema({"const": "ADD"}) == {"enum": ["ADD"]}


def test_facts_merge_the_docs_layouts_all_of_parts() -> None:
    split = {
        "allOf": [
            {"type": "object", "properties": {"n": {"type": "integer", "format": "int64"}}},
            {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
        ]
    }
    assert facts.schema(split) == facts.schema(SESSION)


def test_both_layouts_get_the_same_names() -> None:
    """The SDK bundle names the schema; the docs layout inlines it: same snapshot either way."""
    bundle = _doc({"$ref": "#/components/schemas/Session"})
    bundle["components"] = {"schemas": {"Session": SESSION}}
    inline = _doc(SESSION)
    named = naming.Namer(naming.Registry(None), {}, lambda parent, title: title)
    paths = facts.operations(bundle)
    schemas = named.name_all(paths)
    assert list(schemas) == ["Session"]
    previous = {"paths": paths, "components": {"schemas": schemas}}
    again = naming.Namer(naming.Registry(previous), {}, lambda parent, title: title)
    inline_paths = facts.operations(inline)
    assert again.name_all(inline_paths) == schemas
    assert inline_paths == paths


def test_new_body_schemas_get_deterministic_names() -> None:
    namer = naming.Namer(naming.Registry(None), {}, lambda parent, title: title)
    assert list(namer.name_all(facts.operations(_doc(SESSION)))) == ["GetThing200Response"]
    pinned = naming.Namer(
        naming.Registry(None), {"getThing/responses/200/application/json": "Thing"}, str
    )
    assert list(pinned.name_all(facts.operations(_doc(SESSION)))) == ["Thing"]


def test_overlay_targets_and_merge() -> None:
    doc = {"paths": {"/a": {"get": {"parameters": [{"name": "dry"}, {"name": "x"}]}}}}
    hits = overlay.select(doc, "$.paths.*.*.parameters[?@.name=='dry']")
    assert len(hits) == 1
    assert overlay.select(doc, "$.paths['/b']") == []
    with pytest.raises(overlay.OverlayError):
        overlay.select(doc, "$..parameters")
    assert overlay.merge({"a": {"b": 1}, "t": ["x"]}, {"a": {"c": 2}, "t": ["y"]}) == {
        "a": {"b": 1, "c": 2},
        "t": ["y"],
    }


def test_contract_gets_our_words_or_neutral_ones() -> None:
    snap = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": facts.operations(_doc(SESSION, ["Things"])),
        "components": {"schemas": {}},
    }
    ours = {
        "overlay": "1.0.0",
        "actions": [
            {"target": "$.paths['/v1/things'].get", "update": {"summary": "Read a thing"}},
            {"target": "$.paths['/v9/gone'].get", "update": {"summary": "Gone"}},
        ],
    }
    merged = overlay.contract(snap, ours)
    op = merged.document["paths"]["/v1/things"]["get"]
    assert op["summary"] == "Read a thing"
    assert op["responses"]["200"]["description"] == "Status 200."
    assert merged.unmatched == ["$.paths['/v9/gone'].get"]
    assert "response getThing 200" in merged.neutral
    assert "tag Things" in merged.neutral


def _contract(schema: dict[str, Any], codes: tuple[str, ...] = ("200",)) -> dict[str, Any]:
    responses = {c: {"content": {"application/json": {"schema": schema}}} for c in codes}
    return {
        "paths": {"/v1/things": {"get": {"operationId": "getThing", "responses": responses}}},
        "components": {"schemas": {}},
    }


def test_report_marks_breaking_for_users_of_the_library() -> None:
    src = Source("docs", "x", "3.1.0", {})
    before = _contract(SESSION)
    grown = dict(SESSION, required=["id", "n"], properties={**SESSION["properties"], "m": {}})
    after = overlay.Merged(_contract(grown, ("200", "204")))
    rep = report.build(before, after, src, second_opinion=False)
    found = {(c.where, c.what): c.breaking for c in rep.changes}
    assert found[("getThing 200.n", "now required")] is False
    assert found[("getThing 200.m", "field added")] is False
    assert any(w == "getThing" and b for (w, _), b in found.items())  # 204: may return None
    gone = report.build(before, overlay.Merged({"paths": {}, "components": {}}), src, False)
    assert [(c.category, c.breaking) for c in gone.changes] == [("operations", True)]
    assert "**breaking**" in gone.markdown()
