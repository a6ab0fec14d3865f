"""Lenient where Talon.One evolves (enum values, effect types, extra fields), strict on the
contract (missing required fields, wrong types, non-JSON), with typed effect props."""

from __future__ import annotations

import json
from typing import Any

import pytest
from facade_support import STATE_V2, effect, mock_client, mock_router, sample, session_body

from talon_async import RawProps, TalonClient, UnknownValue, errors, materialize, models
from talon_async._meta import spec_meta

EFFECT_PROPS: dict[str, str] = spec_meta()["effect_props"]
ISSUE_EFFECTS = {
    "setDiscount",
    "setDiscountPerItem",
    "acceptCoupon",
    "rejectCoupon",
    "acceptReferral",
    "rejectReferral",
    "addLoyaltyPoints",
    "deductLoyaltyPoints",
    "addFreeItem",
    "showNotification",
    "triggerWebhook",
    "customEffect",
}
SESSION: dict[str, Any] = {
    "id": 1,
    "created": "2026-01-02T03:04:05Z",
    "integrationId": "s-1",
    "applicationId": 3,
    "profileId": "p-1",
    "state": "open",
    "cartItems": [],
    "attributes": {},
    "firstSession": True,
    "updateCount": 1,
    "total": 10.0,
    "cartItemTotal": 10.0,
    "additionalCostTotal": 0.0,
    "cartItemAdditionalCostTotal": 0.0,
    "updated": "2026-01-02T03:04:05Z",
}


async def update(body: Any, **client: Any) -> Any:
    router = mock_router(json=body)
    talon = mock_client(router, **client)
    return await talon.customer_sessions.update_customer_session_v2("s-1", session_body())


async def get_session(session: dict[str, Any]) -> Any:
    router = mock_router(json={"customerSession": session, "effects": []})
    talon = mock_client(router)
    result = await talon.customer_sessions.get_customer_session("s-1")
    return result.customer_session


def test_spec_defines_the_issues_effect_types() -> None:
    assert set(EFFECT_PROPS) >= ISSUE_EFFECTS


@pytest.mark.parametrize("effect_type", sorted(EFFECT_PROPS))
async def test_typed_props_for_every_effect_type(effect_type: str) -> None:
    model_name = EFFECT_PROPS[effect_type]
    props = sample(["model", model_name])
    state = await update({**STATE_V2, "effects": [effect(effect_type, props)]})
    eff = state.effects[0]
    assert isinstance(eff, models.Effect)
    assert eff.effect_type == effect_type
    assert type(eff.props).__name__ == model_name
    assert isinstance(eff.props, getattr(models, model_name))
    materialize(eff.props)
    assert eff.props.to_dict() == props


async def test_typed_props_values() -> None:
    props = {"name": "10% off", "value": 2.5, "scope": "cartItems", "newField": [1]}
    state = await update({**STATE_V2, "effects": [effect("setDiscount", props)]})
    p = state.effects[0].props
    assert isinstance(p, models.SetDiscountEffectProps)
    assert (p.name, p.value, p.scope) == ("10% off", 2.5, "cartItems")
    assert p.additional_properties == {"newField": [1]}


async def test_unknown_effect_type_keeps_props_as_a_dict() -> None:
    props = {"anything": {"nested": [1, 2]}, "n": 1}
    state = await update({**STATE_V2, "effects": [effect("setTeleportation", props)]})
    eff = state.effects[0]
    assert eff.effect_type == "setTeleportation"
    assert isinstance(eff.props, RawProps) and isinstance(eff.props, dict)
    assert eff.props == props
    assert materialize(state) is state
    assert state.to_dict()["effects"][0]["props"] == props


async def test_unknown_enum_value_is_kept_as_a_plain_string() -> None:
    known = await get_session(SESSION)
    assert known.state is models.CustomerSessionV2State.OPEN
    session = await get_session({**SESSION, "state": "archived_in_2030"})
    assert isinstance(session.state, UnknownValue) and isinstance(session.state, str)
    assert session.state == "archived_in_2030"
    assert session.to_dict()["state"] == "archived_in_2030"


async def test_extra_fields_are_kept() -> None:
    session = await get_session({**SESSION, "brandNewField": {"x": 1}, "another": None})
    assert session.additional_properties == {"brandNewField": {"x": 1}, "another": None}
    assert session.integration_id == "s-1"
    state = await update({**STATE_V2, "topLevelExtra": 5})
    assert state.additional_properties == {"topLevelExtra": 5}
    assert state.to_dict()["topLevelExtra"] == 5


# -- strict on the contract --------------------------------------------------------------------


async def test_missing_required_field_names_the_path_and_keeps_the_body() -> None:
    body = {"effects": [], "createdCoupons": []}  # createdReferrals missing
    with pytest.raises(errors.DecodeError) as exc:
        await update(body)
    assert exc.value.json_path == "$"
    assert "createdReferrals" in str(exc.value)
    assert json.loads(exc.value.raw_body) == body
    assert exc.value.status == 200
    assert exc.value.path == "/v2/customer_sessions/{customerSessionId}"
    assert exc.value.attempts == 1


async def test_missing_required_nested_field() -> None:
    eff = effect("setDiscount", {"name": "x", "value": 1})
    del eff["ruleName"]
    state = await update({**STATE_V2, "effects": [eff]})
    with pytest.raises(errors.DecodeError) as exc:
        materialize(state)
    assert exc.value.json_path == "$.effects[0]"
    assert "ruleName" in str(exc.value)
    with pytest.raises(errors.DecodeError):  # eager decoding raises in the call itself
        await update({**STATE_V2, "effects": [eff]}, decode="eager")


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda e: e.update(campaignId="seven"), "$.effects[0].campaignId"),
        (lambda e: e.update(campaignId=1.5), "$.effects[0].campaignId"),
        (lambda e: e.update(campaignId=True), "$.effects[0].campaignId"),
        (lambda e: e["props"].update(value="ten"), "$.effects[0].props.value"),
        (lambda e: e.update(props=[1]), "$.effects[0].props"),
        (
            lambda e: e.update(adjustmentReferenceId="not-a-uuid"),
            "$.effects[0].adjustmentReferenceId",
        ),
    ],
)
async def test_wrong_type_names_the_path(mutate: Any, path: str) -> None:
    eff = effect("setDiscount", {"name": "x", "value": 1})
    mutate(eff)
    body = {**STATE_V2, "effects": [eff]}
    state = await update(body)
    with pytest.raises(errors.DecodeError) as exc:
        materialize(state)
    assert exc.value.json_path == path
    assert json.loads(exc.value.raw_body) == body
    with pytest.raises(errors.DecodeError) as eager:
        await update(body, decode="eager")
    assert eager.value.json_path == path


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("state", 5),
        ("state", ["open"]),
        ("state", {"a": 1}),
        ("created", "yesterday"),
        ("cartItems", {}),
        ("attributes", []),
        ("firstSession", "yes"),
    ],
)
async def test_wrong_type_in_enum_date_list_object_and_bool(field: str, value: Any) -> None:
    # Scalars are checked when their model is first read, the rest when the field is read.
    with pytest.raises(errors.DecodeError) as exc:
        session = await get_session({**SESSION, field: value})
        getattr(
            session, {"cartItems": "cart_items", "firstSession": "first_session"}.get(field, field)
        )
    assert exc.value.json_path == f"$.customerSession.{field}"


async def test_unhashable_effect_type_is_a_decode_error_not_a_type_error() -> None:
    eff = effect("setDiscount", {"name": "x", "value": 1})
    eff["effectType"] = ["setDiscount"]
    state = await update({**STATE_V2, "effects": [eff]})
    with pytest.raises(errors.DecodeError):
        materialize(state)


@pytest.mark.parametrize(
    "raw",
    [b"", b"not json", b"<html>502</html>", b'{"effects": [', b"\xff\xfe", b"[1, 2]", b"null"],
)
async def test_non_json_or_wrong_shape_2xx_is_a_decode_error(raw: bytes) -> None:
    import respx

    router = respx.MockRouter(assert_all_called=False)
    router.route().respond(200, content=raw)
    talon = mock_client(router)
    with pytest.raises(errors.DecodeError) as exc:
        await talon.customer_sessions.update_customer_session_v2("s-1", session_body())
    assert exc.value.raw_body == raw
    assert exc.value.json_path == "$"


async def test_204_returns_none() -> None:
    import respx

    router = respx.MockRouter(assert_all_called=False)
    router.route().respond(204)
    talon: TalonClient = mock_client(router)
    assert await talon.customer_profiles.delete_customer_data("p-1") is None
