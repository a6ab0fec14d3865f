#!/usr/bin/env python3
"""Follow Talon.One's published Integration API: snapshot, overlay, contract, generated code.

    make sync-spec SOURCE=<SDK bundle file | docs-layout directory> [REPORT=path] [FAIL_ON_BREAKING=1]

1. reads the source through Redocly (either layout) and keeps the Integration API operations;
2. writes the facts-only snapshot openapi/upstream/integration-api.yaml (stable schema names);
3. merges openapi/overlay.yaml into openapi/integration.yaml;
4. runs scripts/regenerate.sh (generated/ and spec_meta.json), nothing else;
5. prints the change report (Markdown) against the contract as it was, also into --report.
Exit 0 after a sync, 3 with --fail-on-breaking when a change breaks users, 2 on bad input.
`--check` syncs into a scratch copy and fails if the committed tree would change.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from specsync import facts, naming, overlay, report, source

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = Path("openapi/upstream/integration-api.yaml")
OVERLAY = Path("openapi/overlay.yaml")
CONTRACT = Path("openapi/integration.yaml")
EXIT_BREAKING = 3


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text("utf-8")) if path.exists() else None


def dump_yaml(doc: Any, path: Path, header: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)
    path.write_text(header + text, "utf-8")


def snapshot(src: source.Source, previous: dict[str, Any] | None, ours: dict[str, Any]) -> Any:
    paths = facts.operations(src.document)
    effect_names = {t: e["name"] for t, e in ours.get("x-talon-effect-props", {}).items()}

    def variant_name(parent: str, title: str) -> str:
        if parent == "Effect/properties/props" and title in effect_names:
            return effect_names[title]
        return naming.pascal(title) + naming.pascal(parent.split("/", 1)[0]) + "Props"

    namer = naming.Namer(
        naming.Registry(previous), ours.get("x-talon-schema-names", {}), variant_name
    )
    schemas = namer.name_all(paths)
    known = list((previous or {}).get("paths", {}))  # keep the order operations had
    paths = {
        p: paths[p] for p in [k for k in known if k in paths] + sorted(set(paths) - set(known))
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Talon.One Integration API", "version": src.label},
        "x-talon-source": {"layout": src.layout, "openapi": src.openapi, "label": src.label},
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "api_key_v1": {"type": "apiKey", "in": "header", "name": "Authorization"}
            },
        },
    }


SNAPSHOT_HEADER = (
    "# Facts of Talon.One's published Integration API, as of the source named in x-talon-source.\n"
    "# Written by `make sync-spec`; do not edit. No prose of theirs: paths, parameters, types,\n"
    "# enums, required lists and status codes only. Our additions live in overlay.yaml.\n"
)
CONTRACT_HEADER = (
    "# The contract talon-async is generated from and tested against: upstream/integration-api.yaml\n"
    "# merged with overlay.yaml by `make sync-spec`. Do not edit: change the overlay and re-sync.\n"
)


def sync(root: Path, source_path: Path, regenerate: bool = True) -> report.Report:
    src = source.read(source_path)
    ours = load_yaml(root / OVERLAY) or {}
    before = load_yaml(root / CONTRACT)
    previous = load_yaml(root / SNAPSHOT) or before
    snap = snapshot(src, previous, ours)
    merged = overlay.contract(snap, ours)
    dump_yaml(snap, root / SNAPSHOT, SNAPSHOT_HEADER)
    dump_yaml(merged.document, root / CONTRACT, CONTRACT_HEADER)
    if regenerate:
        # its progress goes to stderr: stdout is the report
        done = subprocess.run(
            [str(root / "scripts" / "regenerate.sh")], cwd=root, stdout=sys.stderr, check=False
        )
        if done.returncode != 0:
            raise SystemExit(f"scripts/regenerate.sh failed ({done.returncode})")
    return report.build(before, merged, src)


def check(source_path: Path) -> int:
    """Sync a scratch copy of the tracked files; fail if anything would change."""
    with tempfile.TemporaryDirectory() as work:
        copy = Path(work) / "tree"
        files = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout.split(b"\0")
        for name in filter(None, files):
            rel = Path(name.decode())
            if (ROOT / rel).is_file():
                (copy / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / rel, copy / rel)
        (copy / "node_modules").symlink_to(ROOT / "node_modules")
        sync(copy, source_path.resolve())
        changed = [
            str(rel)
            for name in filter(None, files)
            if (rel := Path(name.decode())).exists()
            and not filecmp.cmp(ROOT / rel, copy / rel, shallow=False)
        ]
        for rel in ("openapi/upstream", "generated"):
            extra = sorted(
                str(p.relative_to(copy))
                for p in (copy / rel).rglob("*")
                if p.is_file() and not (ROOT / p.relative_to(copy)).exists()
            )
            changed += extra
    if changed:
        print("a sync of the committed snapshot would change:", *changed, sep="\n  ")
        return 1
    print("a sync of the committed snapshot changes nothing")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("source", type=Path, help="SDK bundle file or docs-layout directory")
    parser.add_argument("--report", type=Path, help="also write the Markdown report here")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 3 on breaking")
    parser.add_argument("--check", action="store_true", help="fail if the tree would change")
    args = parser.parse_args(argv)
    try:
        if args.check:
            return check(args.source)
        started = time.perf_counter()
        result = sync(ROOT, args.source.resolve())
        elapsed = time.perf_counter() - started
    except (source.SourceError, facts.FactsError, naming.NamingError) as exc:
        print(f"sync-spec: {exc}", file=sys.stderr)
        return 2
    except overlay.OverlayError as exc:
        print(f"sync-spec: openapi/overlay.yaml: {exc}", file=sys.stderr)
        return 2
    text = result.markdown()
    print(text)
    if args.report:
        args.report.write_text(text, "utf-8")
    print(f"sync took {elapsed:.1f} s", file=sys.stderr)
    if args.fail_on_breaking and result.breaking:
        return EXIT_BREAKING
    return 0


if __name__ == "__main__":
    sys.exit(main())
