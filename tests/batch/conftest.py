"""Fixtures of the batch tests: the HTTP stand-in lives in batch_fakes.py."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
import uvicorn
from batch_fakes import FakeTalon


@pytest.fixture
async def fake_talon() -> AsyncIterator[FakeTalon]:
    state = FakeTalon()
    config = uvicorn.Config(
        state.app(),
        host="127.0.0.1",
        port=0,  # the OS picks a free port; read it back below
        log_level="warning",
        lifespan="off",
        access_log=False,
        backlog=512,
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    state.base_url = f"http://127.0.0.1:{port}"
    state.server = server
    try:
        yield state
    finally:
        state.release()
        server.should_exit = True
        await task
