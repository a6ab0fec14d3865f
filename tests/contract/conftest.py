"""Prism mock servers for the contract tests: our spec, served by an implementation nobody here wrote.

`prism_static_url` serves the spec's examples (or values Prism derives from the schemas);
`prism_dynamic_url` (`--dynamic`) answers with random schema-valid bodies. Both validate every
request against openapi/integration.yaml: a violation comes back as a 4xx (422 problem+json when
the operation documents no 400) and/or an `sl-violations` response header.

Prism is pinned in package.json / package-lock.json. If node_modules/.bin/prism is missing the
fixture runs `npm ci` once; if that is impossible the tests fail with instructions. They are
skipped only when TALON_SKIP_PRISM=1 is set: a CI run without Prism must not look green.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "integration.yaml"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
START_TIMEOUT = 60.0
INSTALL_HINT = (
    "Prism is not installed. Run `npm ci` in the repository root (needs node >= 18 and npm), "
    "or set TALON_SKIP_PRISM=1 to skip the contract tests deliberately."
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("TALON_SKIP_PRISM") != "1":
        return
    skip = pytest.mark.skip(reason="TALON_SKIP_PRISM=1: Prism contract tests skipped on request")
    for item in items:
        if "prism" in item.keywords:
            item.add_marker(skip)


def _ensure_prism() -> Path:
    if os.environ.get("TALON_SKIP_PRISM") == "1":
        pytest.skip("TALON_SKIP_PRISM=1: Prism contract tests skipped on request")
    if PRISM.exists():
        return PRISM
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail(INSTALL_HINT + " (npm was not found on PATH)", pytrace=False)
    result = subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if result.returncode != 0 or not PRISM.exists():
        pytest.fail(
            f"{INSTALL_HINT}\n`npm ci` failed (exit {result.returncode}):\n{result.stderr[-3000:]}",
            pytrace=False,
        )
    return PRISM


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _listening(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
        return True
    return False


@contextlib.contextmanager
def _run_prism(tmp_dir: Path, *extra: str) -> Iterator[str]:
    prism = _ensure_prism()
    port = _free_port()
    log_path = tmp_dir / f"prism-{port}.log"
    env = {**os.environ, "SCARF_ANALYTICS": "false", "NO_COLOR": "1"}
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [str(prism), "mock", str(SPEC), "-h", "127.0.0.1", "-p", str(port), *extra],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
        )
        try:
            deadline = time.monotonic() + START_TIMEOUT
            while not _listening(port):
                if proc.poll() is not None:
                    pytest.fail(
                        f"prism exited with {proc.returncode} before listening:\n"
                        + log_path.read_text(errors="replace")[-3000:],
                        pytrace=False,
                    )
                if time.monotonic() > deadline:
                    pytest.fail(
                        f"prism did not listen on 127.0.0.1:{port} within {START_TIMEOUT:g}s:\n"
                        + log_path.read_text(errors="replace")[-3000:],
                        pytrace=False,
                    )
                time.sleep(0.1)
            yield f"http://127.0.0.1:{port}"
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


@pytest.fixture(scope="session")
def prism_static_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of `prism mock` in static mode (examples / schema-derived static bodies)."""
    with _run_prism(tmp_path_factory.mktemp("prism-static")) as url:
        yield url


@pytest.fixture(scope="session")
def prism_dynamic_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of `prism mock --dynamic`: random, schema-valid response bodies."""
    with _run_prism(tmp_path_factory.mktemp("prism-dynamic"), "--dynamic") as url:
        yield url
