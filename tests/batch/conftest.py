"""Fixtures of the batch tests: the HTTP stand-in lives in batch_fakes.py."""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import uvicorn
from batch_fakes import FakeTalon

BUCKET = "talon-jobs"


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


@pytest.fixture(scope="module")
def s3_env() -> Iterator[dict[str, str]]:
    """moto's S3 server on 127.0.0.1 with one bucket, found through AWS_ENDPOINT_URL (per
    module; moto keeps its buckets per process, so the bucket may be there already)."""
    s3fs = pytest.importorskip("s3fs")
    moto_server = pytest.importorskip("moto.server")
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    env = {
        "AWS_ENDPOINT_URL": f"http://{host}:{port}",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        fs = s3fs.S3FileSystem(skip_instance_cache=True)
        fs.makedirs(BUCKET, exist_ok=True)
        yield env
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        server.stop()


@pytest.fixture
def s3(s3_env: dict[str, str], request: pytest.FixtureRequest) -> Iterator[tuple[Any, str]]:
    """The filesystem and a fresh prefix for this test."""
    s3fs = pytest.importorskip("s3fs")
    fs = s3fs.S3FileSystem(skip_instance_cache=True)
    prefix = f"{BUCKET}/{re.sub(r'[^A-Za-z0-9_-]', '-', request.node.name)[:120]}"
    yield fs, prefix
    if fs.exists(prefix):
        fs.rm(prefix, recursive=True)
