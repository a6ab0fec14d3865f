"""Cancelling calls mid-flight (task.cancel, asyncio.timeout, an ASGI client disconnect)
leaves the pool usable (cf. httpcore #961: cancelled requests wedging pool slots) and leaks
no connections (server-side open connections, the aiohttp connector), file descriptors
(/proc/self/fd) or tasks (asyncio.all_tasks)."""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from faultserver import FaultServer, drip, respond, stall
from rel_support import (
    API_KEY,
    FAST_RETRY,
    FIGURES,
    SESSION_BODY,
    SESSION_PATH,
    aiohttp_connections,
    caller,
    ok_body,
    open_fds,
    other_tasks,
    settle,
)

from talon_async import TalonClient, Timeouts, errors

pytestmark = [
    pytest.mark.filterwarnings("error::ResourceWarning"),
    pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning"),
]

GET = caller("GET")
PUT = caller("PUT")


@contextlib.asynccontextmanager
async def leak_check(server: FaultServer) -> AsyncIterator[None]:
    """Nothing opened inside the block outlives it: fds, tasks, server-side connections."""
    await settle()
    fds, tasks = open_fds(), other_tasks()
    yield
    await settle()
    for _ in range(50):  # the server notices closed connections a moment later
        if server.open_connections == 0:
            break
        await asyncio.sleep(0.02)
    assert server.open_connections == 0, "connections left open"
    assert other_tasks() - tasks == set(), "tasks left running"
    assert open_fds() <= fds, f"file descriptors leaked: {open_fds()} > {fds}"
    FIGURES["leak checks passed (fds, tasks, connections)"] = (
        FIGURES.get("leak checks passed (fds, tasks, connections)", 0) + 1
    )


def _client(server: FaultServer, **options: Any) -> TalonClient:
    options.setdefault("timeout", Timeouts(connect=1, read=5, total=10))
    return TalonClient(api_key=API_KEY, base_url=server.url, retry=FAST_RETRY, **options)


async def _until_seen(server: FaultServer, n: int) -> None:
    for _ in range(500):
        if server.count() >= n:
            return
        await asyncio.sleep(0.005)
    raise AssertionError(f"server saw {server.count()} requests, waited for {n}")


async def test_task_cancel_mid_flight_frees_the_connection(fault_server: FaultServer) -> None:
    async with leak_check(fault_server), _client(fault_server, max_connections=1) as talon:
        fault_server.plan(stall(), then=respond(200, ok_body))
        task = asyncio.create_task(GET(talon))
        await _until_seen(fault_server, 1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        # one connection in the pool: it must be free again, and the call succeed
        assert (await asyncio.wait_for(GET(talon), 2)).customer_session is not None
        assert aiohttp_connections(talon)[0] == 0
    assert fault_server.count(path=SESSION_PATH) == 2


async def test_asyncio_timeout_mid_body_leaves_the_pool_usable(fault_server: FaultServer) -> None:
    async with leak_check(fault_server), _client(fault_server, max_connections=1) as talon:
        fault_server.plan(drip(b" " * 200 + b"{}", interval=0.01), then=respond(200, ok_body))
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.3):
                await PUT(talon)
        assert (await asyncio.wait_for(PUT(talon), 2)).effects == []
        assert aiohttp_connections(talon)[0] == 0


async def test_many_random_cancellations_do_not_wedge_a_small_pool(
    fault_server: FaultServer,
) -> None:
    """200 calls through a 4-connection pool, cancelled at random points (waiting for a pool
    slot, sending, reading a slow body); then 50 calls still all succeed."""
    rng = random.Random(6)
    async with leak_check(fault_server), _client(fault_server, max_connections=4) as talon:
        fault_server.plan(then=drip(SESSION_BODY[:200], interval=0.001))
        tasks = [asyncio.create_task(GET(talon)) for _ in range(200)]
        for task in tasks:
            await asyncio.sleep(rng.uniform(0, 0.004))
            task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        assert any(isinstance(r, asyncio.CancelledError) for r in results)
        assert not [r for r in results if isinstance(r, errors.TalonError)], results
        fault_server.plan(then=respond(200, ok_body))
        done = await asyncio.wait_for(asyncio.gather(*(GET(talon) for _ in range(50))), 10)
        assert len(done) == 50
        acquired, idle = aiohttp_connections(talon)
        assert acquired == 0 and idle <= 4


async def test_cancelled_calls_of_a_closed_client_leave_nothing_behind(
    fault_server: FaultServer,
) -> None:
    async with leak_check(fault_server):
        talon = _client(fault_server)
        fault_server.plan(then=stall())
        tasks = [asyncio.create_task(GET(talon)) for _ in range(20)]
        await _until_seen(fault_server, 20)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await talon.aclose()
        with pytest.raises(RuntimeError):
            await GET(talon)


async def test_deadline_during_stall_then_reuse(fault_server: FaultServer) -> None:
    async with leak_check(fault_server), _client(fault_server, max_connections=2) as talon:
        fault_server.plan(stall(), stall(), then=respond(200, ok_body))
        results = await asyncio.gather(
            GET(talon, timeout=0.3, retry=None),
            PUT(talon, timeout=0.3, retry=None),
            return_exceptions=True,
        )
        assert all(isinstance(r, errors.TimeoutError) for r in results), results
        assert (await GET(talon)).customer_session is not None
        assert aiohttp_connections(talon)[0] == 0


def _fastapi_app(talon: TalonClient) -> Any:
    from fastapi import FastAPI
    from fastapi.responses import JSONResponse

    app = FastAPI()

    @app.get("/cart/{session_id}")
    async def cart(session_id: str) -> Any:
        try:
            state = await talon.customer_sessions.get_customer_session(session_id)
        except errors.TalonError as exc:
            return JSONResponse({"error": type(exc).__name__}, status_code=502)
        return {"ok": state.customer_session is not None}

    return app


async def test_fastapi_asgi_disconnect_cancels_the_call_and_the_pool_survives(
    fault_server: FaultServer,
) -> None:
    """Driven in-process (httpx.ASGITransport): the client going away cancels the endpoint,
    and so the talon call inside it, mid-flight."""
    async with leak_check(fault_server), _client(fault_server, max_connections=1) as talon:
        app = _fastapi_app(talon)
        fault_server.plan(stall(), then=respond(200, ok_body))
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://app"
        ) as browser:
            with pytest.raises(TimeoutError):
                async with asyncio.timeout(0.3):
                    await browser.get("/cart/s-1")
            answer = await asyncio.wait_for(browser.get("/cart/s-1"), 2)
        assert answer.status_code == 200 and answer.json() == {"ok": True}
        assert aiohttp_connections(talon)[0] == 0


async def test_fastapi_under_uvicorn_client_disconnect(fault_server: FaultServer) -> None:
    """A real browser connection to a uvicorn-served FastAPI app dropped mid-request: the
    endpoint's talon call ends at its deadline, the app keeps serving from the same pool."""
    import uvicorn

    async with (
        leak_check(fault_server),
        _client(fault_server, max_connections=1, timeout=Timeouts(read=0.5, total=0.8)) as talon,
    ):
        app = _fastapi_app(talon)
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
        server = uvicorn.Server(config)
        serving = asyncio.create_task(server.serve())
        try:
            while not server.started:  # noqa: ASYNC110 - uvicorn has no started event
                await asyncio.sleep(0.01)
            port = server.servers[0].sockets[0].getsockname()[1]
            fault_server.plan(stall(), then=respond(200, ok_body))
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as browser:
                with pytest.raises(httpx.ReadTimeout):
                    await browser.get("/cart/s-1", timeout=0.2)  # the user gives up
                await asyncio.sleep(1.0)  # the endpoint's call reaches its deadline
                answer = await browser.get("/cart/s-1", timeout=3)
            assert answer.status_code == 200 and answer.json() == {"ok": True}
            assert aiohttp_connections(talon)[0] == 0
        finally:
            server.should_exit = True
            await serving
