"""The handler registry: every operation of the contract has exactly one handler, checked at
start-up, so a missing or misspelt registration stops the emulator with a message saying which."""

from __future__ import annotations

import pytest

from talon_async._meta import all_operations
from talon_async.testing import Emulator, _handlers
from talon_async.testing._handlers import HandlerTableError, handler_table, operation

CONTRACT = [op.operation_id for op in all_operations()]


def test_every_operation_of_the_contract_has_one_handler() -> None:
    table = handler_table(CONTRACT)
    assert set(table) == set(CONTRACT)
    modules = {r.handler.__module__.rsplit(".", 1)[-1] for r in table.values()}
    assert len(modules) >= 10  # one module per resource, each registering its own
    assert table["createAudienceV2"].status == 201
    assert table["deleteAudienceV2"].status == 204


def test_an_operation_without_a_handler_is_named() -> None:
    with pytest.raises(HandlerTableError, match=r"without a handler: newOperationV9 \("):
        handler_table([*CONTRACT, "newOperationV9"])


def test_a_handler_for_an_unknown_operation_is_named() -> None:
    with pytest.raises(HandlerTableError, match=r"does not have: getCustomerSession \("):
        handler_table([op for op in CONTRACT if op != "getCustomerSession"])


def test_the_emulator_refuses_to_start_with_a_misspelt_handler(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    table = dict(_handlers.registry())
    table["updateCustomerSessionV3"] = table.pop("updateCustomerSessionV2")
    monkeypatch.setattr(_handlers, "registry", lambda: table)
    with pytest.raises(HandlerTableError) as raised:
        Emulator()
    message = str(raised.value)
    assert "without a handler: updateCustomerSessionV2" in message
    assert "does not have: updateCustomerSessionV3" in message


def test_a_second_handler_for_one_operation_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    registered = dict(_handlers.registry())
    monkeypatch.setattr(_handlers, "_REGISTRY", registered)
    with pytest.raises(HandlerTableError, match="two handlers for 'getCustomerSession'"):
        operation("getCustomerSession")(lambda state, call: None)
