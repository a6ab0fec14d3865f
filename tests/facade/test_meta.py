"""The overlay's per-operation behaviour facts, as `talon_async._meta.Operation` exposes them."""

from __future__ import annotations

import pytest
from talon_one_raw.api import GROUPS, Groups

from talon_async._meta import (
    BulkLimit,
    LockKey,
    all_operations,
    groups,
    operation,
    operation_by_id,
)


def test_parallel_update_409_lock_keys_come_from_the_overlay() -> None:
    op = operation("customer_sessions.update_customer_session_v2")
    assert op.parallel_update_409 == (
        LockKey("session", "path", "customerSessionId"),
        LockKey("profile", "body", "customerSession.profileId"),
    )
    assert operation("coupons.create_coupon_reservation").parallel_update_409 is None
    with_409 = {o.operation_id for o in all_operations() if o.parallel_update_409}
    assert with_409 == {
        "updateCustomerSessionV2",
        "updateCustomerProfileV2",
        "updateCustomerProfilesV2",
        "reopenCustomerSession",
        "returnCartItems",
        "trackEvent",
        "trackEventV2",
        "trackEventV3",
    }


def test_automatic_idempotency_key_and_bulk_limit() -> None:
    assert {o.key for o in all_operations() if o.auto_idempotency_key} == {
        "customer_sessions.return_cart_items"
    }
    assert operation_by_id("updateCustomerProfilesV2").bulk_limit == BulkLimit(
        "customerProfiles", 1000
    )
    assert operation_by_id("getCustomerSession").bulk_limit is None


def test_lock_key_values_follow_the_field_path() -> None:
    each = LockKey.parse("profile:body.customerProfiles[].integrationId")
    body = {"customerProfiles": [{"integrationId": "a"}, {"integrationId": 7}, {}]}
    assert each.values({}, body) == ("a", "7")
    nested = LockKey.parse("profile:body.customerSession.profileId")
    assert nested.values({}, {"customerSession": {"profileId": "p"}}) == ("p",)
    assert nested.values({}, {"customerSession": None}) == ()
    assert nested.values({}, [1, 2]) == ()
    path = LockKey.parse("session:path.customerSessionId")
    assert path.values({"customerSessionId": "s1"}, None) == ("s1",)


@pytest.mark.parametrize("text", ["session", "session:path", "session:query.x", ":body.x"])
def test_bad_lock_key_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="x-talon-parallel-update-409"):
        LockKey.parse(text)


def test_documented_statuses_and_error_schemas() -> None:
    """What the emulator answers with: every documented status, and each error's body schema
    (ErrorResponse carries no StatusCode; ErrorResponseWithStatus does)."""
    session = operation_by_id("getCustomerSession")
    assert set(session.responses) == {"200", "400", "401", "404", "429"}
    assert session.error_schemas == {
        "400": "ErrorResponse",
        "401": "ErrorResponseWithStatus",
        "404": "ErrorResponseWithStatus",
        "429": "ErrorResponseWithStatus",
    }
    assert "204" in operation_by_id("updateCustomerProfilesV2").responses
    assert "400" not in operation_by_id("deleteCustomerData").error_schemas
    for op in all_operations():
        assert set(op.error_schemas) <= {s for s in op.responses if int(s) >= 400}, op.key


def test_groups_and_lookup_by_operation_id() -> None:
    assert "customer_sessions" in groups()
    assert groups() == tuple(sorted(groups()))
    op = operation_by_id("updateCustomerSessionV2")
    assert (op.group, op.function) == ("customer_sessions", "update_customer_session_v2")
    with pytest.raises(ValueError, match="unknown operationId"):
        operation_by_id("nope")


def test_the_generated_group_list_is_the_spec_s() -> None:
    assert tuple(GROUPS) == groups()
    assert tuple(Groups.__annotations__) == groups()


def test_batch_chunks_within_the_overlay_s_bulk_limit() -> None:
    from talon_async import batch

    limit = operation("customer_profiles.update_customer_profiles_v2").bulk_limit
    assert limit is not None

    async def send(_: object) -> None:
        return None

    with pytest.raises(ValueError, match=f"at most {limit.max} profiles"):
        batch.update_customer_profiles_v2(send, [], chunk_size=limit.max + 1)
