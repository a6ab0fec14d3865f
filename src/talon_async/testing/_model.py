"""In-memory entities of the emulator and their wire (JSON) shapes.

Entities keep only what the emulated semantics need; `to_wire` functions produce the shapes of
our spec's response schemas, which the tests validate with openapi-core.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, NamedTuple

Json = dict[str, Any]


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """RFC 3339 with a `Z`, as Talon.One writes timestamps."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_time(value: str) -> datetime:
    parsed = datetime.fromisoformat(value.replace("z", "Z"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def opt_time(value: object) -> datetime | None:
    """JSON bodies carry RFC 3339 strings; parameters arrive already parsed."""
    if value is None or isinstance(value, datetime):
        return value
    return parse_time(str(value))


def money(value: float) -> float:
    return round(value + 0.0, 2)


def points_for(amount: float, rate: float) -> float:
    """Whole points; the epsilon keeps 19.99 * 100 from becoming 1998."""
    return float(math.floor(amount * rate + 1e-9))


class ApiProblem(Exception):
    """An error response: status plus a Talon.One-shaped body."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        title: str | None = None,
        pointer: str | None = None,
        parameter: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.title = title
        self.pointer = pointer
        self.parameter = parameter

    def body(self, with_status: bool) -> Json:
        out: Json = {"message": self.message}
        if self.title is not None or self.pointer is not None or self.parameter is not None:
            source: Json = {}
            if self.parameter is not None:
                source["parameter"] = self.parameter
            else:
                source["pointer"] = self.pointer or "/"
            out["errors"] = [
                {"title": self.title or self.message, "details": self.message, "source": source}
            ]
        if with_status:
            out["StatusCode"] = self.status
        return out


def not_found(what: str, parameter: str | None = None) -> ApiProblem:
    return ApiProblem(404, f"{what} not found", title="Not found", parameter=parameter)


def bad_request(
    message: str, *, pointer: str | None = None, parameter: str | None = None
) -> ApiProblem:
    return ApiProblem(
        400,
        message,
        title="Invalid request",
        pointer=pointer or (None if parameter else "/"),
        parameter=parameter,
    )


@dataclass
class Profile:
    id: int
    integration_id: str
    created: datetime
    attributes: Json = field(default_factory=dict)
    closed_sessions: int = 0
    total_sales: float = 0.0
    last_activity: datetime | None = None
    audiences: set[int] = field(default_factory=set)
    loyalty_joined: dict[int, datetime] = field(default_factory=dict)


class DiscountKey(NamedTuple):
    """A discount as Talon.One tracks it: per campaign (= ruleset here) and rule, then name."""

    campaign_id: int
    rule: str
    name: str


@dataclass
class Closing:
    """What closing a session committed, so returns, cancels and reopens can roll it back."""

    coupons: list[str]
    referral: str | None
    discounts: dict[DiscountKey, float]  # two campaigns' same-named discounts stay apart
    points: dict[str, float]  # transaction UUID -> points still not rolled back
    cart_total: float
    initial_discounts: dict[DiscountKey, float]
    initial_points: dict[str, float]


@dataclass
class Session:
    id: int
    integration_id: str
    created: datetime
    updated: datetime
    profile_id: str = ""
    store_id: str | None = None
    evaluable_campaign_ids: list[int] | None = None
    coupon_codes: list[str] = field(default_factory=list)
    referral_code: str = ""
    loyalty_cards: list[str] = field(default_factory=list)
    state: str = "open"
    cart_items: list[Json] = field(default_factory=list)
    returned: dict[int, int] = field(default_factory=dict)
    additional_costs: dict[str, Json] = field(default_factory=dict)
    identifiers: list[str] = field(default_factory=list)
    attributes: Json = field(default_factory=dict)
    experiment_allocations: list[Json] = field(default_factory=list)
    first_session: bool = True
    update_count: int = 0
    effects: list[Json] = field(default_factory=list)
    closing: Closing | None = None
    returns: list[Json] = field(default_factory=list)

    def remaining(self, position: int) -> int:
        return int(self.cart_items[position]["quantity"]) - self.returned.get(position, 0)

    @property
    def cart_item_total(self) -> float:
        return money(
            sum(
                float(item.get("price", 0)) * self.remaining(i)
                for i, item in enumerate(self.cart_items)
            )
        )

    @property
    def additional_cost_total(self) -> float:
        return money(sum(float(c.get("price", 0)) for c in self.additional_costs.values()))


@dataclass
class Coupon:
    id: int
    value: str
    campaign_id: int
    created: datetime
    usage_limit: int = 0
    usage_counter: int = 0
    recipient: str | None = None
    reservation_required: bool = False
    reservation_limit: int = 0
    reservations: list[str] = field(default_factory=list)
    start_date: datetime | None = None
    expiry_date: datetime | None = None
    redemptions: dict[str, int] = field(default_factory=dict)
    discount_counter: float = 0.0


@dataclass
class Referral:
    id: int
    code: str
    campaign_id: int
    advocate: str
    created: datetime
    usage_limit: int = 1
    usage_counter: int = 0
    friend: str | None = None
    start_date: datetime | None = None
    expiry_date: datetime | None = None
    attributes: Json = field(default_factory=dict)
    referred: list[str] = field(default_factory=list)
    batch_id: str | None = None


@dataclass
class Audience:
    id: int
    name: str
    created: datetime
    integration: str | None = None
    integration_id: str | None = None
    description: str | None = None
    sandbox: bool = False
    created_in_3rd_party: bool = False
    last_update: datetime | None = None


@dataclass
class Transaction:
    id: int
    uuid: str
    created: datetime
    program_id: int
    kind: Literal["addition", "subtraction"]
    amount: float
    name: str
    profile_id: str | None = None
    card_id: str | None = None
    session_id: str | None = None
    subledger: str = ""
    start: datetime | None = None  # None: active immediately
    expiry: datetime | None = None  # None: never expires
    activated: bool = False
    ruleset_id: int | None = None
    rule_name: str | None = None
    creates_negative: bool = False

    def status(self, now: datetime) -> str:
        if self.kind == "subtraction":
            return "active"
        if self.start is not None and self.start > now and not self.activated:
            return "pending"
        if self.expiry is not None and self.expiry <= now:
            return "expired"
        return "active"


@dataclass
class Card:
    id: int
    identifier: str
    program_id: int
    created: datetime
    status: str = "active"
    profiles: list[tuple[str, datetime]] = field(default_factory=list)
    modified: datetime | None = None


@dataclass
class PriceObservation:
    id: int
    sku: str
    price: float
    observed_at: datetime
    context_id: str = ""


@dataclass
class Catalog:
    id: int
    name: str
    description: str
    created: datetime
    modified: datetime
    version: int = 1
    items: dict[str, Json] = field(default_factory=dict)
    history: list[PriceObservation] = field(default_factory=list)


@dataclass
class Event:
    id: int
    type: str
    created: datetime
    profile_id: str
    attributes: Json
    effects: list[Json]
    session_id: str | None = None
    store_id: str | None = None
    integration_id: str | None = None  # advanced (v3) events: your ID, unique per application
    connected_session_id: str | None = None


@dataclass
class Progress:
    progress: float
    start: datetime
    completed: datetime | None = None
