"""Rule 1: server selection cannot be steered to another host.

Every hostile value is tried at every layer that accepts it (per call, `server_context`,
client `server_variables`, `operation_servers`, `base_url`, the CLI's `--server-variable`):
each is a ValueError naming the variable, the value and the allowed shape, raised before
anything is sent; a second server on 127.0.0.1 stands for the attacker and must see nothing.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from faultserver import FaultServer, respond
from security_support import API_KEY, STATE_BODY, Recorder, client

from talon_async import TalonClient, models, server_context

servers_module = importlib.import_module("talon_async._servers")

EVENT = models.IntegrationEventV2Request(type_="t", profile_id="p-1")
TRACK = "events.track_event_v2"


def hostile_subdomains(evil: str) -> list[str]:
    return [f"{evil}/", f"{evil}#", f"{evil}?", f"a@{evil}", f"{evil}:1", "-acme", "acme-", ""]


def hostile_hosts(evil: FaultServer) -> list[str]:
    return [
        f"127.0.0.1:{evil.port}/#",
        f"127.0.0.1:{evil.port}?",
        f"u@127.0.0.1:{evil.port}#",
        "127.0.0.1/",
        "[::1",
        "a..b",
        "999.0.0.1",
    ]


def hostile_ports(evil: FaultServer) -> list[str]:
    return [f"80@127.0.0.1:{evil.port}", f"{evil.port}/x", f"{evil.port}#", "0", "65536", "+80"]


def assert_refusal(exc: ValueError, name: str, value: str, shape: str) -> None:
    text = str(exc)
    assert repr(name) in text and repr(value) in text and shape in text, text


async def test_hostile_variables_are_refused_at_every_layer(fault_server: FaultServer) -> None:
    fault_server.plan(then=respond(200, STATE_BODY))
    async with FaultServer() as evil:
        cases = (
            [("subdomain", v, 1, "one DNS label") for v in hostile_subdomains("127.0.0.1")]
            + [("host", v, 2, "a host name") for v in hostile_hosts(evil)]
            + [("port", v, 2, "1-65535") for v in hostile_ports(evil)]
            + [("future_variable", "a.b/c", 0, "one DNS label")]
        )
        good = {"host": "127.0.0.1", "port": str(fault_server.port)}
        for name, value, index, shape in cases:
            values = {**good, name: value}
            for layer in ("call", "context", "context_op", "client", "client_op"):
                with pytest.raises(ValueError) as info:
                    await _call_with(layer, index, values)
                assert_refusal(info.value, name, value, shape)
        assert evil.connections_total == 0
    assert fault_server.seen == []  # refused before sending, not after


async def _call_with(layer: str, index: int, values: dict[str, str]) -> None:
    options: dict[str, Any] = {}
    if layer == "client":
        options = {"server_index": index, "server_variables": values}
    elif layer == "client_op":
        options = {
            "operation_servers": {TRACK: {"server_index": index, "server_variables": values}}
        }
    async with client(**options) as talon:
        if layer == "call":
            await talon.events.track_event_v2(EVENT, server_index=index, server_variables=values)
        elif layer == "context":
            with server_context(server_index=index, server_variables=values):
                await talon.events.track_event_v2(EVENT)
        elif layer == "context_op":
            with server_context(
                operation_server_indices={TRACK: index},
                operation_server_variables={TRACK: values},
            ):
                await talon.events.track_event_v2(EVENT)
        else:
            await talon.events.track_event_v2(EVENT)


BAD_URLS = [
    ("http://user:pass@127.0.0.1:9", "userinfo"),
    ("http://evil.example@127.0.0.1:9", "userinfo"),
    ("http://127.0.0.1:9?x=1", "query"),
    ("http://127.0.0.1:9/#", "fragment"),
    ("http://127.0.0.1:0", "port"),
    ("http://127.0.0.1:65536", "port"),
    ("http://127.0.0.1:9x", "port"),
    ("ftp://127.0.0.1", "scheme"),
    ("127.0.0.1:9", "scheme"),
    ("http://", "host"),
    ("http://127.0.0.1:9\\@evil.example", "backslash"),
    ("http://[::1", "IPv6"),
]


@pytest.mark.parametrize(("url", "why"), BAD_URLS)
def test_base_url_and_operation_server_urls_are_checked_at_construction(url: str, why: str) -> None:
    for options in (
        {"base_url": url},
        {"operation_servers": {TRACK: url}},
        {"operation_servers": {TRACK: {"base_url": url}}},
    ):
        with pytest.raises(ValueError) as info:
            TalonClient(API_KEY, **options)  # type: ignore[arg-type]
        text = str(info.value)
        assert repr(url) in text and "absolute http(s) URL" in text, text


async def test_legitimate_values_keep_working() -> None:
    recorder = Recorder()
    cases: list[tuple[dict[str, Any], str]] = [
        ({"server_index": 1, "server_variables": {"subdomain": "acme"}}, "https://acme."),
        ({"server_index": 1, "server_variables": {"subdomain": "acme-eu"}}, "https://acme-eu."),
        ({"server_index": 2, "server_variables": {"host": "127.0.0.1"}}, "http://127.0.0.1:9000/"),
        ({"server_index": 2, "server_variables": {"host": "[::1]"}}, "http://[::1]:9000/"),
        (
            {"server_index": 2, "server_variables": {"host": "emu.internal", "port": "1"}},
            "http://emu.internal:1/",
        ),
        (
            {"base_url": "http://talon-emulator.internal:9000"},
            "http://talon-emulator.internal:9000/",
        ),
        (
            {"base_url": "https://gateway.example.com/talon/"},
            "https://gateway.example.com/talon/v2",
        ),
        ({"operation_servers": {TRACK: "http://[::1]:9000"}}, "http://[::1]:9000/v2/events"),
    ]
    for options, prefix in cases:
        async with TalonClient(API_KEY, transport=recorder, **options) as talon:
            await talon.events.track_event_v2(EVENT)
        assert recorder.urls[-1].startswith(prefix), (options, recorder.urls[-1])


async def test_the_formatted_url_is_checked_structurally(
    monkeypatch: pytest.MonkeyPatch, fault_server: FaultServer
) -> None:
    """Even with every character-level shape switched off, the parsed URL must keep the
    template's scheme, host:port and path, with no userinfo, query or fragment."""
    anything = (lambda value: True, "anything")
    for name in ("subdomain", "host", "port"):
        monkeypatch.setitem(servers_module._SHAPES, name, anything)
    monkeypatch.setattr(servers_module, "_CONSERVATIVE", anything)
    smuggled = [
        {"host": f"127.0.0.1:{fault_server.port}/#"},
        {"host": "u@127.0.0.1", "port": str(fault_server.port)},
        {"port": f"{fault_server.port}?"},
        {"port": f"{fault_server.port}/x"},
        {"port": "99999"},
        {"host": "127.0.0.1/x", "port": str(fault_server.port)},
    ]
    for values in smuggled:
        with pytest.raises(ValueError, match="form"):
            async with client(server_index=2) as talon:
                await talon.events.track_event_v2(EVENT, server_variables=values)
    with pytest.raises(ValueError, match="form"):
        servers_module.server_url(1, {"subdomain": "evil.example/"})
    assert fault_server.seen == []


def test_the_cli_refuses_a_hostile_server_variable_in_one_line(tmp_path: Path) -> None:
    lines = tmp_path / "events.jsonl"
    lines.write_text('{"profileId": "p1", "type": "t"}\n')
    env = {**os.environ, "TALON_API_KEY": API_KEY}
    for args in (
        ["--server-index", "2", "--server-variable", "host=127.0.0.1:9/#"],
        ["--server-index", "1", "--server-variable", "subdomain=evil.example/"],
        ["--base-url", "http://user:pw@127.0.0.1:9"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "talon_async", "batch", "events", str(lines), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert done.returncode == 2, done.stderr
        assert done.stderr.count("\n") == 1 and done.stderr.startswith("error: "), done.stderr
        assert "Traceback" not in done.stderr and API_KEY not in done.stderr + done.stdout
