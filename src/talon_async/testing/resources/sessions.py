"""Customer sessions: the state machine, updates, closing, cancel and reopen, returns.

Closing commits what the rule engine evaluated (coupon and referral redemptions, points, the
profile's totals); cancel, reopen and returns roll it back through `_engine`.
"""

from __future__ import annotations

import copy

from .._engine import Evaluation, evaluate, rollback_discount, rollback_points, rollback_session
from .._handlers import Call, operation
from .._ledger import write_award
from .._model import Closing, Event, Json, Session, bad_request, iso, money
from .._state import State
from .._wire import integration_state, session_wire
from .achievements import advance_progress

SESSION_CLOSED_EVENT = "talon_session_closed"  # the event type closing a session records
# Talon.One's session state machine; closed -> partially_returned and closed -> open happen
# only through the returns and reopen endpoints.
_TRANSITIONS: dict[str | None, frozenset[str]] = {
    None: frozenset({"open", "closed"}),
    "open": frozenset({"open", "closed", "cancelled"}),
    "closed": frozenset({"cancelled"}),
    "partially_returned": frozenset({"cancelled"}),
    "cancelled": frozenset(),
}


@operation("getCustomerSession")
def get_session(state: State, call: Call) -> Json:
    integration_id = call.path["customerSessionId"]
    session = state.require_session(integration_id)
    return {"customerSession": session_wire(state, session), "effects": session.effects}


@operation("updateCustomerSessionV2")
def update_session(state: State, call: Call) -> Json:
    integration_id = call.path["customerSessionId"]
    body = call.body
    dry = call.dry
    now_param = call.query.get("now")
    if now_param is not None and not dry:
        raise bad_request("'now' can only be used in dry runs", parameter="now")
    data: Json = body["customerSession"]
    content = set(body.get("responseContent") or [])
    existing = state.sessions.get(integration_id)
    current = existing.state if existing else None
    wanted = str(data.get("state", current or "open"))
    if wanted not in _TRANSITIONS[current]:
        if current in {"closed", "partially_returned", "cancelled"}:
            raise bad_request(
                f"the customer session is {current}: it can only be cancelled"
                if current != "cancelled"
                else "the customer session is cancelled",
                pointer="/customerSession/state",
            )
        raise bad_request(
            f"a session cannot move from {current or 'new'} to {wanted}",
            pointer="/customerSession/state",
        )
    now = now_param or state.clock()
    if existing is None:
        session = Session(
            id=state.next_id("session") if not dry else 0,
            integration_id=integration_id,
            created=now,
            updated=now,
        )
    else:
        # shallow: the fields below are replaced, never changed in place, so the stored
        # session stays as it was for a dry run or a refused update (a deep copy was half
        # of this handler's time)
        session = copy.copy(existing)
    if current in {None, "open"}:
        _apply_session_fields(session, data)
    profile_id = session.profile_id
    if existing is None:
        session.first_session = not profile_id or not state.has_sessions(profile_id)
    session.state = wanted
    effects: list[Json]
    evaluation = Evaluation()
    if wanted in {"open", "closed"}:
        evaluation = evaluate(state, session, now)
        effects = evaluation.effects
    else:
        effects = (
            []
            if current in {None, "open"}
            else (rollback_session(state, session, dry) if not dry else [])
        )
    profile = state.profile(profile_id, create=not dry) if profile_id else None
    if not dry:
        if wanted == "closed" and current != "closed":
            _commit_close(state, session, evaluation)
        session.updated = now
        session.update_count += 1
        session.effects = effects
        state.store_session(session)
        if profile is not None:
            profile.last_activity = now
    event = Event(
        id=state.next_id("event") if not dry else 0,
        type="talon_session_updated",
        created=now,
        profile_id=profile_id,
        attributes={},
        effects=effects,
        session_id=integration_id,
        store_id=session.store_id,
    )
    if not dry:
        state.events[event.id] = event
    return integration_state(state, session, profile, effects, content, evaluation, event)


@operation("reopenCustomerSession")
def reopen_session(state: State, call: Call) -> Json:
    integration_id = call.path["customerSessionId"]
    session = state.require_session(integration_id)
    if session.state != "closed":
        raise bad_request(
            f"only closed sessions can be reopened; this one is {session.state}",
            parameter="customerSessionId",
        )
    effects = rollback_session(state, session, dry=False)
    session.state = "open"
    session.updated = state.clock()
    session.update_count += 1
    event_id = state.next_id("event")
    state.events[event_id] = Event(
        id=event_id,
        type="talon_session_reopened",
        created=session.updated,
        profile_id=session.profile_id,
        attributes={},
        effects=effects,
        session_id=integration_id,
    )
    return {"effects": effects}


@operation("returnCartItems")
def return_items(state: State, call: Call) -> Json:
    integration_id = call.path["customerSessionId"]
    body = call.body
    dry = call.dry
    session = state.require_session(integration_id)
    if session.state not in {"closed", "partially_returned"}:
        raise bad_request(
            f"only closed sessions accept returns; this one is {session.state}",
            parameter="customerSessionId",
        )
    work = copy.deepcopy(session)
    requested = body["return"]["returnedCartItems"]
    lines: list[Json] = []
    returned_value = 0.0
    for index, item in enumerate(requested):
        pointer = f"/return/returnedCartItems/{index}"
        position = item.get("position")
        if position is None and item.get("sku"):
            position = next(
                (
                    i
                    for i, c in enumerate(work.cart_items)
                    if c.get("sku") == item["sku"] and work.remaining(i) > 0
                ),
                None,
            )
        if position is None or not 0 <= int(position) < len(work.cart_items):
            raise bad_request("no such cart item in the session", pointer=pointer)
        position = int(position)
        quantity = int(item.get("quantity") or work.remaining(position))
        if quantity < 1 or quantity > work.remaining(position):
            raise bad_request(
                f"cannot return {quantity} of cart item {position}: "
                f"{work.remaining(position)} left",
                pointer=f"{pointer}/quantity",
            )
        work.returned[position] = work.returned.get(position, 0) + quantity
        returned_value += float(work.cart_items[position].get("price", 0)) * quantity
        lines.append(
            {
                "position": position,
                "quantity": quantity,
                "sku": str(work.cart_items[position]["sku"]),
            }
        )
    effects: list[Json] = []
    discount_back = 0.0
    closing = work.closing
    fully_returned = all(work.remaining(i) == 0 for i in range(len(work.cart_items)))
    if closing is not None and closing.cart_total > 0:
        share = min(returned_value / closing.cart_total, 1.0)
        for key, value in list(closing.discounts.items()):
            back = (
                value
                if fully_returned
                else money(min(value, closing.initial_discounts.get(key, 0.0) * share))
            )
            if back > 0:
                closing.discounts[key] = money(value - back)
                discount_back += back
                effects.append(rollback_discount(key, back))
        for txn_uuid, amount in list(closing.points.items()):
            back = (
                amount
                if fully_returned
                else money(min(amount, closing.initial_points.get(txn_uuid, 0.0) * share))
            )
            if back > 0:
                closing.points[txn_uuid] = money(amount - back)
                if not dry:
                    rolled = rollback_points(state, txn_uuid, back, integration_id)
                    if rolled is not None:
                        effects.append(rolled)
    now = state.clock()
    work.state = "partially_returned"
    ret: Json = {
        "id": state.next_id("return") if not dry else 0,
        "created": iso(now),
        "applicationId": state.app_id,
        "accountId": state.config.account_id,
        "returnedCartItems": lines,
        "eventId": 0,
        "sessionId": session.id,
        "sessionIntegrationId": integration_id,
        "profileIntegrationId": session.profile_id,
    }
    event = Event(
        id=state.next_id("event") if not dry else 0,
        type="talon_session_returned",
        created=now,
        profile_id=session.profile_id,
        attributes={},
        effects=effects,
        session_id=integration_id,
    )
    ret["eventId"] = event.id
    profile = state.profiles.get(session.profile_id)
    if profile is not None:
        ret["profileId"] = profile.id
    if not dry:
        if profile is not None:
            refunded = returned_value - discount_back
            profile.total_sales = money(max(profile.total_sales - refunded, 0))
        work.returns.append(ret)
        work.updated = now
        work.update_count += 1
        work.effects = effects
        state.store_session(work)
        state.events[event.id] = event
    content = set(body.get("responseContent") or [])
    out = integration_state(state, work, profile, effects, content, Evaluation(), event)
    out["return"] = ret
    return out


def _apply_session_fields(session: Session, data: Json) -> None:
    if "profileId" in data:
        session.profile_id = str(data["profileId"] or "")
    if "storeIntegrationId" in data:
        session.store_id = data["storeIntegrationId"]
    if "evaluableCampaignIds" in data:
        session.evaluable_campaign_ids = [int(i) for i in data["evaluableCampaignIds"]]
    if "couponCodes" in data:
        session.coupon_codes = [str(c) for c in data["couponCodes"]]
    if "referralCode" in data:
        session.referral_code = str(data["referralCode"] or "")
    if "loyaltyCards" in data:
        session.loyalty_cards = [str(c) for c in data["loyaltyCards"]]
    if "cartItems" in data:
        session.cart_items = [dict(item) for item in data["cartItems"]]
        session.returned = {}
    if "additionalCosts" in data:
        session.additional_costs = dict(data["additionalCosts"])
    if "identifiers" in data:
        session.identifiers = list(data["identifiers"])
    if "attributes" in data:
        session.attributes = dict(data["attributes"])
    if "experimentVariantAllocations" in data:
        # integers written as 1e3 pass the contract (JSON Schema integers); answer integers
        session.experiment_allocations = [
            {**a, "experimentID": int(a["experimentID"]), "variantID": int(a["variantID"])}
            for a in data["experimentVariantAllocations"]
        ]


def _commit_close(state: State, session: Session, evaluation: Evaluation) -> None:
    profile_id = session.profile_id
    for code in evaluation.coupons:
        coupon = state.coupons[code]
        coupon.usage_counter += 1
        if profile_id:
            coupon.redemptions[profile_id] = coupon.redemptions.get(profile_id, 0) + 1
    if evaluation.referral is not None:
        referral = state.referrals[evaluation.referral]
        referral.usage_counter += 1
        if profile_id and profile_id not in referral.referred:
            referral.referred.append(profile_id)
    points: dict[str, float] = {}
    for award in evaluation.awards:
        points[write_award(state, award, session.integration_id).uuid] = award.amount
    total_discount = sum(evaluation.discounts.values())
    gross = money(session.cart_item_total + session.additional_cost_total)
    session.closing = Closing(
        coupons=list(evaluation.coupons),
        referral=evaluation.referral,
        discounts=dict(evaluation.discounts),
        points=points,
        cart_total=session.cart_item_total,
        initial_discounts=dict(evaluation.discounts),
        initial_points=dict(points),
    )
    if profile_id:
        profile = state.profile(profile_id)
        assert profile is not None
        profile.closed_sessions += 1
        profile.total_sales = money(profile.total_sales + gross - total_discount)
        advance_progress(state, profile_id, SESSION_CLOSED_EVENT)
