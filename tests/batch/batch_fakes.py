"""Helpers of the batch tests: the CLI as a subprocess, and a small Integration API stand-in
on 127.0.0.1 that counts requests per entity and notices two requests for one entity in
flight at once (Talon.One would answer 409).

Tests synchronise with it on state, never on time: `wait_requests(n)` returns once n requests
were received, `hold_after` parks every request after the first n until `release()`, and
`wait_idle()` returns once no connection is open and no request is being handled (so whatever
a killed client had sent has been fully processed).
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

_PROFILE = {
    "id": 1,
    "created": "2024-01-01T00:00:00Z",
    "attributes": {},
    "accountId": 1,
    "closedSessions": 0,
    "totalSales": 0.0,
    "lastActivity": "2024-01-01T00:00:00Z",
}
_EFFECTS = {"effects": [], "createdCoupons": [], "createdReferrals": []}


@dataclass
class FakeTalon:
    """State of the stand-in; tests read the counters and tune delay / failures."""

    delay: float = 0.0
    fail_keys: set[str] = field(default_factory=set)
    requests: int = 0
    received: Counter[str] = field(default_factory=Counter)
    order: defaultdict[str, list[object]] = field(default_factory=lambda: defaultdict(list))
    in_flight: Counter[str] = field(default_factory=Counter)
    overlaps: list[str] = field(default_factory=list)
    idempotency_keys: list[str] = field(default_factory=list)
    base_url: str = ""
    hold_after: int | None = None
    server: Any = None  # the uvicorn.Server, set by the fixture
    _active: int = 0
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _gate: asyncio.Event = field(default_factory=asyncio.Event)

    async def wait_requests(self, n: int, proc: asyncio.subprocess.Process | None = None) -> None:
        """Until n requests were received (failing early if ``proc`` exits meanwhile)."""
        async with self._changed:
            while self.requests < n:
                assert proc is None or proc.returncode is None, await proc.communicate()
                await self._changed.wait()

    def release(self) -> None:
        self._gate.set()

    async def wait_idle(self) -> None:
        """Until no connection is open and no request is in a handler."""
        while self.server.server_state.connections or self._active:
            async with self._changed:
                await self._changed.wait_for(lambda: not self._active)
            await asyncio.sleep(0.005)  # poll: uvicorn signals no event when a connection ends

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def reset(self) -> None:
        self.hold_after = None
        self._gate.clear()
        self.requests = 0
        self.received.clear()
        self.order.clear()
        self.overlaps.clear()
        self.idempotency_keys.clear()

    async def _handle(self, keys: list[str], marks: list[object]) -> bool:
        """Track entities in flight across the delay; True if any of them must fail."""
        self.requests += 1
        await self._notify()
        if self.hold_after is not None and self.requests > self.hold_after:
            await self._gate.wait()
        for k, mark in zip(keys, marks, strict=True):
            self.received[k] += 1
            self.order[k].append(mark)
        entities = set(keys)  # one request may carry several changes of one entity
        for k in entities:
            if self.in_flight[k]:
                self.overlaps.append(k)
            self.in_flight[k] += 1
        try:
            if self.delay:
                await asyncio.sleep(self.delay)
        finally:
            for k in entities:
                self.in_flight[k] -= 1
        return any(k in self.fail_keys for k in keys)

    def app(self) -> Starlette:
        def error(status: int) -> Response:
            body = {"message": "rejected by the test", "errors": [], "StatusCode": status}
            return Response(orjson.dumps(body), status, media_type="application/json")

        def ok(body: object) -> Response:
            return Response(orjson.dumps(body), 200, media_type="application/json")

        async def profile(request: Request) -> Response:
            key = request.path_params["integration_id"]
            body = orjson.loads(await request.body())
            if await self._handle([key], [body.get("attributes", {}).get("seq")]):
                return error(400)
            return ok({**_EFFECTS, "customerProfile": {**_PROFILE, "integrationId": key}})

        async def profiles(request: Request) -> Response:
            items = orjson.loads(await request.body())["customerProfiles"]
            keys = [p["integrationId"] for p in items]
            if await self._handle(keys, [p.get("attributes", {}).get("seq") for p in items]):
                return error(400)
            states = [{"customerProfile": {**_PROFILE, "integrationId": k}} for k in keys]
            return ok({"integrationStates": states})

        async def event(request: Request) -> Response:
            body = orjson.loads(await request.body())
            if "idempotency-key" in request.headers:
                self.idempotency_keys.append(request.headers["idempotency-key"])
            key = body.get("profileId") or "<anonymous>"
            if await self._handle([key], [body.get("attributes", {}).get("seq")]):
                return error(400)
            return ok(_EFFECTS)

        async def audiences(request: Request) -> Response:
            data = orjson.loads(await request.body())["data"]
            keys = [c["profileIntegrationId"] for c in data]
            if await self._handle(keys, [c["audienceId"] for c in data]):
                return error(400)
            return Response(status_code=204)

        def tracked(handler: Any) -> Any:
            async def run(request: Request) -> Response:
                self._active += 1
                try:
                    return await handler(request)  # type: ignore[no-any-return]
                finally:
                    self._active -= 1
                    await self._notify()

            return run

        return Starlette(
            routes=[
                Route("/v2/customer_profiles/{integration_id}", tracked(profile), methods=["PUT"]),
                Route("/v2/customer_profiles", tracked(profiles), methods=["PUT"]),
                Route("/v2/events", tracked(event), methods=["POST"]),
                Route("/v2/customer_audiences", tracked(audiences), methods=["POST"]),
            ]
        )


def checkpoint_lines(path: Path) -> set[int]:
    done: set[int] = set()
    for raw in path.read_text().splitlines()[1:]:
        if raw.startswith("W "):
            done.update(range(1, int(raw[2:]) + 1))
        elif raw:
            done.add(int(raw))
    return done


def received_lines(fake: FakeTalon) -> list[int]:
    return [int(seq) for seqs in fake.order.values() for seq in seqs if isinstance(seq, int)]


async def cli(*args: str | Path, env: dict[str, str] | None = None) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "talon_async",
        "batch",
        *map(str, args),
        "--timeout",  # a guard against a hang, not a bound: the machine may be busy
        "300",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "TALON_API_KEY": "test-key", **(env or {})},
    )


async def finish(proc: asyncio.subprocess.Process) -> tuple[int, dict[str, Any], str]:
    out, err = await asyncio.wait_for(proc.communicate(), 1800)  # a hang guard
    assert proc.returncode is not None
    lines = out.decode().splitlines()
    return proc.returncode, json.loads(lines[-1]) if lines else {}, err.decode()
