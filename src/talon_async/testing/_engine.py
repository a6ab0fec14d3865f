"""The rule engine: run the configured campaigns over a session or an event, and undo them.

`evaluate` is pure but for UUIDs: it returns the effects and what closing the session would
commit (`Evaluation`), so dry runs, previews and real updates share one code path. Discounts are
tracked per campaign and rule (`DiscountKey`), so a cancel or a return rolls back exactly what
each campaign granted. Effects are shaped here because they are the engine's output.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from ._config import CampaignConfig, Discount
from ._ledger import LoyaltyAward, award_props, take_back
from ._model import Coupon, DiscountKey, Json, Referral, Session, money, points_for
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
    """Run the configured campaigns over a session, in order: coupons, the referral, cart
    discounts, loyalty points on what is left to pay, the advocate's reward. Pure except for
    UUID generation: nothing is stored until the session closes (`Evaluation`)."""
    run = _Run(state, session, now)
    run.coupons()
    if session.referral_code:
        run.referral()
    run.cart_discounts()
    run.loyalty_points()
    run.advocate_reward()
    for award in run.result.awards:
        run.result.effects.append(award_effect(state, award))
    return run.result


class _Run:
    """One evaluation of a session: the effects so far and what is left to pay."""

    def __init__(self, state: State, session: Session, now: datetime) -> None:
        self.state = state
        self.session = session
        self.now = now
        self.result = Evaluation()
        self.gross = money(session.cart_item_total + session.additional_cost_total)
        self.remaining = self.gross

    def usable(self, campaign: CampaignConfig) -> bool:
        allowed = self.session.evaluable_campaign_ids
        return running(campaign, self.now) and (not allowed or campaign.id in allowed)

    def discount(self, campaign: CampaignConfig, spec: Discount, coupon_id: int | None) -> None:
        """Apply a discount to what is left, tracked per campaign and rule for rollbacks."""
        applied, desired = spec.compute(self.remaining)
        self.remaining = money(self.remaining - applied)
        key = DiscountKey(campaign.id, spec.name, spec.name)
        self.result.discounts[key] = money(self.result.discounts.get(key, 0) + applied)
        props: Json = {"name": spec.name, "value": applied}
        if desired != applied:
            props["desiredValue"] = desired
        self.result.effects.append(
            effect(campaign.id, "setDiscount", props, rule_name=spec.name, coupon_id=coupon_id)
        )

    # ------------------------------------------------------------------ coupons
    def coupons(self) -> None:
        accepted_campaigns: set[int] = set()
        for code in self.session.coupon_codes:
            coupon = self.state.coupons.get(code)
            campaign = self.state.campaigns.get(coupon.campaign_id) if coupon else None
            if coupon is None or campaign is None:
                self._reject_coupon(code, "CouponNotFound", None, None)
                continue
            reason = self._coupon_rejection(coupon, campaign)
            if reason is None and campaign.id in accepted_campaigns:
                reason = "EffectCouldNotBeApplied"
            if reason is not None:
                self._reject_coupon(code, reason, coupon, campaign)
                continue
            accepted_campaigns.add(campaign.id)
            self.result.coupons.append(code)
            self.result.trigger(campaign.id)
            self.result.effects.append(
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
                self.discount(campaign, spec, coupon.id)

    def _coupon_rejection(self, coupon: Coupon, campaign: CampaignConfig) -> str | None:
        """Talon.One's rejection reason for a coupon, checked in its order (None: valid)."""
        profile_id, now = self.session.profile_id, self.now
        if not self.usable(campaign):
            return "CouponPartOfNotRunningCampaign"
        if coupon.start_date is not None and coupon.start_date > now:
            return "CouponStartDateInFuture"
        if coupon.expiry_date is not None and coupon.expiry_date <= now:
            return "CouponExpired"
        if coupon.recipient and coupon.recipient != profile_id:
            return "CouponRecipientDoesNotMatch"
        if coupon.reservation_required and not profile_id:
            return "ProfileRequired"
        if coupon.reservation_required and profile_id not in coupon.reservations:
            return "CouponReservationRequired"
        if coupon.usage_limit and coupon.usage_counter >= coupon.usage_limit:
            return "CouponLimitReached"
        if self.gross < campaign.min_total:
            return "CouponRejectedByCondition"
        return None

    def _reject_coupon(
        self, code: str, reason: str, coupon: Coupon | None, campaign: CampaignConfig | None
    ) -> None:
        self.result.effects.append(
            effect(
                campaign.id if campaign else 0,
                "rejectCoupon",
                {"value": code, "rejectionReason": reason},
                rule_name=campaign.name if campaign else "",
                coupon_id=coupon.id if coupon else None,
            )
        )
        if campaign is not None:
            self.result.failures.append(
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

    # ------------------------------------------------------------------ referral
    def referral(self) -> None:
        code = self.session.referral_code
        referral = self.state.referrals.get(code)
        campaign = self.state.campaigns.get(referral.campaign_id) if referral else None
        if referral is None or campaign is None or campaign.referrals is None:
            self._reject_referral(code, "ReferralNotFound", None, None)
            return
        reason = self._referral_rejection(referral, campaign)
        if reason is not None:
            self._reject_referral(code, reason, referral, campaign)
            return
        self.result.referral = code
        self.result.trigger(campaign.id)
        self.result.effects.append(
            effect(campaign.id, "acceptReferral", {"value": code}, rule_name=campaign.name)
        )
        if campaign.referrals.friend_discount is not None:
            self.discount(campaign, campaign.referrals.friend_discount, None)

    def _referral_rejection(self, referral: Referral, campaign: CampaignConfig) -> str | None:
        profile_id, now = self.session.profile_id, self.now
        if not self.usable(campaign):
            return "ReferralPartOfNotRunningCampaign"
        if referral.start_date is not None and referral.start_date > now:
            return "ReferralStartDateInFuture"
        if referral.expiry_date is not None and referral.expiry_date <= now:
            return "ReferralExpired"
        if profile_id and profile_id == referral.advocate:
            return "ReferralRecipientIdSameAsAdvocate"
        if referral.friend and referral.friend != profile_id:
            return "ReferralRecipientDoesNotMatch"
        if referral.usage_limit and referral.usage_counter >= referral.usage_limit:
            return "ReferralLimitReached"
        return None

    def _reject_referral(
        self, code: str, reason: str, referral: Referral | None, campaign: CampaignConfig | None
    ) -> None:
        self.result.effects.append(
            effect(
                campaign.id if campaign else 0,
                "rejectReferral",
                {"value": code, "rejectionReason": reason},
                rule_name=campaign.name if campaign else "",
            )
        )
        if campaign is not None and referral is not None:
            self.result.failures.append(
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

    # ------------------------------------------------------------------ discounts and points
    def cart_discounts(self) -> None:
        for campaign in self.state.config.campaigns:
            spec = campaign.cart_discount
            if spec is not None and self.usable(campaign) and self.gross >= campaign.min_total:
                self.result.trigger(campaign.id)
                self.discount(campaign, spec, None)

    def loyalty_points(self) -> None:
        """Points per currency unit of what is left to pay after the discounts."""
        for campaign in self.state.config.campaigns:
            rule = campaign.loyalty
            if rule is None or not rule.points_per_currency_unit or not self.usable(campaign):
                continue
            if self.gross < campaign.min_total:
                continue
            amount = points_for(self.remaining, rule.points_per_currency_unit)
            if amount <= 0:
                continue
            award = _award(
                self.state,
                campaign,
                rule.program_id,
                amount,
                rule.subledger,
                rule.name or campaign.name,
                self.session.profile_id,
                self.session.loyalty_cards,
            )
            if award is not None:
                self.result.awards.append(award)
                self.result.trigger(campaign.id)

    def advocate_reward(self) -> None:
        """An accepted referral rewards its advocate (profile-based programs only)."""
        if self.result.referral is None:
            return
        referral = self.state.referrals[self.result.referral]
        campaign = self.state.campaigns[referral.campaign_id]
        assert campaign.referrals is not None
        rule = campaign.referrals
        if rule.advocate_points and rule.program_id is not None:
            award = _award(
                self.state,
                campaign,
                rule.program_id,
                rule.advocate_points,
                "",
                f"{campaign.name}: advocate reward",
                referral.advocate,
                [],
            )
            if award is not None:
                self.result.awards.append(award)


def _coupon_discount(campaign: CampaignConfig, code: str) -> Discount | None:
    for c in campaign.coupons:
        if c.code == code and c.discount is not None:
            return c.discount
    return campaign.discount


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
