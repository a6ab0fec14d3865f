"""Server selection: every source and its precedence, both key forms, enums, unused variables,
out-of-range indices, base_url, and server_context's task-locality, nesting and restore."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from facade_support import API_KEY, mock_client, mock_router, session_body

from talon_async import OperationServer, TalonClient, server_context
from talon_async._servers import ServerResolver

GO = "CustomerSessionsApiService.UpdateCustomerSessionV2"
PY = "customer_sessions.update_customer_session_v2"
KEY_FORMS = pytest.mark.parametrize("key", [GO, PY], ids=["go-key", "python-key"])
GOFLINK = "https://goflink.europe-west1.talon.one"
ALLOWED_REGIONS = (
    "europe-west1",
    "europe-west2",
    "us-east4",
    "us-west2",
    "asia-southeast1",
    "australia-southeast1",
)


async def url_of(talon: TalonClient, router: Any, **options: Any) -> str:
    """The URL the session update goes to (path cut off)."""
    await talon.customer_sessions.update_customer_session_v2("s-1", session_body(), **options)
    url = str(router.calls.last.request.url)
    return url.split("/v2/", 1)[0]


async def other_url(talon: TalonClient, router: Any) -> str:
    """The URL of an operation that no operation-specific layer mentions."""
    await talon.customer_sessions.get_customer_session("s-1")
    return str(router.calls.last.request.url).split("/v2/", 1)[0]


# -- every source, highest wins ---------------------------------------------------------------

LAYERS = ["spec", "client", "client_op", "context", "context_op", "call"]


@KEY_FORMS
@pytest.mark.parametrize("top", LAYERS)
async def test_variable_precedence(key: str, top: str) -> None:
    """Server 2 (http://{host}:{port}); each layer up to `top` sets port = its rank."""
    rank = {name: str(9100 + i) for i, name in enumerate(LAYERS)}
    upto = LAYERS[: LAYERS.index(top) + 1]
    router = mock_router()
    kwargs: dict[str, Any] = {"server_index": 2}
    if "client" in upto:
        kwargs["server_variables"] = {"port": rank["client"]}
    if "client_op" in upto:
        kwargs["operation_servers"] = {key: {"server_variables": {"port": rank["client_op"]}}}
    talon = mock_client(router, **kwargs)
    ctx: dict[str, Any] = {}
    if "context" in upto:
        ctx["server_variables"] = {"port": rank["context"]}
    if "context_op" in upto:
        ctx["operation_server_variables"] = {key: {"port": rank["context_op"]}}
    call = {"server_variables": {"port": rank["call"]}} if "call" in upto else {}
    with server_context(**ctx):
        got = await url_of(talon, router, **call)
    expected = "9000" if top == "spec" else rank[top]
    assert got == f"http://localhost:{expected}"


@KEY_FORMS
async def test_index_precedence(key: str) -> None:
    router = mock_router()
    assert await url_of(mock_client(router), router) == GOFLINK  # spec default: server 0

    vars_ = {"subdomain": "acme", "port": "9001"}
    talon = mock_client(router, server_index=1, server_variables=vars_)
    assert await url_of(talon, router) == "https://acme.europe-west1.talon.one"

    talon = mock_client(
        router, server_index=1, server_variables=vars_, operation_servers={key: {"server_index": 2}}
    )
    assert await url_of(talon, router) == "http://localhost:9001"  # client operation override
    assert await other_url(talon, router) == "https://acme.europe-west1.talon.one"

    with server_context(server_index=0):  # context beats the client's operation override
        assert await url_of(talon, router) == GOFLINK
        with server_context(operation_server_indices={key: 2}):  # context op beats context
            assert await url_of(talon, router) == "http://localhost:9001"
            assert await other_url(talon, router) == GOFLINK
            # per call beats everything
            assert await url_of(talon, router, server_index=1) == (
                "https://acme.europe-west1.talon.one"
            )


@KEY_FORMS
async def test_operation_server_forms(key: str) -> None:
    router = mock_router()
    for override in (
        OperationServer(server_index=2, server_variables={"port": "9300"}),
        {"server_index": 2, "server_variables": {"port": "9300"}},
    ):
        talon = mock_client(router, operation_servers={key: override})
        assert await url_of(talon, router) == "http://localhost:9300"
        assert await other_url(talon, router) == GOFLINK

    talon = mock_client(router, operation_servers={key: "https://gw.example.com/talon/"})
    assert await url_of(talon, router) == "https://gw.example.com/talon"
    # a context that only sets variables does not pick a server: the URL override holds
    with server_context(server_variables={"port": "1"}):
        assert await url_of(talon, router) == "https://gw.example.com/talon"
    with server_context(server_index=2):  # a context that picks a server wins
        assert await url_of(talon, router) == "http://localhost:9000"
    assert (
        await url_of(talon, router, server_index=1) == "https://yourbaseurl.europe-west1.talon.one"
    )


def test_unknown_operation_key() -> None:
    with pytest.raises(ValueError, match="unknown operation"):
        TalonClient(API_KEY, operation_servers={"CustomerSessionsApi.Nope": {"server_index": 2}})
    with (
        pytest.raises(ValueError, match="unknown operation"),
        server_context(operation_server_indices={"customer_sessions.nope": 2}),
    ):
        pass


# -- enums, unused variables, indices ----------------------------------------------------------


def _assert_region_error(exc: pytest.ExceptionInfo[ValueError]) -> None:
    text = str(exc.value)
    assert "region" in text and "mars" in text
    for allowed in ALLOWED_REGIONS:
        assert allowed in text


async def test_region_enum_is_validated_everywhere() -> None:
    bad = {"subdomain": "acme", "region": "mars"}
    with pytest.raises(ValueError) as exc:
        TalonClient(API_KEY, server_index=1, server_variables=bad)
    _assert_region_error(exc)
    # validated even while the chosen server does not use the variable
    with pytest.raises(ValueError) as exc:
        TalonClient(API_KEY, server_index=0, server_variables={"region": "mars"})
    _assert_region_error(exc)
    with pytest.raises(ValueError) as exc:
        TalonClient(API_KEY, operation_servers={PY: {"server_variables": {"region": "mars"}}})
    _assert_region_error(exc)
    with pytest.raises(ValueError) as exc, server_context(server_variables={"region": "mars"}):
        pass
    _assert_region_error(exc)
    with (
        pytest.raises(ValueError) as exc,
        server_context(operation_server_variables={GO: {"region": "mars"}}),
    ):
        pass
    _assert_region_error(exc)

    router = mock_router()
    talon = mock_client(router, server_index=1)
    with pytest.raises(ValueError) as exc:
        await url_of(talon, router, server_variables={"region": "mars"})
    _assert_region_error(exc)
    assert not router.calls  # nothing was sent
    for region in ALLOWED_REGIONS:
        got = await url_of(talon, router, server_variables={"region": region})
        assert got == f"https://yourbaseurl.{region}.talon.one"


async def test_unused_and_unknown_variables_are_ignored() -> None:
    router = mock_router()
    talon = mock_client(
        router,
        server_index=1,
        server_variables={"subdomain": "acme", "port": "1234", "host": "h", "whatever": "x"},
    )
    assert await url_of(talon, router) == "https://acme.europe-west1.talon.one"
    talon = mock_client(router, server_index=0, server_variables={"subdomain": "acme"})
    assert await url_of(talon, router) == GOFLINK
    talon = mock_client(router, server_index=2)
    assert await url_of(talon, router, server_variables={"bogus": "1"}) == "http://localhost:9000"


@pytest.mark.parametrize("index", [3, -1, 99])
async def test_out_of_range_index(index: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        TalonClient(API_KEY, server_index=index)
    with pytest.raises(ValueError, match="out of range"):
        TalonClient(API_KEY, operation_servers={GO: {"server_index": index}})
    with pytest.raises(ValueError, match="out of range"), server_context(server_index=index):
        pass
    with (
        pytest.raises(ValueError, match="out of range"),
        server_context(operation_server_indices={PY: index}),
    ):
        pass
    router = mock_router()
    with pytest.raises(ValueError, match="out of range"):
        await url_of(mock_client(router), router, server_index=index)
    assert not router.calls


async def test_index_must_be_an_int() -> None:
    router = mock_router()
    with pytest.raises(TypeError):
        await url_of(mock_client(router), router, server_index="1")
    assert not router.calls


async def test_base_url_short_circuits_everything() -> None:
    router = mock_router()
    talon = mock_client(
        router,
        base_url="https://gateway.example.com/talon/",
        server_index=1,
        server_variables={"subdomain": "acme"},
        operation_servers={GO: {"server_index": 2}},
    )
    with server_context(server_index=2, operation_server_indices={PY: 1}):
        got = await url_of(talon, router, server_index=2, server_variables={"port": "1"})
    assert got == "https://gateway.example.com/talon"
    assert str(router.calls.last.request.url) == (
        "https://gateway.example.com/talon/v2/customer_sessions/s-1"
    )


def test_base_url_must_be_absolute_http() -> None:
    for bad in ("gateway.example.com", "ftp://x.example.com", "/relative"):
        with pytest.raises(ValueError, match="base_url"):
            TalonClient(API_KEY, base_url=bad)


# -- server_context: task-local, nests, restores, sync code -----------------------------------


async def test_context_nests_and_restores() -> None:
    router = mock_router()
    talon = mock_client(router)
    assert await url_of(talon, router) == GOFLINK
    with server_context(server_index=2, server_variables={"host": "outer", "port": "1"}):
        assert await url_of(talon, router) == "http://outer:1"
        with server_context(server_variables={"port": "2"}):
            assert await url_of(talon, router) == "http://outer:2"  # host inherited
            with server_context(server_index=1, server_variables={"subdomain": "in"}):
                assert await url_of(talon, router) == "https://in.europe-west1.talon.one"
            assert await url_of(talon, router) == "http://outer:2"
        assert await url_of(talon, router) == "http://outer:1"
    assert await url_of(talon, router) == GOFLINK


async def test_context_restored_after_an_exception() -> None:
    router = mock_router()
    talon = mock_client(router)
    with pytest.raises(RuntimeError), server_context(server_index=2):
        raise RuntimeError("boom")
    assert await url_of(talon, router) == GOFLINK


async def test_context_is_isolated_between_concurrent_tasks() -> None:
    router = mock_router()
    sent: dict[str, list[str]] = {}

    async def hook(request: Any) -> None:  # the URL each task itself sent
        task = asyncio.current_task()
        assert task is not None
        sent.setdefault(task.get_name(), []).append(str(request.url).split("/v2/", 1)[0])

    talon = mock_client(router, event_hooks={"request": [hook]})
    all_running = asyncio.Barrier(3)

    async def calls() -> None:
        await all_running.wait()  # the three tasks are inside their blocks at the same time
        for _ in range(3):
            await talon.customer_sessions.update_customer_session_v2("s", session_body())
            await asyncio.sleep(0)

    async def worker(port: str | None) -> None:
        if port is None:
            await calls()
            return
        with server_context(server_index=2, server_variables={"port": port}):
            await calls()

    await asyncio.gather(
        asyncio.create_task(worker("1111"), name="a"),
        asyncio.create_task(worker("2222"), name="b"),
        asyncio.create_task(worker(None), name="c"),
    )
    assert sent["a"] == ["http://localhost:1111"] * 3
    assert sent["b"] == ["http://localhost:2222"] * 3
    assert sent["c"] == [GOFLINK] * 3
    assert await url_of(talon, router) == GOFLINK  # nothing leaked into the parent


async def test_child_tasks_inherit_the_context() -> None:
    router = mock_router()
    talon = mock_client(router)
    with server_context(server_index=2, server_variables={"port": "4444"}):
        url = await asyncio.create_task(url_of(talon, router))
    assert url == "http://localhost:4444"


def test_context_in_sync_code() -> None:
    router = mock_router()
    talon = mock_client(router)
    resolver: ServerResolver = talon._servers
    assert resolver.resolve(PY) == GOFLINK
    with server_context(server_index=2, operation_server_variables={GO: {"port": "5555"}}):
        assert resolver.resolve(PY) == "http://localhost:5555"
        assert resolver.resolve("customer_sessions.get_customer_session") == (
            "http://localhost:9000"
        )
        # and an event loop started from sync code sees it too
        assert asyncio.run(url_of(talon, router)) == "http://localhost:5555"
        # another thread does not
        other: list[str] = []
        thread = threading.Thread(target=lambda: other.append(resolver.resolve(PY)))
        thread.start()
        thread.join()
        assert other == [GOFLINK]
    assert resolver.resolve(PY) == GOFLINK
