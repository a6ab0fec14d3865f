"""Contract tests: every operation of openapi/integration.yaml, through TalonClient, against Prism.

Prism validates each request against our spec (a violation comes back as 422 problem+json, as
the documented 400 with an `sl-violations` header, or as a header alone) and answers with
bodies derived from the spec: static ones, and random schema-valid ones in `--dynamic` mode.
For every operation we check that

- the request we build is valid: no `sl-violations` header and no 422 (a failure prints
  Prism's violation text);
- the success answer decodes fully (`materialize`) into the documented model (None for 204);
- each documented error status, requested with `Prefer: code=<status>`, surfaces as the right
  `errors.*` subclass with the body parsed.

The inputs are a fictional grocery shop's; they satisfy the spec's required fields and
constraints and set most optional query parameters, so their serialisation is checked too.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import orjson
import pytest

import talon_async
from talon_async import errors, materialize
from talon_async import models as m

pytestmark = pytest.mark.prism

API_KEY = "tk-contract-7c1e40a9"
# random answers: several per operation; raise it locally to hunt rare decode failures
DYNAMIC_RUNS = int(os.environ.get("TALON_PRISM_DYNAMIC_RUNS", "5"))
UTC = dt.UTC

PROFILE = "cust-4411"
SESSION = "web-session-7702"
AUDIENCE = 3307
PROGRAM = 45
CARD = "CARD-5F2A-9913"
COUPON = "SPRING-10"
ACHIEVEMENT = 812
CATALOG = 6
TX_UUID = "4e0c6a8b-2d71-4e3f-b1a5-7f0d9c2e6b13"
START = dt.datetime(2026, 1, 1, 0, 0, tzinfo=UTC)
END = dt.datetime(2026, 3, 31, 23, 59, 59, tzinfo=UTC)

Call = Callable[..., Awaitable[Any]]


@dataclass(frozen=True)
class Case:
    key: str  # "group.operation"
    call: Callable[[talon_async.TalonClient, dict[str, Any]], Awaitable[Any]]
    expected: type | tuple[type, type] | None  # model class, (list, item class), None for 204
    errors: tuple[int, ...]  # documented error statuses
    xfail: str | None = None  # precise reason, when our spec or facade is at fault

    def __str__(self) -> str:
        return self.key


# ---------------------------------------------------------------------------------------------
# Request bodies
# ---------------------------------------------------------------------------------------------


def session_request() -> m.IntegrationRequest:
    return m.IntegrationRequest(
        customer_session=m.NewCustomerSessionV2(
            profile_id=PROFILE,
            store_integration_id="store-aarhus-c",
            evaluable_campaign_ids=[17, 21],
            coupon_codes=[COUPON],
            referral_code="FRIEND-8K2Q",
            loyalty_cards=[CARD],
            state=m.NewCustomerSessionV2State.OPEN,
            cart_items=[
                m.CartItem(
                    sku="APL-GALA-1KG",
                    quantity=2,
                    name="Gala apples 1 kg",
                    price=2.49,
                    category="fruit",
                    weight=1000.0,
                    attributes=m.CartItemAttributes.from_dict({"organic": True}),
                    additional_costs=m.CartItemAdditionalCosts.from_dict(
                        {"deposit": {"price": 0.25}}
                    ),
                ),
                m.CartItem(sku="MLK-OAT-1L", quantity=1, price=1.89, category="dairy"),
            ],
            additional_costs=m.NewCustomerSessionV2AdditionalCosts.from_dict(
                {"shipping": {"price": 4.9}}
            ),
            identifiers=["device-91ac"],
            attributes=m.NewCustomerSessionV2Attributes.from_dict({"channel": "app"}),
        ),
        response_content=[
            m.IntegrationRequestResponseContentItem.CUSTOMERSESSION,
            m.IntegrationRequestResponseContentItem.CUSTOMERPROFILE,
            m.IntegrationRequestResponseContentItem.COUPONS,
            m.IntegrationRequestResponseContentItem.LOYALTY,
            m.IntegrationRequestResponseContentItem.TRIGGEREDCAMPAIGNS,
        ],
    )


def return_request() -> m.ReturnIntegrationRequest:
    return m.ReturnIntegrationRequest(
        return_=m.NewReturn(
            returned_cart_items=[
                m.ReturnedCartItem(position=0, quantity=1),
                m.ReturnedCartItem(sku="MLK-OAT-1L", quantity=1),
            ]
        ),
        response_content=[
            m.ReturnIntegrationRequestResponseContentItem.CUSTOMERSESSION,
            m.ReturnIntegrationRequestResponseContentItem.LOYALTY,
        ],
    )


def profile_request() -> m.CustomerProfileIntegrationRequestV2:
    return m.CustomerProfileIntegrationRequestV2(
        attributes=m.CustomerProfileIntegrationRequestV2Attributes.from_dict(
            {"Name": "Mira Holm", "Email": "mira@example.org", "ShippingCity": "Aarhus"}
        ),
        evaluable_campaign_ids=[17],
        audiences_changes=m.ProfileAudiencesChanges(adds=[AUDIENCE], deletes=[]),
        response_content=[
            m.CustomerProfileIntegrationRequestV2ResponseContentItem.CUSTOMERPROFILE,
            m.CustomerProfileIntegrationRequestV2ResponseContentItem.TRIGGEREDCAMPAIGNS,
        ],
    )


def profiles_request() -> m.MultipleCustomerProfileIntegrationRequest:
    return m.MultipleCustomerProfileIntegrationRequest(
        customer_profiles=[
            m.MultipleCustomerProfileIntegrationRequestItem(
                integration_id=PROFILE,
                attributes=m.MultipleCustomerProfileIntegrationRequestItemAttributes.from_dict(
                    {"Name": "Mira Holm"}
                ),
            ),
            m.MultipleCustomerProfileIntegrationRequestItem(integration_id="cust-5020"),
        ]
    )


def event_v2_request() -> m.IntegrationEventV2Request:
    return m.IntegrationEventV2Request(
        type_="app_opened",
        profile_id=PROFILE,
        store_integration_id="store-aarhus-c",
        evaluable_campaign_ids=[17],
        attributes=m.IntegrationEventV2RequestAttributes.from_dict({"screen": "home"}),
        loyalty_cards=[CARD],
        response_content=[
            m.IntegrationEventV2RequestResponseContentItem.CUSTOMERPROFILE,
            m.IntegrationEventV2RequestResponseContentItem.LOYALTY,
        ],
    )


def catalog_sync_request() -> m.CatalogSyncRequest:
    return m.CatalogSyncRequest(
        actions=[
            m.CatalogActionAdd(
                type_=m.CatalogActionAddType.ADD,
                payload=m.CatalogActionAddPayload.from_dict(
                    {"sku": "APL-GALA-1KG", "price": 2.49, "attributes": {"organic": True}}
                ),
            ),
            m.CatalogActionRemove(
                type_=m.CatalogActionRemoveType.REMOVE,
                payload=m.CatalogActionRemovePayload(sku="MLK-COW-1L"),
            ),
        ],
        version=4,
    )


def best_prior_price_request(skus: list[str] | None = None) -> m.BestPriorPriceRequest:
    return m.BestPriorPriceRequest(
        skus=["APL-GALA-1KG", "MLK-OAT-1L"] if skus is None else skus,
        timeframe="30D",
        timeframe_end_date=END,
        timeframe_end_date_type=m.BestPriorPriceRequestTimeframeEndDateType.STRICT,
        target=m.BestPriorTarget(target_type=m.BestPriorTargetTargetType.AUDIENCE, audience_id=7),
    )


def coupon_reservations() -> m.CouponReservations:
    return m.CouponReservations(integration_i_ds=[PROFILE, "cust-5020"])


# ---------------------------------------------------------------------------------------------
# One case per operation (39)
# ---------------------------------------------------------------------------------------------

CASES: list[Case] = [
    # achievements
    Case(
        "achievements.get_customer_achievements",
        lambda t, o: t.achievements.get_customer_achievements(
            PROFILE,
            campaign_ids=["17", "21"],
            achievement_ids=[str(ACHIEVEMENT)],
            achievement_status=[m.GetCustomerAchievementsAchievementStatusItem.ACTIVE],
            current_progress_status=[
                m.GetCustomerAchievementsCurrentProgressStatusItem.INPROGRESS,
                m.GetCustomerAchievementsCurrentProgressStatusItem.COMPLETED,
            ],
            page_size=50,
            skip=0,
            **o,
        ),
        m.GetCustomerAchievements200Response,
        (400, 401, 404),
    ),
    Case(
        "achievements.get_customer_achievement_history",
        lambda t, o: t.achievements.get_customer_achievement_history(
            PROFILE,
            ACHIEVEMENT,
            progress_status=[m.GetCustomerAchievementHistoryProgressStatusItem.COMPLETED],
            start_date=START,
            end_date=END,
            page_size=20,
            skip=20,
            **o,
        ),
        m.GetCustomerAchievementHistory200Response,
        (400, 401, 404),
    ),
    # audiences
    Case(
        "audiences.create_audience_v2",
        lambda t, o: t.audiences.create_audience_v2(
            m.NewAudience(
                name="Newsletter readers",
                description="Opted in to the weekly offers mail",
                integration="mparticle",
                integration_id="aud-newsletter",
                sandbox=False,
            ),
            **o,
        ),
        m.Audience,
        (400, 401, 409),
    ),
    Case(
        "audiences.update_audience_v2",
        lambda t, o: t.audiences.update_audience_v2(
            AUDIENCE, m.UpdateAudience(name="Weekly offers readers"), **o
        ),
        m.Audience,
        (401, 404),
    ),
    Case(
        "audiences.delete_audience_v2",
        lambda t, o: t.audiences.delete_audience_v2(AUDIENCE, **o),
        None,
        (400, 401, 404),
    ),
    Case(
        "audiences.delete_audience_memberships_v2",
        lambda t, o: t.audiences.delete_audience_memberships_v2(AUDIENCE, **o),
        None,
        (401, 404),
    ),
    Case(
        "audiences.update_customer_profile_audiences",
        lambda t, o: t.audiences.update_customer_profile_audiences(
            m.CustomerProfileAudienceRequest(
                data=[
                    m.CustomerProfileAudienceRequestItem(
                        action=m.CustomerProfileAudienceRequestItemAction.ADD,
                        profile_integration_id=PROFILE,
                        audience_id=AUDIENCE,
                    ),
                    m.CustomerProfileAudienceRequestItem(
                        action=m.CustomerProfileAudienceRequestItemAction.DELETE,
                        profile_integration_id="cust-5020",
                        audience_id=AUDIENCE,
                    ),
                ]
            ),
            **o,
        ),
        None,
        (400, 401, 404),
    ),
    Case(
        "audiences.update_audience_customers_attributes",
        lambda t, o: t.audiences.update_audience_customers_attributes(
            AUDIENCE, m.AttributeQuery.from_dict({"NewsletterTier": "gold"}), **o
        ),
        None,
        (401, 404),
    ),
    # campaigns
    Case(
        "campaigns.integration_get_all_campaigns",
        lambda t, o: t.campaigns.integration_get_all_campaigns(
            page_size=25,
            skip=0,
            campaign_ids=["17", "21"],
            start_after=START,
            start_before=END,
            end_after=START,
            end_before=END,
            **o,
        ),
        m.IntegrationGetAllCampaigns200Response,
        (400, 401, 404),
    ),
    # catalogs
    Case(
        "catalogs.sync_catalog",
        lambda t, o: t.catalogs.sync_catalog(CATALOG, catalog_sync_request(), **o),
        m.Catalog,
        (400, 401, 404),
    ),
    Case(
        "catalogs.best_prior_price",
        lambda t, o: t.catalogs.best_prior_price(best_prior_price_request(), **o),
        (list, m.BestPriorPrice),
        (400, 401),  # Talon.One's reference documents none; our overlay adds what it answers
    ),
    # coupons
    Case(
        "coupons.create_coupon_reservation",
        lambda t, o: t.coupons.create_coupon_reservation(COUPON, coupon_reservations(), **o),
        m.Coupon,
        (400, 401, 404),
    ),
    Case(
        "coupons.delete_coupon_reservation",
        lambda t, o: t.coupons.delete_coupon_reservation(COUPON, coupon_reservations(), **o),
        None,
        (400, 401, 404),
    ),
    Case(
        "coupons.get_reserved_customers",
        lambda t, o: t.coupons.get_reserved_customers(COUPON, **o),
        m.GetReservedCustomers200Response,
        (400, 401, 404),
    ),
    # customer_profiles
    Case(
        "customer_profiles.update_customer_profile_v2",
        lambda t, o: t.customer_profiles.update_customer_profile_v2(
            PROFILE, profile_request(), run_rule_engine=True, dry=False, **o
        ),
        m.CustomerProfileIntegrationResponseV2,
        (400, 401, 409),
    ),
    Case(
        "customer_profiles.update_customer_profiles_v2",
        lambda t, o: t.customer_profiles.update_customer_profiles_v2(
            profiles_request(), silent="no", **o
        ),
        m.MultipleCustomerProfileIntegrationResponseV2,
        (400, 401),
    ),
    Case(
        "customer_profiles.delete_customer_data",
        lambda t, o: t.customer_profiles.delete_customer_data(PROFILE, **o),
        None,
        (401, 404),
    ),
    Case(
        "customer_profiles.get_customer_inventory",
        lambda t, o: t.customer_profiles.get_customer_inventory(
            PROFILE,
            profile=True,
            referrals=True,
            coupons=True,
            loyalty=True,
            giveaways=False,
            achievements=True,
            **o,
        ),
        m.CustomerInventory,
        (401, 404),
    ),
    # customer_sessions
    Case(
        "customer_sessions.get_customer_session",
        lambda t, o: t.customer_sessions.get_customer_session(SESSION, **o),
        m.IntegrationCustomerSessionResponse,
        (400, 401),
    ),
    Case(
        "customer_sessions.update_customer_session_v2",
        lambda t, o: t.customer_sessions.update_customer_session_v2(
            SESSION, session_request(), dry=False, now=START, **o
        ),
        m.IntegrationStateV2,
        (400, 401, 409),
    ),
    Case(
        "customer_sessions.return_cart_items",
        lambda t, o: t.customer_sessions.return_cart_items(
            SESSION, return_request(), dry=False, run_rule_engine=True, **o
        ),
        m.IntegrationStateV2,
        (400, 401),
    ),
    Case(
        "customer_sessions.reopen_customer_session",
        lambda t, o: t.customer_sessions.reopen_customer_session(SESSION, **o),
        m.ReopenSessionResponse,
        (400, 401),
    ),
    # events
    Case(
        "events.track_event_v2",
        lambda t, o: t.events.track_event_v2(
            event_v2_request(), silent="no", dry=False, force_complete_evaluation=True, **o
        ),
        m.IntegrationEventV2Response,
        (400, 401, 409),
    ),
    Case(
        "events.track_event_v3",
        lambda t, o: t.events.track_event_v3(
            m.IntegrationEventV3Request(
                integration_id="evt-share-0042",
                type_="product_link_shared",
                profile_id=PROFILE,
                connected_session_id=SESSION,
                response_content=[m.IntegrationEventV3RequestResponseContentItem.ADVANCEDEVENT],
            ),
            silent="no",
            **o,
        ),
        m.IntegrationEventV3Response,
        (400, 401, 409),
    ),
    Case(
        "events.get_event_v3",
        lambda t, o: t.events.get_event_v3("evt-share-0042", **o),
        m.EventV3,
        (404,),
    ),
    Case(
        "events.track_event",
        lambda t, o: t.events.track_event(
            m.NewEvent(
                type_="app_opened",
                session_id=SESSION,
                profile_id=PROFILE,
                attributes=m.NewEventAttributes.from_dict({"screen": "home"}),
            ),
            dry=False,
            **o,
        ),
        m.IntegrationState,
        (400, 401, 409),
    ),
    # loyalty
    Case(
        "loyalty.get_loyalty_balances",
        lambda t, o: t.loyalty.get_loyalty_balances(
            PROGRAM,
            PROFILE,
            end_date=END,
            subledger_id="beverages",
            include_tiers=True,
            include_projected_tier=True,
            **o,
        ),
        m.LoyaltyBalancesWithTiers,
        (400, 401, 404),
    ),
    Case(
        "loyalty.get_loyalty_program_profile_points",
        lambda t, o: t.loyalty.get_loyalty_program_profile_points(
            PROGRAM,
            PROFILE,
            status=m.GetLoyaltyProgramProfilePointsStatus.PENDING,
            subledger_id="beverages",
            customer_session_i_ds=[SESSION, "web-session-7703"],
            transaction_uui_ds=[TX_UUID],
            page_size=20,
            skip=0,
            sort=m.GetLoyaltyProgramProfilePointsSort.EXPIRYDATE,
            **o,
        ),
        m.GetLoyaltyProgramProfilePoints200Response,
        (400, 401, 404),
    ),
    Case(
        "loyalty.get_loyalty_program_profile_transactions",
        lambda t, o: t.loyalty.get_loyalty_program_profile_transactions(
            PROGRAM,
            PROFILE,
            customer_session_i_ds=[SESSION],
            transaction_uui_ds=[TX_UUID, str(uuid.UUID(int=7))],
            subledger_id="beverages",
            loyalty_transaction_type=m.GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType.SESSION,
            start_date=START,
            end_date=END,
            page_size=50,
            skip=0,
            awaits_activation=False,
            **o,
        ),
        m.GetLoyaltyProgramProfileTransactions200Response,
        (400, 401, 404),
    ),
    Case(
        "loyalty.activate_loyalty_points",
        lambda t, o: t.loyalty.activate_loyalty_points(
            PROGRAM,
            m.ActivateLoyaltyPoints(transaction_uui_ds=[uuid.UUID(TX_UUID)]),
            **o,
        ),
        m.ActivateLoyaltyPointsResponse,
        (400, 401, 404),
    ),
    Case(
        "loyalty.delete_loyalty_transactions_from_ledgers",
        lambda t, o: t.loyalty.delete_loyalty_transactions_from_ledgers(
            PROGRAM,
            PROFILE,
            m.DeleteLoyaltyTransactionsRequest(
                scope=m.DeleteLoyaltyTransactionsRequestScope.SELECTEDSUBLEDGERS,
                subledger_ids=["beverages"],
            ),
            **o,
        ),
        None,
        (400, 401, 404),
    ),
    # loyalty_cards
    Case(
        "loyalty_cards.generate_loyalty_card",
        lambda t, o: t.loyalty_cards.generate_loyalty_card(
            PROGRAM,
            m.GenerateLoyaltyCard(
                status=m.GenerateLoyaltyCardStatus.ACTIVE,
                customer_profile_ids=[PROFILE],
                card_identifier=CARD,
            ),
            **o,
        ),
        m.LoyaltyCard,
        (400, 401),
    ),
    Case(
        "loyalty_cards.get_loyalty_card_balances",
        lambda t, o: t.loyalty_cards.get_loyalty_card_balances(
            PROGRAM, CARD, end_date=END, subledger_id=["beverages", "bakery"], **o
        ),
        m.LoyaltyCardBalances,
        (400, 401, 404),
    ),
    Case(
        "loyalty_cards.get_loyalty_card_points",
        lambda t, o: t.loyalty_cards.get_loyalty_card_points(
            PROGRAM,
            CARD,
            status=m.GetLoyaltyCardPointsStatus.ACTIVE,
            subledger_id=["beverages"],
            customer_session_i_ds=[SESSION],
            transaction_uui_ds=[TX_UUID],
            page_size=20,
            skip=0,
            sort=m.GetLoyaltyCardPointsSort.STARTDATE,
            **o,
        ),
        m.GetLoyaltyCardPoints200Response,
        (400, 401, 404),
    ),
    Case(
        "loyalty_cards.get_loyalty_card_transactions",
        lambda t, o: t.loyalty_cards.get_loyalty_card_transactions(
            PROGRAM,
            CARD,
            subledger_id=["beverages"],
            loyalty_transaction_type=m.GetLoyaltyCardTransactionsLoyaltyTransactionType.MANUAL,
            start_date=START,
            end_date=END,
            customer_session_i_ds=[SESSION],
            transaction_uui_ds=[TX_UUID],
            page_size=50,
            skip=0,
            awaits_activation=True,
            **o,
        ),
        m.GetLoyaltyCardTransactions200Response,
        (400, 401, 404),
    ),
    Case(
        "loyalty_cards.link_loyalty_card_to_profile",
        lambda t, o: t.loyalty_cards.link_loyalty_card_to_profile(
            PROGRAM, CARD, m.LoyaltyCardRegistration(integration_id=PROFILE), **o
        ),
        m.LoyaltyCard,
        (400, 401, 404),
    ),
    Case(
        "loyalty_cards.unlink_loyalty_card_from_profile",
        lambda t, o: t.loyalty_cards.unlink_loyalty_card_from_profile(
            PROGRAM, CARD, m.LoyaltyCardRegistration(integration_id=PROFILE), **o
        ),
        m.LoyaltyCard,
        (400, 401, 404),
    ),
    # referrals
    Case(
        "referrals.create_referral",
        lambda t, o: t.referrals.create_referral(
            m.NewReferral(
                campaign_id=17,
                advocate_profile_integration_id=PROFILE,
                friend_profile_integration_id="cust-5020",
                start_date=START,
                expiry_date=END,
                usage_limit=1,
                attributes=m.NewReferralAttributes.from_dict({"source": "app-share"}),
            ),
            **o,
        ),
        m.Referral,
        (400, 401),
    ),
    Case(
        "referrals.create_referrals_for_multiple_advocates",
        lambda t, o: t.referrals.create_referrals_for_multiple_advocates(
            m.NewReferralsForMultipleAdvocates(
                campaign_id=17,
                usage_limit=3,
                advocate_profile_integration_ids=[PROFILE, "cust-5020"],
                start_date=START,
                expiry_date=END,
                valid_characters=["A", "B", "C", "7", "8", "9"],
                referral_pattern="REF-###",
            ),
            silent="no",
            **o,
        ),
        m.CreateReferralsForMultipleAdvocates201Response,
        (400, 401),
    ),
]

CASE_IDS = [c.key for c in CASES]


# ---------------------------------------------------------------------------------------------
# Machinery
# ---------------------------------------------------------------------------------------------


class Recorder:
    """Keeps Prism's `sl-violations` headers and the last response body, for messages."""

    def __init__(self) -> None:
        self.violations: list[str] = []
        self.last_status: int | None = None
        self.last_body: bytes = b""

    async def on_response(self, response: httpx.Response) -> None:
        await response.aread()
        self.last_status = response.status_code
        self.last_body = response.content
        header = response.headers.get("sl-violations")
        if header:
            self.violations.append(header)


def _client(url: str, recorder: Recorder) -> talon_async.TalonClient:
    return talon_async.TalonClient(
        api_key=API_KEY,
        base_url=url,
        retry=None,  # an error status must surface at once, not be retried
        timeout=20.0,
        event_hooks={"response": [recorder.on_response]},
    )


def _violation_text(exc: errors.APIError) -> str:
    body = exc.body if isinstance(exc.body, dict) else {}
    lines = [f"- {v.get('location')}: {v.get('message')}" for v in body.get("validation", []) or []]
    return "\n".join(lines) or exc.raw_body.decode(errors="replace")[:2000]


async def _call_ok(case: Case, url: str, extra_headers: dict[str, str] | None = None) -> Any:
    recorder = Recorder()
    options: dict[str, Any] = {"extra_headers": extra_headers} if extra_headers else {}
    async with _client(url, recorder) as talon:
        try:
            result = await case.call(talon, options)
        except errors.APIError as exc:
            if recorder.violations or exc.status == 422:
                pytest.fail(
                    f"{case.key}: Prism rejected the request we built (HTTP {exc.status}):\n"
                    f"{_violation_text(exc)}\nsl-violations: {recorder.violations}",
                    pytrace=False,
                )
            raise
        assert not recorder.violations, (
            f"{case.key}: Prism reports request violations: {recorder.violations}"
        )
        try:
            materialize(result)
        except errors.DecodeError as exc:
            pytest.fail(
                f"{case.key}: HTTP {recorder.last_status} answer does not decode: {exc}\n"
                f"raw body: {exc.raw_body.decode(errors='replace')[:3000]}",
                pytrace=False,
            )
    _check_type(case, result, recorder)
    return result


def _check_type(case: Case, result: Any, recorder: Recorder) -> None:
    where = f"{case.key}: HTTP {recorder.last_status} body {recorder.last_body[:500]!r}"
    if case.expected is None:
        assert result is None, f"{where}: expected None (204), got {type(result).__name__}"
    elif isinstance(case.expected, tuple):
        outer, inner = case.expected
        assert isinstance(result, outer), f"{where}: expected a list, got {type(result)}"
        assert all(isinstance(item, inner) for item in result), (
            f"{where}: expected list[{inner.__name__}]"
        )
    else:
        assert isinstance(result, case.expected), (
            f"{where}: expected {case.expected.__name__}, got {type(result).__name__}"
        )


def _params(marks_for: Callable[[Case], list[Any]]) -> list[Any]:
    return [pytest.param(c, id=c.key, marks=marks_for(c)) for c in CASES]


def _xfail(case: Case) -> list[Any]:
    return [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []


# ---------------------------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------------------------


def test_every_operation_has_a_case() -> None:
    from talon_async._meta import operations

    keys = {op.key for op in operations().values()}
    assert len(keys) == 39
    assert sorted(CASE_IDS) == sorted(keys)


@pytest.mark.parametrize("case", _params(_xfail))
async def test_static(case: Case, prism_static_url: str) -> None:
    await _call_ok(case, prism_static_url)


@pytest.mark.parametrize("case", _params(_xfail))
async def test_dynamic(case: Case, prism_dynamic_url: str) -> None:
    for _ in range(DYNAMIC_RUNS):
        await _call_ok(case, prism_dynamic_url)


ERROR_CLASSES: dict[int, type[errors.APIError]] = {
    400: errors.BadRequest,
    401: errors.Unauthorized,
    404: errors.NotFound,
    409: errors.Conflict,
}


@pytest.mark.parametrize("mode", ["static", "dynamic"])
@pytest.mark.parametrize("case", _params(lambda c: []))
async def test_documented_errors(case: Case, mode: str, request: pytest.FixtureRequest) -> None:
    """Each documented error status (`Prefer: code=N`) raises its errors.* class, body parsed.

    Static mode sends the schema-derived error body, dynamic mode a random schema-valid one.
    """
    url = request.getfixturevalue(f"prism_{mode}_url")
    for status in case.errors:
        recorder = Recorder()
        async with _client(url, recorder) as talon:
            with pytest.raises(errors.APIError) as info:
                await case.call(talon, {"extra_headers": {"Prefer": f"code={status}"}})
        exc = info.value
        assert not recorder.violations, f"{case.key}: request violations {recorder.violations}"
        assert type(exc) is ERROR_CLASSES[status], (
            f"{case.key}: HTTP {status} raised {type(exc).__name__}"
        )
        assert exc.status == status
        assert isinstance(exc.body, dict), (
            f"{case.key}: HTTP {status} body not parsed: {exc.raw_body!r}"
        )
        assert exc.body == orjson.loads(exc.raw_body)
        # entries that are not objects (the 2026-06-09 409 schema allows anything) are skipped
        listed = [e for e in exc.body.get("errors") or [] if isinstance(e, dict)]
        assert len(exc.errors) == len(listed)
        if "message" in exc.body:
            assert exc.api_message == exc.body["message"]


@pytest.mark.parametrize(
    "key", ["events.track_event_v2", "customer_profiles.update_customer_profiles_v2"]
)
async def test_silent_204_decodes_to_none(key: str, prism_static_url: str) -> None:
    """trackEventV2 and updateCustomerProfilesV2 document 204 for `silent` (2026-06-09)."""
    case = next(c for c in CASES if c.key == key)
    recorder = Recorder()
    async with _client(prism_static_url, recorder) as talon:
        result = await case.call(talon, {"extra_headers": {"Prefer": "code=204"}})
    assert recorder.last_status == 204
    assert not recorder.violations, recorder.violations
    assert result is None


async def test_referrals_for_multiple_advocates_204(prism_static_url: str) -> None:
    """The operation's second success status: 204 (silent) decodes to None."""
    case = next(c for c in CASES if c.key == "referrals.create_referrals_for_multiple_advocates")
    recorder = Recorder()
    async with _client(prism_static_url, recorder) as talon:
        result = await case.call(talon, {"extra_headers": {"Prefer": "code=204"}})
    assert recorder.last_status == 204
    assert not recorder.violations, recorder.violations
    assert result is None
