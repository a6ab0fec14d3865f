"""Generate the site's API reference at build time (mkdocs-gen-files runs this from mkdocs.yml).

The operation pages come from spec_meta.json (which operations exist, their HTTP facts), the
generated operation classes (signatures and docstrings, through mkdocstrings) and
openapi/integration.yaml (our wording of each parameter), so an operation added by
`make regenerate` or `make sync-spec` shows up on the site without editing any page.
Also: one page per initial letter for the models, the reference's navigation (SUMMARY.md),
the benchmark table and chart from benchmarks/results/, and a check that every public name
of talon_async is rendered on some reference page (a missing one fails the strict build).
"""

from __future__ import annotations

import importlib
import inspect
import json
import logging
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import mkdocs_gen_files
import yaml

import talon_async
from talon_async import batch, errors, testing

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "integration.yaml"
META = ROOT / "generated" / "talon_one_raw" / "spec_meta.json"
BENCH_JSON = ROOT / "benchmarks" / "results" / "latest.json"
BENCH_PNG = ROOT / "benchmarks" / "results" / "latest.png"
BENCH_MARKER = "<!-- benchmark-table -->"
RESULTS = ROOT / "benchmarks" / "results"
THROTTLED_RUNS = ("throttled_batch.json", "throttled_batch_burst40.json")
THROTTLED_PNG = RESULTS / "throttled_batch.png"
THROTTLED_MARKER = "<!-- throttled-table -->"
EMULATOR_JSON = RESULTS / "emulator_throughput.json"
EMULATOR_MARKER = "<!-- emulator-throughput -->"
SERVER_MARKER = "<!-- server-table -->"
HAND_WRITTEN = ("client.md", "servers.md", "errors.md", "decoding.md", "batch.md", "testing.md")

log = logging.getLogger("mkdocs.plugins.gen_ref_pages")

sys.path.insert(0, str(ROOT / "scripts"))
from spec_meta import snake  # noqa: E402  (one naming rule for the generator and the site)


def group_class(group: str) -> type:
    module = importlib.import_module(f"talon_one_raw.api.{group}")
    cls: type = getattr(module, "".join(p.title() for p in group.split("_")) + "Operations")
    return cls


def spec_operations() -> dict[str, dict[str, Any]]:
    """operationId -> the operation object, with its path-level parameters merged in."""
    spec = yaml.safe_load(SPEC.read_text("utf-8"))
    found: dict[str, dict[str, Any]] = {}
    for item in spec.get("paths", {}).values():
        shared = item.get("parameters", [])
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                found[op["operationId"]] = {
                    **op,
                    "parameters": [*shared, *op.get("parameters", [])],
                    "_method": method,
                }
    return found


def model_anchor(name: str) -> str:
    return f"[`{name}`][talon_one_raw.models.{name}]"


def type_text(annotation: Any) -> str:
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    return text.replace(" | Unset", "").replace("Unset | ", "")


def linked_type(text: str, model_names: set[str]) -> str:
    """A type expression as code, with the models it names linked to their reference entries."""
    if text in model_names:
        return model_anchor(text)
    named = [m for m in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text) if m in model_names]
    links = ", ".join(model_anchor(m) for m in dict.fromkeys(named))
    return f"`{text}`" + (f" (see {links})" if links else "")


def signature_text(fn: str, sig: inspect.Signature) -> str:
    """The method as a user calls it, one parameter a line (`UNSET`: left out of the request)."""
    params = []
    for param in list(sig.parameters.values())[1:]:
        text = re.sub(r"<talon_one_raw.types.Unset object at \w+>", "UNSET", str(param))
        text = text.replace("'", "")
        if param.kind is inspect.Parameter.KEYWORD_ONLY and "*" not in params:
            params.append("*")
        params.append(text)
    returned = str(sig.return_annotation).replace("'", "")
    body = "".join(f"    {p},\n" for p in params)
    return f"async def {fn}(\n{body}) -> {returned}: ..."


def cell(text: str | None) -> str:
    return " ".join((text or "").split()).replace("|", "\\|")


def operation_section(
    group: str, cls: type, op: dict[str, Any], spec_op: dict[str, Any], model_names: set[str]
) -> str:
    fn = op["function"]
    method = getattr(cls, fn)
    sig = inspect.signature(method)
    described = {snake(p["name"]): p for p in spec_op.get("parameters", []) if "name" in p}
    lines = [
        f"## `{fn}`" + (" (deprecated)" if op["deprecated"] else "") + f" {{#{fn}}}",
        "",
        f"::: talon_one_raw.api.{group}.{cls.__name__}.{fn}",
        "    options:",
        "      show_root_heading: false",
        "      show_root_toc_entry: false",
        "      heading_level: 3",
        "",
        "```python",
        signature_text(fn, sig),
        "```",
        "",
        f"operationId `{op['operation_id']}` · Go key `{op['go_key']}`",
        "",
        "**Parameters**",
        "",
        "| name | in | type | required | description |",
        "|---|---|---|---|---|",
    ]
    for name, param in sig.parameters.items():
        if name == "self":
            continue
        if param.kind is inspect.Parameter.VAR_KEYWORD:
            lines.append(
                "| `**options` | | [`CallOptions`][talon_async.CallOptions] | no | per-call "
                "`timeout`, `retry`, `server_index`, `server_variables`, `extra_headers`, "
                "`idempotency_key` |"
            )
            continue
        required = "yes" if param.default is inspect.Parameter.empty else "no"
        if name == "body":
            where = "body"
            body = spec_op.get("requestBody", {})
            text = body.get("description") or "The request body."
        else:
            p = described.get(name, {})
            where = p.get("in", "")
            text = p.get("description", "")
        kind = linked_type(type_text(param.annotation), model_names)
        lines.append(f"| `{name}` | {where} | {kind} | {required} | {cell(text)} |")
    returned = type_text(sig.return_annotation)
    lines += ["", "**Returns** " + linked_type(returned, model_names)]
    raised = []
    for status in sorted(op["responses"]):
        if status[0] in "45" and status.isdigit():
            exc = errors.error_class_for(int(status)).__name__
            raised.append(f"{status} [`{exc}`][talon_async.errors.{exc}]")
    if raised:
        lines += ["", "**Documented errors** " + ", ".join(raised)]
    return "\n".join(lines) + "\n"


def write_operations(meta: dict[str, Any], model_names: set[str]) -> list[str]:
    by_group: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for op in meta["operations"]:
        by_group[op["group"]].append(op)
    spec_ops = spec_operations()
    index = [
        "# Operations",
        "",
        f"Every operation of the Integration API ({len(meta['operations'])} in all), as "
        "`await talon.<group>.<operation>(...)`. Each page lists the parameters with their "
        "types, the returned model and the errors the API documents.",
        "",
        "| group | operation | HTTP |",
        "|---|---|---|",
    ]
    nav = []
    for group in sorted(by_group):
        cls = group_class(group)
        ops = sorted(by_group[group], key=lambda o: str(o["function"]))
        page = [
            f"# `{group}`",
            "",
            f"Reach these as `talon.{group}.<operation>` on a "
            "[`TalonClient`][talon_async.TalonClient]. Per-call options are described in "
            "[`CallOptions`][talon_async.CallOptions].",
            "",
        ]
        for op in ops:
            page.append(
                operation_section(group, cls, op, spec_ops[op["operation_id"]], model_names)
            )
            index.append(
                f"| [`{group}`]({group}.md) | [`{op['function']}`]({group}.md#{op['function']}) "
                f"| `{op['method']} {op['path']}` |"
            )
        with mkdocs_gen_files.open(f"reference/operations/{group}.md", "w") as f:
            f.write("\n".join(page))
        nav.append(f"    - [{group}](operations/{group}.md)")
    with mkdocs_gen_files.open("reference/operations/index.md", "w") as f:
        f.write("\n".join(index) + "\n")
    return nav


def write_models(model_names: set[str], enums: dict[str, Any]) -> list[str]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for name in sorted(model_names):
        by_letter[name[0].upper()].append(name)
    index = [
        "# Models",
        "",
        "The request and response models, importable as `talon_async.models.<Name>` (generated "
        "attrs classes). Unknown fields of a response land in `additional_properties`; see "
        "[Decoding and forward compatibility](../../guides/decoding.md).",
        "",
    ]
    nav = []
    for letter, names in sorted(by_letter.items()):
        page = [f"# Models: {letter}", ""]
        for name in names:
            page += [
                f"::: talon_one_raw.models.{name}",
                "    options:",
                "      show_root_full_path: false",
                "      members: false",
                # openapi-python-client wraps a long attribute type over two lines, which
                # griffe's Google parser reports; these docstrings are generated, not ours.
                "      docstring_options:",
                "        warnings: false",
                "",
            ]
            if name in enums:
                values = ", ".join(f"`{v}`" for v in enums[name]["values"])
                page += [
                    f"Values: {values}. A value this version does not know is kept as an "
                    "[`UnknownValue`][talon_async.UnknownValue].",
                    "",
                ]
        with mkdocs_gen_files.open(f"reference/models/{letter.lower()}.md", "w") as f:
            f.write("\n".join(page))
        index.append(f"- **{letter}**: " + ", ".join(model_anchor(n) for n in names))
        nav.append(f"    - [{letter}](models/{letter.lower()}.md)")
    with mkdocs_gen_files.open("reference/models/index.md", "w") as f:
        f.write("\n".join(index) + "\n")
    return nav


def write_summary(op_nav: list[str], model_nav: list[str]) -> None:
    titles = ["TalonClient and options", "Servers", "Errors", "Decoding", "batch", "testing"]
    lines = ["- [Overview](index.md)"]
    lines += [f"- [{t}]({page})" for t, page in zip(titles, HAND_WRITTEN, strict=True)]
    lines += ["- Operations", "    - [All operations](operations/index.md)", *op_nav]
    lines += ["- Models", "    - [Index](models/index.md)", *model_nav]
    with mkdocs_gen_files.open("reference/SUMMARY.md", "w") as f:
        f.write("\n".join(lines) + "\n")


def check_public_names() -> None:
    """Every public name must be rendered by a `:::` directive of a hand-written page."""
    docs = ROOT / "docs" / "reference"
    text = "\n".join((docs / page).read_text("utf-8") for page in HAND_WRITTEN)
    directives = set(re.findall(r"^::: (\S+)", text, flags=re.MULTILINE))
    wanted = {f"talon_async.{n}" for n in talon_async.__all__ if n != "models"}
    for module in (errors, batch, testing):
        wanted |= {f"{module.__name__}.{n}" for n in module.__all__}
    covered = set()
    for name in wanted:
        module_name = name.rsplit(".", 1)[0]
        if name in directives or (module_name != "talon_async" and module_name in directives):
            covered.add(name)
    for name in sorted(wanted - covered):
        log.warning("public name %s is on no API reference page (docs/reference/*.md)", name)


def fill_marker(page: str, marker: str, text: str) -> None:
    """Replace `marker` in a hand-written page with text made from the repository's data."""
    with mkdocs_gen_files.open(page, "r") as f:
        content = f.read()
    if marker not in content:
        log.warning("%s has no %s marker", page, marker)
    with mkdocs_gen_files.open(page, "w") as f:
        f.write(content.replace(marker, text))


def write_server_table(meta: dict[str, Any]) -> None:
    """The contract's server table, as the client reads it from spec_meta.json."""
    rows = ["| index | URL | variables (default) | for |", "|---|---|---|---|"]
    for index, server in enumerate(meta["servers"]):
        variables = []
        for name, var in server["variables"].items():
            text = f"`{name}` (`{var['default']}`)"
            if var.get("enum"):
                text += ": " + ", ".join(f"`{v}`" for v in var["enum"])
            variables.append(text)
        rows.append(
            f"| {index}{' (default)' if index == 0 else ''} | `{server['url']}` | "
            f"{'; '.join(variables)} | {cell(server.get('description'))} |"
        )
    fill_marker("guides/servers.md", SERVER_MARKER, "\n".join(rows))


def write_benchmarks() -> None:
    """The table and chart of the last full `make bench`, so the numbers live in one place."""
    data = json.loads(BENCH_JSON.read_text("utf-8"))
    machine = data.get("machine", {})
    table = data["table_markdown"].strip()
    note = (
        f"Measured with `{data.get('command', 'make bench')}` on "
        f"{str(machine.get('date', '?'))[:10]} ({machine.get('cpu_model', '?')}, "
        f"{machine.get('cpu_count', '?')} cores, Python {machine.get('python', '?')}).\n\n"
    )
    fill_marker("performance.md", BENCH_MARKER, note + table)
    with mkdocs_gen_files.open("assets/benchmark.png", "wb") as f:
        f.write(BENCH_PNG.read_bytes())


def write_throttled() -> None:
    """The table of `python -m benchmarks.throttled_batch [--burst 40]`, from its result files."""
    rows = [
        "| server bucket | mode | items failed | successful req/s | requests answered 429 |",
        "|---|---|---|---|---|",
    ]
    setup = ""
    for name in THROTTLED_RUNS:
        data = json.loads((RESULTS / name).read_text("utf-8"))
        limit = data["limit"]
        burst = data.get("burst", limit)
        setup = f"{data['runs'][0]['items']:,} items at {data['concurrency']} in flight"
        for run in data["runs"]:
            mode = '`rate="auto"`' if run["mode"] == "auto" else "fixed concurrency"
            rows.append(
                f"| {limit:g} req/s, burst {burst:g} | {mode} | {run['failed']:,} | "
                f"{run['ok_per_s']:g} ({run['of_limit']:.0%} of the limit) | "
                f"{run['share_429']:.1%} |"
            )
    note = f"{setup}, from `benchmarks/results/throttled_batch*.json`:\n\n"
    fill_marker("performance.md", THROTTLED_MARKER, note + "\n".join(rows))
    with mkdocs_gen_files.open("assets/throttled_batch.png", "wb") as f:
        f.write(THROTTLED_PNG.read_bytes())


def write_emulator_throughput() -> None:
    """The emulator's request-validation throughput, from benchmarks/results/."""
    data = json.loads(EMULATOR_JSON.read_text("utf-8"))
    compiled = data["results"]["compiled"]["per_cpu_second"]
    text = (
        f"With its compiled request checks the emulator serves about {compiled:,.0f} session "
        f"updates per second of its CPU, validation on: {data['ratio_per_cpu_second']:g}x what "
        "per-request openapi-core validation allowed (`python -m benchmarks.emulator_throughput`, "
        "part of `make bench`; `benchmarks/results/emulator_throughput.json`)."
    )
    fill_marker("performance.md", EMULATOR_MARKER, text)


def main() -> None:
    meta = json.loads(META.read_text("utf-8"))
    model_names = set(talon_async.models.__all__)
    op_nav = write_operations(meta, model_names)
    model_nav = write_models(model_names, meta["enums"])
    write_summary(op_nav, model_nav)
    check_public_names()
    write_server_table(meta)
    write_benchmarks()
    write_throttled()
    write_emulator_throughput()


main()
