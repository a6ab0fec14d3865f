"""Helpers of the integration suite: the emulator's config, request bodies, shop steps, checks.

The suite drives `TalonClient` against the offline emulator over real sockets on 127.0.0.1.
The config is the emulator's default (the one `talon_emulator` users get) plus one
profile-based program whose points start pending, so activating points has something to do.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from talon_async import TalonClient, errors
from talon_async import models as m
from talon_async._meta import spec_meta
from talon_async.testing import (
    CampaignConfig,
    EmulatorConfig,
    LoyaltyProgramConfig,
    LoyaltyRuleConfig,
    default_config,
)
from talon_async.testing.pytest_plugin import TalonEmulator

PROFILE = "mira"  # the shopper most tests follow
OTHER = "jonas"  # a second shopper
THIRD = "ida"
CARD = "CARD-0001-MIRA"
POINTS_PROGRAM = 1  # profile-based: 1 point per currency unit (campaign 3)
CARD_PROGRAM = 2  # card-based: 2 points per currency unit of a session using the card
PENDING_PROGRAM = 3  # added here: profile-based, points pending for 7 days
PENDING_EVENT = "survey_completed"  # 25 pending points in PENDING_PROGRAM
PENDING_POINTS = 25.0
REVIEW_EVENT = "review_written"  # 10 points in POINTS_PROGRAM (default config)
CATALOG = 1

# The default cart: 2 x 20.00 + 1 x 10.00 = 50.00. WELCOME10 takes 10% (5.00), leaving 45.00:
# 45 points in program 1 and 90 on a card of program 2 when the session closes.
CART_TOTAL = 50.0
WELCOME_DISCOUNT = 5.0
POINTS_AFTER_WELCOME = 45.0

ERROR_CLASSES: dict[int, type[errors.APIError]] = {
    400: errors.BadRequest,
    401: errors.Unauthorized,
    404: errors.NotFound,
    409: errors.Conflict,
}


def integration_config() -> EmulatorConfig:
    """The default config plus program 3, whose points wait 7 days before they count."""
    base = default_config()
    return dataclasses.replace(
        base,
        loyalty_programs=(
            *base.loyalty_programs,
            LoyaltyProgramConfig(
                id=PENDING_PROGRAM, name="pending", title="Pending points", pending_days=7
            ),
        ),
        campaigns=(
            *base.campaigns,
            CampaignConfig(
                id=5,
                name="Survey points",
                description="25 points for a survey, pending for a week.",
                tags=("loyalty",),
                loyalty=LoyaltyRuleConfig(
                    program_id=PENDING_PROGRAM,
                    event_points={PENDING_EVENT: PENDING_POINTS},
                    name="Survey points",
                ),
            ),
        ),
    )


# ---------------------------------------------------------------------------------------------
# spec facts
# ---------------------------------------------------------------------------------------------


def all_operations() -> dict[str, dict[str, Any]]:
    """'group.function' -> the operation's entry in spec_meta.json."""
    return {f"{op['group']}.{op['function']}": op for op in spec_meta()["operations"]}


def documented_errors() -> list[tuple[str, int]]:
    """Every (operation, status) pair of a documented 400/401/404/409, in spec order."""
    return [
        (key, int(status))
        for key, op in all_operations().items()
        for status in op["responses"]
        if int(status) in ERROR_CLASSES
    ]


def success_types(op_key: str) -> list[Any]:
    """What each documented success status decodes to: a model, (list, item) or None (204)."""
    found: list[Any] = []
    for status, desc in all_operations()[op_key]["responses"].items():
        if not status.startswith("2"):
            continue
        if desc is None:
            found.append(None)
        elif desc[0] == "list":
            found.append((list, getattr(m, desc[1][1])))
        else:
            found.append(getattr(m, desc[1]))
    return found


# ---------------------------------------------------------------------------------------------
# request bodies
# ---------------------------------------------------------------------------------------------

SESSION_CONTENT = list(m.IntegrationRequestResponseContentItem)
RETURN_CONTENT = list(m.ReturnIntegrationRequestResponseContentItem)


def cart(quantity: int = 2, sku: str = "APL-GALA-1KG") -> list[m.CartItem]:
    return [
        m.CartItem(sku=sku, quantity=quantity, name="Gala apples 1 kg", price=20.0),
        m.CartItem(sku="MLK-OAT-1L", quantity=1, name="Oat milk 1 l", price=10.0),
    ]


def session_request(
    *,
    profile: str | None = PROFILE,
    state: m.NewCustomerSessionV2State = m.NewCustomerSessionV2State.OPEN,
    coupons: Sequence[str] = (),
    referral: str | None = None,
    cards: Sequence[str] = (),
    items: list[m.CartItem] | None = None,
) -> m.IntegrationRequest:
    session = m.NewCustomerSessionV2(
        state=state,
        cart_items=cart() if items is None else items,
        coupon_codes=list(coupons),
        loyalty_cards=list(cards),
    )
    if profile is not None:
        session.profile_id = profile
    if referral is not None:
        session.referral_code = referral
    return m.IntegrationRequest(customer_session=session, response_content=SESSION_CONTENT)


def profile_request(**attributes: Any) -> m.CustomerProfileIntegrationRequestV2:
    return m.CustomerProfileIntegrationRequestV2(
        attributes=m.CustomerProfileIntegrationRequestV2Attributes.from_dict(attributes),
        response_content=[
            m.CustomerProfileIntegrationRequestV2ResponseContentItem.CUSTOMERPROFILE,
            m.CustomerProfileIntegrationRequestV2ResponseContentItem.LOYALTY,
        ],
    )


def event_v2(event_type: str = REVIEW_EVENT, profile: str = PROFILE) -> m.IntegrationEventV2Request:
    return m.IntegrationEventV2Request(
        type_=event_type,
        profile_id=profile,
        attributes=m.IntegrationEventV2RequestAttributes.from_dict({"stars": 5}),
        response_content=list(m.IntegrationEventV2RequestResponseContentItem),
    )


def event_v3(
    integration_id: str, event_type: str = REVIEW_EVENT, profile: str = PROFILE
) -> m.IntegrationEventV3Request:
    return m.IntegrationEventV3Request(
        integration_id=integration_id,
        type_=event_type,
        profile_id=profile,
        attributes=m.IntegrationEventV3RequestAttributes.from_dict({"stars": 4}),
        response_content=list(m.IntegrationEventV3RequestResponseContentItem),
    )


def event_v1(session_id: str, event_type: str = REVIEW_EVENT) -> m.NewEvent:
    return m.NewEvent(
        type_=event_type,
        session_id=session_id,
        profile_id=PROFILE,
        attributes=m.NewEventAttributes.from_dict({"stars": 4}),
    )


def reservations(*profiles: str) -> m.CouponReservations:
    return m.CouponReservations(integration_i_ds=list(profiles))


def membership(
    audience_id: int,
    *profiles: str,
    action: m.CustomerProfileAudienceRequestItemAction = m.CustomerProfileAudienceRequestItemAction.ADD,
) -> m.CustomerProfileAudienceRequest:
    return m.CustomerProfileAudienceRequest(
        data=[
            m.CustomerProfileAudienceRequestItem(
                action=action, profile_integration_id=p, audience_id=audience_id
            )
            for p in profiles
        ]
    )


# A catalog action is one of several shapes, one per `type` (CatalogActionAdd, ...).
_CATALOG_ACTIONS: dict[str, tuple[Any, Any, Any]] = {
    "ADD": (m.CatalogActionAdd, m.CatalogActionAddType, m.CatalogActionAddPayload),
    "PATCH": (m.CatalogActionPatch, m.CatalogActionPatchType, m.CatalogActionPatchPayload),
    "REMOVE": (m.CatalogActionRemove, m.CatalogActionRemoveType, m.CatalogActionRemovePayload),
}


def catalog_action(kind: str, **payload: Any) -> Any:
    cls, kind_type, payload_type = _CATALOG_ACTIONS[kind]
    return cls(type_=kind_type(kind), payload=payload_type.from_dict(payload))


def card_request(
    identifier: str | None = CARD, profiles: Sequence[str] = ()
) -> m.GenerateLoyaltyCard:
    body = m.GenerateLoyaltyCard(
        status=m.GenerateLoyaltyCardStatus.ACTIVE, customer_profile_ids=list(profiles)
    )
    if identifier is not None:
        body.card_identifier = identifier
    return body


def registration(profile: str = PROFILE) -> m.LoyaltyCardRegistration:
    return m.LoyaltyCardRegistration(integration_id=profile)


def new_referral(campaign_id: int = 2, advocate: str = PROFILE) -> m.NewReferral:
    return m.NewReferral(
        campaign_id=campaign_id,
        advocate_profile_integration_id=advocate,
        friend_profile_integration_id=OTHER,
        usage_limit=1,
        attributes=m.NewReferralAttributes.from_dict({"source": "app-share"}),
    )


def referrals_for(
    *advocates: str, campaign_id: int = 2, pattern: str = "FRIEND-####"
) -> m.NewReferralsForMultipleAdvocates:
    return m.NewReferralsForMultipleAdvocates(
        campaign_id=campaign_id,
        usage_limit=2,
        advocate_profile_integration_ids=list(advocates),
        valid_characters=list("ABCDEFGH23456789"),
        referral_pattern=pattern,
    )


def delete_all_transactions() -> m.DeleteLoyaltyTransactionsRequest:
    return m.DeleteLoyaltyTransactionsRequest(
        scope=m.DeleteLoyaltyTransactionsRequestScope.ALLSUBLEDGERS
    )


def best_prior_price_request(*skus: str, end: dt.datetime) -> m.BestPriorPriceRequest:
    return m.BestPriorPriceRequest(
        skus=list(skus),
        timeframe="30",
        timeframe_end_date=end,
        timeframe_end_date_type=m.BestPriorPriceRequestTimeframeEndDateType.STRICT,
    )


# ---------------------------------------------------------------------------------------------
# shop steps: state the operations under test need, built through the API itself
# ---------------------------------------------------------------------------------------------


async def open_session(talon: TalonClient, session_id: str, **kwargs: Any) -> m.IntegrationStateV2:
    return await talon.customer_sessions.update_customer_session_v2(
        session_id, session_request(**kwargs)
    )


async def close_session(talon: TalonClient, session_id: str, **kwargs: Any) -> m.IntegrationStateV2:
    """Open the session (cart, codes) and close it: coupons count, points are written."""
    await open_session(talon, session_id, **kwargs)
    return await talon.customer_sessions.update_customer_session_v2(
        session_id, session_request(state=m.NewCustomerSessionV2State.CLOSED, **kwargs)
    )


async def new_audience(talon: TalonClient, name: str = "Newsletter readers") -> int:
    audience = await talon.audiences.create_audience_v2(m.NewAudience(name=name))
    return audience.id


async def profile_of(talon: TalonClient, profile: str = PROFILE) -> m.CustomerProfile:
    inventory = await talon.customer_profiles.get_customer_inventory(profile, profile=True)
    assert isinstance(inventory.profile, m.CustomerProfile)
    return inventory.profile


async def active_points(
    talon: TalonClient, program: int = POINTS_PROGRAM, profile: str = PROFILE
) -> float:
    balances = await talon.loyalty.get_loyalty_balances(program, profile)
    assert isinstance(balances.balance, m.LoyaltyBalanceWithTier)
    return float(balances.balance.active_points)


@contextlib.contextmanager
def undocumented_statuses_allowed(emu: TalonEmulator) -> Iterator[None]:
    """Let an answer the spec does not list through (it would become a 500 otherwise).

    The suite's emulator validates its responses; the 404 it gives an unknown session is
    not among the statuses the spec documents for the session operations.
    """
    emulator = emu.server.emulator
    emulator.validate_responses = False
    try:
        yield
    finally:
        emulator.validate_responses = True


# ---------------------------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------------------------


def effects_of(effects: Iterable[m.Effect], effect_type: str) -> list[m.Effect]:
    return [e for e in effects if e.effect_type == effect_type]


def only_effect(effects: Iterable[m.Effect], effect_type: str) -> m.Effect:
    found = effects_of(effects, effect_type)
    assert len(found) == 1, f"expected one {effect_type}, got {[e.effect_type for e in effects]}"
    return found[0]


def check_api_error(exc: BaseException, status: int) -> errors.APIError:
    """The errors.* class of the status, and Talon.One's body parsed with its message."""
    assert type(exc) is ERROR_CLASSES[status], f"HTTP {status} raised {type(exc).__name__}: {exc}"
    assert isinstance(exc, errors.APIError)
    assert exc.status == status, exc
    assert isinstance(exc.body, dict), exc.raw_body
    assert isinstance(exc.api_message, str) and exc.api_message, exc.body
    assert exc.api_message == exc.body["message"]
    assert len(exc.errors) == len(exc.body.get("errors") or [])
    return exc
