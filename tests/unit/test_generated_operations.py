"""Every generated operation, end to end against a mocked Talon.One.

For each of the 37 operations (samples in contract_samples.py): the generated
``asyncio_detailed`` sends exactly the request the contract describes (method, path, query
string, ``Authorization: ApiKey-v1 <key>``, JSON body), and a realistic 2xx answer decodes into
the documented model without losing anything.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import pkgutil
import re
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import respx
import talon_one_raw.api
from contract_samples import API_KEY, BASE_URL, CASES, CASES_BY_ID, Case, load_spec
from openapi_schema_validator import (
    OAS30ReadValidator,
    OAS30WriteValidator,
    oas30_format_checker,
)
from talon_one_raw.client import AuthenticatedClient

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
cases = pytest.mark.parametrize("case", CASES, ids=str)


def _spec_operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    out = {}
    for path, item in load_spec()["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                out[op["operationId"]] = (method.upper(), path, op)
    return out


def _module(case: Case) -> Any:
    return importlib.import_module(f"talon_one_raw.api.{case.group}.{case.function}")


def _client() -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=BASE_URL, token=API_KEY, prefix="ApiKey-v1", auth_header_name="Authorization"
    )


def _sample_response(case: Case) -> httpx.Response:
    if case.response_json is None:
        return httpx.Response(case.status)
    return httpx.Response(case.status, json=case.response_json)


async def _call(case: Case, response: httpx.Response) -> tuple[httpx.Request, Any]:
    kwargs = dict(case.kwargs)
    if case.body is not None:
        kwargs["body"] = case.body()
    with respx.mock(assert_all_called=True, assert_all_mocked=True) as router:
        route = router.route(host="talon.test").mock(return_value=response)
        async with _client() as client:
            result = await _module(case).asyncio_detailed(*case.args, client=client, **kwargs)
    assert route.call_count == 1
    return route.calls.last.request, result


_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def _normalise(value: Any) -> Any:
    """Make a JSON document comparable after a decode/encode round trip.

    The models write datetimes back as ``isoformat()`` (``+00:00`` instead of ``Z``); compare
    instants, not spellings. Everything else must survive unchanged.
    """
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, str) and _ISO_DATETIME.match(value):
        return dt.datetime.fromisoformat(value)
    return value


def _schema_validator(cls: Any, schema: dict[str, Any]) -> Any:
    root = {"components": load_spec()["components"], **schema}
    return cls(root, format_checker=oas30_format_checker)


# ---------------------------------------------------------------------------------------------
# The samples themselves are checked against the contract first, so the tests below cannot
# pass on a sample that disagrees with the spec.
# ---------------------------------------------------------------------------------------------


def test_one_case_per_operation_and_generated_module() -> None:
    assert len(CASES) == 39
    assert set(CASES_BY_ID) == set(_spec_operations())
    generated = {
        (group.name, mod.name)
        for group in pkgutil.iter_modules(talon_one_raw.api.__path__)
        for mod in pkgutil.iter_modules(
            importlib.import_module(f"talon_one_raw.api.{group.name}").__path__
        )
    }
    assert generated == {(c.group, c.function) for c in CASES}


@cases
def test_case_agrees_with_spec(case: Case) -> None:
    method, template, op = _spec_operations()[case.operation_id]
    assert case.method == method
    path_params = re.findall(r"{(\w+)}", template)
    assert len(path_params) == len(case.args)
    expected = template
    for name, value in zip(path_params, case.args, strict=True):
        expected = expected.replace("{" + name + "}", quote(str(value), safe=""))
    assert case.raw_path == expected

    query_names = {p["name"] for p in op.get("parameters", []) if p["in"] == "query"}
    sent = {pair.split("=", 1)[0] for pair in case.raw_query.split("&") if pair}
    assert sent <= query_names
    if query_names:
        assert sent, f"{case} has query parameters {sorted(query_names)}; the sample uses none"

    body = op.get("requestBody")
    if body is None:
        assert case.body is None and case.request_schema is None
    else:
        ref = body["content"]["application/json"]["schema"]["$ref"]
        assert ref == f"#/components/schemas/{case.request_schema}"
        assert case.body is not None

    assert str(case.status) in op["responses"]
    content = op["responses"][str(case.status)].get("content")
    if case.response_type is None:
        assert not content and case.response_json is None
    else:
        ref = content["application/json"]["schema"]["$ref"]
        assert ref == f"#/components/schemas/{case.response_schema}"


@pytest.mark.parametrize("case", [c for c in CASES if c.request_schema], ids=str)
def test_sample_request_body_is_schema_valid(case: Case) -> None:
    validator = _schema_validator(
        OAS30WriteValidator, {"$ref": f"#/components/schemas/{case.request_schema}"}
    )
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(case.json_body)
    ]
    assert errors == []


@pytest.mark.parametrize("case", [c for c in CASES if c.response_json is not None], ids=str)
def test_sample_response_is_schema_valid(case: Case) -> None:
    validator = _schema_validator(
        OAS30ReadValidator, {"$ref": f"#/components/schemas/{case.response_schema}"}
    )
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(case.response_json)
    ]
    assert errors == []


def test_schema_validation_rejects_a_broken_sample() -> None:
    """The two tests above must be able to fail."""
    case = CASES_BY_ID["updateCustomerSessionV2"]
    broken = json.loads(json.dumps(case.response_json))
    del broken["effects"]
    broken["customerSession"]["state"] = "half-open"
    validator = _schema_validator(
        OAS30ReadValidator, {"$ref": f"#/components/schemas/{case.response_schema}"}
    )
    assert len(list(validator.iter_errors(broken))) == 2


# ---------------------------------------------------------------------------------------------
# The request on the wire
# ---------------------------------------------------------------------------------------------


@cases
async def test_request_on_the_wire(case: Case) -> None:
    request, _ = await _call(case, _sample_response(case))

    assert request.method == case.method
    assert request.url.scheme == "https"
    assert request.url.host == "talon.test"
    path, _, query = request.url.raw_path.decode("ascii").partition("?")
    assert path == case.raw_path
    assert query == case.raw_query
    assert request.headers["Authorization"] == f"ApiKey-v1 {API_KEY}"
    assert request.headers.get_list("Authorization") == [f"ApiKey-v1 {API_KEY}"]

    if case.json_body is None:
        assert request.content == b""
    else:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == case.json_body


# ---------------------------------------------------------------------------------------------
# Decoding the answer
# ---------------------------------------------------------------------------------------------


def _to_json(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [item.to_dict() for item in parsed]
    return parsed.to_dict()


@cases
async def test_response_decodes_into_model(case: Case) -> None:
    _, result = await _call(case, _sample_response(case))

    assert result.status_code == case.status
    if case.response_type is None:
        assert result.parsed is None
        return
    assert isinstance(result.parsed, case.response_type)
    # nothing lost or altered on the way through the generated model
    assert _normalise(_to_json(result.parsed)) == _normalise(case.response_json)
    if case.check is not None:
        case.check(result.parsed)


async def test_204_and_201_of_create_referrals_for_multiple_advocates() -> None:
    """This operation documents two success codes; the 201 is covered above, 204 here."""
    case = CASES_BY_ID["createReferralsForMultipleAdvocates"]
    _, result = await _call(case, httpx.Response(204))
    assert result.status_code == 204
    assert result.parsed is None


async def test_round_trip_comparison_detects_a_dropped_field() -> None:
    """The decode check must be able to fail: a field the model drops would show up."""
    case = CASES_BY_ID["getCustomerInventory"]
    _, result = await _call(case, _sample_response(case))
    decoded = _to_json(result.parsed)
    decoded["coupons"][1].pop("state")
    assert _normalise(decoded) != _normalise(case.response_json)
