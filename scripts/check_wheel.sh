#!/usr/bin/env bash
# The distribution check, shared by `make dist` and .github/workflows/release.yml: what a user
# gets from `pip install talon-async` must work, away from this source tree.
#
#   scripts/check_wheel.sh DIST_DIR      (DIST_DIR holds exactly one sdist and one wheel)
#
# 1. `twine check --strict` on both;
# 2. the wheel carries the facade, the generated client, the spec copy the emulator validates
#    against, and the license;
# 3. a clean venv (in a temp dir, not this repository) installs the wheel with the emulator extra;
# 4. `python -m talon_async --version` names the wheel's version, `python -m talon_async.testing
#    --help` runs;
# 5. the emulator, started from that venv, answers the README quickstart run from that venv.
#
# EXPECT_VERSION=1.2.3 also fails unless the wheel has that version (the release workflow passes
# the tag). PYTHON picks the interpreter of the clean venv (default python3).
set -euo pipefail

DIST=${1:?usage: scripts/check_wheel.sh DIST_DIR}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}

shopt -s nullglob
wheels=("$DIST"/*.whl)
sdists=("$DIST"/*.tar.gz)
if [ "${#wheels[@]}" != 1 ] || [ "${#sdists[@]}" != 1 ]; then
    echo "check_wheel: expected one wheel and one sdist in $DIST, found: ${wheels[*]} ${sdists[*]}" >&2
    exit 1
fi
WHEEL="$(cd "$DIST" && pwd)/$(basename "${wheels[0]}")"
VERSION=$(basename "$WHEEL" | cut -d- -f2)
echo "check_wheel: $(basename "$WHEEL") and $(basename "${sdists[0]}")"
if [ -n "${EXPECT_VERSION:-}" ] && [ "$VERSION" != "$EXPECT_VERSION" ]; then
    echo "check_wheel: the wheel is version $VERSION, expected $EXPECT_VERSION" >&2
    exit 1
fi

echo "== twine check"
if ! command -v twine >/dev/null; then
    echo "check_wheel: twine not found: run 'make dist', or install the ci extra (pip install -e '.[ci]')" >&2
    exit 1
fi
twine check --strict "${wheels[0]}" "${sdists[0]}"

echo "== wheel contents"
"$PYTHON" - "$WHEEL" <<'EOF'
import sys, zipfile

names = set(zipfile.ZipFile(sys.argv[1]).namelist())
required = [
    "talon_async/__init__.py",
    "talon_async/py.typed",
    "talon_async/testing/integration.yaml",
    "talon_one_raw/__init__.py",
    "talon_one_raw/spec_meta.json",
]
missing = [n for n in required if n not in names]
if not any(n.endswith(".dist-info/licenses/LICENSE") for n in names):
    missing.append("*.dist-info/licenses/LICENSE")
if missing:
    sys.exit(f"check_wheel: the wheel lacks {', '.join(missing)}")
print(f"{len(names)} files, including {', '.join(required)} and the license")
EOF

WORK=$(mktemp -d "${TMPDIR:-/tmp}/talon-wheel-check.XXXXXX")
EMULATOR=""
cleanup() {
    if [ -n "$EMULATOR" ]; then
        kill "$EMULATOR" 2>/dev/null || true
        wait "$EMULATOR" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
cd "$WORK"   # nothing of the source tree on sys.path from here on

echo "== clean venv: pip install the wheel with the emulator extra"
"$PYTHON" -m venv venv
VPY="$WORK/venv/bin/python"
"$VPY" -m pip install --quiet --disable-pip-version-check "${WHEEL}[emulator]"
"$VPY" -c "import talon_async, sys; sys.exit(0 if talon_async.__file__.startswith(sys.prefix) else 'check_wheel: talon_async imported from ' + talon_async.__file__)"

echo "== python -m talon_async --version"
got=$("$VPY" -m talon_async --version)
echo "$got"
if [ "$got" != "talon-async $VERSION" ]; then
    echo "check_wheel: expected 'talon-async $VERSION'" >&2
    exit 1
fi

echo "== python -m talon_async.testing --help"
"$VPY" -m talon_async.testing --help

echo "== README quickstart against the emulator of the installed wheel"
PORT=$("$VPY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
KEY=wheel-check-key
"$VPY" -m talon_async.testing --port "$PORT" --api-key "$KEY" --log-level warning >emulator.log 2>&1 &
EMULATOR=$!
# Up when /_emulator/health answers; fail at once if the emulator exits, or after 60 s.
if ! "$VPY" - "$PORT" "$EMULATOR" <<'EOF'; then
import os, sys, time, urllib.request

port, pid = sys.argv[1], int(sys.argv[2])
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/_emulator/health", timeout=2)
        sys.exit(0)
    except OSError:
        try:
            os.kill(pid, 0)
        except OSError:
            sys.exit(1)
        time.sleep(0.1)
sys.exit(1)
EOF
    echo "check_wheel: the emulator did not come up; its output:" >&2
    cat emulator.log >&2
    exit 1
fi

# The quickstart is the first python block after "## Quickstart", run as written; the
# server_context around it (which outranks the client's server_index) points it at the emulator.
TALON_API_KEY=$KEY "$VPY" - "$ROOT/README.md" "$PORT" <<'EOF'
import json, re, sys, urllib.request

from talon_async import server_context

readme, port = sys.argv[1], sys.argv[2]
section = open(readme, encoding="utf-8").read().split("\n## Quickstart\n", 1)[1]
code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
with server_context(server_index=2, server_variables={"host": "127.0.0.1", "port": port}):
    exec(compile(code, "README.md (Quickstart)", "exec"), {"__name__": "__main__"})
with urllib.request.urlopen(f"http://127.0.0.1:{port}/_emulator/counters", timeout=5) as r:
    counters = json.load(r)
print(f"emulator counters: {counters}")
if not counters.get("updateCustomerSessionV2"):
    sys.exit("check_wheel: the quickstart never reached the emulator")
EOF
echo "check_wheel: OK, talon-async $VERSION"
