"""Building an `EmulatorConfig` from plain data: YAML or JSON files, and the built-in setup.

Every key is checked (unknown keys are errors naming where they are), so a typo in a test's
campaign file fails loudly instead of silently running without the campaign.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from ._config import (
    AchievementConfig,
    CampaignConfig,
    CatalogConfig,
    CatalogItemConfig,
    CouponConfig,
    Discount,
    EmulatorConfig,
    LoyaltyProgramConfig,
    LoyaltyRuleConfig,
    ReferralCodeConfig,
    ReferralConfig,
    TierConfig,
)
from ._ratelimit import RateLimit

__all__ = ["default_config", "load_config", "load_config_dict"]


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
