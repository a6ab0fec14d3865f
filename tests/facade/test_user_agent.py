"""The User-Agent on the wire: `talon-async/<version>` by default, the caller's when given.

Seen by a real aiohttp server on 127.0.0.1, so a header sent twice (a default plus an
override in another letter case) would show as two values.
"""

from __future__ import annotations

from importlib.metadata import version

import httpx
import pytest
from facade_support import SESSION_RESPONSE, Reply, ScriptedServer, make_client

import talon_async

EXPECTED = f"talon-async/{version('talon-async')}"


def user_agents(server: ScriptedServer) -> list[list[str]]:
    """Every User-Agent value of every request the server saw, in order."""
    return [seen.headers.getall("User-Agent", []) for seen in server.seen]


@pytest.mark.parametrize(
    "transport",
    [None, httpx.AsyncHTTPTransport()],
    ids=["aiohttp transport (default)", "httpx transport"],
)
async def test_the_default_user_agent_names_the_installed_version(
    server: ScriptedServer, transport: httpx.AsyncBaseTransport | None
) -> None:
    server.answer(Reply(200, json=SESSION_RESPONSE))
    async with make_client(server.url, transport=transport) as talon:
        await talon.customer_sessions.get_customer_session("s-1")
        await talon.customer_sessions.get_customer_session("s-2")
    assert user_agents(server) == [[EXPECTED], [EXPECTED]]
    assert f"talon-async/{talon_async.__version__}" == EXPECTED


@pytest.mark.parametrize("name", ["User-Agent", "user-agent", "USER-AGENT"])
async def test_a_client_header_replaces_the_default(server: ScriptedServer, name: str) -> None:
    server.answer(Reply(200, json=SESSION_RESPONSE))
    async with make_client(server.url, headers={name: "shop-backend/2.1"}) as talon:
        await talon.customer_sessions.get_customer_session("s-1")
    assert user_agents(server) == [["shop-backend/2.1"]]


@pytest.mark.parametrize("name", ["User-Agent", "user-agent"])
async def test_extra_headers_replace_it_for_one_call(server: ScriptedServer, name: str) -> None:
    server.answer(Reply(200, json=SESSION_RESPONSE))
    async with make_client(server.url) as talon:
        await talon.customer_sessions.get_customer_session(
            "s-1", extra_headers={name: "nightly-sync/1"}
        )
        await talon.customer_sessions.get_customer_session("s-2")
    assert user_agents(server) == [["nightly-sync/1"], [EXPECTED]]


async def test_extra_headers_replace_a_client_header_of_the_same_spelling(
    server: ScriptedServer,
) -> None:
    server.answer(Reply(200, json=SESSION_RESPONSE))
    async with make_client(server.url, headers={"User-Agent": "shop-backend/2.1"}) as talon:
        await talon.customer_sessions.get_customer_session(
            "s-1", extra_headers={"User-Agent": "nightly-sync/1"}
        )
        await talon.customer_sessions.get_customer_session("s-2")
    assert user_agents(server) == [["nightly-sync/1"], ["shop-backend/2.1"]]


@pytest.mark.parametrize(
    ("client_name", "call_name"),
    [("User-Agent", "user-agent"), ("user-agent", "USER-AGENT"), ("X-Shop", "x-shop")],
)
async def test_a_header_in_two_letter_cases_is_sent_once_the_later_layer_winning(
    server: ScriptedServer, client_name: str, call_name: str
) -> None:
    """HTTP field names are case-insensitive: the call's header replaces the client's, it is
    not added next to it (aiohttp servers refuse a duplicate User-Agent with 400)."""
    server.answer(Reply(200, json=SESSION_RESPONSE))
    async with make_client(server.url, headers={client_name: "client/1"}) as talon:
        await talon.customer_sessions.get_customer_session(
            "s-1", extra_headers={call_name: "call/2"}
        )
        await talon.customer_sessions.get_customer_session("s-2")
    assert [seen.headers.getall(client_name, []) for seen in server.seen] == [
        ["call/2"],
        ["client/1"],
    ]


async def test_a_callers_accept_in_another_case_does_not_duplicate_ours(
    server: ScriptedServer,
) -> None:
    server.answer(Reply(200, json=SESSION_RESPONSE))
    async with make_client(server.url, headers={"accept": "text/html"}) as talon:
        await talon.customer_sessions.get_customer_session("s-1")
    assert server.seen[0].headers.getall("Accept") == ["application/json"]
