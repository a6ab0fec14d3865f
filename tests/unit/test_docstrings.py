"""Every public name has a docstring: the API reference (make docs) is generated from them.

Public means: `talon_async.__all__`, `errors.__all__`, `batch.__all__`, `testing.__all__`, the
public methods and properties those classes define, and every operation method of every group.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

import talon_async
from talon_async import batch, errors, testing
from talon_async._meta import spec_meta
from talon_async._transport import AiohttpTransport
from talon_async.testing import pytest_plugin

MODULES: tuple[ModuleType, ...] = (talon_async, errors, batch, testing)
# Public without being in an __all__: what users import by module path or get from a fixture.
_servers = importlib.import_module("talon_async._servers")  # the name is also a function
EXTRA: dict[str, Any] = {
    "talon_async._servers.Server": _servers.Server,
    "talon_async._servers.ServerVariable": _servers.ServerVariable,
    "talon_async.testing.pytest_plugin.TalonEmulator": pytest_plugin.TalonEmulator,
    "talon_async.testing.pytest_plugin.talon_emulator": pytest_plugin.talon_emulator,
    "talon_async._transport.AiohttpTransport": AiohttpTransport,
}


def own_doc(obj: Any) -> str:
    """The docstring written for obj itself: not inherited, not made up by @dataclass."""
    doc = inspect.getdoc(obj)
    if isinstance(obj, type):
        doc = vars(obj).get("__doc__")
        if dataclasses.is_dataclass(obj) and (doc or "").startswith(f"{obj.__name__}("):
            doc = None  # the signature @dataclass writes when the class has no docstring
    return (doc or "").strip()


def with_members(name: str, obj: Any) -> Iterator[tuple[str, Any]]:
    """obj, and the public methods and properties its class body defines."""
    yield name, obj
    if isinstance(obj, type):
        for attr, value in vars(obj).items():
            if attr.startswith("_"):
                continue
            if isinstance(value, classmethod | staticmethod):
                value = value.__func__
            if inspect.isfunction(value) or isinstance(value, property):
                yield f"{name}.{attr}", value


def public_names() -> Iterator[tuple[str, Any]]:
    for module in MODULES:
        yield module.__name__, module
        for name in module.__all__:
            yield from with_members(f"{module.__name__}.{name}", getattr(module, name))
    for name, obj in EXTRA.items():
        yield from with_members(name, obj)


def operation_methods() -> Iterator[tuple[str, Any]]:
    for op in spec_meta()["operations"]:
        group = op["group"]
        module = importlib.import_module(f"talon_one_raw.api.{group}")
        cls = getattr(module, "".join(p.title() for p in group.split("_")) + "Operations")
        yield f"{group}.{op['function']}", getattr(cls, op["function"])


CASES = [*public_names(), *operation_methods()]


@pytest.mark.parametrize(("name", "obj"), CASES, ids=[name for name, _ in CASES])
def test_public_name_has_a_docstring(name: str, obj: Any) -> None:
    assert own_doc(obj), f"{name} has no docstring: the API reference would show nothing for it"


def test_every_public_name_is_checked() -> None:
    names = {name for name, _ in public_names()}
    assert "talon_async.TalonClient" in names
    assert "talon_async.errors.NotFound" in names
    assert "talon_async.batch.run" in names
    assert "talon_async.testing.EmulatorServer" in names
