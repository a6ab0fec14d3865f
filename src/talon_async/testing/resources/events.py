"""Events: v1 (session-bound), v2, and v3 advanced events (recorded once per integration ID).

Events award points through `_engine.evaluate_event` and advance achievements.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._engine import evaluate_event
from .._handlers import Call, operation
from .._ledger import write_award
from .._model import ApiProblem, Event, Json, Session, bad_request, not_found
from .._state import State
from .._wire import (
    advanced_event_wire,
    anonymous_profile_wire,
    campaign_wire,
    coupon_wire,
    event_wire,
    loyalty_wire,
    profile_wire,
    session_v1_wire,
)
from .achievements import advance_progress


@operation("trackEventV2")
def track_event_v2(state: State, call: Call) -> Json:
    def store(event: Event) -> None:
        state.events[event.id] = event

    return _track(state, call, {}, store, "event", event_wire)


@operation("trackEventV3")
def track_event_v3(state: State, call: Call) -> Json:
    """An advanced event: identified by your integration ID, recorded once (409 after)."""
    body = call.body
    integration_id = str(body["integrationId"])
    if integration_id in state.advanced_events:
        raise ApiProblem(
            409,
            f"an advanced event with integrationId {integration_id!r} already exists",
            title="Conflict",
            pointer="/integrationId",
        )
    connected = body.get("connectedSessionId")
    if connected is not None and connected not in state.sessions:
        raise bad_request("no customer session with this ID", pointer="/connectedSessionId")

    def store(event: Event) -> None:
        state.advanced_events[integration_id] = event

    fields = {"integration_id": integration_id, "connected_session_id": connected}
    return _track(state, call, fields, store, "advancedEvent", advanced_event_wire)


def _track(
    state: State,
    call: Call,
    fields: dict[str, Any],
    store: Callable[[Event], None],
    event_key: str,
    event_json: Callable[[State, Event], Json],
) -> Json:
    """What v2 and v3 events share: evaluate, record (unless dry) and answer; they differ in
    the event's own fields, where it is stored and the key of the event in the answer."""
    body = call.body
    dry = call.dry
    profile_id = str(body.get("profileId") or "")
    event_type = str(body["type"])
    content = set(body.get("responseContent") or [])
    now = state.clock()
    evaluation = evaluate_event(
        state,
        event_type,
        profile_id,
        body.get("loyaltyCards") or [],
        body.get("evaluableCampaignIds"),
        now,
    )
    profile = state.profile(profile_id, create=not dry) if profile_id else None
    event = Event(
        id=state.next_id("event") if not dry else 0,
        type=event_type,
        created=now,
        profile_id=profile_id,
        attributes=dict(body.get("attributes") or {}),
        effects=evaluation.effects,
        store_id=body.get("storeIntegrationId"),
        **fields,
    )
    if not dry:
        for award in evaluation.awards:
            write_award(state, award, None)
        if profile_id:
            advance_progress(state, profile_id, event_type)
        if profile is not None:
            profile.last_activity = now
        store(event)
    out: Json = {"effects": evaluation.effects, "createdCoupons": [], "createdReferrals": []}
    if "customerProfile" in content:
        out["customerProfile"] = (
            profile_wire(state, profile)
            if profile is not None
            else anonymous_profile_wire(state, profile_id)
        )
    if "triggeredCampaigns" in content:
        out["triggeredCampaigns"] = [
            campaign_wire(state, state.campaigns[c]) for c in evaluation.triggered
        ]
    if "loyalty" in content:
        out["loyalty"] = loyalty_wire(
            state, profile, body.get("loyaltyCards") or [], evaluation.awards if dry else []
        )
    if event_key in content:
        out[event_key] = event_json(state, event)
    if "awardedGiveaways" in content:
        out["awardedGiveaways"] = []
    if "ruleFailureReasons" in content:
        out["ruleFailureReasons"] = []
    return out


@operation("getEventV3")
def get_event_v3(state: State, call: Call) -> Json:
    integration_id = call.path["integrationId"]
    event = state.advanced_events.get(integration_id)
    if event is None:
        raise not_found("advanced event", "integrationId")
    return advanced_event_wire(state, event)


@operation("trackEvent", status=201)
def track_event_v1(state: State, call: Call) -> Json:
    body = call.body
    dry = call.dry
    session_id = str(body["sessionId"])
    now = state.clock()
    session = state.sessions.get(session_id)
    profile_id = str(body.get("profileId") or (session.profile_id if session else ""))
    if session is None:
        session = Session(
            id=state.next_id("session") if not dry else 0,
            integration_id=session_id,
            created=now,
            updated=now,
            profile_id=profile_id,
            update_count=1,
        )
        if not dry:
            state.store_session(session)
    evaluation = evaluate_event(state, str(body["type"]), profile_id, [], None, now)
    profile = state.profile(profile_id, create=not dry) if profile_id else None
    event = Event(
        id=state.next_id("event") if not dry else 0,
        type=str(body["type"]),
        created=now,
        profile_id=profile_id,
        attributes=dict(body["attributes"]),
        effects=evaluation.effects,
        session_id=session_id,
    )
    if not dry:
        for award in evaluation.awards:
            write_award(state, award, session_id)
        if profile_id:
            advance_progress(state, profile_id, str(body["type"]))
        state.events[event.id] = event
    out: Json = {
        "session": session_v1_wire(state, session),
        "profile": (
            profile_wire(state, profile)
            if profile is not None
            else anonymous_profile_wire(state, profile_id)
        ),
        "event": event_wire(state, event),
    }
    if profile is not None and profile.loyalty_joined:
        out["loyalty"] = loyalty_wire(state, profile, [])
    if session.coupon_codes and session.coupon_codes[0] in state.coupons:
        out["coupon"] = coupon_wire(state.coupons[session.coupon_codes[0]])
    return out
