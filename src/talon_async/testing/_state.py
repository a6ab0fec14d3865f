"""The emulator's shared state: every resource's records, their IDs, the clock and the lock.

One object (`State`) holds what all resources read and write, so a session update can redeem a
coupon, award points and move a profile's totals in one step. Behaviour lives in `_engine.py`
and `resources/`; this module only stores, seeds and looks up. Handlers run under `State.lock`
(the app takes it), so a test thread that resets the server never sees half an update.
"""

from __future__ import annotations

import random
import string
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from ._config import CampaignConfig, EmulatorConfig, LoyaltyProgramConfig
from ._model import (
    Audience,
    Card,
    Catalog,
    Coupon,
    Event,
    PriceObservation,
    Profile,
    Progress,
    Referral,
    Session,
    Transaction,
    bad_request,
    not_found,
    utcnow,
)

__all__ = ["CODE_CHARS", "State", "page"]

CODE_CHARS = string.ascii_uppercase + string.digits  # generated codes and card identifiers


def page(items: Sequence[Any], page_size: int, skip: int) -> tuple[list[Any], bool]:
    """One page of a listing and whether more follow (`pageSize` / `skip`)."""
    skip = max(skip, 0)
    chunk = list(items[skip : skip + page_size])
    return chunk, skip + page_size < len(items)


class State:
    """Records by resource, seeded from the configuration; `reset()` goes back to the seed."""

    def __init__(self, config: EmulatorConfig, clock: Callable[[], datetime] = utcnow) -> None:
        self.config = config
        self.clock = clock
        self.lock = threading.RLock()
        self.campaigns = {c.id: c for c in config.campaigns}
        self.programs: dict[int, LoyaltyProgramConfig] = {p.id: p for p in config.loyalty_programs}
        self.reset()

    def reset(self) -> None:
        """Back to the configured initial state (campaign codes, catalogs), dropping all data."""
        with self.lock:
            self.started = self.clock()
            self._counters: dict[str, int] = {}
            self.random = random.Random(self.config.seed)
            self.profiles: dict[str, Profile] = {}
            self.sessions: dict[str, Session] = {}  # written through store_session only
            self._sessions_per_profile: Counter[str] = Counter()
            self.coupons: dict[str, Coupon] = {}
            self.referrals: dict[str, Referral] = {}
            self.audiences: dict[int, Audience] = {}
            self.transactions: list[Transaction] = []
            self.cards: dict[str, Card] = {}
            self.catalogs: dict[int, Catalog] = {}
            self.events: dict[int, Event] = {}
            self.advanced_events: dict[str, Event] = {}  # v3, by integration ID
            self.progress: dict[tuple[str, int], Progress] = {}
            self._seed()

    def _seed(self) -> None:
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
                self.observe_price(catalog, item.sku, item.price, self.started, "")
            self.catalogs[cat.id] = catalog

    # ------------------------------------------------------------------ IDs
    def next_id(self, kind: str) -> int:
        """Talon.One's IDs are per kind and count from 1."""
        value = self._counters.get(kind, 0) + 1
        self._counters[kind] = value
        return value

    @property
    def app_id(self) -> int:
        return self.config.application_id

    # ------------------------------------------------------------------ look-ups
    def profile(self, integration_id: str, *, create: bool = True) -> Profile | None:
        """The profile, created on first mention as Talon.One does (None for an empty ID)."""
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

    def store_session(self, session: Session) -> None:
        """Store (or replace) a session, keeping the count of sessions per profile exact."""
        old = self.sessions.get(session.integration_id)
        if old is not None:
            self._sessions_per_profile[old.profile_id] -= 1
        self._sessions_per_profile[session.profile_id] += 1
        self.sessions[session.integration_id] = session

    def has_sessions(self, profile_id: str) -> bool:
        """Whether any stored session belongs to the profile: a count, not a scan, so a load
        test creating many sessions does not slow down with every session it adds."""
        return self._sessions_per_profile[profile_id] > 0

    def require_session(self, integration_id: str) -> Session:
        found = self.sessions.get(integration_id)
        if found is None:
            raise not_found("customer session", "customerSessionId")
        return found

    def require_coupon(self, value: str) -> Coupon:
        coupon = self.coupons.get(value)
        if coupon is None:
            raise not_found("coupon", "couponValue")
        return coupon

    def require_audience(self, audience_id: int) -> Audience:
        audience = self.audiences.get(audience_id)
        if audience is None:
            raise not_found("audience", "audienceId")
        return audience

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

    def require_card(self, program_id: int, identifier: str) -> Card:
        self.require_program(program_id, card_based=True)
        card = self.cards.get(identifier)
        if card is None or card.program_id != program_id:
            raise not_found("loyalty card", "loyaltyCardId")
        return card

    def profile_txns(self, program_id: int, profile_id: str) -> list[Transaction]:
        return [
            t
            for t in self.transactions
            if t.program_id == program_id and t.profile_id == profile_id
        ]

    def card_txns(self, program_id: int, card_id: str) -> list[Transaction]:
        return [t for t in self.transactions if t.program_id == program_id and t.card_id == card_id]

    def achievements(self) -> list[tuple[CampaignConfig, Any]]:
        """Every configured achievement with its campaign."""
        return [(c, a) for c in self.config.campaigns for a in c.achievements]

    # ------------------------------------------------------------------ catalogs
    def observe_price(
        self, catalog: Catalog, sku: str, price: float, when: datetime, context_id: str
    ) -> None:
        """Record a price in force from `when` (best prior price reads this history)."""
        catalog.history.append(
            PriceObservation(
                id=self.next_id("price"),
                sku=sku,
                price=float(price),
                observed_at=when,
                context_id=context_id,
            )
        )
