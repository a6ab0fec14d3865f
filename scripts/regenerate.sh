#!/usr/bin/env bash
# Regenerate generated/talon_one_raw from openapi/integration.yaml with the pinned generator.
#   scripts/regenerate.sh          rewrite generated/ in place
#   scripts/regenerate.sh --check  regenerate into a temp dir, list files that differ from
#                                  generated/, exit 1 on drift; writes nothing into the tree
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

GENERATOR_VERSION=0.29.1
venv=${VENV:-$root/.venv}
if [ -x "$venv/bin/python" ]; then export PATH="$venv/bin:$PATH"; fi
have=$(python -c 'import importlib.metadata as m; print(m.version("openapi-python-client"))' 2>/dev/null || true)
if [ "$have" != "$GENERATOR_VERSION" ]; then
  echo "openapi-python-client==$GENERATOR_VERSION is required (found '${have:-none}'); run 'make install'." >&2
  exit 2
fi
command -v ruff >/dev/null || { echo "ruff is required on PATH; run 'make install'." >&2; exit 2; }

check=0
[ "${1:-}" = "--check" ] && check=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Generate from a fixed path so nothing about this checkout leaks into the output.
cp openapi/integration.yaml "$work/integration.yaml"
cp openapi/generator.yaml "$work/generator.yaml"
templates=()
[ -d openapi/templates ] && templates=(--custom-template-path "$root/openapi/templates")
(cd "$work" && openapi-python-client generate --path integration.yaml --config generator.yaml \
  --meta none --output-path talon_one_raw --fail-on-warning "${templates[@]}" >gen.log 2>&1) \
  || { cat "$work/gen.log" >&2; exit 1; }
python scripts/spec_meta.py openapi/integration.yaml "$work/talon_one_raw/spec_meta.json"
touch "$work/talon_one_raw/py.typed"

if [ $check = 1 ]; then
  if diff -r -q generated/talon_one_raw "$work/talon_one_raw" >"$work/diff.txt" 2>&1; then
    echo "generated/ is up to date with openapi/integration.yaml"
    exit 0
  fi
  echo "generated/ has drifted from openapi/integration.yaml; run scripts/regenerate.sh:" >&2
  sed -e "s#$work/##g" "$work/diff.txt" >&2
  exit 1
fi
rm -rf generated/talon_one_raw
mkdir -p generated
cp -r "$work/talon_one_raw" generated/talon_one_raw
echo "regenerated generated/talon_one_raw"
