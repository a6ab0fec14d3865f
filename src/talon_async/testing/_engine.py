"""The rule engine: run the configured campaigns over a session or an event, and undo them.

`evaluate` is pure but for UUIDs: it returns the effects and what closing the session would
commit (`Evaluation`), so dry runs, previews and real updates share one code path. Discounts are
tracked per campaign and rule (`DiscountKey`), so a cancel or a return rolls back exactly what
each campaign granted. Effects are shaped here because they are the engine's output.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from ._config import CampaignConfig, Discount
from ._ledger import LoyaltyAward, award_props, take_back
from ._model import Coupon, DiscountKey, Json, Session, money, points_for
from ._state import State

__all__ = [
    "Evaluation",
    "award_effect",
    "effect",
    "evaluate",
    "evaluate_event",
    "rollback_discount",
    "rollback_points",
    "rollback_session",
    "running",
]


@dataclass
class Evaluation:
    """The outcome of running the campaigns once: effects and what closing would commit."""

    effects: list[Json] = field(default_factory=list)
    coupons: list[str] = field(default_factory=list)
    referral: str | None = None
    discounts: dict[DiscountKey, float] = field(default_factory=dict)
    awards: list[LoyaltyAward] = field(default_factory=list)
    triggered: list[int] = field(default_factory=list)
    failures: list[Json] = field(default_factory=list)

    def trigger(self, campaign_id: int) -> None:
        if campaign_id not in self.triggered:
            self.triggered.append(campaign_id)


def effect(
    campaign_id: int,
    effect_type: str,
    props: Json,
    *,
    rule_name: str = "",
    coupon_id: int | None = None,
) -> Json:
    out: Json = {
        "campaignId": campaign_id,
        "rulesetId": campaign_id,
        "ruleIndex": 0,
        "ruleName": rule_name,
        "effectType": effect_type,
        "props": props,
    }
    if coupon_id is not None:
        out["triggeredByCoupon"] = coupon_id
    return out


def rollback_discount(key: DiscountKey, value: float) -> Json:
    """Undo (part of) a discount, credited to the campaign and rule that granted it."""
    return effect(
        key.campaign_id, "rollbackDiscount", {"name": key.name, "value": value}, rule_name=key.rule
    )


def running(campaign: CampaignConfig, now: datetime) -> bool:
    if not campaign.enabled:
        return False
    if campaign.start_time is not None and campaign.start_time > now:
        return False
    return campaign.end_time is None or campaign.end_time > now


def evaluate(state: State, session: Session, now: datetime) -> Evaluation:
    """Run the configured campaigns over a session; pure except for UUID generation."""
    result = Evaluation()
    profile_id = session.profile_id
    allowed = session.evaluable_campaign_ids

    def usable(campaign: CampaignConfig) -> bool:
        return running(campaign, now) and (not allowed or campaign.id in allowed)

    gross = money(session.cart_item_total + session.additional_cost_total)
    remaining = gross

    def discount(campaign: CampaignConfig, spec: Discount, coupon_id: int | None) -> None:
        nonlocal remaining
        applied, desired = spec.compute(remaining)
        remaining = money(remaining - applied)
        key = DiscountKey(campaign.id, spec.name, spec.name)
        result.discounts[key] = money(result.discounts.get(key, 0) + applied)
        props: Json = {"name": spec.name, "value": applied}
        if desired != applied:
            props["desiredValue"] = desired
        result.effects.append(
            effect(campaign.id, "setDiscount", props, rule_name=spec.name, coupon_id=coupon_id)
        )

    def reject_coupon(
        code: str, reason: str, coupon: Coupon | None, campaign: CampaignConfig | None
    ) -> None:
        cid = campaign.id if campaign else 0
        result.effects.append(
            effect(
                cid,
                "rejectCoupon",
                {"value": code, "rejectionReason": reason},
                rule_name=campaign.name if campaign else "",
                coupon_id=coupon.id if coupon else None,
            )
        )
        if campaign is not None:
            result.failures.append(
                {
                    "campaignID": campaign.id,
                    "campaignName": campaign.name,
                    "rulesetID": campaign.id,
                    "ruleIndex": 0,
                    "ruleName": campaign.name,
                    "couponID": coupon.id if coupon else 0,
                    "couponValue": code,
                    "details": reason,
                }
            )

    accepted_campaigns: set[int] = set()
    for code in session.coupon_codes:
        coupon = state.coupons.get(code)
        campaign = state.campaigns.get(coupon.campaign_id) if coupon else None
        if coupon is None or campaign is None:
            reject_coupon(code, "CouponNotFound", None, None)
            continue
        reason = None
        if not usable(campaign):
            reason = "CouponPartOfNotRunningCampaign"
        elif coupon.start_date is not None and coupon.start_date > now:
            reason = "CouponStartDateInFuture"
        elif coupon.expiry_date is not None and coupon.expiry_date <= now:
            reason = "CouponExpired"
        elif coupon.recipient and coupon.recipient != profile_id:
            reason = "CouponRecipientDoesNotMatch"
        elif coupon.reservation_required and not profile_id:
            reason = "ProfileRequired"
        elif coupon.reservation_required and profile_id not in coupon.reservations:
            reason = "CouponReservationRequired"
        elif coupon.usage_limit and coupon.usage_counter >= coupon.usage_limit:
            reason = "CouponLimitReached"
        elif gross < campaign.min_total:
            reason = "CouponRejectedByCondition"
        elif campaign.id in accepted_campaigns:
            reason = "EffectCouldNotBeApplied"
        if reason is not None:
            reject_coupon(code, reason, coupon, campaign)
            continue
        accepted_campaigns.add(campaign.id)
        result.coupons.append(code)
        result.trigger(campaign.id)
        result.effects.append(
            effect(
                campaign.id,
                "acceptCoupon",
                {"value": code},
                rule_name=campaign.name,
                coupon_id=coupon.id,
            )
        )
        spec = _coupon_discount(campaign, code)
        if spec is not None:
            discount(campaign, spec, coupon.id)

    if session.referral_code:
        _evaluate_referral(state, session, now, result, usable, discount)

    for campaign in state.config.campaigns:
        if (
            campaign.cart_discount is not None
            and usable(campaign)
            and (gross >= campaign.min_total)
        ):
            result.trigger(campaign.id)
            discount(campaign, campaign.cart_discount, None)

    for campaign in state.config.campaigns:
        rule = campaign.loyalty
        if rule is None or not rule.points_per_currency_unit or not usable(campaign):
            continue
        if gross < campaign.min_total:
            continue
        amount = points_for(remaining, rule.points_per_currency_unit)
        if amount <= 0:
            continue
        award = _award(
            state,
            campaign,
            rule.program_id,
            amount,
            rule.subledger,
            rule.name or campaign.name,
            profile_id,
            session.loyalty_cards,
        )
        if award is not None:
            result.awards.append(award)
            result.trigger(campaign.id)

    if result.referral is not None:
        referral = state.referrals[result.referral]
        campaign = state.campaigns[referral.campaign_id]
        assert campaign.referrals is not None
        ref_rule = campaign.referrals
        if ref_rule.advocate_points and ref_rule.program_id is not None:
            award = _award(
                state,
                campaign,
                ref_rule.program_id,
                ref_rule.advocate_points,
                "",
                f"{campaign.name}: advocate reward",
                referral.advocate,
                [],
            )
            if award is not None:
                result.awards.append(award)
    for award in result.awards:
        result.effects.append(award_effect(state, award))
    return result


def _coupon_discount(campaign: CampaignConfig, code: str) -> Discount | None:
    for c in campaign.coupons:
        if c.code == code and c.discount is not None:
            return c.discount
    return campaign.discount


def _evaluate_referral(
    state: State,
    session: Session,
    now: datetime,
    result: Evaluation,
    usable: Callable[[CampaignConfig], bool],
    discount: Callable[[CampaignConfig, Discount, int | None], None],
) -> None:
    code = session.referral_code
    referral = state.referrals.get(code)
    campaign = state.campaigns.get(referral.campaign_id) if referral else None
    reason = None
    if referral is None or campaign is None or campaign.referrals is None:
        reason = "ReferralNotFound"
    elif not usable(campaign):
        reason = "ReferralPartOfNotRunningCampaign"
    elif referral.start_date is not None and referral.start_date > now:
        reason = "ReferralStartDateInFuture"
    elif referral.expiry_date is not None and referral.expiry_date <= now:
        reason = "ReferralExpired"
    elif session.profile_id and session.profile_id == referral.advocate:
        reason = "ReferralRecipientIdSameAsAdvocate"
    elif referral.friend and referral.friend != session.profile_id:
        reason = "ReferralRecipientDoesNotMatch"
    elif referral.usage_limit and referral.usage_counter >= referral.usage_limit:
        reason = "ReferralLimitReached"
    if reason is not None:
        cid = campaign.id if campaign else 0
        result.effects.append(
            effect(
                cid,
                "rejectReferral",
                {"value": code, "rejectionReason": reason},
                rule_name=campaign.name if campaign else "",
            )
        )
        if campaign is not None and referral is not None:
            result.failures.append(
                {
                    "campaignID": campaign.id,
                    "campaignName": campaign.name,
                    "rulesetID": campaign.id,
                    "ruleIndex": 0,
                    "ruleName": campaign.name,
                    "referralID": referral.id,
                    "referralValue": code,
                    "details": reason,
                }
            )
        return
    assert campaign is not None and campaign.referrals is not None
    result.referral = code
    result.trigger(campaign.id)
    result.effects.append(
        effect(campaign.id, "acceptReferral", {"value": code}, rule_name=campaign.name)
    )
    if campaign.referrals.friend_discount is not None:
        discount(campaign, campaign.referrals.friend_discount, None)


def _award(
    state: State,
    campaign: CampaignConfig,
    program_id: int,
    amount: float,
    subledger: str,
    name: str,
    profile_id: str,
    cards: Sequence[str],
) -> LoyaltyAward | None:
    program = state.programs[program_id]
    if program.card_based:
        card = next(
            (
                state.cards[c]
                for c in cards
                if c in state.cards and state.cards[c].program_id == program_id
            ),
            None,
        )
        if card is None or card.status != "active":
            return None
        return LoyaltyAward(
            program_id,
            amount,
            name,
            campaign,
            subledger,
            profile_id or None,
            card.identifier,
            str(uuid.uuid4()),
            amount,
        )
    if not profile_id:
        return None
    return LoyaltyAward(
        program_id,
        amount,
        name,
        campaign,
        subledger,
        profile_id,
        None,
        str(uuid.uuid4()),
        amount,
    )


def award_effect(state: State, award: LoyaltyAward) -> Json:
    return effect(
        award.campaign.id, "addLoyaltyPoints", award_props(state, award), rule_name=award.name
    )


def rollback_points(state: State, txn_uuid: str, amount: float, session_id: str) -> Json | None:
    """Take an award's points back (`_ledger.take_back`) and say so in an effect."""
    txn = take_back(state, txn_uuid, amount, session_id)
    if txn is None:
        return None
    props: Json = {
        "programId": txn.program_id,
        "subLedgerId": txn.subledger,
        "value": amount,
        "recipientIntegrationId": txn.profile_id or "",
        "transactionUUID": txn.uuid,
    }
    if txn.card_id is not None:
        props["cardIdentifier"] = txn.card_id
    return effect(
        txn.ruleset_id or 0, "rollbackAddedLoyaltyPoints", props, rule_name=txn.rule_name or ""
    )


def evaluate_event(
    state: State,
    event_type: str,
    profile_id: str,
    cards: Sequence[str],
    allowed: Sequence[int] | None,
    now: datetime,
) -> Evaluation:
    result = Evaluation()
    for campaign in state.config.campaigns:
        rule = campaign.loyalty
        if rule is None or event_type not in rule.event_points:
            continue
        if not running(campaign, now) or (allowed and campaign.id not in allowed):
            continue
        award = _award(
            state,
            campaign,
            rule.program_id,
            rule.event_points[event_type],
            rule.subledger,
            rule.name or campaign.name,
            profile_id,
            cards,
        )
        if award is not None:
            result.awards.append(award)
            result.trigger(campaign.id)
            result.effects.append(award_effect(state, award))
    return result


def rollback_session(state: State, session: Session, dry: bool) -> list[Json]:
    """Undo what closing committed (cancel or reopen of a closed session)."""
    closing = session.closing
    if closing is None:
        return []
    effects: list[Json] = []
    coupon_campaign = {
        code: state.coupons[code].campaign_id for code in closing.coupons if code in state.coupons
    }
    for code in closing.coupons:
        effects.append(effect(coupon_campaign.get(code, 0), "rollbackCoupon", {"value": code}))
    if closing.referral is not None:
        ref = state.referrals.get(closing.referral)
        effects.append(
            effect(ref.campaign_id if ref else 0, "rollbackReferral", {"value": closing.referral})
        )
    for key, value in closing.discounts.items():
        if value > 0:
            effects.append(rollback_discount(key, value))
    if dry:
        return effects
    for txn_uuid, amount in closing.points.items():
        rolled = rollback_points(state, txn_uuid, amount, session.integration_id)
        if rolled is not None:
            effects.append(rolled)
    for code in closing.coupons:
        coupon = state.coupons.get(code)
        if coupon is not None:
            coupon.usage_counter = max(coupon.usage_counter - 1, 0)
            if session.profile_id in coupon.redemptions:
                coupon.redemptions[session.profile_id] -= 1
    if closing.referral is not None and closing.referral in state.referrals:
        ref = state.referrals[closing.referral]
        ref.usage_counter = max(ref.usage_counter - 1, 0)
    profile = state.profiles.get(session.profile_id)
    if profile is not None:
        profile.closed_sessions = max(profile.closed_sessions - 1, 0)
        net = (
            session.cart_item_total
            + session.additional_cost_total
            - sum(closing.discounts.values())
        )
        profile.total_sales = money(max(profile.total_sales - net, 0))
    session.closing = None
    return effects
