"""The compiled request checks agree with openapi-core, the reference they replaced.

Each case goes through both `RequestChecks` (jsonschema-rs, compiled at start-up) and
`OpenapiCoreChecks` (openapi-core on every request): the same verdict, the same typed
parameters, and 400s that name the same parameters or body fields.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest

from talon_async._meta import all_operations
from talon_async.testing._reference_checks import OpenapiCoreChecks
from talon_async.testing._spec import load_spec
from talon_async.testing._validation import Checked, InvalidRequest

JSON = {"content-type": "application/json"}
CART = {"sku": "A", "quantity": 1, "price": 2.5}

Case = tuple[str, dict[str, str], list[tuple[str, str]], Any]
# a form/explode array sent as repeated parameters: openapi-core keeps only the first value
REPEATED: Case = (
    "getCustomerAchievements",
    {"integrationId": "x"},
    [("currentProgressStatus", "inprogress"), ("currentProgressStatus", "completed")],
    None,
)
# (operationId, path parameters, query, body): bodies as objects, or raw bytes as sent
CASES: list[Case] = [
    ("updateCustomerSessionV2", {"customerSessionId": "s1"}, [], {"customerSession": {}}),
    (
        "updateCustomerSessionV2",
        {"customerSessionId": "s1"},
        [("dry", "yes"), ("now", "2026-01-02T03:04:05Z")],
        {"customerSession": {"cartItems": [CART], "profileId": "p"}},
    ),
    ("updateCustomerSessionV2", {"customerSessionId": "s1"}, [("dry", "maybe")], {}),
    ("updateCustomerSessionV2", {"customerSessionId": "s1"}, [("now", "yesterday")], {}),
    (
        "updateCustomerSessionV2",
        {"customerSessionId": "s1"},
        [],
        {"customerSession": {"cartItems": [{"sku": "A", "quantity": 0}]}},
    ),
    (
        "updateCustomerSessionV2",
        {"customerSessionId": "s1"},
        [],
        {"customerSession": {"cartItems": [{"sku": "A", "quantity": 1.5, "price": "x"}]}},
    ),
    (
        "updateCustomerSessionV2",
        {"customerSessionId": "s1"},
        [],
        {"customerSession": {"cartItems": [{**CART, "position": 2}]}},
    ),
    ("updateCustomerSessionV2", {"customerSessionId": "s1"}, [], [1]),
    ("updateCustomerSessionV2", {"customerSessionId": "s1"}, [], b""),
    ("updateCustomerSessionV2", {"customerSessionId": "s1"}, [], b"{nope"),
    (
        "updateCustomerSessionV2",
        {"customerSessionId": "s1"},
        [],
        {"customerSession": {"state": "teleported"}},
    ),
    ("updateCustomerProfileV2", {"integrationId": "bob"}, [], {"attributes": "not an object"}),
    (
        "updateCustomerProfileV2",
        {"integrationId": "bob"},
        [("runRuleEngine", "True"), ("dry", "0")],
        {"attributes": {"a": 1}},
    ),
    ("updateCustomerProfilesV2", {}, [("silent", "no")], {"customerProfiles": []}),
    ("integrationGetAllCampaigns", {}, [], None),
    (
        "integrationGetAllCampaigns",
        {},
        [("campaignIds", "1,2"), ("startAfter", "2020-01-01T00:00:00+02:00"), ("pageSize", "7")],
        None,
    ),
    ("integrationGetAllCampaigns", {}, [("pageSize", "5000")], None),
    ("integrationGetAllCampaigns", {}, [("pageSize", "abc")], None),
    ("integrationGetAllCampaigns", {}, [("pageSize", "")], None),
    ("integrationGetAllCampaigns", {}, [("startAfter", "2020-01-01")], None),
    ("getCustomerAchievements", {"integrationId": "x"}, [("achievementStatus", "active")], None),
    (
        "getCustomerAchievements",
        {"integrationId": "x"},
        [("achievementStatus", "active,bogus")],
        None,
    ),
    REPEATED,
    ("getLoyaltyBalances", {"loyaltyProgramId": "abc", "integrationId": "bob"}, [], None),
    ("getLoyaltyBalances", {"loyaltyProgramId": "7", "integrationId": "bob"}, [], None),
    (
        "getLoyaltyBalances",
        {"loyaltyProgramId": "99999999999999999999999", "integrationId": "bob"},
        [],
        None,
    ),
    ("createReferral", {}, [], {"campaignId": 1, "advocateProfileIntegrationId": "a"}),
    ("createReferral", {}, [], {"campaignId": "one"}),
    ("updateAudienceV2", {"audienceId": "1"}, [], b""),
    ("deleteAudienceV2", {"audienceId": "-"}, [], None),
    ("trackEventV2", {}, [("dry", "false")], {"type": "pageview", "profileId": "p"}),
    ("trackEventV2", {}, [], {"type": 3}),
    ("syncCatalog", {"catalogId": "1"}, [], {"actions": [{"type": "NOPE", "payload": {}}]}),
]


def run(checks: Any, case: Case) -> Any:
    op, path, query, body = case
    raw = body if isinstance(body, bytes) else b"" if body is None else json.dumps(body).encode()
    try:
        return checks.check(op, path, query, JSON, raw)
    except InvalidRequest as invalid:
        return invalid


def sources(invalid: InvalidRequest) -> list[tuple[str, str]]:
    return sorted((e["title"], json.dumps(e["source"])) for e in invalid.errors)


@pytest.fixture(scope="module")
def reference() -> OpenapiCoreChecks:
    return OpenapiCoreChecks(load_spec())


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_compiled_checks_agree_with_openapi_core(reference: OpenapiCoreChecks, case: Case) -> None:
    expected = run(reference, case)
    got = run(load_spec().checks, case)
    if case is REPEATED:
        assert isinstance(got, Checked)
        assert got.query["currentProgressStatus"] == ["inprogress", "completed"]
        return
    if isinstance(expected, Checked):
        assert isinstance(got, Checked), got.errors
        assert got == expected
        return
    assert isinstance(got, InvalidRequest), f"accepted; openapi-core said {expected.errors}"
    assert got.message == expected.message
    assert sources(got) == sources(expected), (got.errors, expected.errors)


def test_a_read_only_field_says_so() -> None:
    case = CASES[6]
    got = run(load_spec().checks, case)
    assert isinstance(got, InvalidRequest)
    assert got.errors == [
        {
            "title": "Invalid field value",
            "details": "the field is read-only; leave it out of requests",
            "source": {"pointer": "/customerSession/cartItems/0/position"},
        }
    ]


def test_every_operation_has_compiled_checks() -> None:
    spec = load_spec()
    for op in all_operations():
        params = {name: "1" for name in _path_names(op.path)}
        with contextlib.suppress(InvalidRequest):  # a missing body: compiled, and answered
            spec.checks.check(op.operation_id, params, [], JSON, b"")


def _path_names(template: str) -> list[str]:
    return [part[1:-1] for part in template.split("/") if part.startswith("{")]
