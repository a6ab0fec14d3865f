"""Fixtures of the examples suite: load a file from examples/ as a module, pointed at the emulator.

The examples are scripts, not a package; `load_example("checkout_flow")` imports one under a
unique module name. `example_env` exports TALON_BASE_URL and TALON_API_KEY for the running
`talon_emulator`, the way a user would run the examples from a shell.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from talon_async.testing.pytest_plugin import TalonEmulator

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _load(name: str) -> ModuleType:
    module_name = f"talon_examples_{name}"
    spec = importlib.util.spec_from_file_location(module_name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None, name
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses look their module up while the file runs
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[module_name]
        raise
    return module


@pytest.fixture
def load_example() -> Iterator[Callable[[str], ModuleType]]:
    loaded: list[str] = []

    def load(name: str) -> ModuleType:
        module = _load(name)
        loaded.append(module.__name__)
        return module

    yield load
    for module_name in loaded:
        sys.modules.pop(module_name, None)


@pytest.fixture
def example_env(talon_emulator: TalonEmulator, monkeypatch: pytest.MonkeyPatch) -> TalonEmulator:
    monkeypatch.setenv("TALON_BASE_URL", talon_emulator.url)
    monkeypatch.setenv("TALON_API_KEY", talon_emulator.api_key)
    return talon_emulator
