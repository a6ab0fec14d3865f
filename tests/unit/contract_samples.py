"""Sample inputs and outputs for every operation of openapi/integration.yaml.

One ``Case`` per operation: what we pass to the generated ``asyncio_detailed`` function, the
request we expect on the wire (method, raw path, raw query string, JSON body) and a 2xx answer
in the shape Talon.One documents, with the model class it must decode into.

All values are invented for these tests (a fictional grocery shop); nothing here is taken from
Talon.One's reference documents. Expected paths, query strings and JSON bodies are written out
literally on purpose: they are the oracle, so they must not be computed by the code under test.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_spec_validator.readers import read_from_filename
from talon_one_raw import models as m

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "integration.yaml"
# the facts-only snapshot of Talon.One's document that `make sync-spec` commits, and our overlay
SNAPSHOT_PATH = ROOT / "openapi" / "upstream" / "integration-api.yaml"
OVERLAY_PATH = ROOT / "openapi" / "overlay.yaml"

BASE_URL = "https://talon.test"
API_KEY = "tk-live-3f9a1c0e5b7d"

UTC = dt.UTC


@functools.cache
def load_spec() -> dict[str, Any]:
    """Our contract, loaded the way openapi-spec-validator reads it (YAML 1.2 numbers)."""
    spec, _ = read_from_filename(str(SPEC_PATH))
    return dict(spec)


@functools.cache
def load_reference(path: Path) -> dict[str, Any]:
    spec, _ = read_from_filename(str(path))
    return dict(spec)


@dataclass(frozen=True)
class Case:
    operation_id: str
    group: str
    function: str
    method: str
    # what we call the generated function with
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    body: Callable[[], Any] | None = None
    # what must go over the wire
    raw_path: str = ""
    raw_query: str = ""
    json_body: Any = None
    # what comes back
    status: int = 200
    response_json: Any = None
    response_schema: str | None = None  # component the sample answer must validate against
    response_type: type | None = None  # None: parsed must be None (no content)
    check: Callable[[Any], None] | None = None  # extra assertions on the decoded model

    @property
    def request_schema(self) -> str | None:
        return REQUEST_SCHEMAS.get(self.operation_id)

    def __str__(self) -> str:
        return self.operation_id


# Request body component of each operation that has one (checked against the spec in the tests).
REQUEST_SCHEMAS = {
    "updateCustomerSessionV2": "IntegrationRequest",
    "returnCartItems": "ReturnIntegrationRequest",
    "updateCustomerProfileV2": "CustomerProfileIntegrationRequestV2",
    "updateCustomerProfilesV2": "MultipleCustomerProfileIntegrationRequest",
    "createAudienceV2": "NewAudience",
    "updateAudienceV2": "UpdateAudience",
    "updateCustomerProfileAudiences": "CustomerProfileAudienceRequest",
    "updateAudienceCustomersAttributes": "AttributeQuery",
    "linkLoyaltyCardToProfile": "LoyaltyCardRegistration",
    "unlinkLoyaltyCardFromProfile": "LoyaltyCardRegistration",
    "trackEventV2": "IntegrationEventV2Request",
    "trackEventV3": "IntegrationEventV3Request",
    "createReferral": "NewReferral",
    "createReferralsForMultipleAdvocates": "NewReferralsForMultipleAdvocates",
    "deleteCouponReservation": "CouponReservations",
    "createCouponReservation": "CouponReservations",
    "deleteLoyaltyTransactionsFromLedgers": "DeleteLoyaltyTransactionsRequest",
    "activateLoyaltyPoints": "ActivateLoyaltyPoints",
    "generateLoyaltyCard": "GenerateLoyaltyCard",
    "bestPriorPrice": "BestPriorPriceRequest",
    "syncCatalog": "CatalogSyncRequest",
    "trackEvent": "NewEvent",
}

# ---------------------------------------------------------------------------------------------
# Building blocks of the sample answers
# ---------------------------------------------------------------------------------------------

PROFILE_MIRA = {
    "id": 880412,
    "created": "2025-11-02T08:14:51Z",
    "integrationId": "cust-4411",
    "attributes": {"name": "Mira Jensen", "billingCity": "Aarhus", "newsletter": True},
    "accountId": 3021,
    "closedSessions": 17,
    "totalSales": 412.35,
    "loyaltyMemberships": [{"joined": "2025-11-02T08:15:03Z", "loyaltyProgramId": 45}],
    "audienceMemberships": [{"id": 318, "name": "Newsletter subscribers"}],
    "lastActivity": "2026-02-28T19:02:11Z",
    "sandbox": False,
}

PROFILE_JONAS = {
    "id": 880977,
    "created": "2026-01-15T12:00:00Z",
    "integrationId": "cust-5020",
    "attributes": {},
    "accountId": 3021,
    "closedSessions": 0,
    "totalSales": 0,
    "lastActivity": "2026-01-15T12:00:00Z",
}

CART_ITEMS_OUT = [
    {
        "name": "Gala apples 1 kg",
        "sku": "APL-GALA-1KG",
        "quantity": 2,
        "returnedQuantity": 0,
        "remainingQuantity": 2,
        "price": 2.49,
        "category": "fruit",
        "position": 0,
        "attributes": {"organic": True},
        "catalogItemID": 77120,
    },
    {
        "name": "Oat drink 1 l",
        "sku": "MLK-OAT-1L",
        "quantity": 1,
        "returnedQuantity": 0,
        "remainingQuantity": 1,
        "price": 1.89,
        "category": "dairy-alternatives",
        "position": 1,
    },
]

SESSION_V2 = {
    "id": 5522190,
    "created": "2026-03-01T09:12:40Z",
    "integrationId": "web-session-7781",
    "applicationId": 12,
    "profileId": "cust-4411",
    "storeIntegrationId": "store-aarhus-c",
    "evaluableCampaignIds": [101, 102],
    "couponCodes": ["SPRING-10"],
    "referralCode": "",
    "loyaltyCards": [],
    "state": "open",
    "cartItems": CART_ITEMS_OUT,
    "additionalCosts": {"shipping": {"price": 4.9}},
    "identifiers": ["device-91ac"],
    "attributes": {"channel": "app"},
    "firstSession": False,
    "updateCount": 3,
    "total": 11.77,
    "cartItemTotal": 6.87,
    "additionalCostTotal": 4.9,
    "cartItemAdditionalCostTotal": 0.0,
    "updated": "2026-03-01T09:30:00Z",
}

EFFECT_SET_DISCOUNT = {
    "campaignId": 101,
    "rulesetId": 7001,
    "ruleIndex": 0,
    "ruleName": "Ten percent off fruit",
    "effectType": "setDiscount",
    "triggeredByCoupon": 990011,
    "conditionIndex": 0,
    "evaluationGroupID": 3,
    "evaluationGroupMode": "stackable",
    "campaignRevisionId": 5,
    "campaignRevisionVersionId": 9,
    "props": {"name": "Ten percent off fruit", "value": 0.5, "desiredValue": 0.5},
}
EFFECT_ACCEPT_COUPON = {
    "campaignId": 101,
    "rulesetId": 7001,
    "ruleIndex": 0,
    "ruleName": "Ten percent off fruit",
    "effectType": "acceptCoupon",
    "props": {"value": "SPRING-10"},
}
EFFECT_PER_ITEM = {
    "campaignId": 102,
    "rulesetId": 7002,
    "ruleIndex": 1,
    "ruleName": "Cheaper oat drink",
    "effectType": "setDiscountPerItem",
    "triggeredForCatalogItem": 77121,
    "props": {"name": "Cheaper oat drink", "value": 0.3, "position": 1, "scope": "price"},
}
EFFECT_ADD_POINTS = {
    "campaignId": 102,
    "rulesetId": 7002,
    "ruleIndex": 2,
    "ruleName": "Points on every basket",
    "effectType": "addLoyaltyPoints",
    "props": {
        "name": "Basket points",
        "programId": 45,
        "subLedgerId": "",
        "value": 11,
        "recipientIntegrationId": "cust-4411",
        "transactionUUID": "0b8e2f3c-6c0d-4c47-9a35-1d1f2e7f4a10",
        "startDate": "2026-03-01T09:30:00Z",
    },
}
EFFECT_CUSTOM = {
    "campaignId": 103,
    "rulesetId": 7010,
    "ruleIndex": 0,
    "ruleName": "Free tote bag banner",
    "effectType": "customEffect",
    "props": {"effectId": 4, "name": "show_banner", "payload": {"slot": "checkout", "variant": 2}},
}

LEDGER_MAIN = {
    "currentBalance": 240.5,
    "pendingBalance": 11,
    "negativeBalance": 0,
    "expiredBalance": 30,
    "spentBalance": 120,
    "tentativeCurrentBalance": 251.5,
    "tentativePendingBalance": 0,
    "currentTier": {"id": 9, "name": "Silver", "startDate": "2026-01-01T00:00:00Z"},
    "pointsToNextTier": 259.5,
    "nextTierName": "Gold",
}

LOYALTY_CARD = {
    "id": 66012,
    "created": "2025-12-05T10:00:00Z",
    "programID": 46,
    "programName": "shop-card",
    "programTitle": "Shop card",
    "status": "active",
    "identifier": "CARD-0042-7781",
    "usersPerCardLimit": 2,
    "profiles": [{"integrationId": "cust-4411", "timestamp": "2025-12-05T10:01:00Z"}],
    "ledger": {
        "currentBalance": 80,
        "pendingBalance": 0,
        "expiredBalance": 0,
        "spentBalance": 20,
        "tentativeCurrentBalance": 80,
    },
    "subledgers": {
        "beverages": {
            "currentBalance": 15,
            "pendingBalance": 5,
            "expiredBalance": 0,
            "spentBalance": 0,
            "tentativeCurrentBalance": 15,
        }
    },
    "modified": "2026-02-20T16:45:00Z",
    "batchId": "batch-2025-12",
}

LOYALTY = {
    "programs": {
        "45": {
            "id": 45,
            "title": "Fresh points",
            "name": "fresh-points",
            "joinDate": "2025-11-02T08:15:03Z",
            "ledger": LEDGER_MAIN,
            "subLedgers": {
                "beverages": {
                    "currentBalance": 12,
                    "pendingBalance": 0,
                    "expiredBalance": 0,
                    "spentBalance": 3,
                    "tentativeCurrentBalance": 12,
                }
            },
        }
    },
    "cards": [LOYALTY_CARD],
}

CAMPAIGN = {
    "id": 101,
    "created": "2026-01-20T09:00:00Z",
    "applicationId": 12,
    "userId": 77,
    "name": "Spring fruit week",
    "description": "Coupon-driven fruit discount for March.",
    "startTime": "2026-03-01T00:00:00Z",
    "endTime": "2026-03-08T00:00:00Z",
    "attributes": {"owner": "category-fresh"},
    "state": "enabled",
    "activeRulesetId": 7001,
    "tags": ["fruit", "spring"],
    "reevaluateOnReturn": True,
    "features": ["coupons", "loyalty"],
    "couponSettings": {"validCharacters": ["A", "B", "C", "1", "2"], "couponPattern": "SPR-####"},
    "limits": [
        {"action": "redeemCoupon", "limit": 1, "period": "daily", "entities": ["Coupon", "Profile"]}
    ],
    "campaignGroups": [4],
    "type": "advanced",
    "budgets": [{"action": "setDiscount", "limit": 5000, "counter": 312.5}],
    "couponRedemptionCount": 164,
    "discountCount": 312.5,
    "frontendState": "running",
    "storesImported": False,
    "version": 3,
    "rules": [{"title": "Ten percent off fruit", "displayName": "Fruit week"}],
}

COUPON = {
    "id": 990011,
    "created": "2026-02-25T11:00:00Z",
    "campaignId": 101,
    "value": "SPRING-10",
    "usageLimit": 500,
    "discountLimit": 2500,
    "reservationLimit": 200,
    "startDate": "2026-03-01T00:00:00Z",
    "expiryDate": "2026-03-08T00:00:00Z",
    "limits": [{"action": "redeemCoupon", "limit": 1, "entities": ["Profile"]}],
    "usageCounter": 164,
    "discountCounter": 312.5,
    "discountRemainder": 2187.5,
    "reservationCounter": 3,
    "attributes": {"printedOnFlyer": True},
    "recipientIntegrationId": "cust-4411",
    "reservation": True,
    "isReservationMandatory": False,
    "implicitlyReserved": False,
}

REFERRAL = {
    "id": 30551,
    "created": "2026-03-01T10:00:00Z",
    "startDate": "2026-03-01T10:00:00Z",
    "expiryDate": "2026-06-01T00:00:00Z",
    "usageLimit": 1,
    "campaignId": 104,
    "advocateProfileIntegrationId": "cust-4411",
    "friendProfileIntegrationId": "cust-5020",
    "attributes": {"source": "share-sheet"},
    "code": "MIRA-FRIEND-31",
    "usageCounter": 0,
}

EVENT = {
    "id": 7711203,
    "created": "2026-03-01T09:30:01Z",
    "applicationId": 12,
    "profileId": "cust-4411",
    "storeIntegrationId": "store-aarhus-c",
    "type": "talon_session_updated",
    "attributes": {},
    "sessionId": "web-session-7781",
    "effects": [[{"effectType": "setDiscount", "props": {"name": "x", "value": 0.5}}]],
    "ledgerEntries": [],
    "meta": {
        "campaigns": {},
        "coupons": {},
        "couponRejectionReason": {
            "campaignId": 101,
            "couponId": 990012,
            "reason": "CouponExpired",
        },
    },
}

ADVANCED_EVENT = {
    "id": 88120,
    "created": "2026-03-01T09:31:12Z",
    "applicationId": 12,
    "integrationId": "evt-share-0042",
    "profileId": "cust-4411",
    "type": "product_link_shared",
    "attributes": {"sku": "APL-GALA-1KG"},
    "connectedSessionId": "web-session-7781",
    "effects": [],
}

STATE_V2 = {
    "customerProfile": PROFILE_MIRA,
    "loyalty": LOYALTY,
    "triggeredCampaigns": [CAMPAIGN],
    "effects": [EFFECT_SET_DISCOUNT, EFFECT_ACCEPT_COUPON, EFFECT_PER_ITEM, EFFECT_ADD_POINTS],
    "ruleFailureReasons": [
        {
            "campaignID": 103,
            "campaignName": "Tote bag giveaway",
            "rulesetID": 7010,
            "ruleIndex": 0,
            "ruleName": "Basket over 50",
            "conditionIndex": 0,
            "details": "cart total below threshold",
        }
    ],
    "createdCoupons": [],
    "createdReferrals": [],
    "awardedGiveaways": [],
    "coupons": [dict(COUPON, profileRedemptionCount=1)],
    "event": EVENT,
    "customerSession": SESSION_V2,
}

RETURN_STATE = {
    "effects": [
        {
            "campaignId": 101,
            "rulesetId": 7001,
            "ruleIndex": 0,
            "ruleName": "Ten percent off fruit",
            "effectType": "rollbackDiscount",
            "props": {"name": "Ten percent off fruit", "value": 0.25},
        },
        {
            "campaignId": 102,
            "rulesetId": 7002,
            "ruleIndex": 2,
            "ruleName": "Points on every basket",
            "effectType": "rollbackAddedLoyaltyPoints",
            "props": {
                "programId": 45,
                "subLedgerId": "",
                "value": 2.49,
                "recipientIntegrationId": "cust-4411",
                "transactionUUID": "54f1d8a2-96e4-4d8f-8d0a-08c8a6b2f0e1",
            },
        },
    ],
    "createdCoupons": [],
    "createdReferrals": [],
    "return": {
        "id": 3301,
        "created": "2026-03-02T15:00:00Z",
        "applicationId": 12,
        "accountId": 3021,
        "returnedCartItems": [{"position": 0, "quantity": 1}],
        "eventId": 7711290,
        "sessionId": 5522190,
        "sessionIntegrationId": "web-session-7781",
        "profileId": 880412,
        "profileIntegrationId": "cust-4411",
    },
    "customerSession": dict(SESSION_V2, state="partially_returned", updateCount=4),
}

AUDIENCE = {
    "accountId": 3021,
    "id": 318,
    "created": "2026-02-01T07:00:00Z",
    "name": "Newsletter subscribers",
    "sandbox": False,
    "description": "People who opted in to the weekly mail.",
    "integration": "mparticle",
    "integrationId": "mp-aud-3391",
    "createdIn3rdParty": True,
    "lastUpdate": "2026-02-01T06:59:00Z",
}

ACHIEVEMENT_PROGRESS = {
    "status": "inprogress",
    "progress": 3,
    "startDate": "2026-02-01T00:00:00Z",
    "endDate": "2026-02-28T23:59:59Z",
}

INVENTORY = {
    "profile": PROFILE_MIRA,
    "loyalty": LOYALTY,
    "referrals": [dict(REFERRAL, referredCustomers=["cust-5020"])],
    "coupons": [
        dict(COUPON, profileRedemptionCount=1, state="active"),
        dict(
            COUPON,
            id=990012,
            value="WINTER-5",
            usageCounter=500,
            profileRedemptionCount=0,
            state="expired",
            expiryDate="2026-02-01T00:00:00Z",
        ),
    ],
    "giveaways": [
        {
            "id": 51,
            "created": "2026-02-14T10:00:00Z",
            "code": "GIFT-77AB",
            "poolId": 6,
            "startDate": "2026-02-14T00:00:00Z",
            "endDate": "2026-12-31T00:00:00Z",
            "attributes": {"partner": "cinema"},
            "used": False,
            "profileIntegrationId": "cust-4411",
        }
    ],
    "achievements": [
        dict(
            ACHIEVEMENT_PROGRESS,
            achievementId=8,
            name="ShopFiveTimes",
            title="Five visits in February",
            description="Visit any store five times this month.",
            campaignId=105,
            target=5,
            achievementRecurrencePolicy="on_expiration",
            achievementActivationPolicy="fixed_schedule",
            achievementFixedStartDate="2026-02-01T00:00:00Z",
            achievementAllowRollbackAfterCompletion=False,
        )
    ],
}


def _expect(condition: bool) -> None:
    assert condition


def _dt(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def _session_request() -> m.IntegrationRequest:
    return m.IntegrationRequest(
        customer_session=m.NewCustomerSessionV2(
            profile_id="cust-4411",
            store_integration_id="store-aarhus-c",
            coupon_codes=["SPRING-10"],
            state=m.NewCustomerSessionV2State.OPEN,
            cart_items=[
                m.CartItem(
                    sku="APL-GALA-1KG",
                    quantity=2,
                    name="Gala apples 1 kg",
                    price=2.49,
                    category="fruit",
                    attributes=m.CartItemAttributes.from_dict({"organic": True}),
                ),
                m.CartItem(sku="MLK-OAT-1L", quantity=1, price=1.89),
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
            m.IntegrationRequestResponseContentItem.LOYALTY,
        ],
    )


SESSION_REQUEST_JSON = {
    "customerSession": {
        "profileId": "cust-4411",
        "storeIntegrationId": "store-aarhus-c",
        "couponCodes": ["SPRING-10"],
        "state": "open",
        "cartItems": [
            {
                "sku": "APL-GALA-1KG",
                "quantity": 2,
                "name": "Gala apples 1 kg",
                "price": 2.49,
                "category": "fruit",
                "attributes": {"organic": True},
            },
            {"sku": "MLK-OAT-1L", "quantity": 1, "price": 1.89},
        ],
        "additionalCosts": {"shipping": {"price": 4.9}},
        "identifiers": ["device-91ac"],
        "attributes": {"channel": "app"},
    },
    "responseContent": ["customerSession", "customerProfile", "loyalty"],
}


def _check_state_v2(state: Any) -> None:
    assert isinstance(state.effects[0], m.Effect)
    assert [e.effect_type for e in state.effects] == [
        "setDiscount",
        "acceptCoupon",
        "setDiscountPerItem",
        "addLoyaltyPoints",
    ]
    assert state.effects[0].props["value"] == 0.5
    assert state.effects[2].props["position"] == 1
    assert isinstance(state.customer_session, m.CustomerSessionV2)
    assert state.customer_session.state == m.CustomerSessionV2State.OPEN
    assert state.customer_session.created == _dt(2026, 3, 1, 9, 12, 40)
    assert state.customer_session.cart_items[1].sku == "MLK-OAT-1L"
    assert state.customer_session.additional_costs["shipping"].price == 4.9
    assert isinstance(state.customer_profile, m.CustomerProfile)
    assert state.loyalty.programs["45"].ledger.current_tier.name == "Silver"
    assert state.loyalty.cards[0].subledgers["beverages"].pending_balance == 5
    assert state.triggered_campaigns[0].frontend_state == m.CampaignFrontendState.RUNNING
    assert state.coupons[0].profile_redemption_count == 1
    assert state.event.meta.coupon_rejection_reason.reason == (
        m.CouponRejectionReasonReason.COUPONEXPIRED
    )
    assert state.created_coupons == []


def _check_inventory(inv: Any) -> None:
    assert inv.profile.integration_id == "cust-4411"
    assert [c.state for c in inv.coupons] == ["active", "expired"]
    assert inv.referrals[0].referred_customers == ["cust-5020"]
    assert inv.giveaways[0].code == "GIFT-77AB"
    assert inv.achievements[0].achievement_recurrence_policy == (
        m.AchievementProgressWithDefinitionAchievementRecurrencePolicy.ON_EXPIRATION
    )
    assert inv.loyalty.programs["45"].sub_ledgers["beverages"].spent_balance == 3


POINTS_ENTRY = {
    "id": 9001,
    "transactionUUID": "4e0c6a8b-2d71-4e3f-b1a5-7f0d9c2e6b13",
    "created": "2026-02-20T16:45:00Z",
    "programId": 45,
    "customerSessionId": "web-session-7702",
    "name": "Basket points",
    "startDate": "2026-02-20T16:45:00Z",
    "expiryDate": "unlimited",
    "subledgerId": "",
    "amount": 14,
    "validityDuration": "unlimited",
}

PROFILE_TX = {
    "transactionUUID": "4e0c6a8b-2d71-4e3f-b1a5-7f0d9c2e6b13",
    "created": "2026-02-20T16:45:00Z",
    "programId": 45,
    "customerSessionId": "web-session-7702",
    "type": "addition",
    "name": "Basket points",
    "startDate": "immediate",
    "expiryDate": "unlimited",
    "subledgerId": "",
    "amount": 14,
    "id": 9001,
    "rulesetId": 7002,
    "ruleName": "Points on every basket",
    "flags": {"createsNegativeBalance": False},
}


CASES: list[Case] = [
    # --- Customer sessions -------------------------------------------------------------------
    Case(
        "getCustomerSession",
        "customer_sessions",
        "get_customer_session",
        "GET",
        args=("web-session-7781",),
        raw_path="/v2/customer_sessions/web-session-7781",
        response_json={"customerSession": SESSION_V2, "effects": [EFFECT_SET_DISCOUNT]},
        response_schema="IntegrationCustomerSessionResponse",
        response_type=m.IntegrationCustomerSessionResponse,
        check=lambda r: _expect(
            r.customer_session.total == 11.77
            and r.effects[0].props["name"] == "Ten percent off fruit"
        ),
    ),
    Case(
        "updateCustomerSessionV2",
        "customer_sessions",
        "update_customer_session_v2",
        "PUT",
        args=("web-session-7781",),
        kwargs={"dry": True, "now": _dt(2026, 3, 1, 9, 30)},
        body=_session_request,
        raw_path="/v2/customer_sessions/web-session-7781",
        raw_query="dry=true&now=2026-03-01T09%3A30%3A00%2B00%3A00",
        json_body=SESSION_REQUEST_JSON,
        response_json=STATE_V2,
        response_schema="IntegrationStateV2",
        response_type=m.IntegrationStateV2,
        check=_check_state_v2,
    ),
    Case(
        "returnCartItems",
        "customer_sessions",
        "return_cart_items",
        "POST",
        args=("web-session-7781",),
        kwargs={"dry": False, "run_rule_engine": True},
        body=lambda: m.ReturnIntegrationRequest(
            return_=m.NewReturn(returned_cart_items=[m.ReturnedCartItem(position=0, quantity=1)]),
            response_content=[m.ReturnIntegrationRequestResponseContentItem.CUSTOMERSESSION],
        ),
        raw_path="/v2/customer_sessions/web-session-7781/returns",
        raw_query="dry=false&runRuleEngine=true",
        json_body={
            "return": {"returnedCartItems": [{"position": 0, "quantity": 1}]},
            "responseContent": ["customerSession"],
        },
        response_json=RETURN_STATE,
        response_schema="IntegrationStateV2",
        response_type=m.IntegrationStateV2,
    ),
    Case(
        "reopenCustomerSession",
        "customer_sessions",
        "reopen_customer_session",
        "PUT",
        args=("web-session-7781",),
        raw_path="/v2/customer_sessions/web-session-7781/reopen",
        response_json={"effects": [EFFECT_CUSTOM, EFFECT_ACCEPT_COUPON]},
        response_schema="ReopenSessionResponse",
        response_type=m.ReopenSessionResponse,
    ),
    # --- Customer profiles -------------------------------------------------------------------
    Case(
        "updateCustomerProfileV2",
        "customer_profiles",
        "update_customer_profile_v2",
        "PUT",
        args=("cust-4411",),
        kwargs={"run_rule_engine": True, "dry": False},
        body=lambda: m.CustomerProfileIntegrationRequestV2(
            attributes=m.CustomerProfileIntegrationRequestV2Attributes.from_dict(
                {"name": "Mira Jensen", "billingCity": "Aarhus"}
            ),
            evaluable_campaign_ids=[101],
            audiences_changes=m.ProfileAudiencesChanges(adds=[318], deletes=[207]),
            response_content=[
                m.CustomerProfileIntegrationRequestV2ResponseContentItem.CUSTOMERPROFILE,
                m.CustomerProfileIntegrationRequestV2ResponseContentItem.TRIGGEREDCAMPAIGNS,
            ],
        ),
        raw_path="/v2/customer_profiles/cust-4411",
        raw_query="runRuleEngine=true&dry=false",
        json_body={
            "attributes": {"name": "Mira Jensen", "billingCity": "Aarhus"},
            "evaluableCampaignIds": [101],
            "responseContent": ["customerProfile", "triggeredCampaigns"],
            "audiencesChanges": {"adds": [318], "deletes": [207]},
        },
        response_json={
            "customerProfile": PROFILE_MIRA,
            "triggeredCampaigns": [CAMPAIGN],
            "effects": [EFFECT_CUSTOM],
            "createdCoupons": [COUPON],
            "createdReferrals": [],
        },
        response_schema="CustomerProfileIntegrationResponseV2",
        response_type=m.CustomerProfileIntegrationResponseV2,
    ),
    Case(
        "updateCustomerProfilesV2",
        "customer_profiles",
        "update_customer_profiles_v2",
        "PUT",
        kwargs={"silent": "no"},
        body=lambda: m.MultipleCustomerProfileIntegrationRequest(
            customer_profiles=[
                m.MultipleCustomerProfileIntegrationRequestItem(
                    integration_id="cust-4411",
                    attributes=m.MultipleCustomerProfileIntegrationRequestItemAttributes.from_dict(
                        {"newsletter": True}
                    ),
                ),
                m.MultipleCustomerProfileIntegrationRequestItem(integration_id="cust-5020"),
            ]
        ),
        raw_path="/v2/customer_profiles",
        raw_query="silent=no",
        json_body={
            "customerProfiles": [
                {"integrationId": "cust-4411", "attributes": {"newsletter": True}},
                {"integrationId": "cust-5020"},
            ]
        },
        response_json={
            "integrationStates": [
                {"customerProfile": PROFILE_MIRA},
                {"customerProfile": PROFILE_JONAS},
            ]
        },
        response_schema="MultipleCustomerProfileIntegrationResponseV2",
        response_type=m.MultipleCustomerProfileIntegrationResponseV2,
    ),
    Case(
        "deleteCustomerData",
        "customer_profiles",
        "delete_customer_data",
        "DELETE",
        args=("cust-5020",),
        raw_path="/v1/customer_data/cust-5020",
        status=204,
    ),
    Case(
        "getCustomerInventory",
        "customer_profiles",
        "get_customer_inventory",
        "GET",
        args=("cust-4411",),
        kwargs={
            "profile": True,
            "referrals": True,
            "coupons": True,
            "loyalty": True,
            "giveaways": False,
            "achievements": True,
        },
        raw_path="/v1/customer_profiles/cust-4411/inventory",
        raw_query=(
            "profile=true&referrals=true&coupons=true&loyalty=true&giveaways=false"
            "&achievements=true"
        ),
        response_json=INVENTORY,
        response_schema="CustomerInventory",
        response_type=m.CustomerInventory,
        check=_check_inventory,
    ),
    # --- Audiences ---------------------------------------------------------------------------
    Case(
        "createAudienceV2",
        "audiences",
        "create_audience_v2",
        "POST",
        body=lambda: m.NewAudience(
            name="Newsletter subscribers",
            description="People who opted in to the weekly mail.",
            integration="mparticle",
            integration_id="mp-aud-3391",
            created_in_3_rd_party=True,
            last_update=_dt(2026, 2, 1, 6, 59),
        ),
        raw_path="/v2/audiences",
        json_body={
            "name": "Newsletter subscribers",
            "description": "People who opted in to the weekly mail.",
            "integration": "mparticle",
            "integrationId": "mp-aud-3391",
            "createdIn3rdParty": True,
            "lastUpdate": "2026-02-01T06:59:00+00:00",
        },
        status=201,
        response_json=AUDIENCE,
        response_schema="Audience",
        response_type=m.Audience,
    ),
    Case(
        "deleteAudienceV2",
        "audiences",
        "delete_audience_v2",
        "DELETE",
        args=(318,),
        raw_path="/v2/audiences/318",
        status=204,
    ),
    Case(
        "updateAudienceV2",
        "audiences",
        "update_audience_v2",
        "PUT",
        args=(318,),
        body=lambda: m.UpdateAudience(name="Newsletter subscribers (EU)"),
        raw_path="/v2/audiences/318",
        json_body={"name": "Newsletter subscribers (EU)"},
        response_json=dict(AUDIENCE, name="Newsletter subscribers (EU)"),
        response_schema="Audience",
        response_type=m.Audience,
    ),
    Case(
        "deleteAudienceMembershipsV2",
        "audiences",
        "delete_audience_memberships_v2",
        "DELETE",
        args=(318,),
        raw_path="/v2/audiences/318/memberships",
        status=204,
    ),
    Case(
        "updateCustomerProfileAudiences",
        "audiences",
        "update_customer_profile_audiences",
        "POST",
        body=lambda: m.CustomerProfileAudienceRequest(
            data=[
                m.CustomerProfileAudienceRequestItem(
                    action=m.CustomerProfileAudienceRequestItemAction.ADD,
                    profile_integration_id="cust-4411",
                    audience_id=318,
                ),
                m.CustomerProfileAudienceRequestItem(
                    action=m.CustomerProfileAudienceRequestItemAction.DELETE,
                    profile_integration_id="cust-5020",
                    audience_id=207,
                ),
            ]
        ),
        raw_path="/v2/customer_audiences",
        json_body={
            "data": [
                {"action": "add", "profileIntegrationId": "cust-4411", "audienceId": 318},
                {"action": "delete", "profileIntegrationId": "cust-5020", "audienceId": 207},
            ]
        },
        status=204,
    ),
    Case(
        "updateAudienceCustomersAttributes",
        "audiences",
        "update_audience_customers_attributes",
        "PUT",
        args=(318,),
        body=lambda: m.AttributeQuery.from_dict({"favouriteStore": "store-aarhus-c", "vip": True}),
        raw_path="/v2/audience_customers/318/attributes",
        json_body={"favouriteStore": "store-aarhus-c", "vip": True},
        status=204,
    ),
    # --- Events ------------------------------------------------------------------------------
    Case(
        "trackEventV2",
        "events",
        "track_event_v2",
        "POST",
        kwargs={"silent": "no", "dry": True, "force_complete_evaluation": True},
        body=lambda: m.IntegrationEventV2Request(
            type_="product_review",
            profile_id="cust-4411",
            store_integration_id="store-aarhus-c",
            attributes=m.IntegrationEventV2RequestAttributes.from_dict(
                {"rating": 5, "sku": "APL-GALA-1KG"}
            ),
            response_content=[
                m.IntegrationEventV2RequestResponseContentItem.EVENT,
                m.IntegrationEventV2RequestResponseContentItem.RULEFAILUREREASONS,
            ],
        ),
        raw_path="/v2/events",
        raw_query="silent=no&dry=true&forceCompleteEvaluation=true",
        json_body={
            "type": "product_review",
            "profileId": "cust-4411",
            "storeIntegrationId": "store-aarhus-c",
            "attributes": {"rating": 5, "sku": "APL-GALA-1KG"},
            "responseContent": ["event", "ruleFailureReasons"],
        },
        response_json={
            "effects": [EFFECT_ADD_POINTS],
            "createdCoupons": [],
            "createdReferrals": [REFERRAL],
            "event": {k: v for k, v in EVENT.items() if k != "sessionId"}
            | {"type": "product_review"},
        },
        response_schema="IntegrationEventV2Response",
        response_type=m.IntegrationEventV2Response,
    ),
    Case(
        "trackEventV3",
        "events",
        "track_event_v3",
        "POST",
        kwargs={"silent": "no", "dry": True},
        body=lambda: m.IntegrationEventV3Request(
            type_="product_link_shared",
            profile_id="cust-4411",
            integration_id="evt-share-0042",
            connected_session_id="web-session-7781",
            response_content=[m.IntegrationEventV3RequestResponseContentItem.ADVANCEDEVENT],
        ),
        raw_path="/v3/events",
        raw_query="silent=no&dry=true&forceCompleteEvaluation=false",
        json_body={
            "type": "product_link_shared",
            "profileId": "cust-4411",
            "integrationId": "evt-share-0042",
            "connectedSessionId": "web-session-7781",
            "responseContent": ["advancedEvent"],
        },
        response_json={
            "effects": [EFFECT_ADD_POINTS],
            "createdCoupons": [],
            "createdReferrals": [],
            "advancedEvent": ADVANCED_EVENT,
        },
        response_schema="IntegrationEventV3Response",
        response_type=m.IntegrationEventV3Response,
    ),
    Case(
        "getEventV3",
        "events",
        "get_event_v3",
        "GET",
        args=("evt-share-0042",),
        raw_path="/v3/events/evt-share-0042",
        response_json=ADVANCED_EVENT,
        response_schema="EventV3",
        response_type=m.EventV3,
        check=lambda r: (r.id, r.connected_session_id) == (88120, "web-session-7781"),
    ),
    Case(
        "trackEvent",
        "events",
        "track_event",
        "POST",
        kwargs={"dry": True},
        body=lambda: m.NewEvent(
            type_="store_visit",
            session_id="web-session-7781",
            profile_id="cust-4411",
            attributes=m.NewEventAttributes.from_dict({"store": "store-aarhus-c"}),
        ),
        raw_path="/v1/events",
        raw_query="dry=true",
        json_body={
            "type": "store_visit",
            "attributes": {"store": "store-aarhus-c"},
            "sessionId": "web-session-7781",
            "profileId": "cust-4411",
        },
        status=201,
        response_json={
            "session": {
                "integrationId": "web-session-7781",
                "created": "2026-03-01T09:12:40Z",
                "applicationId": 12,
                "profileId": "cust-4411",
                "coupon": "SPRING-10",
                "referral": "",
                "state": "open",
                "cartItems": [
                    {
                        "name": "Gala apples 1 kg",
                        "sku": "APL-GALA-1KG",
                        "quantity": 2,
                        "price": 2.49,
                    }
                ],
                "total": 4.98,
                "attributes": {},
                "firstSession": False,
                "discounts": {"Ten percent off fruit": 0.5},
                "updated": "2026-03-01T09:30:00Z",
            },
            "profile": PROFILE_MIRA,
            "event": dict(EVENT, type="store_visit"),
            "loyalty": {"programs": {}},
        },
        response_schema="IntegrationState",
        response_type=m.IntegrationState,
    ),
    # --- Referrals ---------------------------------------------------------------------------
    Case(
        "createReferral",
        "referrals",
        "create_referral",
        "POST",
        body=lambda: m.NewReferral(
            campaign_id=104,
            advocate_profile_integration_id="cust-4411",
            friend_profile_integration_id="cust-5020",
            usage_limit=1,
            expiry_date=_dt(2026, 6, 1),
            attributes=m.NewReferralAttributes.from_dict({"source": "share-sheet"}),
        ),
        raw_path="/v1/referrals",
        json_body={
            "campaignId": 104,
            "advocateProfileIntegrationId": "cust-4411",
            "expiryDate": "2026-06-01T00:00:00+00:00",
            "usageLimit": 1,
            "friendProfileIntegrationId": "cust-5020",
            "attributes": {"source": "share-sheet"},
        },
        status=201,
        response_json=REFERRAL,
        response_schema="Referral",
        response_type=m.Referral,
    ),
    Case(
        "createReferralsForMultipleAdvocates",
        "referrals",
        "create_referrals_for_multiple_advocates",
        "POST",
        kwargs={"silent": "no"},
        body=lambda: m.NewReferralsForMultipleAdvocates(
            usage_limit=3,
            campaign_id=104,
            advocate_profile_integration_ids=["cust-4411", "cust-5020"],
            valid_characters=["A", "B", "C", "7", "8", "9"],
            referral_pattern="REF-####",
        ),
        raw_path="/v1/referrals_for_multiple_advocates",
        raw_query="silent=no",
        json_body={
            "usageLimit": 3,
            "campaignId": 104,
            "advocateProfileIntegrationIds": ["cust-4411", "cust-5020"],
            "validCharacters": ["A", "B", "C", "7", "8", "9"],
            "referralPattern": "REF-####",
        },
        status=201,
        response_json={
            "totalResultSize": 2,
            "data": [
                dict(REFERRAL, code="REF-A7B9", usageLimit=3, friendProfileIntegrationId=""),
                dict(
                    REFERRAL,
                    id=30552,
                    code="REF-C8C7",
                    usageLimit=3,
                    advocateProfileIntegrationId="cust-5020",
                    friendProfileIntegrationId="",
                ),
            ],
        },
        response_schema="CreateReferralsForMultipleAdvocates201Response",
        response_type=m.CreateReferralsForMultipleAdvocates201Response,
    ),
    # --- Coupons -----------------------------------------------------------------------------
    Case(
        "createCouponReservation",
        "coupons",
        "create_coupon_reservation",
        "POST",
        args=("SPRING-10",),
        body=lambda: m.CouponReservations(integration_i_ds=["cust-4411", "cust-5020"]),
        raw_path="/v1/coupon_reservations/SPRING-10",
        json_body={"integrationIDs": ["cust-4411", "cust-5020"]},
        status=201,
        response_json=COUPON,
        response_schema="Coupon",
        response_type=m.Coupon,
    ),
    Case(
        "deleteCouponReservation",
        "coupons",
        "delete_coupon_reservation",
        "DELETE",
        args=("SPRING-10",),
        body=lambda: m.CouponReservations(integration_i_ds=["cust-5020"]),
        raw_path="/v1/coupon_reservations/SPRING-10",
        json_body={"integrationIDs": ["cust-5020"]},
        status=204,
    ),
    Case(
        "getReservedCustomers",
        "coupons",
        "get_reserved_customers",
        "GET",
        args=("SPRING-10",),
        raw_path="/v1/coupon_reservations/customerprofiles/SPRING-10",
        response_json={"totalResultSize": 2, "data": [PROFILE_MIRA, PROFILE_JONAS]},
        response_schema="GetReservedCustomers200Response",
        response_type=m.GetReservedCustomers200Response,
    ),
    # --- Catalogs ----------------------------------------------------------------------------
    Case(
        "syncCatalog",
        "catalogs",
        "sync_catalog",
        "PUT",
        args=(19,),
        body=lambda: m.CatalogSyncRequest(
            actions=[
                m.CatalogActionAdd(
                    type_=m.CatalogActionAddType.ADD,
                    payload=m.CatalogActionAddPayload.from_dict(
                        {
                            "sku": "BRD-RYE-500G",
                            "price": 3.2,
                            "attributes": {"bakery": "north"},
                            "replaceIfExists": True,
                        }
                    ),
                ),
                m.CatalogActionRemove(
                    type_=m.CatalogActionRemoveType.REMOVE,
                    payload=m.CatalogActionRemovePayload(sku="BRD-WHITE-400G"),
                ),
            ],
            version=41,
        ),
        raw_path="/v1/catalogs/19/sync",
        json_body={
            "actions": [
                {
                    "type": "ADD",
                    "payload": {
                        "sku": "BRD-RYE-500G",
                        "price": 3.2,
                        "attributes": {"bakery": "north"},
                        "replaceIfExists": True,
                    },
                },
                {"type": "REMOVE", "payload": {"sku": "BRD-WHITE-400G"}},
            ],
            "version": 41,
        },
        response_json={
            "id": 19,
            "created": "2025-10-01T08:00:00Z",
            "accountId": 3021,
            "modified": "2026-03-01T09:31:00Z",
            "name": "groceries-dk",
            "description": "All Danish store items.",
            "subscribedApplicationsIds": [12, 13],
            "version": 42,
            "createdBy": 77,
        },
        response_schema="Catalog",
        response_type=m.Catalog,
    ),
    Case(
        "bestPriorPrice",
        "catalogs",
        "best_prior_price",
        "POST",
        body=lambda: m.BestPriorPriceRequest(
            skus=["APL-GALA-1KG", "MLK-OAT-1L"],
            timeframe_end_date=_dt(2026, 3, 1),
            timeframe="30",
            timeframe_end_date_type=m.BestPriorPriceRequestTimeframeEndDateType.STRICT,
            target=m.BestPriorTarget(
                target_type=m.BestPriorTargetTargetType.AUDIENCE, audience_id=318
            ),
        ),
        raw_path="/v1/best_prior_price",
        json_body={
            "skus": ["APL-GALA-1KG", "MLK-OAT-1L"],
            "timeframeEndDate": "2026-03-01T00:00:00+00:00",
            "timeframe": "30",
            "timeframeEndDateType": "strict",
            "target": {"targetType": "AUDIENCE", "audienceID": 318},
        },
        response_json=[
            {
                "id": 120001,
                "sku": "APL-GALA-1KG",
                "observedAt": "2026-02-11T07:00:00Z",
                "contextIds": ["web-session-6120"],
                "price": 2.09,
                "metadata": {
                    "influencingCampaignDetails": [{"campaignId": 99, "discountValue": 0.4}],
                    "adjustmentDetails": {
                        "referenceId": "adj-2026-02",
                        "selectedPriceType": "member",
                        "value": 2.29,
                    },
                },
                "target": {"type": "AUDIENCE", "audience": {"id": 318}},
            },
            {
                "id": 120002,
                "sku": "MLK-OAT-1L",
                "observedAt": "2026-02-03T07:00:00Z",
                "contextIds": ["web-session-6010"],
                "price": 1.79,
                "metadata": {"influencingCampaignDetails": []},
                "target": {"type": "NONE"},
            },
        ],
        response_schema="BestPriorPriceResponse",
        response_type=list,
        check=lambda prices: _expect(
            all(isinstance(p, m.BestPriorPrice) for p in prices)
            and prices[0].metadata.adjustment_details.value == 2.29
            and prices[0].observed_at == _dt(2026, 2, 11, 7)
        ),
    ),
]

CASES += [
    # --- Loyalty -----------------------------------------------------------------------------
    Case(
        "getLoyaltyBalances",
        "loyalty",
        "get_loyalty_balances",
        "GET",
        args=(45, "cust-4411"),
        kwargs={
            "end_date": _dt(2026, 2, 28, 23, 59, 59),
            "subledger_id": "beverages",
            "include_tiers": True,
            "include_projected_tier": True,
        },
        raw_path="/v1/loyalty_programs/45/profile/cust-4411/balances",
        raw_query=(
            "endDate=2026-02-28T23%3A59%3A59%2B00%3A00&subledgerId=beverages"
            "&includeTiers=true&includeProjectedTier=true"
        ),
        response_json={
            "balance": {
                "activePoints": 240.5,
                "pendingPoints": 11,
                "spentPoints": 120,
                "expiredPoints": 30,
                "negativePoints": 0,
                "currentTier": {
                    "id": 9,
                    "name": "Silver",
                    "startDate": "2026-01-01T00:00:00Z",
                    "expiryDate": "2026-12-31T23:59:59Z",
                    "downgradePolicy": "one_down",
                },
                "projectedTier": {
                    "projectedActivePoints": 180,
                    "stayInTierPoints": 20,
                    "projectedTierName": "Silver",
                },
                "pointsToNextTier": 259.5,
                "nextTierName": "Gold",
            },
            "subledgerBalances": {
                "beverages": {"activePoints": 12, "pendingPoints": 0, "spentPoints": 3}
            },
        },
        response_schema="LoyaltyBalancesWithTiers",
        response_type=m.LoyaltyBalancesWithTiers,
        check=lambda b: _expect(
            b.balance.current_tier.downgrade_policy == m.TierDowngradePolicy.ONE_DOWN
            and b.balance.projected_tier.stay_in_tier_points == 20
            and b.subledger_balances["beverages"].spent_points == 3
        ),
    ),
    Case(
        "getLoyaltyProgramProfilePoints",
        "loyalty",
        "get_loyalty_program_profile_points",
        "GET",
        args=(45, "cust-4411"),
        kwargs={
            "status": m.GetLoyaltyProgramProfilePointsStatus.PENDING,
            "customer_session_i_ds": ["web-session-7702", "web-session-7781"],
            "page_size": 2,
            "sort": m.GetLoyaltyProgramProfilePointsSort.EXPIRYDATE,
        },
        raw_path="/v1/loyalty_programs/45/profile/cust-4411/points",
        raw_query=(
            "status=pending&customerSessionIDs=web-session-7702&customerSessionIDs=web-session-7781"
            "&pageSize=2&sort=expiryDate"
        ),
        response_json={
            "hasMore": True,
            "data": [
                POINTS_ENTRY,
                dict(
                    POINTS_ENTRY,
                    id=9002,
                    transactionUUID="9a1b2c3d-0000-4abc-8def-123456789abc",
                    customerSessionId="web-session-7781",
                    amount=11,
                    startDate="2026-03-15T00:00:00Z",
                    expiryDate="2027-03-15T00:00:00Z",
                ),
            ],
        },
        response_schema="GetLoyaltyProgramProfilePoints200Response",
        response_type=m.GetLoyaltyProgramProfilePoints200Response,
        check=lambda r: _expect(r.has_more is True and [e.amount for e in r.data] == [14, 11]),
    ),
    Case(
        "getLoyaltyProgramProfileTransactions",
        "loyalty",
        "get_loyalty_program_profile_transactions",
        "GET",
        args=(45, "cust-4411"),
        kwargs={
            "subledger_id": "beverages",
            "loyalty_transaction_type": (
                m.GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType.SESSION
            ),
            "start_date": _dt(2026, 2, 1),
            "end_date": _dt(2026, 3, 1),
            "page_size": 25,
            "skip": 50,
            "awaits_activation": False,
        },
        raw_path="/v1/loyalty_programs/45/profile/cust-4411/transactions",
        raw_query=(
            "subledgerId=beverages&loyaltyTransactionType=session"
            "&startDate=2026-02-01T00%3A00%3A00%2B00%3A00&endDate=2026-03-01T00%3A00%3A00%2B00%3A00"
            "&pageSize=25&skip=50&awaitsActivation=false"
        ),
        response_json={
            "hasMore": False,
            "data": [
                PROFILE_TX,
                dict(
                    PROFILE_TX,
                    id=9007,
                    transactionUUID="c3d4e5f6-1111-4222-8333-444455556666",
                    type="subtraction",
                    name="Redeemed for free coffee",
                    amount=-40,
                    rulesetId=7020,
                    ruleName="Coffee reward",
                ),
            ],
        },
        response_schema="GetLoyaltyProgramProfileTransactions200Response",
        response_type=m.GetLoyaltyProgramProfileTransactions200Response,
        check=lambda r: _expect(
            [t.type_ for t in r.data]
            == [
                m.LedgerTransactionLogEntryIntegrationAPIType.ADDITION,
                m.LedgerTransactionLogEntryIntegrationAPIType.SUBTRACTION,
            ]
            and r.data[0].flags.creates_negative_balance is False
        ),
    ),
    Case(
        "activateLoyaltyPoints",
        "loyalty",
        "activate_loyalty_points",
        "POST",
        args=(45,),
        body=lambda: m.ActivateLoyaltyPoints(
            transaction_uui_ds=[
                uuid.UUID("4e0c6a8b-2d71-4e3f-b1a5-7f0d9c2e6b13"),
                uuid.UUID("9a1b2c3d-0000-4abc-8def-123456789abc"),
            ]
        ),
        raw_path="/v1/loyalty_programs/45/activate_points",
        json_body={
            "transactionUUIDs": [
                "4e0c6a8b-2d71-4e3f-b1a5-7f0d9c2e6b13",
                "9a1b2c3d-0000-4abc-8def-123456789abc",
            ]
        },
        response_json={
            "ledgerEntries": [
                {
                    "created": "2026-03-01T09:40:00Z",
                    "programID": 45,
                    "customerProfileID": "cust-4411",
                    "customerSessionID": "web-session-7702",
                    "eventID": 7711001,
                    "type": "addition",
                    "amount": 14,
                    "startDate": "2026-03-01T09:40:00Z",
                    "name": "Basket points",
                    "subLedgerID": "",
                    "archived": False,
                    "flags": {"createsNegativeBalance": False},
                }
            ]
        },
        response_schema="ActivateLoyaltyPointsResponse",
        response_type=m.ActivateLoyaltyPointsResponse,
    ),
    Case(
        "deleteLoyaltyTransactionsFromLedgers",
        "loyalty",
        "delete_loyalty_transactions_from_ledgers",
        "POST",
        args=(45, "cust-5020"),
        body=lambda: m.DeleteLoyaltyTransactionsRequest(
            scope=m.DeleteLoyaltyTransactionsRequestScope.SELECTEDSUBLEDGERS,
            subledger_ids=["beverages", "snacks"],
        ),
        raw_path="/v1/loyalty_programs/45/profile/cust-5020/delete_transactions",
        json_body={"scope": "SelectedSubledgers", "subledgerIds": ["beverages", "snacks"]},
        status=204,
    ),
    # --- Loyalty cards -----------------------------------------------------------------------
    Case(
        "generateLoyaltyCard",
        "loyalty_cards",
        "generate_loyalty_card",
        "POST",
        args=(46,),
        body=lambda: m.GenerateLoyaltyCard(
            status=m.GenerateLoyaltyCardStatus.ACTIVE,
            customer_profile_ids=["cust-4411"],
            card_identifier="CARD-0042-7781",
        ),
        raw_path="/v1/loyalty_programs/46/cards",
        json_body={
            "status": "active",
            "customerProfileIds": ["cust-4411"],
            "cardIdentifier": "CARD-0042-7781",
        },
        response_json=LOYALTY_CARD,
        response_schema="LoyaltyCard",
        response_type=m.LoyaltyCard,
    ),
    Case(
        "getLoyaltyCardBalances",
        "loyalty_cards",
        "get_loyalty_card_balances",
        "GET",
        args=(46, "CARD-0042-7781"),
        kwargs={"end_date": _dt(2026, 3, 1), "subledger_id": ["beverages", "snacks"]},
        raw_path="/v1/loyalty_programs/46/cards/CARD-0042-7781/balances",
        raw_query=(
            "endDate=2026-03-01T00%3A00%3A00%2B00%3A00&subledgerId=beverages&subledgerId=snacks"
        ),
        response_json={
            "balance": {
                "activePoints": 80,
                "pendingPoints": 0,
                "spentPoints": 20,
                "expiredPoints": 0,
                "negativePoints": 0,
            },
            "subledgerBalances": {
                "beverages": {"activePoints": 15, "pendingPoints": 5},
                "snacks": {"activePoints": 0, "expiredPoints": 4},
            },
            "profiles": [{"integrationId": "cust-4411", "timestamp": "2025-12-05T10:01:00Z"}],
        },
        response_schema="LoyaltyCardBalances",
        response_type=m.LoyaltyCardBalances,
        check=lambda b: _expect(
            b.subledger_balances["snacks"].expired_points == 4
            and b.profiles[0].timestamp == _dt(2025, 12, 5, 10, 1)
        ),
    ),
    Case(
        "getLoyaltyCardPoints",
        "loyalty_cards",
        "get_loyalty_card_points",
        "GET",
        args=(46, "CARD-0042-7781"),
        kwargs={
            "status": m.GetLoyaltyCardPointsStatus.EXPIRED,
            "subledger_id": ["beverages"],
            "transaction_uui_ds": ["4e0c6a8b-2d71-4e3f-b1a5-7f0d9c2e6b13"],
            "skip": 10,
            "sort": m.GetLoyaltyCardPointsSort.STARTDATE,
        },
        raw_path="/v1/loyalty_programs/46/cards/CARD-0042-7781/points",
        raw_query=(
            "status=expired&subledgerId=beverages"
            "&transactionUUIDs=4e0c6a8b-2d71-4e3f-b1a5-7f0d9c2e6b13&pageSize=50&skip=10"
            "&sort=startDate"
        ),
        response_json={
            "hasMore": False,
            "data": [
                dict(
                    POINTS_ENTRY,
                    customerProfileID="cust-4411",
                    subledgerId="beverages",
                    expiryDate="2026-02-01T00:00:00Z",
                    validityDuration="30D",
                )
            ],
        },
        response_schema="GetLoyaltyCardPoints200Response",
        response_type=m.GetLoyaltyCardPoints200Response,
    ),
    Case(
        "getLoyaltyCardTransactions",
        "loyalty_cards",
        "get_loyalty_card_transactions",
        "GET",
        args=(46, "CARD-0042-7781"),
        kwargs={
            "subledger_id": ["beverages", "snacks"],
            "loyalty_transaction_type": m.GetLoyaltyCardTransactionsLoyaltyTransactionType.MANUAL,
            "start_date": _dt(2026, 1, 1),
            "page_size": 5,
        },
        raw_path="/v1/loyalty_programs/46/cards/CARD-0042-7781/transactions",
        raw_query=(
            "subledgerId=beverages&subledgerId=snacks&loyaltyTransactionType=manual"
            "&startDate=2026-01-01T00%3A00%3A00%2B00%3A00&pageSize=5"
        ),
        response_json={
            "hasMore": True,
            "data": [
                dict(
                    PROFILE_TX,
                    cardIdentifier="CARD-0042-7781",
                    subledgerId="beverages",
                    name="Goodwill bonus",
                    amount=25,
                )
            ],
        },
        response_schema="GetLoyaltyCardTransactions200Response",
        response_type=m.GetLoyaltyCardTransactions200Response,
    ),
    Case(
        "linkLoyaltyCardToProfile",
        "loyalty_cards",
        "link_loyalty_card_to_profile",
        "POST",
        args=(46, "CARD-0042-7781"),
        body=lambda: m.LoyaltyCardRegistration(integration_id="cust-5020"),
        raw_path="/v2/loyalty_programs/46/cards/CARD-0042-7781/link_profile",
        json_body={"integrationId": "cust-5020"},
        response_json=dict(
            LOYALTY_CARD,
            profiles=[
                {"integrationId": "cust-4411", "timestamp": "2025-12-05T10:01:00Z"},
                {"integrationId": "cust-5020", "timestamp": "2026-03-01T11:00:00Z"},
            ],
        ),
        response_schema="LoyaltyCard",
        response_type=m.LoyaltyCard,
        check=lambda c: _expect(
            [p.integration_id for p in c.profiles] == ["cust-4411", "cust-5020"]
        ),
    ),
    Case(
        "unlinkLoyaltyCardFromProfile",
        "loyalty_cards",
        "unlink_loyalty_card_from_profile",
        "POST",
        args=(46, "CARD-0042-7781"),
        body=lambda: m.LoyaltyCardRegistration(integration_id="cust-5020"),
        raw_path="/v2/loyalty_programs/46/cards/CARD-0042-7781/unlink_profile",
        json_body={"integrationId": "cust-5020"},
        response_json=LOYALTY_CARD,
        response_schema="LoyaltyCard",
        response_type=m.LoyaltyCard,
    ),
    # --- Achievements ------------------------------------------------------------------------
    Case(
        "getCustomerAchievements",
        "achievements",
        "get_customer_achievements",
        "GET",
        args=("cust-4411",),
        kwargs={
            "campaign_ids": ["105"],
            "achievement_status": [m.GetCustomerAchievementsAchievementStatusItem.ACTIVE],
            "current_progress_status": [
                m.GetCustomerAchievementsCurrentProgressStatusItem.INPROGRESS,
                m.GetCustomerAchievementsCurrentProgressStatusItem.COMPLETED,
            ],
            "page_size": 10,
        },
        raw_path="/v1/customer_profiles/cust-4411/achievements",
        raw_query=(
            "campaignIds=105&achievementStatus=active&currentProgressStatus=inprogress"
            "&currentProgressStatus=completed&pageSize=10"
        ),
        response_json={
            "totalResultSize": 1,
            "data": [
                {
                    "id": 8,
                    "created": "2026-01-25T12:00:00Z",
                    "name": "ShopFiveTimes",
                    "title": "Five visits in February",
                    "description": "Visit any store five times this month.",
                    "target": 5,
                    "period": "1M",
                    "periodEndOverride": {
                        "month": 2,
                        "dayOfMonth": 28,
                        "hour": 23,
                        "minute": 59,
                        "second": 59,
                    },
                    "recurrencePolicy": "on_expiration",
                    "activationPolicy": "fixed_schedule",
                    "fixedStartDate": "2026-02-01T00:00:00Z",
                    "allowRollbackAfterCompletion": False,
                    "campaignId": 105,
                    "status": "active",
                    "currentProgress": ACHIEVEMENT_PROGRESS,
                }
            ],
        },
        response_schema="GetCustomerAchievements200Response",
        response_type=m.GetCustomerAchievements200Response,
        check=lambda r: _expect(
            r.data[0].current_progress.status == m.AchievementProgressStatus.INPROGRESS
            and r.data[0].period_end_override.day_of_month == 28
        ),
    ),
    Case(
        "getCustomerAchievementHistory",
        "achievements",
        "get_customer_achievement_history",
        "GET",
        args=("cust-4411", 8),
        kwargs={
            "progress_status": [m.GetCustomerAchievementHistoryProgressStatusItem.COMPLETED],
            "end_date": _dt(2026, 3, 1),
            "skip": 5,
        },
        raw_path="/v1/customer_profiles/cust-4411/achievements/8",
        raw_query=(
            "progressStatus=completed&endDate=2026-03-01T00%3A00%3A00%2B00%3A00"
            "&pageSize=1000&skip=5"
        ),
        response_json={
            "totalResultSize": 7,
            "data": [
                {
                    "status": "completed",
                    "progress": 5,
                    "startDate": "2026-01-01T00:00:00Z",
                    "completionDate": "2026-01-19T17:20:00Z",
                    "endDate": "2026-01-31T23:59:59Z",
                }
            ],
        },
        response_schema="GetCustomerAchievementHistory200Response",
        response_type=m.GetCustomerAchievementHistory200Response,
    ),
    # --- Campaigns ---------------------------------------------------------------------------
    Case(
        "integrationGetAllCampaigns",
        "campaigns",
        "integration_get_all_campaigns",
        "GET",
        kwargs={
            "page_size": 20,
            "skip": 40,
            "campaign_ids": ["101", "102"],
            "start_after": _dt(2026, 1, 1),
            "end_before": _dt(2026, 12, 31, 23, 59, 59),
        },
        raw_path="/v1/integration/campaigns",
        raw_query=(
            "pageSize=20&skip=40&campaignIds=101&campaignIds=102"
            "&startAfter=2026-01-01T00%3A00%3A00%2B00%3A00"
            "&endBefore=2026-12-31T23%3A59%3A59%2B00%3A00"
        ),
        response_json={
            "hasMore": False,
            "data": [
                {
                    "id": 101,
                    "applicationId": 12,
                    "name": "Spring fruit week",
                    "description": "Coupon-driven fruit discount for March.",
                    "startTime": "2026-03-01T00:00:00Z",
                    "endTime": "2026-03-08T00:00:00Z",
                    "attributes": {"owner": "category-fresh"},
                    "state": "enabled",
                    "tags": ["fruit", "spring"],
                    "features": ["coupons", "loyalty"],
                    "rules": [{"title": "Ten percent off fruit"}],
                },
                {
                    "id": 102,
                    "applicationId": 12,
                    "name": "Oat drink promo",
                    "state": "enabled",
                    "tags": [],
                    "features": [],
                    "rules": [],
                },
            ],
        },
        response_schema="IntegrationGetAllCampaigns200Response",
        response_type=m.IntegrationGetAllCampaigns200Response,
        check=lambda r: _expect(
            r.data[0].features
            == [
                m.IntegrationCampaignFeaturesItem.COUPONS,
                m.IntegrationCampaignFeaturesItem.LOYALTY,
            ]
        ),
    ),
]

CASES_BY_ID = {case.operation_id: case for case in CASES}
