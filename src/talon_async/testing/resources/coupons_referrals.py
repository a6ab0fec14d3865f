"""Coupon reservations and referral codes (the codes campaigns redeem during evaluation)."""

from __future__ import annotations

import string
from collections.abc import Sequence

from .._config import CampaignConfig
from .._handlers import Call, operation
from .._model import ApiProblem, Json, Referral, bad_request, opt_time
from .._state import CODE_CHARS, State
from .._wire import coupon_wire, profile_wire, referral_wire


@operation("createCouponReservation", status=201)
def reserve_coupon(state: State, call: Call) -> Json:
    value = call.path["couponValue"]
    body = call.body
    coupon = state.require_coupon(value)
    new = [str(i) for i in body["integrationIDs"] if str(i) not in coupon.reservations]
    if coupon.reservation_limit and len(coupon.reservations) + len(new) > (
        coupon.reservation_limit
    ):
        raise bad_request(
            "the coupon's reservation limit would be exceeded", pointer="/integrationIDs"
        )
    for integration_id in new:
        if integration_id:
            state.profile(integration_id)
            coupon.reservations.append(integration_id)
    return coupon_wire(coupon)


@operation("deleteCouponReservation", status=204)
def release_coupon(state: State, call: Call) -> None:
    value = call.path["couponValue"]
    body = call.body
    coupon = state.require_coupon(value)
    drop = {str(i) for i in body["integrationIDs"]}
    coupon.reservations = [p for p in coupon.reservations if p not in drop]


@operation("getReservedCustomers")
def reserved_customers(state: State, call: Call) -> Json:
    value = call.path["couponValue"]
    coupon = state.require_coupon(value)
    data = [
        profile_wire(state, state.profiles[p]) for p in coupon.reservations if p in state.profiles
    ]
    return {"totalResultSize": len(data), "data": data}


def _referral_campaign(state: State, campaign_id: int) -> CampaignConfig:
    campaign = state.campaigns.get(campaign_id)
    if campaign is None or campaign.referrals is None:
        raise bad_request(f"campaign {campaign_id} has no referral program", pointer="/campaignId")
    return campaign


def _new_code(state: State, pattern: str = "REF-########", chars: Sequence[str] = ()) -> str:
    alphabet = "".join(chars) or CODE_CHARS
    if "#" not in pattern:
        pattern += "-####"
    for _ in range(1000):
        code = "".join(state.random.choice(alphabet) if ch == "#" else ch for ch in pattern)
        if code not in state.referrals and code not in state.coupons:
            return code
    raise ApiProblem(409, "could not generate a unique code with this pattern")


@operation("createReferral", status=201)
def create_referral(state: State, call: Call) -> Json:
    body = call.body
    campaign = _referral_campaign(state, int(body["campaignId"]))
    assert campaign.referrals is not None
    referral = _make_referral(
        state, campaign, str(body["advocateProfileIntegrationId"]), body, None, _new_code(state)
    )
    referral.friend = body.get("friendProfileIntegrationId") or None
    return referral_wire(referral)


def _make_referral(
    state: State, campaign: CampaignConfig, advocate: str, body: Json, batch: str | None, code: str
) -> Referral:
    assert campaign.referrals is not None
    if advocate:
        state.profile(advocate)
    referral = Referral(
        id=state.next_id("referral"),
        code=code,
        campaign_id=campaign.id,
        advocate=advocate,
        created=state.clock(),
        usage_limit=int(body.get("usageLimit", campaign.referrals.usage_limit)),
        start_date=opt_time(body.get("startDate")),
        expiry_date=opt_time(body.get("expiryDate")),
        attributes=dict(body.get("attributes") or {}),
        batch_id=batch,
    )
    state.referrals[code] = referral
    return referral


@operation("createReferralsForMultipleAdvocates", status=201)
def create_referrals_for_advocates(state: State, call: Call) -> Json:
    body = call.body
    campaign = _referral_campaign(state, int(body["campaignId"]))
    batch = "".join(state.random.choice(string.ascii_lowercase) for _ in range(8))
    pattern = str(body.get("referralPattern") or "REF-########")
    created = [
        referral_wire(
            _make_referral(
                state,
                campaign,
                str(advocate),
                body,
                batch,
                _new_code(state, pattern, body.get("validCharacters") or ()),
            )
        )
        for advocate in body["advocateProfileIntegrationIds"]
    ]
    return {"totalResultSize": len(created), "data": created}
