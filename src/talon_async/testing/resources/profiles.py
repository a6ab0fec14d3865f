"""Customer profiles: single and bulk updates, deletion of a customer's data, the inventory.

The inventory reads every resource a profile owns, so it lives with the profile.
"""

from __future__ import annotations

import copy
from datetime import datetime

from .._handlers import Call, operation
from .._model import Coupon, Event, Json, Profile, bad_request
from .._state import State
from .._wire import (
    event_wire,
    integration_coupon_wire,
    inventory_referral_wire,
    loyalty_wire,
    profile_wire,
    progress_wire,
)


@operation("updateCustomerProfileV2")
def update_profile(state: State, call: Call) -> Json:
    integration_id = call.path["integrationId"]
    body = call.body
    run_rule_engine = bool(call.query.get("runRuleEngine"))
    dry = call.dry
    existing = state.profiles.get(integration_id)
    now = state.clock()
    profile = (
        copy.deepcopy(existing)
        if existing
        else Profile(
            id=state.next_id("profile") if not dry else 0,
            integration_id=integration_id,
            created=now,
        )
    )
    profile.attributes.update(body.get("attributes") or {})
    _apply_audience_changes(state, profile, body.get("audiencesChanges"))
    profile.last_activity = now
    event: Event | None = None
    if run_rule_engine:
        event = Event(
            id=state.next_id("event") if not dry else 0,
            type="talon_profile_updated",
            created=now,
            profile_id=integration_id,
            attributes={},
            effects=[],
        )
    if not dry:
        state.profiles[integration_id] = profile
        if event is not None:
            state.events[event.id] = event
    out: Json = {"effects": [], "createdCoupons": [], "createdReferrals": []}
    content = set(body.get("responseContent") or [])
    if "customerProfile" in content:
        out["customerProfile"] = profile_wire(state, profile)
    if "triggeredCampaigns" in content:
        out["triggeredCampaigns"] = []
    if "loyalty" in content:
        out["loyalty"] = loyalty_wire(state, profile, [])
    if "event" in content and event is not None:
        out["event"] = event_wire(state, event)
    if "awardedGiveaways" in content:
        out["awardedGiveaways"] = []
    if "ruleFailureReasons" in content:
        out["ruleFailureReasons"] = []
    return out


def _apply_audience_changes(state: State, profile: Profile, changes: Json | None) -> None:
    if not changes:
        return
    for index, aid in enumerate(changes.get("adds", [])):
        if aid not in state.audiences:
            raise bad_request(
                f"audience {aid} not found", pointer=f"/audiencesChanges/adds/{index}"
            )
    for aid in changes.get("adds", []):
        profile.audiences.add(int(aid))
    for aid in changes.get("deletes", []):
        profile.audiences.discard(int(aid))


@operation("updateCustomerProfilesV2")
def update_profiles(state: State, call: Call) -> Json:
    body = call.body
    silent = call.silent
    items = body.get("customerProfiles") or []
    if len(items) > 1000:
        raise bad_request("at most 1000 customer profiles per request", pointer="/customerProfiles")
    now = state.clock()
    states = []
    for item in items:
        profile = state.profile(str(item["integrationId"]))
        assert profile is not None or not item["integrationId"]
        if profile is None:
            raise bad_request("integrationId must not be empty", pointer="/customerProfiles")
        profile.attributes.update(item.get("attributes") or {})
        profile.last_activity = now
        states.append({"customerProfile": profile_wire(state, profile)})
    return {} if silent else {"integrationStates": states}


@operation("deleteCustomerData", status=204)
def delete_customer_data(state: State, call: Call) -> None:
    integration_id = call.path["integrationId"]
    state.require_profile(integration_id)
    del state.profiles[integration_id]
    state.sessions = {k: s for k, s in state.sessions.items() if s.profile_id != integration_id}
    state.events = {k: e for k, e in state.events.items() if e.profile_id != integration_id}
    state.advanced_events = {
        k: e for k, e in state.advanced_events.items() if e.profile_id != integration_id
    }
    state.transactions = [t for t in state.transactions if t.profile_id != integration_id]
    state.progress = {k: p for k, p in state.progress.items() if k[0] != integration_id}
    for coupon in state.coupons.values():
        if integration_id in coupon.reservations:
            coupon.reservations.remove(integration_id)
        coupon.redemptions.pop(integration_id, None)
    for card in state.cards.values():
        card.profiles = [p for p in card.profiles if p[0] != integration_id]


@operation("getCustomerInventory")
def inventory(state: State, call: Call) -> Json:
    integration_id = call.path["integrationId"]
    params = call.query
    profile = state.require_profile(integration_id)
    now = state.clock()
    out: Json = {}
    if params.get("profile"):
        out["profile"] = profile_wire(state, profile)
    if params.get("loyalty"):
        cards = [
            c.identifier
            for c in state.cards.values()
            if any(p == integration_id for p, _ in c.profiles)
        ]
        out["loyalty"] = loyalty_wire(state, profile, cards)
    if params.get("referrals"):
        out["referrals"] = [
            inventory_referral_wire(r)
            for r in state.referrals.values()
            if r.advocate == integration_id
        ]
    if params.get("coupons"):
        coupons = []
        for c in state.coupons.values():
            if c.recipient != integration_id and integration_id not in c.reservations:
                continue
            wire = integration_coupon_wire(c, integration_id)
            wire["state"] = _coupon_state(state, c, integration_id, now)
            coupons.append(wire)
        out["coupons"] = coupons
    if params.get("giveaways"):
        out["giveaways"] = []
    if params.get("achievements"):
        items = []
        for campaign, achievement in state.achievements():
            progress = progress_wire(state, integration_id, achievement)
            progress.update(
                {
                    "achievementId": achievement.id,
                    "name": achievement.name,
                    "title": achievement.title,
                    "description": achievement.description,
                    "campaignId": campaign.id,
                    "target": achievement.target,
                    "achievementRecurrencePolicy": "no_recurrence",
                    "achievementActivationPolicy": "fixed_schedule",
                    "achievementAllowRollbackAfterCompletion": False,
                }
            )
            items.append(progress)
        out["achievements"] = items
    return out


def _coupon_state(state: State, coupon: Coupon, profile_id: str, now: datetime) -> str:
    campaign = state.campaigns.get(coupon.campaign_id)
    if campaign is None or not campaign.enabled:
        return "disabled"
    if coupon.start_date is not None and coupon.start_date > now:
        return "pending"
    used = coupon.redemptions.get(profile_id, 0) > 0 or (
        coupon.usage_limit and coupon.usage_counter >= coupon.usage_limit
    )
    if used:
        return "used"
    if coupon.expiry_date is not None and coupon.expiry_date <= now:
        return "expired"
    return "active"
