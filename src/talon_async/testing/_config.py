"""Campaign configuration of the emulator: a small, declarative stand-in for Talon.One rules.

Real campaigns are built in the Campaign Manager; tests need a handful of predictable ones, so
the config only covers what the rule engine in `_engine.py` knows how to evaluate.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
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
    "default_config",
    "load_config",
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


def default_config() -> EmulatorConfig:
    """The out-of-the-box setup: one of each kind of campaign, so every effect can be seen."""
    return load_config_dict(_DEFAULT)


_DEFAULT: dict[str, Any] = {
    "campaigns": [
        {
            "id": 1,
            "name": "Welcome coupons",
            "description": "Coupon codes with a percent or a fixed discount.",
            "tags": ["coupons"],
            "discount": {"percent": 10, "name": "10% off"},
            "coupons": [
                {"code": "WELCOME10", "usage_limit": 100},
                {"code": "SAVE5", "usage_limit": 1, "discount": {"amount": 5, "name": "5 off"}},
                {
                    "code": "VIP20",
                    "discount": {"percent": 20, "name": "VIP 20% off"},
                    "reservation_required": True,
                },
            ],
        },
        {
            "id": 2,
            "name": "Refer a friend",
            "description": "Friends get 5% off, advocates 50 points.",
            "tags": ["referrals"],
            "referrals": {
                "friend_discount": {"percent": 5, "name": "Referral 5% off"},
                "advocate_points": 50,
                "program_id": 1,
                "codes": [{"code": "REF-ALICE", "advocate": "alice", "usage_limit": 3}],
            },
        },
        {
            "id": 3,
            "name": "Points on every order",
            "description": "1 point per currency unit spent; 10 points for a review.",
            "tags": ["loyalty"],
            "loyalty": {
                "program_id": 1,
                "points_per_currency_unit": 1,
                "event_points": {"review_written": 10},
                "name": "Order points",
            },
            "achievements": [
                {
                    "id": 1,
                    "name": "ThreeOrders",
                    "title": "Three orders",
                    "target": 3,
                    "description": "Close three sessions.",
                },
            ],
        },
        {
            "id": 4,
            "name": "Card points",
            "description": "2 points per currency unit on the loyalty card used in the session.",
            "tags": ["loyalty", "cards"],
            "loyalty": {"program_id": 2, "points_per_currency_unit": 2, "name": "Card points"},
        },
    ],
    "loyalty_programs": [
        {
            "id": 1,
            "name": "points",
            "title": "Points",
            "tiers": [{"name": "Silver", "min_points": 0}, {"name": "Gold", "min_points": 500}],
        },
        {"id": 2, "name": "cards", "title": "Loyalty cards", "card_based": True},
    ],
    "catalogs": [{"id": 1, "name": "products", "description": "The shop's products."}],
}


def load_config(path: str | Path) -> EmulatorConfig:
    """Read a YAML (or JSON) config file; see examples/emulator_campaigns.yaml."""
    import yaml

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: the config must be a mapping")
    return load_config_dict(data)


def load_config_dict(data: Mapping[str, Any]) -> EmulatorConfig:
    """Build the config from plain data; unknown keys are errors so typos do not pass silently."""
    _check_keys(data, _TOP_KEYS, "config")
    return EmulatorConfig(
        application_id=int(data.get("application_id", 1)),
        account_id=int(data.get("account_id", 1)),
        api_key=data.get("api_key"),
        seed=data.get("seed"),
        campaigns=tuple(_campaign(c) for c in data.get("campaigns", ())),
        loyalty_programs=tuple(_program(p) for p in data.get("loyalty_programs", ())),
        catalogs=tuple(_catalog(c) for c in data.get("catalogs", ())),
        faults=tuple(dict(f) for f in data.get("faults", ())),
        rate_limit=RateLimit.coerce(data.get("rate_limit")),
    )


_TOP_KEYS = {
    "application_id",
    "account_id",
    "api_key",
    "seed",
    "campaigns",
    "loyalty_programs",
    "catalogs",
    "faults",
    "rate_limit",
}


def _check_keys(data: Mapping[str, Any], allowed: set[str], where: str) -> None:
    if not isinstance(data, Mapping):
        raise ValueError(f"{where}: expected a mapping, got {type(data).__name__}")
    unknown = set(data) - allowed
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(allowed)}")


def _date(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _discount(data: Any, where: str) -> Discount | None:
    if data is None:
        return None
    _check_keys(data, {"percent", "amount", "name"}, where)
    percent, amount = data.get("percent"), data.get("amount")
    default_name = f"{percent}% off" if percent is not None else f"{amount} off"
    return Discount(
        percent=None if percent is None else float(percent),
        amount=None if amount is None else float(amount),
        name=str(data.get("name", default_name)),
    )


def _campaign(data: Mapping[str, Any]) -> CampaignConfig:
    where = f"campaign {data.get('id')!r}"
    _check_keys(
        data,
        {
            "id",
            "name",
            "description",
            "tags",
            "enabled",
            "start_time",
            "end_time",
            "min_total",
            "discount",
            "cart_discount",
            "coupons",
            "referrals",
            "loyalty",
            "achievements",
            "attributes",
        },
        where,
    )
    referrals = data.get("referrals")
    loyalty = data.get("loyalty")
    return CampaignConfig(
        id=int(data["id"]),
        name=str(data["name"]),
        description=str(data.get("description", "")),
        tags=tuple(str(t) for t in data.get("tags", ())),
        enabled=bool(data.get("enabled", True)),
        start_time=_date(data.get("start_time")),
        end_time=_date(data.get("end_time")),
        min_total=float(data.get("min_total", 0)),
        discount=_discount(data.get("discount"), where),
        cart_discount=_discount(data.get("cart_discount"), where),
        coupons=tuple(_coupon(c, where) for c in data.get("coupons", ())),
        referrals=None if referrals is None else _referrals(referrals, where),
        loyalty=None if loyalty is None else _loyalty_rule(loyalty, where),
        achievements=tuple(_achievement(a, where) for a in data.get("achievements", ())),
        attributes=dict(data.get("attributes", {})),
    )


def _coupon(data: Mapping[str, Any], where: str) -> CouponConfig:
    _check_keys(
        data,
        {
            "code",
            "discount",
            "usage_limit",
            "recipient",
            "reservation_required",
            "reservation_limit",
            "start_date",
            "expiry_date",
        },
        f"{where} coupon",
    )
    return CouponConfig(
        code=str(data["code"]),
        discount=_discount(data.get("discount"), where),
        usage_limit=int(data.get("usage_limit", 0)),
        recipient=data.get("recipient"),
        reservation_required=bool(data.get("reservation_required", False)),
        reservation_limit=int(data.get("reservation_limit", 0)),
        start_date=_date(data.get("start_date")),
        expiry_date=_date(data.get("expiry_date")),
    )


def _referrals(data: Mapping[str, Any], where: str) -> ReferralConfig:
    _check_keys(
        data,
        {"friend_discount", "advocate_points", "program_id", "usage_limit", "codes"},
        f"{where} referrals",
    )
    codes = []
    for code in data.get("codes", ()):
        _check_keys(
            code,
            {"code", "advocate", "usage_limit", "friend", "start_date", "expiry_date"},
            f"{where} referral code",
        )
        codes.append(
            ReferralCodeConfig(
                code=str(code["code"]),
                advocate=str(code["advocate"]),
                usage_limit=int(code.get("usage_limit", data.get("usage_limit", 1))),
                friend=code.get("friend"),
                start_date=_date(code.get("start_date")),
                expiry_date=_date(code.get("expiry_date")),
            )
        )
    program = data.get("program_id")
    return ReferralConfig(
        friend_discount=_discount(data.get("friend_discount"), where),
        advocate_points=float(data.get("advocate_points", 0)),
        program_id=None if program is None else int(program),
        usage_limit=int(data.get("usage_limit", 1)),
        codes=tuple(codes),
    )


def _loyalty_rule(data: Mapping[str, Any], where: str) -> LoyaltyRuleConfig:
    _check_keys(
        data,
        {"program_id", "points_per_currency_unit", "event_points", "subledger", "name"},
        f"{where} loyalty",
    )
    return LoyaltyRuleConfig(
        program_id=int(data["program_id"]),
        points_per_currency_unit=float(data.get("points_per_currency_unit", 0)),
        event_points={str(k): float(v) for k, v in dict(data.get("event_points", {})).items()},
        subledger=str(data.get("subledger", "")),
        name=str(data.get("name", "")),
    )


def _achievement(data: Mapping[str, Any], where: str) -> AchievementConfig:
    _check_keys(
        data, {"id", "name", "title", "target", "description", "event"}, f"{where} achievement"
    )
    return AchievementConfig(
        id=int(data["id"]),
        name=str(data["name"]),
        title=str(data.get("title", data["name"])),
        target=float(data["target"]),
        description=str(data.get("description", "")),
        event=str(data.get("event", "talon_session_closed")),
    )


def _program(data: Mapping[str, Any]) -> LoyaltyProgramConfig:
    _check_keys(
        data,
        {
            "id",
            "name",
            "title",
            "card_based",
            "pending_days",
            "expiry_days",
            "users_per_card_limit",
            "tiers",
        },
        f"loyalty program {data.get('id')!r}",
    )
    expiry = data.get("expiry_days")
    return LoyaltyProgramConfig(
        id=int(data["id"]),
        name=str(data["name"]),
        title=str(data.get("title", data["name"])),
        card_based=bool(data.get("card_based", False)),
        pending_days=int(data.get("pending_days", 0)),
        expiry_days=None if expiry is None else int(expiry),
        users_per_card_limit=int(data.get("users_per_card_limit", 2)),
        tiers=tuple(
            TierConfig(name=str(t["name"]), min_points=float(t["min_points"]))
            for t in data.get("tiers", ())
        ),
    )


def _catalog(data: Mapping[str, Any]) -> CatalogConfig:
    _check_keys(data, {"id", "name", "description", "items"}, f"catalog {data.get('id')!r}")
    return CatalogConfig(
        id=int(data["id"]),
        name=str(data["name"]),
        description=str(data.get("description", "")),
        items=tuple(
            CatalogItemConfig(
                sku=str(i["sku"]), price=float(i["price"]), attributes=dict(i.get("attributes", {}))
            )
            for i in data.get("items", ())
        ),
    )
