"""Wire shapes: state records turned into the JSON our contract describes, and nothing else.

Kept apart from the behaviour (as moto keeps `responses.py` from `models.py`) so a field the
contract adds or renames is one edit here, whichever operations return that entity. Every
shape is checked against the contract by the tests (`validate_responses`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ._config import CampaignConfig
from ._ledger import LoyaltyAward, ledger_info
from ._model import (
    Audience,
    Card,
    Catalog,
    Coupon,
    Event,
    Json,
    Profile,
    Referral,
    Session,
    Transaction,
    iso,
    money,
)
from ._state import State

if TYPE_CHECKING:
    from ._engine import Evaluation

__all__ = [
    "advanced_event_wire",
    "anonymous_profile_wire",
    "audience_wire",
    "campaign_wire",
    "card_wire",
    "catalog_wire",
    "coupon_wire",
    "event_wire",
    "frontend_state",
    "integration_coupon_wire",
    "integration_state",
    "inventory_referral_wire",
    "loyalty_wire",
    "points_wire",
    "profile_wire",
    "progress_wire",
    "referral_wire",
    "rules_wire",
    "session_v1_wire",
    "session_wire",
    "txn_wire",
]


def profile_wire(state: State, profile: Profile) -> Json:
    out: Json = {
        "id": profile.id,
        "created": iso(profile.created),
        "integrationId": profile.integration_id,
        "attributes": profile.attributes,
        "accountId": state.config.account_id,
        "closedSessions": profile.closed_sessions,
        "totalSales": money(profile.total_sales),
        "loyaltyMemberships": [
            {"joined": iso(joined), "loyaltyProgramId": pid}
            for pid, joined in sorted(profile.loyalty_joined.items())
        ],
        "audienceMemberships": [
            {"id": aid, "name": state.audiences[aid].name}
            for aid in sorted(profile.audiences)
            if aid in state.audiences
        ],
        "lastActivity": iso(profile.last_activity or profile.created),
        "sandbox": False,
    }
    return out


def anonymous_profile_wire(state: State, integration_id: str) -> Json:
    now = state.clock()
    return profile_wire(
        state, Profile(id=0, integration_id=integration_id, created=now, last_activity=now)
    )


def frontend_state(campaign: CampaignConfig, now: datetime) -> str:
    if not campaign.enabled:
        return "disabled"
    if campaign.start_time is not None and campaign.start_time > now:
        return "scheduled"
    if campaign.end_time is not None and campaign.end_time <= now:
        return "expired"
    return "running"


def campaign_wire(state: State, campaign: CampaignConfig) -> Json:
    now = state.clock()
    out: Json = {
        "id": campaign.id,
        "created": iso(state.started),
        "applicationId": state.app_id,
        "userId": 1,
        "name": campaign.name,
        "description": campaign.description,
        "attributes": dict(campaign.attributes),
        "state": "enabled" if campaign.enabled else "disabled",
        "activeRulesetId": campaign.id,
        "tags": list(campaign.tags),
        "reevaluateOnReturn": False,
        "features": campaign.features,
        "rules": rules_wire(campaign),
        "limits": [],
        "campaignGroups": [],
        "type": "advanced",
        "frontendState": frontend_state(campaign, now),
        "storesImported": False,
        "couponRedemptionCount": sum(
            c.usage_counter for c in state.coupons.values() if c.campaign_id == campaign.id
        ),
        "referralRedemptionCount": sum(
            r.usage_counter for r in state.referrals.values() if r.campaign_id == campaign.id
        ),
    }
    if campaign.start_time is not None:
        out["startTime"] = iso(campaign.start_time)
    if campaign.end_time is not None:
        out["endTime"] = iso(campaign.end_time)
    return out


def rules_wire(campaign: CampaignConfig) -> list[Json]:
    """The campaign's rules as the Integration API lists them: one per configured rule."""
    return [{"title": campaign.name}]


def session_wire(state: State, session: Session) -> Json:
    items = []
    for position, item in enumerate(session.cart_items):
        wire = dict(item)
        wire["position"] = position
        wire["returnedQuantity"] = session.returned.get(position, 0)
        wire["remainingQuantity"] = session.remaining(position)
        items.append(wire)
    cart_total = session.cart_item_total
    cost_total = session.additional_cost_total
    out: Json = {
        "id": session.id,
        "created": iso(session.created),
        "integrationId": session.integration_id,
        "applicationId": state.app_id,
        "profileId": session.profile_id,
        "couponCodes": list(session.coupon_codes),
        "referralCode": session.referral_code,
        "loyaltyCards": list(session.loyalty_cards),
        "state": session.state,
        "cartItems": items,
        "additionalCosts": session.additional_costs,
        "identifiers": list(session.identifiers),
        "attributes": session.attributes,
        "firstSession": session.first_session,
        "updateCount": session.update_count,
        "total": money(cart_total + cost_total),
        "cartItemTotal": cart_total,
        "additionalCostTotal": cost_total,
        "cartItemAdditionalCostTotal": money(
            sum(
                float(cost.get("price", 0)) * float(item.get("quantity", 1))
                for item in session.cart_items
                for cost in (item.get("additionalCosts") or {}).values()
                if isinstance(cost, dict)
            )
        ),
        "updated": iso(session.updated),
    }
    if session.store_id:
        out["storeIntegrationId"] = session.store_id
    if session.evaluable_campaign_ids is not None:
        out["evaluableCampaignIds"] = list(session.evaluable_campaign_ids)
    if session.experiment_allocations:
        out["experimentVariantAllocations"] = list(session.experiment_allocations)
    return out


def session_v1_wire(state: State, session: Session) -> Json:
    discounts: dict[str, float] = {}
    for e in session.effects:
        if e["effectType"] == "setDiscount":
            name = e["props"]["name"]
            discounts[name] = money(discounts.get(name, 0) + e["props"]["value"])
    return {
        "integrationId": session.integration_id,
        "created": iso(session.created),
        "applicationId": state.app_id,
        "profileId": session.profile_id,
        "coupon": session.coupon_codes[0] if session.coupon_codes else "",
        "referral": session.referral_code,
        "state": session.state,
        "cartItems": session_wire(state, session)["cartItems"],
        "identifiers": list(session.identifiers),
        "total": money(session.cart_item_total + session.additional_cost_total),
        "attributes": session.attributes,
        "firstSession": session.first_session,
        "discounts": discounts,
        "updated": iso(session.updated),
    }


def integration_state(
    state: State,
    session: Session,
    profile: Profile | None,
    effects: list[Json],
    content: set[str],
    evaluation: Evaluation,
    event: Event,
) -> Json:
    out: Json = {"effects": effects, "createdCoupons": [], "createdReferrals": []}
    if "customerSession" in content:
        out["customerSession"] = session_wire(state, session)
    if "customerProfile" in content:
        if profile is not None:
            out["customerProfile"] = profile_wire(state, profile)
        elif session.profile_id:
            out["customerProfile"] = anonymous_profile_wire(state, session.profile_id)
    if "coupons" in content:
        out["coupons"] = [
            integration_coupon_wire(state.coupons[c], session.profile_id)
            for c in session.coupon_codes
            if c in state.coupons
        ]
    if "triggeredCampaigns" in content:
        out["triggeredCampaigns"] = [
            campaign_wire(state, state.campaigns[c]) for c in evaluation.triggered
        ]
    if "referral" in content and session.referral_code in state.referrals:
        out["referral"] = inventory_referral_wire(state.referrals[session.referral_code])
    if "loyalty" in content:
        tentative = evaluation.awards if session.state == "open" else []
        out["loyalty"] = loyalty_wire(state, profile, session.loyalty_cards, tentative)
    if "event" in content:
        out["event"] = event_wire(state, event)
    if "awardedGiveaways" in content:
        out["awardedGiveaways"] = []
    if "ruleFailureReasons" in content:
        out["ruleFailureReasons"] = list(evaluation.failures)
    if "previousReturns" in content:
        out["previousReturns"] = list(session.returns)
    return out


def event_wire(state: State, event: Event) -> Json:
    out: Json = {
        "id": event.id,
        "created": iso(event.created),
        "applicationId": state.app_id,
        "profileId": event.profile_id,
        "type": event.type,
        "attributes": event.attributes,
        # the 2026-06-09 document types an event's effects as an array of arrays
        "effects": [[e] for e in event.effects],
    }
    if event.session_id:
        out["sessionId"] = event.session_id
    if event.store_id:
        out["storeIntegrationId"] = event.store_id
    return out


def advanced_event_wire(state: State, event: Event) -> Json:
    out: Json = {
        "id": event.id,
        "created": iso(event.created),
        "applicationId": state.app_id,
        "integrationId": event.integration_id,
        "profileId": event.profile_id,
        "type": event.type,
        "attributes": event.attributes,
        "effects": [[e] for e in event.effects],
    }
    if event.connected_session_id:
        out["connectedSessionId"] = event.connected_session_id
    if event.store_id:
        out["storeIntegrationId"] = event.store_id
    return out


def coupon_wire(coupon: Coupon) -> Json:
    out: Json = {
        "id": coupon.id,
        "created": iso(coupon.created),
        "campaignId": coupon.campaign_id,
        "value": coupon.value,
        "usageLimit": coupon.usage_limit,
        "reservationLimit": coupon.reservation_limit,
        "usageCounter": coupon.usage_counter,
        "reservationCounter": len(coupon.reservations),
        "attributes": {},
        "reservation": True,
        "isReservationMandatory": coupon.reservation_required,
    }
    if coupon.recipient:
        out["recipientIntegrationId"] = coupon.recipient
    if coupon.start_date is not None:
        out["startDate"] = iso(coupon.start_date)
    if coupon.expiry_date is not None:
        out["expiryDate"] = iso(coupon.expiry_date)
    return out


def integration_coupon_wire(coupon: Coupon, profile_id: str) -> Json:
    out = coupon_wire(coupon)
    out["profileRedemptionCount"] = coupon.redemptions.get(profile_id, 0)
    return out


def referral_wire(referral: Referral) -> Json:
    out: Json = {
        "id": referral.id,
        "created": iso(referral.created),
        "usageLimit": referral.usage_limit,
        "campaignId": referral.campaign_id,
        "advocateProfileIntegrationId": referral.advocate,
        "attributes": referral.attributes,
        "code": referral.code,
        "usageCounter": referral.usage_counter,
    }
    if referral.friend:
        out["friendProfileIntegrationId"] = referral.friend
    if referral.start_date is not None:
        out["startDate"] = iso(referral.start_date)
    if referral.expiry_date is not None:
        out["expiryDate"] = iso(referral.expiry_date)
    if referral.batch_id is not None:
        out["batchId"] = referral.batch_id
    return out


def inventory_referral_wire(referral: Referral) -> Json:
    out = referral_wire(referral)
    out["referredCustomers"] = list(referral.referred)
    return out


def audience_wire(state: State, audience: Audience) -> Json:
    out: Json = {
        "accountId": state.config.account_id,
        "id": audience.id,
        "created": iso(audience.created),
        "name": audience.name,
        "sandbox": audience.sandbox,
        "createdIn3rdParty": audience.created_in_3rd_party,
    }
    for key, value in (
        ("description", audience.description),
        ("integration", audience.integration),
        ("integrationId", audience.integration_id),
    ):
        if value is not None:
            out[key] = value
    if audience.last_update is not None:
        out["lastUpdate"] = iso(audience.last_update)
    return out


def loyalty_wire(
    state: State,
    profile: Profile | None,
    cards: Sequence[str],
    tentative: Sequence[LoyaltyAward] = (),
) -> Json:
    programs: Json = {}
    if profile is not None:
        extra: dict[int, float] = {}
        for award in tentative:
            if award.card_id is None and award.profile_id == profile.integration_id:
                extra[award.program_id] = extra.get(award.program_id, 0) + award.amount
        joined = set(profile.loyalty_joined) | set(extra)
        for pid in sorted(joined):
            program = state.programs[pid]
            txns = state.profile_txns(pid, profile.integration_id)
            entry: Json = {
                "id": pid,
                "title": program.title,
                "name": program.name,
                "ledger": ledger_info(
                    state, [t for t in txns if t.subledger == ""], extra.get(pid, 0.0)
                ),
                "subLedgers": {
                    sub: ledger_info(state, [t for t in txns if t.subledger == sub])
                    for sub in sorted({t.subledger for t in txns} - {""})
                },
            }
            if pid in profile.loyalty_joined:
                entry["joinDate"] = iso(profile.loyalty_joined[pid])
            programs[str(pid)] = entry
    out: Json = {"programs": programs}
    wires = [card_wire(state, state.cards[c]) for c in cards if c in state.cards]
    if wires:
        out["cards"] = wires
    return out


def card_wire(state: State, card: Card) -> Json:
    program = state.programs[card.program_id]
    txns = state.card_txns(card.program_id, card.identifier)
    return {
        "id": card.id,
        "created": iso(card.created),
        "programID": card.program_id,
        "programName": program.name,
        "programTitle": program.title,
        "status": card.status,
        "identifier": card.identifier,
        "usersPerCardLimit": program.users_per_card_limit,
        "profiles": [{"integrationId": p, "timestamp": iso(ts)} for p, ts in card.profiles],
        "ledger": ledger_info(state, [t for t in txns if t.subledger == ""]),
        "subledgers": {
            sub: ledger_info(state, [t for t in txns if t.subledger == sub])
            for sub in sorted({t.subledger for t in txns} - {""})
        },
        "modified": iso(card.modified or card.created),
    }


def txn_wire(t: Transaction, *, card: bool) -> Json:
    out: Json = {
        "transactionUUID": t.uuid,
        "created": iso(t.created),
        "programId": t.program_id,
        "type": t.kind,
        "name": t.name,
        "startDate": "immediate" if t.start is None else iso(t.start),
        "expiryDate": "unlimited" if t.expiry is None else iso(t.expiry),
        "subledgerId": t.subledger,
        "amount": t.amount,
        "id": t.id,
    }
    if t.session_id:
        out["customerSessionId"] = t.session_id
    if t.ruleset_id is not None:
        out["rulesetId"] = t.ruleset_id
    if t.rule_name:
        out["ruleName"] = t.rule_name
    if card:
        out["cardIdentifier"] = t.card_id
    else:
        out["flags"] = {"createsNegativeBalance": t.creates_negative}
    return out


def points_wire(t: Transaction, *, card: bool) -> Json:
    out: Json = {
        "id": t.id,
        "transactionUUID": t.uuid,
        "created": iso(t.created),
        "programId": t.program_id,
        "name": t.name,
        "startDate": "immediate" if t.start is None else iso(t.start),
        "expiryDate": "unlimited" if t.expiry is None else iso(t.expiry),
        "subledgerId": t.subledger,
        "amount": t.amount,
    }
    if t.session_id:
        out["customerSessionId"] = t.session_id
    if card and t.profile_id:
        out["customerProfileID"] = t.profile_id
    return out


def catalog_wire(state: State, catalog: Catalog) -> Json:
    return {
        "id": catalog.id,
        "created": iso(catalog.created),
        "accountId": state.config.account_id,
        "modified": iso(catalog.modified),
        "name": catalog.name,
        "description": catalog.description,
        "subscribedApplicationsIds": [state.app_id],
        "version": catalog.version,
        "createdBy": 1,
    }


def progress_wire(state: State, profile_id: str, achievement: Any) -> Json:
    progress = state.progress.get((profile_id, achievement.id))
    if progress is None:
        return {"status": "not_started", "progress": 0}
    out: Json = {
        "status": "completed" if progress.completed else "inprogress",
        "progress": progress.progress,
        "startDate": iso(progress.start),
    }
    if progress.completed is not None:
        out["completionDate"] = iso(progress.completed)
    return out
