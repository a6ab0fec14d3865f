"""The version a user sees, and the changelog section `make sync-spec` feeds.

The version is the installed distribution's (hatch-vcs writes it from the git tag at build or
`pip install -e .` time); `__version__`, the CLI and the User-Agent all read that one value.
"""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from packaging.version import Version

import talon_async

ROOT = Path(__file__).resolve().parents[2]


def test_version_is_the_installed_distributions() -> None:
    assert talon_async.__version__ == version("talon-async")
    Version(talon_async.__version__)  # PEP 440, or this raises


def test_the_cli_prints_the_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "talon_async", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (
        0,
        f"talon-async {talon_async.__version__}\n",
        "",
    )


def test_the_changelog_has_an_unreleased_talon_one_api_section() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.split(r"^## ", text, flags=re.M)[1:]
    assert releases and releases[0].startswith("[Unreleased]")
    assert re.search(r"^### Talon\.One API$", releases[0], flags=re.M)
