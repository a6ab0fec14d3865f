"""Hostile input and hostile networks: path traversal, header/query injection, the API key
in logs/reprs/errors/tracebacks, TLS verification, redirects to another host, proxies."""

from __future__ import annotations

import asyncio
import io
import logging
import pickle
import shutil
import ssl
import subprocess
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote

import pytest
from faultserver import ConnectProxy, FaultServer, respond
from rel_support import API_KEY, FAST_RETRY, STATE_BODY, caller, ok_body, session_request

from talon_async import TalonClient, Timeouts, errors, models
from talon_async._transport import AiohttpTransport

pytestmark = [
    pytest.mark.filterwarnings("error::ResourceWarning"),
    pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning"),
]


def _client(url: str, **options: Any) -> TalonClient:
    options.setdefault("retry", FAST_RETRY)
    options.setdefault("timeout", Timeouts(connect=1, read=1, total=3))
    return TalonClient(api_key=API_KEY, base_url=url, **options)


# -- path traversal ----------------------------------------------------------------------------

REFUSED_IDS = ["", ".", ".."]
HOSTILE_IDS = [
    "%2e%2e",
    "%2E%2E",
    "%2e",
    "..%2f",
    "..%2F..%2Fv1%2Fintegration%2Fcampaigns",
    "../v1/integration/campaigns",
    "../../admin",
    "a/b",
    "/",
    "//evil.example.com",
    "..\\..\\windows",
    "...",
    "s-1?dry=true",
    "s-1#frag",
    "s 1",
    "%00",
    "ü-ß",
    ";jsessionid=1",
    "%252e%252e",
]


@pytest.mark.parametrize("bad_id", REFUSED_IDS, ids=["empty", "dot", "dotdot"])
async def test_dot_segments_and_empty_ids_are_refused_before_sending(
    bad_id: str, fault_server: FaultServer
) -> None:
    async with _client(fault_server.url) as talon:
        for call in (
            talon.customer_sessions.get_customer_session(bad_id),
            talon.customer_sessions.update_customer_session_v2(bad_id, session_request()),
            talon.customer_profiles.update_customer_profile_v2(
                bad_id, models.CustomerProfileIntegrationRequestV2()
            ),
            talon.loyalty.get_loyalty_balances(1, bad_id),
        ):
            with pytest.raises(ValueError):
                await call
    assert fault_server.seen == []


@pytest.mark.parametrize("hostile", HOSTILE_IDS)
async def test_hostile_ids_stay_inside_their_path_segment(
    hostile: str, fault_server: FaultServer
) -> None:
    fault_server.plan(then=respond(200, ok_body))
    async with _client(fault_server.url) as talon:
        await talon.customer_sessions.get_customer_session(hostile)
        await talon.customer_sessions.update_customer_session_v2(hostile, session_request())
        fault_server.plan(then=respond(200, STATE_BODY))
        await talon.customer_sessions.return_cart_items(
            hostile,
            models.ReturnIntegrationRequest(return_=models.NewReturn(returned_cart_items=[])),
        )
    assert len(fault_server.seen) == 3
    for seen, tail in zip(fault_server.seen, ([], [], ["returns"]), strict=True):
        segments = seen.path.split("/")
        assert segments[:3] == ["", "v2", "customer_sessions"], seen.target
        assert segments[4:] == tail, seen.target  # nothing added, nothing climbed out of
        assert unquote(segments[3]) == hostile, seen.target  # the id, percent-encoded
        assert "?" not in seen.target and "#" not in seen.target
        assert segments[3] not in (".", "..", "")


# -- CR/LF and friends -------------------------------------------------------------------------

CRLF_VALUES = ["v\r\nX-Injected: 1", "v\nX-Injected: 1", "v\rX", "v\x00", "\r\n\r\nGET / HTTP/1.1"]


@pytest.mark.parametrize("key", ["k\r\nX-Injected: 1", "k\n", "k\x00", " k", "k y", "k\u200b"])
def test_api_keys_with_control_or_invisible_characters_are_refused(key: str) -> None:
    with pytest.raises(ValueError):
        TalonClient(api_key=key, base_url="http://127.0.0.1:9")


@pytest.mark.parametrize("value", CRLF_VALUES)
async def test_crlf_in_headers_and_idempotency_keys_is_refused(
    value: str, fault_server: FaultServer
) -> None:
    with pytest.raises(ValueError):
        TalonClient(api_key=API_KEY, base_url=fault_server.url, headers={"X-Tenant": value})
    async with _client(fault_server.url) as talon:
        with pytest.raises(ValueError):
            await caller("GET")(talon, extra_headers={"X-Tenant": value})
        with pytest.raises(ValueError):
            await caller("GET")(talon, extra_headers={value: "v"})
        with pytest.raises(ValueError):
            await talon.events.track_event_v2(
                models.IntegrationEventV2Request(type_="t"), idempotency_key=value
            )
    assert fault_server.seen == []


@pytest.mark.parametrize("value", CRLF_VALUES)
async def test_crlf_in_query_values_is_percent_encoded(
    value: str, fault_server: FaultServer
) -> None:
    fault_server.plan(then=respond(200, b'{"data":[],"hasMore":false}'))
    async with _client(fault_server.url) as talon:
        await talon.loyalty.get_loyalty_program_profile_transactions(1, "p-1", subledger_id=value)
        await talon.campaigns.integration_get_all_campaigns(campaign_ids=[value, "b"])
    assert len(fault_server.seen) == 2  # no smuggled second request
    for seen in fault_server.seen:
        assert b"\r" not in seen.request_line and b"\n" not in seen.request_line
        assert b"\x00" not in seen.request_line
        assert [k for k, _ in seen.headers if k.lower() == "x-injected"] == []
    raw_query = fault_server.seen[0].target.split("?", 1)[1]
    assert parse_qs(raw_query)["subledgerId"] == [value]  # sent as data, percent-encoded


# -- the API key never shows ---------------------------------------------------------------------


@pytest.fixture
def debug_everything() -> Iterator[io.StringIO]:
    """DEBUG for every logger (talon_async, aiohttp, httpx, asyncio, root) into a buffer."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s %(args)s"))
    root = logging.getLogger()
    names = ["", "talon_async", "aiohttp", "aiohttp.client", "httpx", "httpcore", "asyncio"]
    before = {name: logging.getLogger(name).level for name in names}
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    root.addHandler(handler)
    try:
        yield buffer
    finally:
        root.removeHandler(handler)
        handler.close()
        for name, level in before.items():
            logging.getLogger(name).setLevel(level)


def _all_text(exc: BaseException) -> str:
    parts = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    parts += list(traceback.TracebackException.from_exception(exc, capture_locals=True).format())
    parts += [repr(v) for v in vars(exc).values()]
    return "\n".join(parts)


async def test_the_api_key_never_appears_in_logs_reprs_errors_or_tracebacks(
    fault_server: FaultServer,
    debug_everything: io.StringIO,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    fault_server.plan(
        respond(503, b"{}"),
        respond(200, ok_body),
        respond(401, b'{"message":"invalid API key","StatusCode":401}'),
        respond(400, b"{"),
        respond(200, b"not json"),
        then=respond(200, ok_body),
    )
    talon = _client(fault_server.url)
    texts += [repr(talon), str(talon), repr(vars(talon)), repr(talon._key)]
    async with talon:
        await caller("GET")(talon)  # a retried 503, then success
        for _ in range(3):
            try:
                await caller("PUT")(talon)
            except errors.TalonError as exc:
                texts.append(_all_text(exc))
        fault_server.plan(then=respond(200, ok_body))
        await caller("GET")(talon)
    # a transport failure, a timeout, and an argument error
    for url, timeout in ((f"http://127.0.0.1:{_closed()}", 1.0), (fault_server.url, 0.2)):
        from faultserver import stall

        fault_server.plan(then=stall())
        async with _client(url, timeout=timeout) as failing:
            try:
                await caller("GET")(failing)
            except errors.TalonError as exc:
                texts.append(_all_text(exc))
            try:
                await caller("GET")(failing, extra_headers={"X": "a\nb"})
            except ValueError as exc:
                texts.append(_all_text(exc))
    with pytest.raises(TypeError):
        pickle.dumps(talon._key)
    out = capsys.readouterr()
    everything = "\n".join(
        [debug_everything.getvalue(), caplog.text, out.out, out.err, *texts]
        + [repr(r.__dict__) for r in caplog.records]
    )
    assert "talon_async" in everything  # the capture did capture something
    assert API_KEY not in everything
    assert API_KEY[4:20] not in everything  # not even a part of it


async def test_the_api_key_echoed_by_a_server_does_not_reach_exception_text(
    fault_server: FaultServer,
) -> None:
    """A server or proxy echoing the Authorization header must not put the key into the
    error's text (found by this suite; fixed in errors.APIError with redaction)."""
    fault_server.plan(
        then=respond(401, b'{"message":"bad Authorization: ApiKey-v1 ' + API_KEY.encode() + b'"}')
    )
    async with _client(fault_server.url) as talon:
        with pytest.raises(errors.Unauthorized) as info:
            await caller("GET")(talon)
    assert API_KEY not in str(info.value)


def _closed() -> int:
    from faultserver import closed_port

    return closed_port()


# -- TLS ---------------------------------------------------------------------------------------


def test_tls_verification_is_on_by_default_and_off_only_explicitly(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="talon_async")
    transport = AiohttpTransport()
    assert transport._ssl is True
    talon = TalonClient(api_key=API_KEY)
    assert isinstance(talon._transport, AiohttpTransport) and talon._transport._ssl is True
    assert not [r for r in caplog.records if "verification" in r.getMessage()]
    insecure = AiohttpTransport(verify=False)
    assert insecure._ssl is False
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert any("verification is OFF" in r.getMessage() for r in warnings)


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"),
            *("-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


async def test_a_self_signed_server_is_refused_unless_verify_false(
    self_signed: tuple[Path, Path],
) -> None:
    cert, key = self_signed
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    hits: list[bytes] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            hits.append(await reader.readuntil(b"\r\n\r\n"))
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                b"Content-Length: %d\r\n\r\n" % len(STATE_BODY) + STATE_BODY
            )
            await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=context)
    url = f"https://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    try:
        async with _client(url) as talon:
            with pytest.raises(errors.ConnectionError):
                await caller("PUT")(talon)
        assert hits == []  # nothing, and so not the key, went to the unverified server
        async with TalonClient(
            api_key=API_KEY, base_url=url, transport=AiohttpTransport(verify=False)
        ) as insecure:
            assert (await caller("PUT")(insecure)).effects == []
        assert len(hits) == 1
    finally:
        server.close()
        await server.wait_closed()


# -- redirects ---------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_redirects_to_another_host_are_not_followed(
    status: int, fault_server: FaultServer
) -> None:
    async with FaultServer() as elsewhere:
        fault_server.plan(
            then=respond(status, b"", headers=[("Location", f"{elsewhere.url}/steal")])
        )
        for method in ("GET", "PUT", "POST"):
            async with _client(fault_server.url) as talon:
                with pytest.raises(errors.APIError) as info:
                    await caller(method)(talon)
            assert info.value.status == status
        assert elsewhere.seen == [] and elsewhere.connections_total == 0


# -- proxies from the environment -------------------------------------------------------------


@pytest.fixture
def clean_proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


async def test_http_proxy_from_the_environment_is_used(
    fault_server: FaultServer, clean_proxy_env: pytest.MonkeyPatch
) -> None:
    fault_server.plan(then=respond(200, ok_body))
    async with ConnectProxy() as proxy:
        clean_proxy_env.setenv("HTTP_PROXY", proxy.url)
        async with _client(fault_server.url) as talon:  # created after the variable is set
            await caller("GET")(talon)
        assert len(proxy.requests) == 1
        assert proxy.requests[0].startswith(f"GET {fault_server.url}/v2/customer_sessions/")
    assert fault_server.count() == 1  # relayed


async def test_no_proxy_is_respected(
    fault_server: FaultServer, clean_proxy_env: pytest.MonkeyPatch
) -> None:
    fault_server.plan(then=respond(200, ok_body))
    async with ConnectProxy() as proxy:
        clean_proxy_env.setenv("HTTP_PROXY", proxy.url)
        clean_proxy_env.setenv("NO_PROXY", "127.0.0.1")
        async with _client(fault_server.url) as talon:
            await caller("GET")(talon)
        assert proxy.requests == []
    assert fault_server.count() == 1  # direct


def test_no_key_in_the_cli_arguments() -> None:
    """The CLI takes the key from the environment only (not visible in `ps`)."""
    out = subprocess.run(
        [sys.executable, "-m", "talon_async", "batch", "events", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "api-key" not in out and "api_key" not in out
