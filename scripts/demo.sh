#!/usr/bin/env bash
# `make demo`: the checkout flow (examples/checkout_flow.py) against the offline emulator.
#
# Works on a fresh clone: creates the virtualenv and installs talon-async with the emulator
# extra when they are missing, starts `python -m talon_async.testing` in the background on a
# free port (or DEMO_PORT), waits until it answers, runs the flow, and always stops the
# emulator again. Exits with the flow's status, so a broken step fails the command.
set -euo pipefail

cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PY="$VENV/bin/python"
API_KEY=${DEMO_API_KEY:-demo-key}

if [ ! -x "$PY" ]; then
    echo "demo: creating $VENV"
    python3 -m venv "$VENV"
    "$PY" -m pip install --quiet --upgrade pip
fi
if ! "$PY" -c "import talon_async.testing._server" >/dev/null 2>&1; then
    echo "demo: installing talon-async with the emulator extra into $VENV"
    "$PY" -m pip install --quiet -e ".[emulator]"
fi

PORT=${DEMO_PORT:-$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
URL="http://127.0.0.1:$PORT"
LOG=$(mktemp "${TMPDIR:-/tmp}/talon-emulator.XXXXXX")

"$PY" -m talon_async.testing --port "$PORT" --api-key "$API_KEY" --log-level warning >"$LOG" 2>&1 &
EMULATOR=$!
stop_emulator() {
    kill "$EMULATOR" 2>/dev/null || true
    wait "$EMULATOR" 2>/dev/null || true
    rm -f "$LOG"
}
trap stop_emulator EXIT
trap 'exit 130' INT TERM

# Any HTTP answer (401 without a key is fine) means the emulator is up; give it 30 s.
if ! "$PY" - "$URL" "$EMULATOR" <<'EOF'; then
import os, sys, time, urllib.error, urllib.request

url, pid = sys.argv[1], int(sys.argv[2])
deadline = time.monotonic() + 30
while time.monotonic() < deadline:
    try:
        urllib.request.urlopen(url + "/v1/campaigns", timeout=1)
        sys.exit(0)
    except urllib.error.HTTPError:
        sys.exit(0)
    except OSError:
        try:
            os.kill(pid, 0)
        except OSError:
            sys.exit(1)  # the emulator exited
        time.sleep(0.1)
sys.exit(1)
EOF
    echo "demo: the emulator did not come up on $URL; its output:" >&2
    cat "$LOG" >&2
    exit 1
fi
echo "demo: emulator running on $URL (pid $EMULATOR)"

status=0
TALON_BASE_URL="$URL" TALON_API_KEY="$API_KEY" "$PY" examples/checkout_flow.py || status=$?
exit "$status"
