"""What users meet first: the names `talon_async` exports, the exception tree and its names,
and models that print and pickle cleanly."""

from __future__ import annotations

import builtins
import copy
import pickle
import pkgutil
import re
import types

import pytest
from facade_support import STATE_V2, Reply, ScriptedServer, Stall, make_client

import talon_async
from talon_async import AiohttpTransport, MissingAPIKey, TalonClient, Timeouts, errors, models


def test_every_exported_name_exists_and_the_readme_constructors_are_exported() -> None:
    for name in talon_async.__all__:
        assert getattr(talon_async, name) is not None, name
    assert {"AiohttpTransport", "MissingAPIKey"} <= set(talon_async.__all__)
    assert AiohttpTransport is talon_async._transport.AiohttpTransport
    assert MissingAPIKey is talon_async._auth.MissingAPIKey


def test_only_the_documented_modules_are_public() -> None:
    """Everything else is `_`-prefixed, so what users may import is what the docstring says."""
    public = {
        m.name for m in pkgutil.iter_modules(talon_async.__path__) if not m.name.startswith("_")
    }
    assert public == {"batch", "errors", "models", "testing"}


def test_exported_objects_report_the_public_path_and_pickle_through_it() -> None:
    for name in talon_async.__all__:
        obj = getattr(talon_async, name)
        if not isinstance(obj, types.ModuleType):
            assert obj.__module__ == "talon_async", name
    timeouts = Timeouts(total=3.0)
    assert pickle.loads(pickle.dumps(timeouts)) == timeouts
    assert repr(TalonClient).startswith("<class 'talon_async.TalonClient'")


async def test_missing_api_key_is_the_exported_class(api_key_env: None) -> None:
    with pytest.raises(MissingAPIKey, match="TALON_API_KEY"):
        TalonClient()


async def test_aiohttp_transport_from_the_top_level_works(server: ScriptedServer) -> None:
    transport = AiohttpTransport(max_connections=4)
    async with make_client(server.url, transport=transport) as talon:
        await talon.customer_sessions.get_customer_session("s-1")
    assert server.count == 1


# -- the exception tree -------------------------------------------------------------------------


def test_new_names_do_not_shadow_builtins_and_old_names_are_aliases() -> None:
    assert errors.TimeoutError is errors.TalonTimeoutError
    assert errors.ConnectionError is errors.TalonConnectionError
    assert errors.TalonTimeoutError.__name__ == "TalonTimeoutError"
    assert errors.TalonConnectionError.__name__ == "TalonConnectionError"
    assert not set(errors.__all__) & set(dir(builtins))
    namespace: dict[str, object] = {}
    exec("from talon_async.errors import *", namespace)
    assert "TimeoutError" not in namespace and "ConnectionError" not in namespace
    assert {"TalonTimeoutError", "TalonConnectionError"} <= set(namespace)


def _drawn_tree() -> dict[str, str]:
    """child -> parent, read from the tree drawn in errors' docstring."""
    doc = errors.__doc__ or ""
    parents: dict[str, str] = {}
    stack: list[tuple[int, str]] = []
    for line in doc.splitlines():
        match = re.match(r"^(\s*)(?:[│ ]*[├└]── )?([A-Z]\w+)(?:\s|$)", line)
        if not match or not ("──" in line or line.strip() == "TalonError"):
            continue
        depth = len(line) - len(line.lstrip(" │├└─"))
        name = match.group(2)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if stack:
            parents[name] = stack[-1][1]
        stack.append((depth, name))
    return parents


def test_the_drawn_exception_tree_is_the_real_one() -> None:
    drawn = _drawn_tree()
    real = {
        name: cls.__bases__[0].__name__
        for name in errors.__all__
        if isinstance(cls := getattr(errors, name), type)
        and issubclass(cls, errors.TalonError)
        and cls is not errors.TalonError
    }
    assert drawn == real


async def test_a_refused_connection_raises_talon_connection_error(refused_url: str) -> None:
    async with make_client(refused_url) as talon:
        with pytest.raises(errors.TalonConnectionError) as caught:
            await talon.customer_sessions.get_customer_session("s-1", retry=None)
    assert isinstance(caught.value, errors.ConnectionError)
    assert not isinstance(caught.value, builtins.ConnectionError)


async def test_a_stalled_server_raises_talon_timeout_error(server: ScriptedServer) -> None:
    server.answer(Stall())
    async with make_client(server.url) as talon:
        with pytest.raises(errors.TalonTimeoutError) as caught:
            await talon.customer_sessions.get_customer_session(
                "s-1", retry=None, timeout=Timeouts(read=0.2, total=5)
            )
    assert isinstance(caught.value, errors.TimeoutError)
    assert not isinstance(caught.value, builtins.TimeoutError)


# -- models: repr and pickle ----------------------------------------------------------------------


def test_repr_leaves_unset_fields_out() -> None:
    item = models.CartItem(sku="OAT-1L", name="Oat milk", quantity=2, price=2.49)
    assert repr(item) == "CartItem(sku='OAT-1L', quantity=2, name='Oat milk', price=2.49)"
    request = models.IntegrationRequest(
        customer_session=models.NewCustomerSessionV2(profile_id="p-1", cart_items=[item])
    )
    text = repr(request)
    assert "Unset" not in text and "UNSET" not in text
    assert "profile_id='p-1'" in text and "CartItem(sku='OAT-1L'" in text


def test_repr_shows_additional_properties_only_when_there_are_some() -> None:
    item = models.CartItem.from_dict({"sku": "a", "quantity": 1, "colour": "red"})
    assert repr(item) == "CartItem(sku='a', quantity=1, additional_properties={'colour': 'red'})"


def test_constructed_models_survive_pickle_and_copy() -> None:
    item = models.CartItem(sku="OAT-1L", quantity=2)
    for clone in (pickle.loads(pickle.dumps(item)), copy.deepcopy(item), copy.copy(item)):
        assert clone == item
        assert clone.name is models.CartItem(sku="x", quantity=1).name  # still UNSET
        assert clone.to_dict() == {"sku": "OAT-1L", "quantity": 2}


BODY = {
    **STATE_V2,
    "customerSession": {
        "id": 1,
        "created": "2026-01-02T03:04:05+00:00",
        "integrationId": "s-1",
        "applicationId": 1,
        "profileId": "p-1",
        "state": "open",
        "cartItems": [{"sku": "OAT-1L", "quantity": 2, "colour": "red"}],
        "attributes": {},
        "firstSession": True,
        "updateCount": 1,
        "total": 4.98,
        "cartItemTotal": 4.98,
        "cartItemAdditionalCostTotal": 0.0,
        "additionalCostTotal": 0.0,
        "updated": "2026-01-02T03:04:05+00:00",
    },
}


async def test_decoded_results_print_and_pickle_like_constructed_ones(
    server: ScriptedServer,
) -> None:
    server.answer(Reply(200, json=BODY))
    async with make_client(server.url) as talon:
        state = await talon.customer_sessions.update_customer_session_v2(
            "s-1",
            models.IntegrationRequest(
                customer_session=models.NewCustomerSessionV2(profile_id="p-1")
            ),
        )
    text = repr(state)
    assert "Unset" not in text and "UNSET" not in text
    assert "CartItem(sku='OAT-1L', quantity=2, additional_properties={'colour': 'red'})" in text
    clone = pickle.loads(pickle.dumps(state))
    assert type(clone) is models.IntegrationStateV2  # the generated class, found by name
    assert clone.to_dict() == state.to_dict() == BODY
    assert repr(clone) == text
