"""Read one of Talon.One's published documents, resolved into a single tree.

Both layouts go through Redocly CLI (`redocly bundle`, pinned in package.json): it resolves the
docs layout's file references and parses YAML the same way for both (YAML 1.2: the SDK bundle
holds plain `=` scalars that PyYAML's YAML 1.1 loader rejects).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# the SDK bundle tags every Integration API operation with this, next to the Management API
INTEGRATION_TAG = "integration"


class SourceError(Exception):
    """The source cannot be read as one of Talon.One's layouts; the message says what to fix."""


@dataclass(frozen=True)
class Source:
    layout: str  # "sdk-bundle" or "docs"
    label: str  # release or publication date, from the file or directory name
    openapi: str  # the OpenAPI version the source declares
    document: dict[str, Any]  # bundled (internal $refs only), Integration API operations only


def _entry(path: Path) -> tuple[str, Path]:
    if path.is_dir():
        entry = path / "openapi.yaml"
        if not entry.is_file():
            raise SourceError(f"{path} is a directory without openapi.yaml (docs layout expected)")
        return "docs", entry
    if path.is_file():
        return "sdk-bundle", path
    raise SourceError(f"{path} does not exist (give the SDK bundle file or docs-layout directory)")


def _label(path: Path) -> str:
    """25.17.0 from sdk-bundle-25.17.0.yaml, 2026-06-09 from docs-2026-06-09; else the name."""
    name = path.name if path.is_dir() else path.stem
    found = re.search(r"\d+(?:[.-]\d+)+", name)
    return found.group(0) if found else name


def bundle(entry: Path) -> dict[str, Any]:
    if not REDOCLY.exists():
        raise SourceError("Redocly CLI is missing: run 'make install' (npm ci)")
    env = dict(os.environ, REDOCLY_TELEMETRY="off", REDOCLY_SUPPRESS_UPDATE_NOTICE="true")
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "bundled.json"
        done = subprocess.run(
            [str(REDOCLY), "bundle", str(entry), "--ext", "json", "-o", str(out)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if done.returncode != 0 or not out.exists():
            raise SourceError(f"redocly bundle failed for {entry.name}:\n{done.stderr[-2000:]}")
        loaded = json.loads(out.read_text("utf-8"))
    if not isinstance(loaded, dict) or not isinstance(loaded.get("paths"), dict):
        raise SourceError(f"{entry.name} is not an OpenAPI document (no paths)")
    return loaded


def integration_only(doc: dict[str, Any]) -> dict[str, Any]:
    """Keep the Integration API operations: all of them, or those tagged `integration` if any is."""
    ops = [
        op
        for item in doc["paths"].values()
        for method, op in item.items()
        if method in HTTP_METHODS and isinstance(op, dict)
    ]
    tagged = any(INTEGRATION_TAG in op.get("tags", []) for op in ops)
    paths: dict[str, Any] = {}
    for path, item in doc["paths"].items():
        kept = {
            method: op
            for method, op in item.items()
            if method in HTTP_METHODS and (not tagged or INTEGRATION_TAG in op.get("tags", []))
        }
        if kept:
            common = {k: v for k, v in item.items() if k == "parameters"}
            paths[path] = {**common, **kept}
    if not paths:
        raise SourceError("the source has no Integration API operations")
    return {**doc, "paths": paths}


def read(path: Path) -> Source:
    layout, entry = _entry(path)
    doc = bundle(entry)
    recorded = doc.get("x-talon-source")
    if isinstance(recorded, dict):  # our own snapshot, re-synced by `make check-sync`
        return Source(
            layout=str(recorded["layout"]),
            label=str(recorded["label"]),
            openapi=str(recorded["openapi"]),
            document=integration_only(doc),
        )
    return Source(
        layout=layout,
        label=_label(path),
        openapi=str(doc.get("openapi", "")),
        document=integration_only(doc),
    )
