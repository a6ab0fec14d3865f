"""Helpers and fixtures of the emulator suite: a real server on 127.0.0.1 and plain httpx requests, every response checked
against our spec with openapi-core's response validation."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from talon_async.testing import EmulatorServer
from talon_async.testing._spec import load_spec

API_KEY = "emulator-test-key"


class Api:
    """httpx with the API key, validating each response of a documented status against the spec."""

    def __init__(self, server: EmulatorServer) -> None:
        self.server = server
        self.http = httpx.Client(
            base_url=server.url, timeout=10, headers={"Authorization": f"ApiKey-v1 {API_KEY}"}
        )
        self.spec = load_spec()
        self.validated: set[str] = set()

    def call(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        params: Any = None,
        headers: dict[str, str] | None = None,
        validate: bool = True,
    ) -> httpx.Response:
        content = None if json_body is None else json.dumps(json_body).encode()
        request_headers = {"Content-Type": "application/json"} if content else {}
        request_headers.update(headers or {})
        response = self.http.request(
            method, path, content=content, params=params, headers=request_headers
        )
        if validate:
            self.check(response)
        return response

    def check(self, response: httpx.Response) -> None:
        request = response.request
        errors = self.spec.response_errors(
            request.method,
            request.url.path,
            list(request.url.params.multi_items()),
            list(request.headers.items()),
            request.content or None,
            response.status_code,
            dict(response.headers),
            response.content,
        )
        assert not errors, (
            f"{request.method} {request.url.path} -> {response.status_code}: "
            f"{errors!r}\n{response.text[:2000]}"
        )
        self.validated.add(f"{request.method} {response.status_code}")

    def get(self, path: str, **kw: Any) -> httpx.Response:
        return self.call("GET", path, **kw)

    def put(self, path: str, body: Any = None, **kw: Any) -> httpx.Response:
        return self.call("PUT", path, json_body=body, **kw)

    def post(self, path: str, body: Any = None, **kw: Any) -> httpx.Response:
        return self.call("POST", path, json_body=body, **kw)

    def delete(self, path: str, body: Any = None, **kw: Any) -> httpx.Response:
        return self.call("DELETE", path, json_body=body, **kw)

    def session(
        self, session_id: str, *, content: list[str] | None = None, expect: int = 200, **fields: Any
    ) -> Any:
        body: dict[str, Any] = {"customerSession": fields}
        if content is not None:
            body["responseContent"] = content
        response = self.put(f"/v2/customer_sessions/{session_id}", body)
        assert response.status_code == expect, response.text
        return response.json()


@pytest.fixture(scope="session")
def server() -> Iterator[EmulatorServer]:
    # the emulator checks its own answers too: a status or body the contract lacks is a 500
    with EmulatorServer(api_key=API_KEY, validate_responses=True) as running:
        yield running


@pytest.fixture
def api(server: EmulatorServer) -> Iterator[Api]:
    server.reset()
    client = Api(server)
    try:
        yield client
    finally:
        client.http.close()


def effects_of(state: dict[str, Any], effect_type: str) -> list[dict[str, Any]]:
    return [e for e in state["effects"] if e["effectType"] == effect_type]


def item(sku: str, quantity: int, price: float, **extra: Any) -> dict[str, Any]:
    return {"sku": sku, "quantity": quantity, "price": price, **extra}
