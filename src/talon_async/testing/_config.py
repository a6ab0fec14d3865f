"""Campaign configuration of the emulator: a small, declarative stand-in for Talon.One rules.

Real campaigns are built in the Campaign Manager; tests need a handful of predictable ones, so
the config only covers what the rule engine in `_engine.py` knows how to evaluate. Reading it
from files (and the built-in setup) is `_config_load.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ._ratelimit import RateLimit

__all__ = [
    "AchievementConfig",
    "CampaignConfig",
    "CatalogConfig",
    "CouponConfig",
    "Discount",
    "EmulatorConfig",
    "LoyaltyProgramConfig",
    "LoyaltyRuleConfig",
    "ReferralCodeConfig",
    "ReferralConfig",
    "TierConfig",
]


@dataclass(frozen=True)
class Discount:
    """A percent or fixed discount; `name` becomes the setDiscount effect's name."""

    percent: float | None = None
    amount: float | None = None
    name: str = ""

    def __post_init__(self) -> None:
        if (self.percent is None) == (self.amount is None):
            raise ValueError("a discount needs exactly one of 'percent' or 'amount'")

    def compute(self, base: float) -> tuple[float, float]:
        """Return (applied, desired): the applied value never exceeds what is left to discount."""
        desired = base * self.percent / 100 if self.percent is not None else float(self.amount or 0)
        desired = round(desired, 2)
        return round(min(desired, max(base, 0.0)), 2), desired


@dataclass(frozen=True)
class CouponConfig:
    """A coupon code: its discount, how often it may be used, and by whom and when."""

    code: str
    discount: Discount | None = None
    usage_limit: int = 0
    recipient: str | None = None
    reservation_required: bool = False
    reservation_limit: int = 0
    start_date: datetime | None = None
    expiry_date: datetime | None = None


@dataclass(frozen=True)
class ReferralCodeConfig:
    """A referral code of one advocate, optionally for one friend, with a usage limit."""

    code: str
    advocate: str
    usage_limit: int = 1
    friend: str | None = None
    start_date: datetime | None = None
    expiry_date: datetime | None = None


@dataclass(frozen=True)
class ReferralConfig:
    """Referral rule: the friend gets a discount, the advocate points when the session closes."""

    friend_discount: Discount | None = None
    advocate_points: float = 0
    program_id: int | None = None
    usage_limit: int = 1
    codes: tuple[ReferralCodeConfig, ...] = ()


@dataclass(frozen=True)
class LoyaltyRuleConfig:
    """Points per currency unit of the discounted cart, and/or fixed points per event type."""

    program_id: int
    points_per_currency_unit: float = 0
    event_points: Mapping[str, float] = field(default_factory=dict)
    subledger: str = ""
    name: str = ""


@dataclass(frozen=True)
class AchievementConfig:
    """Progress counts events of `event` (a custom type or `talon_session_closed`)."""

    id: int
    name: str
    title: str
    target: float
    description: str = ""
    event: str = "talon_session_closed"


@dataclass(frozen=True)
class CampaignConfig:
    """One campaign: when it runs, what it discounts, and its coupons, referrals and loyalty."""

    id: int
    name: str
    description: str = ""
    tags: tuple[str, ...] = ()
    enabled: bool = True
    start_time: datetime | None = None
    end_time: datetime | None = None
    min_total: float = 0
    discount: Discount | None = None
    cart_discount: Discount | None = None
    coupons: tuple[CouponConfig, ...] = ()
    referrals: ReferralConfig | None = None
    loyalty: LoyaltyRuleConfig | None = None
    achievements: tuple[AchievementConfig, ...] = ()
    attributes: Mapping[str, Any] = field(default_factory=dict)

    @property
    def features(self) -> list[str]:
        """Which of coupons, referrals, loyalty and achievements the campaign uses."""
        found = []
        if self.coupons:
            found.append("coupons")
        if self.referrals is not None:
            found.append("referrals")
        if self.loyalty is not None:
            found.append("loyalty")
        if self.achievements:
            found.append("achievements")
        return found


@dataclass(frozen=True)
class TierConfig:
    name: str
    min_points: float


@dataclass(frozen=True)
class LoyaltyProgramConfig:
    """A loyalty program: profile or card based, pending and expiry days, tiers."""

    id: int
    name: str
    title: str = ""
    card_based: bool = False
    pending_days: int = 0
    expiry_days: int | None = None
    users_per_card_limit: int = 2
    tiers: tuple[TierConfig, ...] = ()


@dataclass(frozen=True)
class CatalogItemConfig:
    sku: str
    price: float
    attributes: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CatalogConfig:
    id: int
    name: str
    description: str = ""
    items: tuple[CatalogItemConfig, ...] = ()


@dataclass(frozen=True)
class EmulatorConfig:
    """Everything the emulator starts with: ids, the API key it accepts, campaigns, programs."""

    application_id: int = 1
    account_id: int = 1
    api_key: str | None = None
    seed: int | None = None
    campaigns: tuple[CampaignConfig, ...] = ()
    loyalty_programs: tuple[LoyaltyProgramConfig, ...] = ()
    catalogs: tuple[CatalogConfig, ...] = ()
    faults: tuple[Mapping[str, Any], ...] = ()
    rate_limit: RateLimit | None = None  # token bucket per API key (_ratelimit.py)

    def __post_init__(self) -> None:
        programs = {p.id for p in self.loyalty_programs}
        for campaign in self.campaigns:
            rule_programs = [
                campaign.loyalty.program_id if campaign.loyalty else None,
                campaign.referrals.program_id if campaign.referrals else None,
            ]
            for program_id in rule_programs:
                if program_id is not None and program_id not in programs:
                    raise ValueError(
                        f"campaign {campaign.id} refers to unknown loyalty program {program_id}"
                    )
