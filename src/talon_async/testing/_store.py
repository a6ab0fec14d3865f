"""The emulator's state and Talon.One semantics: sessions, profiles, coupons, referrals, loyalty.

All methods run under `Store.lock` (the app takes it), so the state is consistent even when a
test thread resets the server while requests are in flight.
"""

from __future__ import annotations

import copy
import random
import string
import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ._config import CampaignConfig, Discount, EmulatorConfig, LoyaltyProgramConfig
from ._model import (
    ApiProblem,
    Audience,
    Card,
    Catalog,
    Closing,
    Coupon,
    DiscountKey,
    Event,
    Json,
    PriceObservation,
    Profile,
    Progress,
    Referral,
    Session,
    Transaction,
    bad_request,
    iso,
    money,
    not_found,
    opt_time,
    parse_time,
    points_for,
    utcnow,
)

SESSION_CLOSED_EVENT = "talon_session_closed"
# Talon.One's session state machine; closed -> partially_returned and closed -> open happen
# only through the returns and reopen endpoints.
_TRANSITIONS: dict[str | None, frozenset[str]] = {
    None: frozenset({"open", "closed"}),
    "open": frozenset({"open", "closed", "cancelled"}),
    "closed": frozenset({"cancelled"}),
    "partially_returned": frozenset({"cancelled"}),
    "cancelled": frozenset(),
}
_CODE_CHARS = string.ascii_uppercase + string.digits


@dataclass
class LoyaltyAward:
    program_id: int
    amount: float
    name: str
    campaign: CampaignConfig
    subledger: str
    profile_id: str | None
    card_id: str | None
    uuid: str
    desired: float


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


def _rollback_discount(key: DiscountKey, value: float) -> Json:
    """Undo (part of) a discount, credited to the campaign and rule that granted it."""
    return effect(
        key.campaign_id, "rollbackDiscount", {"name": key.name, "value": value}, rule_name=key.rule
    )


def _prior_price_target(asked: Any) -> Json:
    """The answer's target: `{type: NONE}` or `{type: AUDIENCE, audience: {id}}`."""
    if isinstance(asked, dict) and asked.get("targetType") == "AUDIENCE":
        return {"type": "AUDIENCE", "audience": {"id": asked.get("audienceID")}}
    return {"type": "NONE"}


def page(items: Sequence[Any], page_size: int, skip: int) -> tuple[list[Any], bool]:
    skip = max(skip, 0)
    chunk = list(items[skip : skip + page_size])
    return chunk, skip + page_size < len(items)


class Store:
    def __init__(self, config: EmulatorConfig, clock: Callable[[], datetime] = utcnow) -> None:
        self.config = config
        self.clock = clock
        self.lock = threading.RLock()
        self.campaigns = {c.id: c for c in config.campaigns}
        self.programs: dict[int, LoyaltyProgramConfig] = {p.id: p for p in config.loyalty_programs}
        self.reset()

    # ------------------------------------------------------------------ setup
    def reset(self) -> None:
        """Back to the configured initial state (campaign codes, catalogs), dropping all data."""
        with self.lock:
            self.started = self.clock()
            self._counters: dict[str, int] = {}
            self.random = random.Random(self.config.seed)
            self.profiles: dict[str, Profile] = {}
            self.sessions: dict[str, Session] = {}
            self.coupons: dict[str, Coupon] = {}
            self.referrals: dict[str, Referral] = {}
            self.audiences: dict[int, Audience] = {}
            self.transactions: list[Transaction] = []
            self.cards: dict[str, Card] = {}
            self.catalogs: dict[int, Catalog] = {}
            self.events: dict[int, Event] = {}
            self.advanced_events: dict[str, Event] = {}  # v3, by integration ID
            self.progress: dict[tuple[str, int], Progress] = {}
            for campaign in self.config.campaigns:
                for c in campaign.coupons:
                    self.coupons[c.code] = Coupon(
                        id=self.next_id("coupon"),
                        value=c.code,
                        campaign_id=campaign.id,
                        created=self.started,
                        usage_limit=c.usage_limit,
                        recipient=c.recipient,
                        reservation_required=c.reservation_required,
                        reservation_limit=c.reservation_limit,
                        start_date=c.start_date,
                        expiry_date=c.expiry_date,
                    )
                if campaign.referrals is not None:
                    for r in campaign.referrals.codes:
                        self.referrals[r.code] = Referral(
                            id=self.next_id("referral"),
                            code=r.code,
                            campaign_id=campaign.id,
                            advocate=r.advocate,
                            created=self.started,
                            usage_limit=r.usage_limit,
                            friend=r.friend,
                            start_date=r.start_date,
                            expiry_date=r.expiry_date,
                        )
            for cat in self.config.catalogs:
                catalog = Catalog(
                    id=cat.id,
                    name=cat.name,
                    description=cat.description,
                    created=self.started,
                    modified=self.started,
                )
                for item in cat.items:
                    catalog.items[item.sku] = {
                        "sku": item.sku,
                        "price": item.price,
                        "attributes": dict(item.attributes),
                    }
                    self._observe(catalog, item.sku, item.price, self.started, "")
                self.catalogs[cat.id] = catalog

    def next_id(self, kind: str) -> int:
        value = self._counters.get(kind, 0) + 1
        self._counters[kind] = value
        return value

    @property
    def app_id(self) -> int:
        return self.config.application_id

    # ------------------------------------------------------------------ profiles
    def profile(self, integration_id: str, *, create: bool = True) -> Profile | None:
        found = self.profiles.get(integration_id)
        if found is None and create and integration_id:
            now = self.clock()
            found = Profile(
                id=self.next_id("profile"),
                integration_id=integration_id,
                created=now,
                last_activity=now,
            )
            self.profiles[integration_id] = found
        return found

    def require_profile(self, integration_id: str) -> Profile:
        found = self.profiles.get(integration_id)
        if found is None:
            raise not_found("customer profile", "integrationId")
        return found

    def profile_wire(self, profile: Profile) -> Json:
        out: Json = {
            "id": profile.id,
            "created": iso(profile.created),
            "integrationId": profile.integration_id,
            "attributes": profile.attributes,
            "accountId": self.config.account_id,
            "closedSessions": profile.closed_sessions,
            "totalSales": money(profile.total_sales),
            "loyaltyMemberships": [
                {"joined": iso(joined), "loyaltyProgramId": pid}
                for pid, joined in sorted(profile.loyalty_joined.items())
            ],
            "audienceMemberships": [
                {"id": aid, "name": self.audiences[aid].name}
                for aid in sorted(profile.audiences)
                if aid in self.audiences
            ],
            "lastActivity": iso(profile.last_activity or profile.created),
            "sandbox": False,
        }
        return out

    def _anonymous_profile_wire(self, integration_id: str) -> Json:
        now = self.clock()
        return self.profile_wire(
            Profile(id=0, integration_id=integration_id, created=now, last_activity=now)
        )

    def _apply_audience_changes(self, profile: Profile, changes: Json | None) -> None:
        if not changes:
            return
        for index, aid in enumerate(changes.get("adds", [])):
            if aid not in self.audiences:
                raise bad_request(
                    f"audience {aid} not found", pointer=f"/audiencesChanges/adds/{index}"
                )
        for aid in changes.get("adds", []):
            profile.audiences.add(int(aid))
        for aid in changes.get("deletes", []):
            profile.audiences.discard(int(aid))

    def update_profile(
        self, integration_id: str, body: Json, run_rule_engine: bool, dry: bool
    ) -> Json:
        existing = self.profiles.get(integration_id)
        now = self.clock()
        profile = (
            copy.deepcopy(existing)
            if existing
            else Profile(
                id=self.next_id("profile") if not dry else 0,
                integration_id=integration_id,
                created=now,
            )
        )
        profile.attributes.update(body.get("attributes") or {})
        self._apply_audience_changes(profile, body.get("audiencesChanges"))
        profile.last_activity = now
        event: Event | None = None
        if run_rule_engine:
            event = Event(
                id=self.next_id("event") if not dry else 0,
                type="talon_profile_updated",
                created=now,
                profile_id=integration_id,
                attributes={},
                effects=[],
            )
        if not dry:
            self.profiles[integration_id] = profile
            if event is not None:
                self.events[event.id] = event
        out: Json = {"effects": [], "createdCoupons": [], "createdReferrals": []}
        content = set(body.get("responseContent") or [])
        if "customerProfile" in content:
            out["customerProfile"] = self.profile_wire(profile)
        if "triggeredCampaigns" in content:
            out["triggeredCampaigns"] = []
        if "loyalty" in content:
            out["loyalty"] = self.loyalty_wire(profile, [])
        if "event" in content and event is not None:
            out["event"] = self.event_wire(event)
        if "awardedGiveaways" in content:
            out["awardedGiveaways"] = []
        if "ruleFailureReasons" in content:
            out["ruleFailureReasons"] = []
        return out

    def update_profiles(self, body: Json, silent: bool) -> Json:
        items = body.get("customerProfiles") or []
        if len(items) > 1000:
            raise bad_request(
                "at most 1000 customer profiles per request", pointer="/customerProfiles"
            )
        now = self.clock()
        states = []
        for item in items:
            profile = self.profile(str(item["integrationId"]))
            assert profile is not None or not item["integrationId"]
            if profile is None:
                raise bad_request("integrationId must not be empty", pointer="/customerProfiles")
            profile.attributes.update(item.get("attributes") or {})
            profile.last_activity = now
            states.append({"customerProfile": self.profile_wire(profile)})
        return {} if silent else {"integrationStates": states}

    def delete_customer_data(self, integration_id: str) -> None:
        self.require_profile(integration_id)
        del self.profiles[integration_id]
        self.sessions = {k: s for k, s in self.sessions.items() if s.profile_id != integration_id}
        self.events = {k: e for k, e in self.events.items() if e.profile_id != integration_id}
        self.advanced_events = {
            k: e for k, e in self.advanced_events.items() if e.profile_id != integration_id
        }
        self.transactions = [t for t in self.transactions if t.profile_id != integration_id]
        self.progress = {k: p for k, p in self.progress.items() if k[0] != integration_id}
        for coupon in self.coupons.values():
            if integration_id in coupon.reservations:
                coupon.reservations.remove(integration_id)
            coupon.redemptions.pop(integration_id, None)
        for card in self.cards.values():
            card.profiles = [p for p in card.profiles if p[0] != integration_id]

    # ------------------------------------------------------------------ campaigns
    def running(self, campaign: CampaignConfig, now: datetime) -> bool:
        if not campaign.enabled:
            return False
        if campaign.start_time is not None and campaign.start_time > now:
            return False
        return campaign.end_time is None or campaign.end_time > now

    def frontend_state(self, campaign: CampaignConfig, now: datetime) -> str:
        if not campaign.enabled:
            return "disabled"
        if campaign.start_time is not None and campaign.start_time > now:
            return "scheduled"
        if campaign.end_time is not None and campaign.end_time <= now:
            return "expired"
        return "running"

    def campaign_wire(self, campaign: CampaignConfig) -> Json:
        now = self.clock()
        out: Json = {
            "id": campaign.id,
            "created": iso(self.started),
            "applicationId": self.app_id,
            "userId": 1,
            "name": campaign.name,
            "description": campaign.description,
            "attributes": dict(campaign.attributes),
            "state": "enabled" if campaign.enabled else "disabled",
            "activeRulesetId": campaign.id,
            "tags": list(campaign.tags),
            "reevaluateOnReturn": False,
            "features": campaign.features,
            "rules": self._rules_wire(campaign),
            "limits": [],
            "campaignGroups": [],
            "type": "advanced",
            "frontendState": self.frontend_state(campaign, now),
            "storesImported": False,
            "couponRedemptionCount": sum(
                c.usage_counter for c in self.coupons.values() if c.campaign_id == campaign.id
            ),
            "referralRedemptionCount": sum(
                r.usage_counter for r in self.referrals.values() if r.campaign_id == campaign.id
            ),
        }
        if campaign.start_time is not None:
            out["startTime"] = iso(campaign.start_time)
        if campaign.end_time is not None:
            out["endTime"] = iso(campaign.end_time)
        return out

    def _rules_wire(self, campaign: CampaignConfig) -> list[Json]:
        """The campaign's rules as the Integration API lists them: one per configured rule."""
        return [{"title": campaign.name}]

    def list_campaigns(self, params: Json) -> Json:
        found = [c for c in self.config.campaigns if c.enabled]
        ids = params.get("campaignIds")
        if ids:
            wanted = {str(i) for i in ids}
            found = [c for c in found if str(c.id) in wanted]
        begin = {c.id: c.start_time or self.started for c in found}
        if params.get("startAfter") is not None:
            found = [c for c in found if begin[c.id] > params["startAfter"]]
        if params.get("startBefore") is not None:
            found = [c for c in found if begin[c.id] < params["startBefore"]]
        if params.get("endAfter") is not None:
            found = [c for c in found if c.end_time is None or c.end_time > params["endAfter"]]
        if params.get("endBefore") is not None:
            found = [
                c for c in found if c.end_time is not None and c.end_time < params["endBefore"]
            ]
        chunk, more = page(found, int(params.get("pageSize", 50)), int(params.get("skip", 0)))
        data = []
        for c in chunk:
            item: Json = {
                "id": c.id,
                "applicationId": self.app_id,
                "name": c.name,
                "description": c.description,
                "attributes": dict(c.attributes),
                "state": "enabled",
                "tags": list(c.tags),
                "features": c.features,
                "rules": self._rules_wire(c),
            }
            if c.start_time is not None:
                item["startTime"] = iso(c.start_time)
            if c.end_time is not None:
                item["endTime"] = iso(c.end_time)
            data.append(item)
        return {"hasMore": more, "data": data}

    # ------------------------------------------------------------------ rule engine
    def evaluate(self, session: Session, now: datetime) -> Evaluation:
        """Run the configured campaigns over a session; pure except for UUID generation."""
        result = Evaluation()
        profile_id = session.profile_id
        allowed = session.evaluable_campaign_ids

        def usable(campaign: CampaignConfig) -> bool:
            return self.running(campaign, now) and (not allowed or campaign.id in allowed)

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
            coupon = self.coupons.get(code)
            campaign = self.campaigns.get(coupon.campaign_id) if coupon else None
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
            spec = self._coupon_discount(campaign, code)
            if spec is not None:
                discount(campaign, spec, coupon.id)

        if session.referral_code:
            self._evaluate_referral(session, now, result, usable, discount)

        for campaign in self.config.campaigns:
            if (
                campaign.cart_discount is not None
                and usable(campaign)
                and (gross >= campaign.min_total)
            ):
                result.trigger(campaign.id)
                discount(campaign, campaign.cart_discount, None)

        for campaign in self.config.campaigns:
            rule = campaign.loyalty
            if rule is None or not rule.points_per_currency_unit or not usable(campaign):
                continue
            if gross < campaign.min_total:
                continue
            amount = points_for(remaining, rule.points_per_currency_unit)
            if amount <= 0:
                continue
            award = self._award(
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
            referral = self.referrals[result.referral]
            campaign = self.campaigns[referral.campaign_id]
            assert campaign.referrals is not None
            ref_rule = campaign.referrals
            if ref_rule.advocate_points and ref_rule.program_id is not None:
                award = self._award(
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
            result.effects.append(self._award_effect(award))
        return result

    def _coupon_discount(self, campaign: CampaignConfig, code: str) -> Discount | None:
        for c in campaign.coupons:
            if c.code == code and c.discount is not None:
                return c.discount
        return campaign.discount

    def _evaluate_referral(
        self,
        session: Session,
        now: datetime,
        result: Evaluation,
        usable: Callable[[CampaignConfig], bool],
        discount: Callable[[CampaignConfig, Discount, int | None], None],
    ) -> None:
        code = session.referral_code
        referral = self.referrals.get(code)
        campaign = self.campaigns.get(referral.campaign_id) if referral else None
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
        self,
        campaign: CampaignConfig,
        program_id: int,
        amount: float,
        subledger: str,
        name: str,
        profile_id: str,
        cards: Sequence[str],
    ) -> LoyaltyAward | None:
        program = self.programs[program_id]
        if program.card_based:
            card = next(
                (
                    self.cards[c]
                    for c in cards
                    if c in self.cards and self.cards[c].program_id == program_id
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

    def _award_dates(
        self, program_id: int, now: datetime
    ) -> tuple[datetime | None, datetime | None]:
        program = self.programs[program_id]
        start = now + timedelta(days=program.pending_days) if program.pending_days else None
        expiry = (
            (start or now) + timedelta(days=program.expiry_days) if (program.expiry_days) else None
        )
        return start, expiry

    def _award_effect(self, award: LoyaltyAward) -> Json:
        props: Json = {
            "name": award.name,
            "programId": award.program_id,
            "subLedgerId": award.subledger,
            "value": award.amount,
            "desiredValue": award.desired,
            "recipientIntegrationId": award.profile_id or "",
            "transactionUUID": award.uuid,
        }
        start, expiry = self._award_dates(award.program_id, self.clock())
        if start is not None:
            props["startDate"] = iso(start)
        if expiry is not None:
            props["expiryDate"] = iso(expiry)
        if award.card_id is not None:
            props["cardIdentifier"] = award.card_id
        return effect(award.campaign.id, "addLoyaltyPoints", props, rule_name=award.name)

    def _write_award(self, award: LoyaltyAward, session_id: str | None) -> Transaction:
        now = self.clock()
        start, expiry = self._award_dates(award.program_id, now)
        txn = Transaction(
            id=self.next_id("transaction"),
            uuid=award.uuid,
            created=now,
            program_id=award.program_id,
            kind="addition",
            amount=award.amount,
            name=award.name,
            profile_id=award.profile_id if award.card_id is None else None,
            card_id=award.card_id,
            session_id=session_id,
            subledger=award.subledger,
            start=start,
            expiry=expiry,
            ruleset_id=award.campaign.id,
            rule_name=award.name,
        )
        self.transactions.append(txn)
        if award.card_id is None and award.profile_id:
            profile = self.profile(award.profile_id)
            assert profile is not None
            profile.loyalty_joined.setdefault(award.program_id, now)
        return txn

    def _rollback_points(self, txn_uuid: str, amount: float, session_id: str) -> Json | None:
        """Take points back: pending ones simply shrink, active ones get a subtraction."""
        txn = next((t for t in self.transactions if t.uuid == txn_uuid), None)
        if txn is None or amount <= 0:
            return None
        now = self.clock()
        if txn.status(now) == "pending":
            txn.amount = money(txn.amount - amount)
        else:
            balance = self._balances(
                [
                    t
                    for t in self.transactions
                    if t.program_id == txn.program_id
                    and t.profile_id == txn.profile_id
                    and t.card_id == txn.card_id
                    and t.subledger == txn.subledger
                ],
                now,
            )
            self.transactions.append(
                Transaction(
                    id=self.next_id("transaction"),
                    uuid=str(uuid.uuid4()),
                    created=now,
                    program_id=txn.program_id,
                    kind="subtraction",
                    amount=amount,
                    name=f"Rollback: {txn.name}",
                    profile_id=txn.profile_id,
                    card_id=txn.card_id,
                    session_id=session_id,
                    subledger=txn.subledger,
                    ruleset_id=txn.ruleset_id,
                    rule_name=txn.rule_name,
                    creates_negative=balance["activePoints"] < amount,
                )
            )
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

    # ------------------------------------------------------------------ sessions
    def require_session(self, integration_id: str) -> Session:
        found = self.sessions.get(integration_id)
        if found is None:
            raise not_found("customer session", "customerSessionId")
        return found

    def get_session(self, integration_id: str) -> Json:
        session = self.require_session(integration_id)
        return {"customerSession": self.session_wire(session), "effects": session.effects}

    def update_session(
        self, integration_id: str, body: Json, dry: bool, now_param: datetime | None
    ) -> Json:
        if now_param is not None and not dry:
            raise bad_request("'now' can only be used in dry runs", parameter="now")
        data: Json = body["customerSession"]
        content = set(body.get("responseContent") or [])
        existing = self.sessions.get(integration_id)
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
        now = now_param or self.clock()
        if existing is None:
            session = Session(
                id=self.next_id("session") if not dry else 0,
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
            self._apply_session_fields(session, data)
        profile_id = session.profile_id
        if existing is None:
            session.first_session = not profile_id or not any(
                s.profile_id == profile_id for s in self.sessions.values()
            )
        session.state = wanted
        effects: list[Json]
        evaluation = Evaluation()
        if wanted in {"open", "closed"}:
            evaluation = self.evaluate(session, now)
            effects = evaluation.effects
        else:
            effects = (
                []
                if current in {None, "open"}
                else (self._rollback_session(session, dry) if not dry else [])
            )
        profile = self.profile(profile_id, create=not dry) if profile_id else None
        if not dry:
            if wanted == "closed" and current != "closed":
                self._commit_close(session, evaluation)
            session.updated = now
            session.update_count += 1
            session.effects = effects
            self.sessions[integration_id] = session
            if profile is not None:
                profile.last_activity = now
        event = Event(
            id=self.next_id("event") if not dry else 0,
            type="talon_session_updated",
            created=now,
            profile_id=profile_id,
            attributes={},
            effects=effects,
            session_id=integration_id,
            store_id=session.store_id,
        )
        if not dry:
            self.events[event.id] = event
        return self._state(session, profile, effects, content, evaluation, event)

    def _apply_session_fields(self, session: Session, data: Json) -> None:
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

    def _commit_close(self, session: Session, evaluation: Evaluation) -> None:
        profile_id = session.profile_id
        for code in evaluation.coupons:
            coupon = self.coupons[code]
            coupon.usage_counter += 1
            if profile_id:
                coupon.redemptions[profile_id] = coupon.redemptions.get(profile_id, 0) + 1
        if evaluation.referral is not None:
            referral = self.referrals[evaluation.referral]
            referral.usage_counter += 1
            if profile_id and profile_id not in referral.referred:
                referral.referred.append(profile_id)
        points: dict[str, float] = {}
        for award in evaluation.awards:
            points[self._write_award(award, session.integration_id).uuid] = award.amount
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
            profile = self.profile(profile_id)
            assert profile is not None
            profile.closed_sessions += 1
            profile.total_sales = money(profile.total_sales + gross - total_discount)
            self._progress(profile_id, SESSION_CLOSED_EVENT)

    def _rollback_session(self, session: Session, dry: bool) -> list[Json]:
        """Undo what closing committed (cancel or reopen of a closed session)."""
        closing = session.closing
        if closing is None:
            return []
        effects: list[Json] = []
        coupon_campaign = {
            code: self.coupons[code].campaign_id for code in closing.coupons if code in self.coupons
        }
        for code in closing.coupons:
            effects.append(effect(coupon_campaign.get(code, 0), "rollbackCoupon", {"value": code}))
        if closing.referral is not None:
            ref = self.referrals.get(closing.referral)
            effects.append(
                effect(
                    ref.campaign_id if ref else 0, "rollbackReferral", {"value": closing.referral}
                )
            )
        for key, value in closing.discounts.items():
            if value > 0:
                effects.append(_rollback_discount(key, value))
        if dry:
            return effects
        for txn_uuid, amount in closing.points.items():
            rolled = self._rollback_points(txn_uuid, amount, session.integration_id)
            if rolled is not None:
                effects.append(rolled)
        for code in closing.coupons:
            coupon = self.coupons.get(code)
            if coupon is not None:
                coupon.usage_counter = max(coupon.usage_counter - 1, 0)
                if session.profile_id in coupon.redemptions:
                    coupon.redemptions[session.profile_id] -= 1
        if closing.referral is not None and closing.referral in self.referrals:
            ref = self.referrals[closing.referral]
            ref.usage_counter = max(ref.usage_counter - 1, 0)
        profile = self.profiles.get(session.profile_id)
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

    def reopen_session(self, integration_id: str) -> Json:
        session = self.require_session(integration_id)
        if session.state != "closed":
            raise bad_request(
                f"only closed sessions can be reopened; this one is {session.state}",
                parameter="customerSessionId",
            )
        effects = self._rollback_session(session, dry=False)
        session.state = "open"
        session.updated = self.clock()
        session.update_count += 1
        self.events[self.next_id("event")] = Event(
            id=self._counters["event"],
            type="talon_session_reopened",
            created=session.updated,
            profile_id=session.profile_id,
            attributes={},
            effects=effects,
            session_id=integration_id,
        )
        return {"effects": effects}

    def return_items(self, integration_id: str, body: Json, dry: bool) -> Json:
        session = self.require_session(integration_id)
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
                    effects.append(_rollback_discount(key, back))
            for txn_uuid, amount in list(closing.points.items()):
                back = (
                    amount
                    if fully_returned
                    else money(min(amount, closing.initial_points.get(txn_uuid, 0.0) * share))
                )
                if back > 0:
                    closing.points[txn_uuid] = money(amount - back)
                    if not dry:
                        rolled = self._rollback_points(txn_uuid, back, integration_id)
                        if rolled is not None:
                            effects.append(rolled)
        now = self.clock()
        work.state = "partially_returned"
        ret: Json = {
            "id": self.next_id("return") if not dry else 0,
            "created": iso(now),
            "applicationId": self.app_id,
            "accountId": self.config.account_id,
            "returnedCartItems": lines,
            "eventId": 0,
            "sessionId": session.id,
            "sessionIntegrationId": integration_id,
            "profileIntegrationId": session.profile_id,
        }
        event = Event(
            id=self.next_id("event") if not dry else 0,
            type="talon_session_returned",
            created=now,
            profile_id=session.profile_id,
            attributes={},
            effects=effects,
            session_id=integration_id,
        )
        ret["eventId"] = event.id
        profile = self.profiles.get(session.profile_id)
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
            self.sessions[integration_id] = work
            self.events[event.id] = event
        content = set(body.get("responseContent") or [])
        out = self._state(work, profile, effects, content, Evaluation(), event)
        out["return"] = ret
        return out

    # ------------------------------------------------------------------ state responses
    def session_wire(self, session: Session) -> Json:
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
            "applicationId": self.app_id,
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

    def session_v1_wire(self, session: Session) -> Json:
        discounts: dict[str, float] = {}
        for e in session.effects:
            if e["effectType"] == "setDiscount":
                name = e["props"]["name"]
                discounts[name] = money(discounts.get(name, 0) + e["props"]["value"])
        return {
            "integrationId": session.integration_id,
            "created": iso(session.created),
            "applicationId": self.app_id,
            "profileId": session.profile_id,
            "coupon": session.coupon_codes[0] if session.coupon_codes else "",
            "referral": session.referral_code,
            "state": session.state,
            "cartItems": self.session_wire(session)["cartItems"],
            "identifiers": list(session.identifiers),
            "total": money(session.cart_item_total + session.additional_cost_total),
            "attributes": session.attributes,
            "firstSession": session.first_session,
            "discounts": discounts,
            "updated": iso(session.updated),
        }

    def _state(
        self,
        session: Session,
        profile: Profile | None,
        effects: list[Json],
        content: set[str],
        evaluation: Evaluation,
        event: Event,
    ) -> Json:
        out: Json = {"effects": effects, "createdCoupons": [], "createdReferrals": []}
        if "customerSession" in content:
            out["customerSession"] = self.session_wire(session)
        if "customerProfile" in content:
            if profile is not None:
                out["customerProfile"] = self.profile_wire(profile)
            elif session.profile_id:
                out["customerProfile"] = self._anonymous_profile_wire(session.profile_id)
        if "coupons" in content:
            out["coupons"] = [
                self.integration_coupon_wire(self.coupons[c], session.profile_id)
                for c in session.coupon_codes
                if c in self.coupons
            ]
        if "triggeredCampaigns" in content:
            out["triggeredCampaigns"] = [
                self.campaign_wire(self.campaigns[c]) for c in evaluation.triggered
            ]
        if "referral" in content and session.referral_code in self.referrals:
            out["referral"] = self.inventory_referral_wire(self.referrals[session.referral_code])
        if "loyalty" in content:
            tentative = evaluation.awards if session.state == "open" else []
            out["loyalty"] = self.loyalty_wire(profile, session.loyalty_cards, tentative)
        if "event" in content:
            out["event"] = self.event_wire(event)
        if "awardedGiveaways" in content:
            out["awardedGiveaways"] = []
        if "ruleFailureReasons" in content:
            out["ruleFailureReasons"] = list(evaluation.failures)
        if "previousReturns" in content:
            out["previousReturns"] = list(session.returns)
        return out

    def event_wire(self, event: Event) -> Json:
        out: Json = {
            "id": event.id,
            "created": iso(event.created),
            "applicationId": self.app_id,
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

    # ------------------------------------------------------------------ events
    def track_event_v2(self, body: Json, dry: bool) -> Json:
        profile_id = str(body.get("profileId") or "")
        event_type = str(body["type"])
        content = set(body.get("responseContent") or [])
        now = self.clock()
        evaluation = self._evaluate_event(
            event_type,
            profile_id,
            body.get("loyaltyCards") or [],
            body.get("evaluableCampaignIds"),
            now,
        )
        profile = self.profile(profile_id, create=not dry) if profile_id else None
        event = Event(
            id=self.next_id("event") if not dry else 0,
            type=event_type,
            created=now,
            profile_id=profile_id,
            attributes=dict(body.get("attributes") or {}),
            effects=evaluation.effects,
            store_id=body.get("storeIntegrationId"),
        )
        if not dry:
            for award in evaluation.awards:
                self._write_award(award, None)
            if profile_id:
                self._progress(profile_id, event_type)
            if profile is not None:
                profile.last_activity = now
            self.events[event.id] = event
        out: Json = {"effects": evaluation.effects, "createdCoupons": [], "createdReferrals": []}
        if "customerProfile" in content:
            out["customerProfile"] = (
                self.profile_wire(profile)
                if profile is not None
                else self._anonymous_profile_wire(profile_id)
            )
        if "triggeredCampaigns" in content:
            out["triggeredCampaigns"] = [
                self.campaign_wire(self.campaigns[c]) for c in evaluation.triggered
            ]
        if "loyalty" in content:
            out["loyalty"] = self.loyalty_wire(
                profile, body.get("loyaltyCards") or [], evaluation.awards if dry else []
            )
        if "event" in content:
            out["event"] = self.event_wire(event)
        if "awardedGiveaways" in content:
            out["awardedGiveaways"] = []
        if "ruleFailureReasons" in content:
            out["ruleFailureReasons"] = []
        return out

    def advanced_event_wire(self, event: Event) -> Json:
        out: Json = {
            "id": event.id,
            "created": iso(event.created),
            "applicationId": self.app_id,
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

    def track_event_v3(self, body: Json, dry: bool) -> Json:
        """An advanced event: identified by your integration ID, recorded once (409 after)."""
        integration_id = str(body["integrationId"])
        if integration_id in self.advanced_events:
            raise ApiProblem(
                409,
                f"an advanced event with integrationId {integration_id!r} already exists",
                title="Conflict",
                pointer="/integrationId",
            )
        connected = body.get("connectedSessionId")
        if connected is not None and connected not in self.sessions:
            raise bad_request("no customer session with this ID", pointer="/connectedSessionId")
        profile_id = str(body.get("profileId") or "")
        event_type = str(body["type"])
        content = set(body.get("responseContent") or [])
        now = self.clock()
        evaluation = self._evaluate_event(
            event_type,
            profile_id,
            body.get("loyaltyCards") or [],
            body.get("evaluableCampaignIds"),
            now,
        )
        profile = self.profile(profile_id, create=not dry) if profile_id else None
        event = Event(
            id=self.next_id("event") if not dry else 0,
            type=event_type,
            created=now,
            profile_id=profile_id,
            attributes=dict(body.get("attributes") or {}),
            effects=evaluation.effects,
            store_id=body.get("storeIntegrationId"),
            integration_id=integration_id,
            connected_session_id=connected,
        )
        if not dry:
            for award in evaluation.awards:
                self._write_award(award, None)
            if profile_id:
                self._progress(profile_id, event_type)
            if profile is not None:
                profile.last_activity = now
            self.advanced_events[integration_id] = event
        out: Json = {"effects": evaluation.effects, "createdCoupons": [], "createdReferrals": []}
        if "customerProfile" in content:
            out["customerProfile"] = (
                self.profile_wire(profile)
                if profile is not None
                else self._anonymous_profile_wire(profile_id)
            )
        if "triggeredCampaigns" in content:
            out["triggeredCampaigns"] = [
                self.campaign_wire(self.campaigns[c]) for c in evaluation.triggered
            ]
        if "loyalty" in content:
            out["loyalty"] = self.loyalty_wire(
                profile, body.get("loyaltyCards") or [], evaluation.awards if dry else []
            )
        if "advancedEvent" in content:
            out["advancedEvent"] = self.advanced_event_wire(event)
        if "awardedGiveaways" in content:
            out["awardedGiveaways"] = []
        if "ruleFailureReasons" in content:
            out["ruleFailureReasons"] = []
        return out

    def get_event_v3(self, integration_id: str) -> Json:
        event = self.advanced_events.get(integration_id)
        if event is None:
            raise not_found("advanced event", "integrationId")
        return self.advanced_event_wire(event)

    def _evaluate_event(
        self,
        event_type: str,
        profile_id: str,
        cards: Sequence[str],
        allowed: Sequence[int] | None,
        now: datetime,
    ) -> Evaluation:
        result = Evaluation()
        for campaign in self.config.campaigns:
            rule = campaign.loyalty
            if rule is None or event_type not in rule.event_points:
                continue
            if not self.running(campaign, now) or (allowed and campaign.id not in allowed):
                continue
            award = self._award(
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
                result.effects.append(self._award_effect(award))
        return result

    def track_event_v1(self, body: Json, dry: bool) -> Json:
        session_id = str(body["sessionId"])
        now = self.clock()
        session = self.sessions.get(session_id)
        profile_id = str(body.get("profileId") or (session.profile_id if session else ""))
        if session is None:
            session = Session(
                id=self.next_id("session") if not dry else 0,
                integration_id=session_id,
                created=now,
                updated=now,
                profile_id=profile_id,
                update_count=1,
            )
            if not dry:
                self.sessions[session_id] = session
        evaluation = self._evaluate_event(str(body["type"]), profile_id, [], None, now)
        profile = self.profile(profile_id, create=not dry) if profile_id else None
        event = Event(
            id=self.next_id("event") if not dry else 0,
            type=str(body["type"]),
            created=now,
            profile_id=profile_id,
            attributes=dict(body["attributes"]),
            effects=evaluation.effects,
            session_id=session_id,
        )
        if not dry:
            for award in evaluation.awards:
                self._write_award(award, session_id)
            if profile_id:
                self._progress(profile_id, str(body["type"]))
            self.events[event.id] = event
        out: Json = {
            "session": self.session_v1_wire(session),
            "profile": (
                self.profile_wire(profile)
                if profile is not None
                else self._anonymous_profile_wire(profile_id)
            ),
            "event": self.event_wire(event),
        }
        if profile is not None and profile.loyalty_joined:
            out["loyalty"] = self.loyalty_wire(profile, [])
        if session.coupon_codes and session.coupon_codes[0] in self.coupons:
            out["coupon"] = self.coupon_wire(self.coupons[session.coupon_codes[0]])
        return out

    # ------------------------------------------------------------------ achievements
    def _achievements(self) -> list[tuple[CampaignConfig, Any]]:
        return [(c, a) for c in self.config.campaigns for a in c.achievements]

    def _progress(self, profile_id: str, event_type: str) -> None:
        now = self.clock()
        for campaign, achievement in self._achievements():
            if achievement.event != event_type or not self.running(campaign, now):
                continue
            key = (profile_id, achievement.id)
            progress = self.progress.get(key)
            if progress is None:
                progress = self.progress[key] = Progress(progress=0.0, start=now)
            if progress.completed is not None:
                continue
            progress.progress += 1
            if progress.progress >= achievement.target:
                progress.completed = now

    def _progress_wire(self, profile_id: str, achievement: Any) -> Json:
        progress = self.progress.get((profile_id, achievement.id))
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

    def customer_achievements(self, integration_id: str, params: Json) -> Json:
        self.require_profile(integration_id)
        entries = []
        for campaign, achievement in self._achievements():
            if params.get("campaignIds") and str(campaign.id) not in params["campaignIds"]:
                continue
            if params.get("achievementIds") and str(achievement.id) not in params["achievementIds"]:
                continue
            if params.get("achievementStatus") and "active" not in params["achievementStatus"]:
                continue
            current = self._progress_wire(integration_id, achievement)
            wanted = params.get("currentProgressStatus")
            if wanted and current["status"] not in wanted:
                continue
            entries.append(
                {
                    "id": achievement.id,
                    "created": iso(self.started),
                    "name": achievement.name,
                    "title": achievement.title,
                    "description": achievement.description,
                    "target": achievement.target,
                    "recurrencePolicy": "no_recurrence",
                    "activationPolicy": "fixed_schedule",
                    "allowRollbackAfterCompletion": False,
                    "campaignId": campaign.id,
                    "status": "active",
                    "currentProgress": current,
                }
            )
        chunk, _ = page(entries, int(params.get("pageSize", 1000)), int(params.get("skip", 0)))
        return {"totalResultSize": len(entries), "data": chunk}

    def achievement_history(self, integration_id: str, achievement_id: int, params: Json) -> Json:
        self.require_profile(integration_id)
        found = next((a for _, a in self._achievements() if a.id == achievement_id), None)
        if found is None:
            raise not_found("achievement", "achievementId")
        records = []
        wire = self._progress_wire(integration_id, found)
        if wire["status"] != "not_started":
            records.append(wire)
        if params.get("progressStatus"):
            records = [r for r in records if r["status"] in params["progressStatus"]]
        if params.get("startDate") is not None:
            records = [r for r in records if r["startDate"] >= iso(params["startDate"])]
        if params.get("endDate") is not None:
            records = [r for r in records if r["startDate"] <= iso(params["endDate"])]
        chunk, _ = page(records, int(params.get("pageSize", 1000)), int(params.get("skip", 0)))
        return {"totalResultSize": len(records), "data": chunk}

    # ------------------------------------------------------------------ coupons
    def coupon_wire(self, coupon: Coupon) -> Json:
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

    def integration_coupon_wire(self, coupon: Coupon, profile_id: str) -> Json:
        out = self.coupon_wire(coupon)
        out["profileRedemptionCount"] = coupon.redemptions.get(profile_id, 0)
        return out

    def require_coupon(self, value: str) -> Coupon:
        coupon = self.coupons.get(value)
        if coupon is None:
            raise not_found("coupon", "couponValue")
        return coupon

    def reserve_coupon(self, value: str, body: Json) -> Json:
        coupon = self.require_coupon(value)
        new = [str(i) for i in body["integrationIDs"] if str(i) not in coupon.reservations]
        if coupon.reservation_limit and len(coupon.reservations) + len(new) > (
            coupon.reservation_limit
        ):
            raise bad_request(
                "the coupon's reservation limit would be exceeded", pointer="/integrationIDs"
            )
        for integration_id in new:
            if integration_id:
                self.profile(integration_id)
                coupon.reservations.append(integration_id)
        return self.coupon_wire(coupon)

    def release_coupon(self, value: str, body: Json) -> None:
        coupon = self.require_coupon(value)
        drop = {str(i) for i in body["integrationIDs"]}
        coupon.reservations = [p for p in coupon.reservations if p not in drop]

    def reserved_customers(self, value: str) -> Json:
        coupon = self.require_coupon(value)
        data = [
            self.profile_wire(self.profiles[p]) for p in coupon.reservations if p in self.profiles
        ]
        return {"totalResultSize": len(data), "data": data}

    # ------------------------------------------------------------------ referrals
    def referral_wire(self, referral: Referral) -> Json:
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

    def inventory_referral_wire(self, referral: Referral) -> Json:
        out = self.referral_wire(referral)
        out["referredCustomers"] = list(referral.referred)
        return out

    def _referral_campaign(self, campaign_id: int) -> CampaignConfig:
        campaign = self.campaigns.get(campaign_id)
        if campaign is None or campaign.referrals is None:
            raise bad_request(
                f"campaign {campaign_id} has no referral program", pointer="/campaignId"
            )
        return campaign

    def _new_code(self, pattern: str = "REF-########", chars: Sequence[str] = ()) -> str:
        alphabet = "".join(chars) or _CODE_CHARS
        if "#" not in pattern:
            pattern += "-####"
        for _ in range(1000):
            code = "".join(self.random.choice(alphabet) if ch == "#" else ch for ch in pattern)
            if code not in self.referrals and code not in self.coupons:
                return code
        raise ApiProblem(409, "could not generate a unique code with this pattern")

    def create_referral(self, body: Json) -> Json:
        campaign = self._referral_campaign(int(body["campaignId"]))
        assert campaign.referrals is not None
        referral = self._make_referral(
            campaign, str(body["advocateProfileIntegrationId"]), body, None, self._new_code()
        )
        referral.friend = body.get("friendProfileIntegrationId") or None
        return self.referral_wire(referral)

    def _make_referral(
        self, campaign: CampaignConfig, advocate: str, body: Json, batch: str | None, code: str
    ) -> Referral:
        assert campaign.referrals is not None
        if advocate:
            self.profile(advocate)
        referral = Referral(
            id=self.next_id("referral"),
            code=code,
            campaign_id=campaign.id,
            advocate=advocate,
            created=self.clock(),
            usage_limit=int(body.get("usageLimit", campaign.referrals.usage_limit)),
            start_date=opt_time(body.get("startDate")),
            expiry_date=opt_time(body.get("expiryDate")),
            attributes=dict(body.get("attributes") or {}),
            batch_id=batch,
        )
        self.referrals[code] = referral
        return referral

    def create_referrals_for_advocates(self, body: Json) -> Json:
        campaign = self._referral_campaign(int(body["campaignId"]))
        batch = "".join(self.random.choice(string.ascii_lowercase) for _ in range(8))
        pattern = str(body.get("referralPattern") or "REF-########")
        created = [
            self.referral_wire(
                self._make_referral(
                    campaign,
                    str(advocate),
                    body,
                    batch,
                    self._new_code(pattern, body.get("validCharacters") or ()),
                )
            )
            for advocate in body["advocateProfileIntegrationIds"]
        ]
        return {"totalResultSize": len(created), "data": created}

    # ------------------------------------------------------------------ audiences
    def audience_wire(self, audience: Audience) -> Json:
        out: Json = {
            "accountId": self.config.account_id,
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

    def create_audience(self, body: Json) -> Json:
        integration_id = body.get("integrationId")
        if integration_id is not None and any(
            a.integration_id == integration_id for a in self.audiences.values()
        ):
            raise ApiProblem(
                409,
                f"an audience with integrationId {integration_id!r} exists",
                title="Duplicate audience",
                pointer="/integrationId",
            )
        audience = Audience(
            id=self.next_id("audience"),
            name=str(body["name"]),
            created=self.clock(),
            integration=body.get("integration"),
            integration_id=integration_id,
            description=body.get("description"),
            sandbox=bool(body.get("sandbox", False)),
            created_in_3rd_party=bool(body.get("createdIn3rdParty", False)),
            last_update=opt_time(body.get("lastUpdate")),
        )
        self.audiences[audience.id] = audience
        return self.audience_wire(audience)

    def require_audience(self, audience_id: int) -> Audience:
        audience = self.audiences.get(audience_id)
        if audience is None:
            raise not_found("audience", "audienceId")
        return audience

    def update_audience(self, audience_id: int, body: Json) -> Json:
        audience = self.require_audience(audience_id)
        audience.name = str(body["name"])
        audience.last_update = self.clock()
        return self.audience_wire(audience)

    def delete_audience(self, audience_id: int) -> None:
        self.require_audience(audience_id)
        del self.audiences[audience_id]
        for profile in self.profiles.values():
            profile.audiences.discard(audience_id)

    def delete_memberships(self, audience_id: int) -> None:
        self.require_audience(audience_id)
        for profile in self.profiles.values():
            profile.audiences.discard(audience_id)

    def members(self, audience_id: int) -> list[Profile]:
        return [p for p in self.profiles.values() if audience_id in p.audiences]

    def update_profile_audiences(self, body: Json) -> None:
        items = body.get("data") or []
        for index, item in enumerate(items):
            if int(item["audienceId"]) not in self.audiences:
                raise ApiProblem(
                    404,
                    f"audience {item['audienceId']} not found",
                    title="Not found",
                    pointer=f"/data/{index}/audienceId",
                )
        for item in items:
            profile = self.profile(str(item["profileIntegrationId"]))
            if profile is None:
                continue
            if item["action"] == "add":
                profile.audiences.add(int(item["audienceId"]))
            else:
                profile.audiences.discard(int(item["audienceId"]))

    def update_audience_attributes(self, audience_id: int, body: Json) -> None:
        self.require_audience(audience_id)
        for profile in self.members(audience_id):
            profile.attributes.update(body)

    # ------------------------------------------------------------------ loyalty
    def require_program(
        self, program_id: int, *, card_based: bool | None = None
    ) -> LoyaltyProgramConfig:
        program = self.programs.get(program_id)
        if program is None:
            raise not_found("loyalty program", "loyaltyProgramId")
        if card_based is not None and program.card_based != card_based:
            kind = "card-based" if program.card_based else "profile-based"
            raise bad_request(
                f"loyalty program {program_id} is {kind}", parameter="loyaltyProgramId"
            )
        return program

    def _balances(self, txns: Iterable[Transaction], now: datetime) -> Json:
        active = pending = expired = 0.0
        for t in txns:
            status = t.status(now)
            if t.kind == "subtraction":
                active -= t.amount
            elif status == "pending":
                pending += t.amount
            elif status == "expired":
                expired += t.amount
            else:
                active += t.amount
        negative = -active if active < 0 else 0.0
        return {
            "activePoints": money(max(active, 0)),
            "pendingPoints": money(pending),
            "spentPoints": 0.0,
            "expiredPoints": money(expired),
            "negativePoints": money(negative),
        }

    def _ledger_info(self, txns: list[Transaction], tentative: float = 0.0) -> Json:
        b = self._balances(txns, self.clock())
        return {
            "currentBalance": b["activePoints"],
            "pendingBalance": b["pendingPoints"],
            "negativeBalance": b["negativePoints"],
            "expiredBalance": b["expiredPoints"],
            "spentBalance": 0.0,
            "tentativeCurrentBalance": money(b["activePoints"] + tentative),
        }

    def _profile_txns(self, program_id: int, profile_id: str) -> list[Transaction]:
        return [
            t
            for t in self.transactions
            if t.program_id == program_id and t.profile_id == profile_id
        ]

    def _card_txns(self, program_id: int, card_id: str) -> list[Transaction]:
        return [t for t in self.transactions if t.program_id == program_id and t.card_id == card_id]

    def loyalty_wire(
        self, profile: Profile | None, cards: Sequence[str], tentative: Sequence[LoyaltyAward] = ()
    ) -> Json:
        programs: Json = {}
        if profile is not None:
            extra: dict[int, float] = {}
            for award in tentative:
                if award.card_id is None and award.profile_id == profile.integration_id:
                    extra[award.program_id] = extra.get(award.program_id, 0) + award.amount
            joined = set(profile.loyalty_joined) | set(extra)
            for pid in sorted(joined):
                program = self.programs[pid]
                txns = self._profile_txns(pid, profile.integration_id)
                entry: Json = {
                    "id": pid,
                    "title": program.title,
                    "name": program.name,
                    "ledger": self._ledger_info(
                        [t for t in txns if t.subledger == ""], extra.get(pid, 0.0)
                    ),
                    "subLedgers": {
                        sub: self._ledger_info([t for t in txns if t.subledger == sub])
                        for sub in sorted({t.subledger for t in txns} - {""})
                    },
                }
                if pid in profile.loyalty_joined:
                    entry["joinDate"] = iso(profile.loyalty_joined[pid])
                programs[str(pid)] = entry
        out: Json = {"programs": programs}
        wires = [self.card_wire(self.cards[c]) for c in cards if c in self.cards]
        if wires:
            out["cards"] = wires
        return out

    def _tier(self, program: LoyaltyProgramConfig, points: float) -> Json:
        out: Json = {}
        tiers = sorted(program.tiers, key=lambda t: t.min_points)
        current = [t for t in tiers if t.min_points <= points]
        if current:
            index = tiers.index(current[-1])
            out["currentTier"] = {"id": index + 1, "name": current[-1].name}
        upcoming = [t for t in tiers if t.min_points > points]
        if upcoming:
            out["nextTierName"] = upcoming[0].name
            out["pointsToNextTier"] = money(upcoming[0].min_points - points)
        return out

    def loyalty_balances(self, program_id: int, integration_id: str, params: Json) -> Json:
        program = self.require_program(program_id, card_based=False)
        self.require_profile(integration_id)
        now = params.get("endDate") or self.clock()
        txns = [t for t in self._profile_txns(program_id, integration_id) if t.created <= now]
        subledgers = sorted({t.subledger for t in txns} - {""})
        wanted = params.get("subledgerId")

        def balance(sub: str) -> Json:
            b = self._balances([t for t in txns if t.subledger == sub], now)
            if params.get("includeTiers"):
                b.update(self._tier(program, b["activePoints"]))
            if params.get("includeProjectedTier"):
                projected: Json = {"projectedActivePoints": b["activePoints"]}
                name = self._tier(program, b["activePoints"]).get("currentTier", {}).get("name")
                if name:
                    projected["projectedTierName"] = name
                b["projectedTier"] = projected
            return b

        out: Json = {}
        if wanted is None or wanted == "":
            out["balance"] = balance("")
        out["subledgerBalances"] = {
            s: balance(s) for s in subledgers if wanted is None or wanted == s
        }
        return out

    def _txn_wire(self, t: Transaction, *, card: bool) -> Json:
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

    def _points_wire(self, t: Transaction, *, card: bool) -> Json:
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

    def _filter_txns(self, txns: list[Transaction], params: Json) -> list[Transaction]:
        subledgers = params.get("subledgerId")
        if subledgers is not None:
            wanted = {subledgers} if isinstance(subledgers, str) else set(subledgers)
            txns = [t for t in txns if t.subledger in wanted]
        if params.get("customerSessionIDs"):
            txns = [t for t in txns if t.session_id in set(params["customerSessionIDs"])]
        if params.get("transactionUUIDs"):
            txns = [t for t in txns if t.uuid in set(params["transactionUUIDs"])]
        kind = params.get("loyaltyTransactionType")
        if kind is not None:
            txns = [t for t in txns if ("session" if t.session_id else "manual") == kind]
        if params.get("startDate") is not None:
            txns = [t for t in txns if t.created >= params["startDate"]]
        if params.get("endDate") is not None:
            txns = [t for t in txns if t.created <= params["endDate"]]
        if params.get("awaitsActivation") is not None:
            now = self.clock()
            txns = [
                t for t in txns if (t.status(now) == "pending") == bool(params["awaitsActivation"])
            ]
        return txns

    def _transactions(self, txns: list[Transaction], params: Json, *, card: bool) -> Json:
        txns = self._filter_txns(txns, params)
        chunk, more = page(txns, int(params.get("pageSize", 50)), int(params.get("skip", 0)))
        return {"hasMore": more, "data": [self._txn_wire(t, card=card) for t in chunk]}

    def _points(self, txns: list[Transaction], params: Json, *, card: bool) -> Json:
        status = params.get("status", "active")
        now = self.clock()
        txns = [
            t
            for t in self._filter_txns(txns, params)
            if t.kind == "addition" and t.status(now) == status
        ]
        if params.get("sort") == "expiryDate":
            txns.sort(key=lambda t: t.expiry or datetime.max.replace(tzinfo=now.tzinfo))
        else:
            txns.sort(key=lambda t: t.start or t.created)
        chunk, more = page(txns, int(params.get("pageSize", 50)), int(params.get("skip", 0)))
        return {"hasMore": more, "data": [self._points_wire(t, card=card) for t in chunk]}

    def profile_transactions(self, program_id: int, integration_id: str, params: Json) -> Json:
        self.require_program(program_id, card_based=False)
        self.require_profile(integration_id)
        return self._transactions(
            self._profile_txns(program_id, integration_id), params, card=False
        )

    def profile_points(self, program_id: int, integration_id: str, params: Json) -> Json:
        self.require_program(program_id, card_based=False)
        self.require_profile(integration_id)
        return self._points(self._profile_txns(program_id, integration_id), params, card=False)

    def activate_points(self, program_id: int, body: Json) -> Json:
        self.require_program(program_id)
        uuids, session_id = body.get("transactionUUIDs"), body.get("sessionId")
        if bool(uuids) == bool(session_id):
            raise bad_request("give either transactionUUIDs or sessionId", pointer="/")
        now = self.clock()
        chosen = [
            t
            for t in self.transactions
            if t.program_id == program_id
            and t.status(now) == "pending"
            and (t.uuid in set(uuids or ()) if uuids else t.session_id == session_id)
        ]
        if not chosen:
            raise not_found("pending loyalty points")
        entries = []
        for t in chosen:
            t.activated = True
            t.start = now
            entry: Json = {
                "created": iso(t.created),
                "programID": t.program_id,
                "type": "addition",
                "amount": t.amount,
                "startDate": iso(now),
                "name": t.name,
                "subLedgerID": t.subledger,
                "archived": False,
            }
            if t.profile_id:
                entry["customerProfileID"] = t.profile_id
            if t.card_id is not None:
                entry["cardID"] = self.cards[t.card_id].id if t.card_id in self.cards else 0
            if t.session_id:
                entry["customerSessionID"] = t.session_id
            if t.expiry is not None:
                entry["expiryDate"] = iso(t.expiry)
            entries.append(entry)
        return {"ledgerEntries": entries}

    def delete_transactions(self, program_id: int, integration_id: str, body: Json) -> None:
        self.require_program(program_id, card_based=False)
        self.require_profile(integration_id)
        if body["scope"] == "SelectedSubledgers":
            if body.get("subledgerIds") is None:
                raise bad_request(
                    "subledgerIds is required with SelectedSubledgers", pointer="/subledgerIds"
                )
            wanted = set(body["subledgerIds"])
        else:
            wanted = None
        self.transactions = [
            t
            for t in self.transactions
            if not (
                t.program_id == program_id
                and t.profile_id == integration_id
                and (wanted is None or t.subledger in wanted)
            )
        ]

    # ------------------------------------------------------------------ loyalty cards
    def card_wire(self, card: Card) -> Json:
        program = self.programs[card.program_id]
        txns = self._card_txns(card.program_id, card.identifier)
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
            "ledger": self._ledger_info([t for t in txns if t.subledger == ""]),
            "subledgers": {
                sub: self._ledger_info([t for t in txns if t.subledger == sub])
                for sub in sorted({t.subledger for t in txns} - {""})
            },
            "modified": iso(card.modified or card.created),
        }

    def require_card(self, program_id: int, identifier: str) -> Card:
        self.require_program(program_id, card_based=True)
        card = self.cards.get(identifier)
        if card is None or card.program_id != program_id:
            raise not_found("loyalty card", "loyaltyCardId")
        return card

    def generate_card(self, program_id: int, body: Json) -> Json:
        program = self.programs.get(program_id)
        if program is None or not program.card_based:
            raise bad_request(
                f"no card-based loyalty program {program_id}", parameter="loyaltyProgramId"
            )
        identifier = body.get("cardIdentifier")
        if identifier is None:
            identifier = "".join(self.random.choice(_CODE_CHARS) for _ in range(12))
        if identifier in self.cards:
            raise bad_request(f"card {identifier!r} exists", pointer="/cardIdentifier")
        profiles = [str(p) for p in body.get("customerProfileIds") or []]
        if program.users_per_card_limit and len(profiles) > program.users_per_card_limit:
            raise bad_request(
                "more profiles than the program allows per card", pointer="/customerProfileIds"
            )
        now = self.clock()
        card = Card(
            id=self.next_id("card"),
            identifier=identifier,
            program_id=program_id,
            created=now,
            status=str(body.get("status", "active")),
        )
        for profile_id in profiles:
            self.profile(profile_id)
            card.profiles.append((profile_id, now))
        self.cards[identifier] = card
        return self.card_wire(card)

    def link_card(self, program_id: int, identifier: str, body: Json) -> Json:
        card = self.require_card(program_id, identifier)
        program = self.programs[program_id]
        integration_id = str(body["integrationId"])
        if any(p == integration_id for p, _ in card.profiles):
            return self.card_wire(card)
        if program.users_per_card_limit and len(card.profiles) >= program.users_per_card_limit:
            raise bad_request(
                "the card has reached its limit of linked profiles", pointer="/integrationId"
            )
        self.profile(integration_id)
        now = self.clock()
        card.profiles.append((integration_id, now))
        card.modified = now
        return self.card_wire(card)

    def unlink_card(self, program_id: int, identifier: str, body: Json) -> Json:
        card = self.require_card(program_id, identifier)
        integration_id = str(body["integrationId"])
        if not any(p == integration_id for p, _ in card.profiles):
            raise bad_request(
                f"profile {integration_id!r} is not linked to this card", pointer="/integrationId"
            )
        card.profiles = [p for p in card.profiles if p[0] != integration_id]
        card.modified = self.clock()
        return self.card_wire(card)

    def card_balances(self, program_id: int, identifier: str, params: Json) -> Json:
        card = self.require_card(program_id, identifier)
        now = params.get("endDate") or self.clock()
        txns = [t for t in self._card_txns(program_id, identifier) if t.created <= now]
        wanted = params.get("subledgerId")
        out: Json = {
            "profiles": [{"integrationId": p, "timestamp": iso(ts)} for p, ts in card.profiles],
        }
        if not wanted or "" in wanted:
            out["balance"] = self._balances([t for t in txns if t.subledger == ""], now)
        out["subledgerBalances"] = {
            s: self._balances([t for t in txns if t.subledger == s], now)
            for s in sorted({t.subledger for t in txns} - {""})
            if not wanted or s in wanted
        }
        return out

    def card_transactions(self, program_id: int, identifier: str, params: Json) -> Json:
        self.require_card(program_id, identifier)
        return self._transactions(self._card_txns(program_id, identifier), params, card=True)

    def card_points(self, program_id: int, identifier: str, params: Json) -> Json:
        self.require_card(program_id, identifier)
        return self._points(self._card_txns(program_id, identifier), params, card=True)

    # ------------------------------------------------------------------ inventory
    def inventory(self, integration_id: str, params: Json) -> Json:
        profile = self.require_profile(integration_id)
        now = self.clock()
        out: Json = {}
        if params.get("profile"):
            out["profile"] = self.profile_wire(profile)
        if params.get("loyalty"):
            cards = [
                c.identifier
                for c in self.cards.values()
                if any(p == integration_id for p, _ in c.profiles)
            ]
            out["loyalty"] = self.loyalty_wire(profile, cards)
        if params.get("referrals"):
            out["referrals"] = [
                self.inventory_referral_wire(r)
                for r in self.referrals.values()
                if r.advocate == integration_id
            ]
        if params.get("coupons"):
            coupons = []
            for c in self.coupons.values():
                if c.recipient != integration_id and integration_id not in c.reservations:
                    continue
                wire = self.integration_coupon_wire(c, integration_id)
                wire["state"] = self._coupon_state(c, integration_id, now)
                coupons.append(wire)
            out["coupons"] = coupons
        if params.get("giveaways"):
            out["giveaways"] = []
        if params.get("achievements"):
            items = []
            for campaign, achievement in self._achievements():
                progress = self._progress_wire(integration_id, achievement)
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

    def _coupon_state(self, coupon: Coupon, profile_id: str, now: datetime) -> str:
        campaign = self.campaigns.get(coupon.campaign_id)
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

    # ------------------------------------------------------------------ catalogs
    def _observe(
        self, catalog: Catalog, sku: str, price: float, when: datetime, context_id: str
    ) -> None:
        catalog.history.append(
            PriceObservation(
                id=self.next_id("price"),
                sku=sku,
                price=float(price),
                observed_at=when,
                context_id=context_id,
            )
        )

    def catalog_wire(self, catalog: Catalog) -> Json:
        return {
            "id": catalog.id,
            "created": iso(catalog.created),
            "accountId": self.config.account_id,
            "modified": iso(catalog.modified),
            "name": catalog.name,
            "description": catalog.description,
            "subscribedApplicationsIds": [self.app_id],
            "version": catalog.version,
            "createdBy": 1,
        }

    def sync_catalog(self, catalog_id: int, body: Json) -> Json:
        catalog = self.catalogs.get(catalog_id)
        if catalog is None:
            raise not_found("catalog", "catalogId")
        if body.get("version") is not None and int(body["version"]) != catalog.version:
            raise bad_request(
                f"catalog version is {catalog.version}, not {body['version']}", pointer="/version"
            )
        items = copy.deepcopy(catalog.items)
        now = self.clock()
        prices: list[tuple[str, float, str]] = []
        for index, action in enumerate(body["actions"]):
            self._catalog_action(items, action, f"/actions/{index}/payload", prices)
        catalog.items = items
        for sku, price, context in prices:
            self._observe(catalog, sku, price, now, context)
        catalog.version += 1
        catalog.modified = now
        return self.catalog_wire(catalog)

    def _catalog_action(
        self,
        items: dict[str, Json],
        action: Json,
        pointer: str,
        prices: list[tuple[str, float, str]],
    ) -> None:
        kind, payload = action["type"], action["payload"]
        if kind in {"ADD", "PATCH", "REMOVE", "ADD_PRICE_ADJUSTMENT"}:
            sku = payload.get("sku")
            if not isinstance(sku, str) or not sku:
                raise bad_request("the payload needs a sku", pointer=f"{pointer}/sku")
            exists = sku in items
            if kind == "ADD":
                if exists and not payload.get("replaceIfExists"):
                    raise bad_request(f"item {sku!r} exists", pointer=f"{pointer}/sku")
                items[sku] = {"sku": sku, "attributes": dict(payload.get("attributes") or {})}
                self._set_price(items[sku], payload, pointer, prices)
                if payload.get("product"):
                    items[sku]["product"] = payload["product"]
            elif kind == "PATCH":
                if not exists and not payload.get("createIfNotExists"):
                    raise bad_request(f"item {sku!r} not found", pointer=f"{pointer}/sku")
                item = items.setdefault(sku, {"sku": sku, "attributes": {}})
                item["attributes"].update(payload.get("attributes") or {})
                self._set_price(item, payload, pointer, prices)
            elif kind == "REMOVE":
                if not exists:
                    raise bad_request(f"item {sku!r} not found", pointer=f"{pointer}/sku")
                del items[sku]
            else:
                if not exists:
                    raise bad_request(f"item {sku!r} not found", pointer=f"{pointer}/sku")
                price = payload.get("price")
                if not isinstance(price, int | float):
                    raise bad_request(
                        "a price adjustment needs a price", pointer=f"{pointer}/price"
                    )
                prices.append((sku, float(price), str(payload.get("contextId", ""))))
            return
        filters = payload.get("filters") or []
        matched = [
            sku
            for sku, item in items.items()
            if all(self._matches(item, f, pointer) for f in filters)
        ]
        for sku in matched:
            if kind == "REMOVE_MANY":
                del items[sku]
            else:
                items[sku]["attributes"].update(payload.get("attributes") or {})
                self._set_price(items[sku], payload, pointer, prices)

    def _set_price(
        self, item: Json, payload: Json, pointer: str, prices: list[tuple[str, float, str]]
    ) -> None:
        price = payload.get("price")
        if price is None:
            return
        if not isinstance(price, int | float) or price < 0:
            raise bad_request("price must be a non-negative number", pointer=f"{pointer}/price")
        item["price"] = float(price)
        prices.append((item["sku"], float(price), ""))

    def _matches(self, item: Json, flt: Json, pointer: str) -> bool:
        attr, op, value = flt.get("attr"), str(flt.get("op", "EQ")).upper(), flt.get("value")
        actual = item.get(attr) if attr in {"sku", "price"} else item["attributes"].get(attr)
        try:
            if op == "EQ":
                return bool(actual == value)
            if op == "IN":
                return actual in (value or [])
            if actual is None:
                return False
            if op == "LT":
                return bool(actual < value)
            if op == "LE":
                return bool(actual <= value)
            if op == "GT":
                return bool(actual > value)
            if op == "GE":
                return bool(actual >= value)
        except TypeError:
            return False
        raise bad_request(f"unknown filter operator {op!r}", pointer=f"{pointer}/filters")

    def best_prior_price(self, body: Json) -> list[Json]:
        try:
            days = int(str(body["timeframe"]).strip().rstrip("dD"))
        except ValueError:
            raise bad_request("timeframe must be a number of days", pointer="/timeframe") from None
        end = parse_time(str(body["timeframeEndDate"]))
        mode = body["timeframeEndDateType"]
        history = [o for c in self.catalogs.values() for o in c.history]
        out = []
        for sku in body["skus"]:
            seen = sorted((o for o in history if o.sku == sku), key=lambda o: o.observed_at)
            before_end = [o for o in seen if o.observed_at <= end]
            if not before_end:
                continue
            window_end = end
            if mode == "price":
                window_end = before_end[-1].observed_at
            elif mode == "sale":
                context = before_end[-1].context_id
                run_start = before_end[-1].observed_at
                for o in reversed(before_end):
                    if o.context_id != context:
                        break
                    run_start = o.observed_at
                window_end = run_start
            start = window_end - timedelta(days=days)
            in_force = [o for o in seen if o.observed_at <= start][-1:]
            candidates = in_force + [
                o
                for o in seen
                if start < o.observed_at
                and (
                    o.observed_at <= window_end if mode == "strict" else o.observed_at < window_end
                )
            ]
            if not candidates:
                continue
            best = min(candidates, key=lambda o: (o.price, o.observed_at))
            out.append(
                {
                    "id": best.id,
                    "sku": sku,
                    "observedAt": iso(best.observed_at),
                    "contextId": best.context_id,
                    "contextIds": [best.context_id] if best.context_id else [],
                    "price": best.price,
                    "metadata": {"influencingCampaignDetails": []},
                    "target": _prior_price_target(body.get("target")),
                }
            )
        return out
