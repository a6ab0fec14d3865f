"""Fault injection and request counters, shared between the server thread and the test thread."""

from __future__ import annotations

import functools
import random
import threading
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from typing import Any, Literal

from talon_async._meta import all_operations

__all__ = ["Counters", "Fault", "FaultKind", "Faults", "resolve_operation"]

FaultKind = Literal["latency", "status", "reset"]


@functools.cache
def _aliases() -> dict[str, str]:
    table: dict[str, str] = {}
    for op in all_operations():
        for alias in (op.operation_id, op.function, op.go_key, op.key):
            table[alias.lower()] = op.operation_id
    return table


def resolve_operation(name: str) -> str:
    """Map an operationId, Python function name, 'group.function' or Go key (any case) to the
    operationId, so tests name operations the way their code does."""
    try:
        return _aliases()[name.lower()]
    except KeyError:
        raise ValueError(f"unknown operation {name!r}") from None


@dataclass
class Fault:
    """One injected failure: `latency` (delay), `status` (e.g. 429/503) or `reset` (TCP RST).

    `operation` is an operationId (None: every operation); `rate` the probability per request;
    `times` how many more times it may fire (None: unlimited).
    """

    kind: FaultKind
    operation: str | None = None
    rate: float = 1.0
    status: int = 503
    retry_after: float | None = None
    latency: float = 0.0
    times: int | None = None
    id: int = 0

    def __post_init__(self) -> None:
        if self.kind not in ("latency", "status", "reset"):
            raise ValueError(f"unknown fault kind {self.kind!r}")
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError("rate must be between 0 and 1")
        if self.kind == "status" and not 400 <= self.status <= 599:
            raise ValueError("a status fault needs a 4xx or 5xx status")

    def to_dict(self) -> dict[str, Any]:
        """The fault as JSON-ready fields, as `/_emulator/faults` lists it."""
        return asdict(self)


class Faults:
    """The active faults; safe to change from any thread while the server runs."""

    def __init__(
        self, resolve: Callable[[str], str] = resolve_operation, seed: int | None = None
    ) -> None:
        self._resolve = resolve
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._next_id = 0
        self._random = random.Random(seed)

    def add(self, fault: Fault | None = None, /, **fields: Any) -> Fault:
        """Add a Fault (or build one from keyword fields); operation names are resolved."""
        if fault is None:
            fault = Fault(**fields)
        if fault.operation is not None:
            fault.operation = self._resolve(fault.operation)
        with self._lock:
            self._next_id += 1
            fault.id = self._next_id
            self._faults.append(fault)
        return fault

    def add_dict(self, data: Mapping[str, Any]) -> Fault:
        allowed = {"kind", "operation", "rate", "status", "retry_after", "latency", "times"}
        unknown = set(data) - allowed
        if unknown:
            raise ValueError(f"unknown fault fields {sorted(unknown)}")
        return self.add(**dict(data))

    def remove(self, fault_id: int) -> bool:
        with self._lock:
            before = len(self._faults)
            self._faults = [f for f in self._faults if f.id != fault_id]
            return len(self._faults) != before

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def list(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def pick(self, operation_id: str) -> tuple[float, Fault | None]:
        """Roll the dice for one request: total extra latency and the failure to answer with."""
        delay = 0.0
        failure: Fault | None = None
        with self._lock:
            for fault in list(self._faults):
                if fault.operation not in (None, operation_id):
                    continue
                if fault.kind != "latency" and failure is not None:
                    continue
                if self._random.random() >= fault.rate:
                    continue
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                if fault.kind == "latency":
                    delay += fault.latency
                else:
                    failure = fault
        return delay, failure


class Counters:
    """Requests received per operationId (counted before auth, validation and faults)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[str, int] = {}

    def increment(self, operation_id: str) -> None:
        with self._lock:
            self._counts[operation_id] = self._counts.get(operation_id, 0) + 1

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            return dict(self._counts)

    def get(self, operation_id: str) -> int:
        with self._lock:
            return self._counts.get(operation_id, 0)

    def total(self) -> int:
        with self._lock:
            return sum(self._counts.values())

    def clear(self) -> None:
        with self._lock:
            self._counts.clear()
