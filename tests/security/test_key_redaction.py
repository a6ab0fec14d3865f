"""Rule 2: the API key never appears in text.

A hostile server on 127.0.0.1 echoes the Authorization header back: in `message`, in
`errors[].source`, as a key and a value deep in the JSON, JSON-escaped, in a request-id header
and in a non-JSON body. No field of the error, no str/repr, no traceback with locals of the
whole exception chain, no DecodeError raw body, no dead-letter line and no CLI output may
show it. Calls cancelled by `asyncio.wait_for`, cancelled outright, or ended by their own
deadline while inside the transport's frames must not show it in tracebacks with locals.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from faultserver import Action, FaultServer, Seen
from security_support import API_KEY, all_text, client

from talon_async import Timeouts, errors, models

EVENT = models.IntegrationEventV2Request(type_="t", profile_id="p-1")


def _escaped(text: str) -> str:
    """`text` as a JSON string whose first character is a \\u escape."""
    return f"\\u{ord(text[0]):04x}" + text[1:]


def echo(
    status: int, body: Callable[[str], bytes], content_type: str = "application/json"
) -> Action:
    """Answer with `body(authorization header)` and the header echoed as the request id."""

    async def act(seen: Seen, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        auth = seen.header("authorization") or ""
        payload = body(auth)
        head = (
            f"HTTP/1.1 {status} Echo\r\nContent-Type: {content_type}\r\n"
            f"X-Request-Id: {auth}\r\nContent-Length: {len(payload)}\r\n\r\n"
        )
        writer.write(head.encode() + payload)
        await writer.drain()
        return True

    return act


ECHO_BODIES: dict[str, Callable[[str], bytes]] = {
    "everywhere": lambda auth: orjson.dumps(
        {
            "message": f"bad Authorization: {auth}",
            "errors": [
                {
                    "title": auth,
                    "details": f"got {auth}",
                    "source": {"header": auth, "nested": [{"value": auth}]},
                }
            ],
            "deep": {auth: [auth, {"x": auth}]},
            "StatusCode": 401,
        }
    ),
    "json_escaped": lambda auth: (
        orjson.dumps({"message": "M", "errors": [{"title": "t", "source": {"h": "S"}}]})
        .replace(b"M", _escaped(auth.split(" ", 1)[1]).encode())
        .replace(b"S", _escaped(auth).encode())
    ),
    "not_json": lambda auth: f"<html>denied for {auth}</html>".encode(),
}


def _texts_of(exc: BaseException) -> str:
    parts = [all_text(exc)]
    for name in ("body", "raw_body", "errors", "api_message", "request_id", "message"):
        value = getattr(exc, name, None)
        parts.append(value.decode("latin-1") if isinstance(value, bytes) else repr(value))
    return "\n".join(parts)


@pytest.mark.parametrize("status", [400, 401, 500])
@pytest.mark.parametrize("shape", list(ECHO_BODIES))
async def test_an_echoed_key_is_redacted_from_every_field_of_an_api_error(
    status: int, shape: str, fault_server: FaultServer
) -> None:
    fault_server.plan(then=echo(status, ECHO_BODIES[shape]))
    async with client(fault_server.url) as talon:
        with pytest.raises(errors.APIError) as info:
            await talon.events.track_event_v2(EVENT)
    exc = info.value
    assert fault_server.seen[0].header("authorization") == f"ApiKey-v1 {API_KEY}"
    assert b"***" in exc.raw_body  # the echo arrived, masked
    assert API_KEY not in _texts_of(exc)
    if shape != "not_json":
        assert isinstance(exc.body, dict) and "***" in orjson.dumps(exc.body).decode()
    if shape == "everywhere":
        assert exc.errors[0].source == {
            "header": "ApiKey-v1 ***",
            "nested": [{"value": "ApiKey-v1 ***"}],
        }
        assert exc.request_id == "ApiKey-v1 ***"


async def test_an_echoed_key_is_redacted_from_a_decode_error(fault_server: FaultServer) -> None:
    fault_server.plan(then=echo(200, lambda auth: orjson.dumps({"effects": auth})))
    async with client(fault_server.url, decode="eager") as talon:
        with pytest.raises(errors.DecodeError) as info:
            await talon.events.track_event_v2(EVENT)
    assert b"***" in info.value.raw_body
    assert API_KEY not in _texts_of(info.value)


@pytest.mark.parametrize(
    ("key", "spell"),
    [
        (API_KEY, _escaped),
        ("sec/SECRET/9d41c0e7", lambda key: key.replace("/", "\\/")),
        ('sec"SECRET"9d41c0e7', lambda key: key.replace('"', '\\"')),
        ("sec\\SECRET\\9d41c0e7", lambda key: key.replace("\\", "\\\\")),
    ],
    ids=["unicode_escape", "solidus", "quote", "backslash"],
)
async def test_a_key_spelled_with_json_escapes_is_redacted_from_a_decoded_result(
    key: str, spell: Callable[[str], str], fault_server: FaultServer
) -> None:
    spelled = spell(key).encode()
    body = b'{"effects":[],"createdCoupons":[],"createdReferrals":[],"echo":"' + spelled + b'"}'
    assert key.encode() not in body  # only the JSON escapes hide it from a byte search
    fault_server.plan(then=echo(200, lambda auth: body))
    async with client(fault_server.url, api_key=key, decode="eager") as talon:
        result = await talon.events.track_event_v2(EVENT)
    text = repr(result) + repr(result.to_dict())
    assert "***" in text
    assert key not in text


async def test_the_batch_cli_keeps_an_echoed_key_out_of_its_files_and_output(
    fault_server: FaultServer, tmp_path: Path
) -> None:
    fault_server.plan(then=echo(400, ECHO_BODIES["everywhere"]))
    lines = tmp_path / "events.jsonl"
    lines.write_text("".join(f'{{"profileId": "p{i}", "type": "t"}}\n' for i in range(3)))
    dead = tmp_path / "dead.jsonl"
    process = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "talon_async", "batch", "events", str(lines)),
        *("--base-url", fault_server.url, "--dead-letter", str(dead), "--no-progress"),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "TALON_API_KEY": API_KEY},
    )
    out, err = await process.communicate()
    assert process.returncode == 1, err
    assert fault_server.count() == 3
    written = dead.read_text()
    assert written.count("\n") == 3 and "***" in written  # the error bodies are there, masked
    for text in (written, out.decode(), err.decode()):
        assert API_KEY not in text


# -- tracebacks with locals ----------------------------------------------------------------------


def stall_and_signal(arrived: asyncio.Event) -> Action:
    """Read the request, signal its arrival, then answer nothing until the client gives up."""

    async def act(seen: Seen, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        arrived.set()
        while await reader.read(1024):
            pass
        return False

    return act


TRANSPORTS: dict[str, Callable[[], httpx.AsyncBaseTransport | None]] = {
    "aiohttp": lambda: None,
    "httpx": lambda: httpx.AsyncHTTPTransport(),
}


async def _caught(make: Callable[[], Any]) -> BaseException:
    """The exception of a call, raised and caught in a frame that keeps nothing else."""
    try:
        await make()
    except BaseException as exc:
        return exc
    raise AssertionError("the call did not fail")


@pytest.mark.parametrize("transport", list(TRANSPORTS))
@pytest.mark.parametrize("ending", ["wait_for", "cancel", "own_deadline"])
async def test_no_key_in_tracebacks_with_locals_of_a_call_ended_inside_the_transport(
    transport: str, ending: str, fault_server: FaultServer
) -> None:
    arrived = asyncio.Event()
    fault_server.plan(then=stall_and_signal(arrived))
    total = 1.0 if ending == "own_deadline" else 60.0
    talon = client(
        fault_server.url, timeout=Timeouts(read=60, total=total), transport=TRANSPORTS[transport]()
    )
    async with talon:
        if ending == "wait_for":
            exc = await _caught(lambda: asyncio.wait_for(talon.events.track_event_v2(EVENT), 1.0))
            assert isinstance(exc, TimeoutError)
        elif ending == "cancel":
            task = asyncio.ensure_future(talon.events.track_event_v2(EVENT))
            await arrived.wait()
            task.cancel()
            exc = await _caught(lambda: task)
            assert isinstance(exc, asyncio.CancelledError)
        else:
            exc = await _caught(lambda: talon.events.track_event_v2(EVENT))
            assert isinstance(exc, errors.TimeoutError)
    text = all_text(exc)
    assert API_KEY not in text
    assert fault_server.seen[0].header("authorization") == f"ApiKey-v1 {API_KEY}"  # sent intact
    if transport == "aiohttp" and arrived.is_set():
        # the frames that held the headers were captured, and show the masked value
        assert "'authorization': '***'" in text.lower(), text


@pytest.mark.parametrize("transport", list(TRANSPORTS))
async def test_a_transport_error_quoting_the_key_does_not_carry_it(
    transport: str, fault_server: FaultServer
) -> None:
    """A malformed header line built from the key: h11 quotes the line in its error."""

    async def bad_header(
        seen: Seen, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        auth = (seen.header("authorization") or "").encode()
        writer.write(b"HTTP/1.1 200 OK\r\nbad line " + auth + b"\r\nContent-Length: 2\r\n\r\n{}")
        await writer.drain()
        return False

    fault_server.plan(then=bad_header)
    async with client(fault_server.url, transport=TRANSPORTS[transport]()) as talon:
        with pytest.raises(errors.ConnectionError) as info:
            await talon.events.track_event_v2(EVENT)
    assert API_KEY not in _texts_of(info.value)
