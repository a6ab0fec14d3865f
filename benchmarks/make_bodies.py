"""Generate the fixed bodies nginx serves in the benchmarks, and check them.

    python benchmarks/make_bodies.py           # (re)write benchmarks/bodies/*.json and validate
    python benchmarks/make_bodies.py --check   # validate only; exit 1 if a file differs or is invalid

The data is invented for this project (a fictitious shop, "Larkspur Provisions"): a session with
a cart of ten items, its customer profile, loyalty ledgers, coupons, triggered campaigns and ~50
effects of 21 effect types whose props follow the spec's ``*EffectProps`` schemas. Generation is
deterministic (fixed seed, fixed timestamps), so the bytes only change when this file does.

Checks: the 19 KB state validates against ``IntegrationStateV2`` in openapi/integration.yaml
(OpenAPI 3.0 read validator, formats checked), every effect's props validate against the
``*EffectProps`` schema whose ``x-effect-type`` matches, and it decodes with the generated
``talon_one_raw.models.IntegrationStateV2.from_dict`` and (when installed) with the official
SDK's ``talon_one.models.IntegrationStateV2.from_dict``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BODIES = HERE / "bodies"
SPEC = ROOT / "openapi" / "integration.yaml"

STATE_FILE = "integration_state_19k.json"  # PUT /v2/customer_sessions/{id}  -> 200
PROFILE_FILE = "customer_profile_small.json"  # PUT /v2/customer_profiles/{id} -> 200
REQUEST_FILE = "session_request.json"  # the request body every client sends
SIZE_RANGE = (18_500, 20_000)

APP_ID = 412
ACCOUNT_ID = 9031
PROFILE = "lp-cust-48213"
SESSION = "lp-sess-20260311-7741"
T0 = "2026-03-11T09:14:07.318Z"
T1 = "2026-03-11T09:16:52.904Z"
CAMPAIGNS = [
    (7301, "Spring pantry week", ["seasonal", "pantry"], ["coupons"]),
    (7302, "Members earn double", ["loyalty", "members"], ["loyalty"]),
    (7303, "Free tote over 60", ["gift", "threshold"], ["giveaways"]),
    (7304, "Bundle: coffee + grinder", ["bundle"], ["strikethrough"]),
    (7305, "Refer a neighbour", ["referral"], ["referrals"]),
    (7306, "Free delivery weekend", ["shipping"], []),
    (7307, "Welcome back", ["retention", "email"], ["coupons", "loyalty"]),
]
CART = [
    ("LP-OAT-1L", "Oat drink barista 1 l", "dairy-alternatives", 3, 2.79, 1.05),
    ("LP-SOUR-800", "Rye sourdough loaf 800 g", "bakery", 1, 5.40, 0.8),
    ("LP-COF-ETH-500", "Ethiopia Guji beans 500 g", "coffee", 2, 14.90, 0.5),
    ("LP-GRND-HND", "Ceramic hand grinder", "kitchen", 1, 39.00, 0.9),
    ("LP-APL-ELS-1K", "Elstar apples 1 kg", "produce", 2, 3.29, 1.0),
    ("LP-OLV-KAL-500", "Kalamata olive oil 500 ml", "pantry", 1, 11.50, 0.7),
    ("LP-DET-ECO-2L", "Eco laundry liquid 2 l", "household", 1, 8.99, 2.1),
    ("LP-TOTE-CNV", "Canvas tote bag", "merch", 1, 0.0, 0.2),
]


def _ts(minute: int, second: int = 0) -> str:
    return f"2026-03-11T09:{minute:02d}:{second:02d}.{(minute * 37 + second) % 1000:03d}Z"


def _uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def cart_items() -> list[dict[str, Any]]:
    items = []
    for pos, (sku, name, cat, qty, price, weight) in enumerate(CART):
        item: dict[str, Any] = {
            "name": name,
            "sku": sku,
            "quantity": qty,
            "returnedQuantity": 0,
            "remainingQuantity": qty,
            "price": price,
            "category": cat,
            "product": {"name": name.rsplit(" ", 2)[0]},
            "weight": weight,
            "position": pos,
            "attributes": {"organic": pos % 3 == 0},
            "catalogItemID": 880_100 + pos,
            "selectedPriceType": "member" if pos % 4 == 1 else "base",
        }
        if cat in ("household", "kitchen"):
            item["additionalCosts"] = {"bulkyHandling": {"price": 1.5}}
        items.append(item)
    return items


def effects(rng: random.Random) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def add(
        campaign: int,
        rule_index: int,
        rule_name: str,
        etype: str,
        props: dict[str, Any],
        **extra: Any,
    ) -> None:
        e: dict[str, Any] = {
            "campaignId": campaign,
            "rulesetId": campaign * 10 + 3,
            "ruleIndex": rule_index,
            "ruleName": rule_name,
            "effectType": etype,
            "props": props,
        }
        e.update(extra)
        out.append(e)

    add(
        7301,
        0,
        "Accept spring code",
        "acceptCoupon",
        {"value": "PANTRY-SPRING-26"},
        triggeredByCoupon=550_201,
    )
    add(
        7307,
        0,
        "Accept welcome-back code",
        "acceptCoupon",
        {"value": "WB-7K2Q-91"},
        triggeredByCoupon=550_877,
    )
    add(
        7301,
        1,
        "Second code rejected",
        "rejectCoupon",
        {
            "value": "PANTRY-OLD-25",
            "rejectionReason": "CouponExpired",
            "conditionIndex": 0,
            "effectIndex": 0,
            "details": "code ended 2025-12-31",
        },
    )
    add(
        7301,
        2,
        "10% off pantry basket",
        "setDiscount",
        {"name": "Spring pantry 10%", "value": 4.12, "scope": "sessionTotal", "desiredValue": 4.12},
    )
    add(
        7307,
        1,
        "Welcome back 5 off",
        "setDiscount",
        {"name": "Welcome back", "value": 5.0, "scope": "cartItems", "desiredValue": 5.0},
    )
    add(
        7306,
        0,
        "Free delivery",
        "setDiscountPerAdditionalCost",
        {
            "name": "Free delivery weekend",
            "additionalCostId": 31,
            "additionalCost": "delivery",
            "value": 4.95,
            "desiredValue": 4.95,
        },
    )
    for pos, (sku, _name, cat, qty, price, _w) in enumerate(CART):
        if price == 0:
            continue
        pct = [0.1, 0.15, 0.2, 0.05][pos % 4]
        value = round(price * qty * pct, 2)
        add(
            7304 if cat in ("coffee", "kitchen") else 7301,
            3,
            f"Item discount {cat}",
            "setDiscountPerItem",
            {
                "name": f"{sku} {int(pct * 100)}%",
                "value": value,
                "position": pos,
                "subPosition": 0,
                "scope": "price",
                "totalDiscount": value,
            },
            triggeredForCatalogItem=880_100 + pos,
        )
    for pos in [p for p, item in enumerate(CART) if item[2] in ("household", "kitchen")]:
        add(
            7306,
            1,
            "Bulky handling waived",
            "setDiscountPerAdditionalCostPerItem",
            {
                "name": "Bulky handling waived",
                "additionalCostId": 44,
                "value": 1.5,
                "position": pos,
                "subPosition": 0,
                "additionalCost": "bulkyHandling",
                "desiredValue": 1.5,
            },
        )
    add(
        7304,
        0,
        "Coffee bundle",
        "showBundleMetadata",
        {
            "description": "Beans and grinder bought together",
            "bundleAttributes": ["beans", "grinder"],
            "itemsIndices": [0, 1],
        },
    )
    for i, (sub, val) in enumerate(
        [("", 96.0), ("coffee-club", 30.0), ("", 12.0), ("household", 9.0)]
    ):
        add(
            7302,
            i % 3,
            f"Points rule {i + 1}",
            "addLoyaltyPoints",
            {
                "name": f"Earn {val:g} points",
                "programId": 61,
                "subLedgerId": sub,
                "value": val,
                "desiredValue": val,
                "recipientIntegrationId": PROFILE,
                "expiryDate": "2027-03-31T23:59:59Z",
                "transactionUUID": _uuid(rng),
                "cardIdentifier": "LPC-0048-2213-77",
                "cartItemPosition": i,
                "cartItemSubPosition": 0,
            },
        )
    add(
        7302,
        3,
        "Redeem points for tote",
        "deductLoyaltyPoints",
        {
            "ruleTitle": "Redeem 150 points",
            "programId": 61,
            "subLedgerId": "",
            "value": 150.0,
            "transactionUUID": _uuid(rng),
            "name": "Tote redemption",
            "cardIdentifier": "LPC-0048-2213-77",
        },
    )
    add(
        7303,
        0,
        "Tote over 60",
        "addFreeItem",
        {"sku": "LP-TOTE-CNV", "name": "Canvas tote bag", "desiredQuantity": 1},
    )
    add(
        7304,
        1,
        "Sample sachet with beans",
        "addFreeItem",
        {"sku": "LP-COF-SAMPLE", "name": "Decaf sample 30 g", "desiredQuantity": 2},
    )
    for i, (kind, title, body) in enumerate(
        [
            ("info", "Double points today", "Members earn 2 points per euro until Sunday."),
            ("offer", "Grinder deal unlocked", "Your beans and grinder are 15% off together."),
            ("warning", "One code not applied", "PANTRY-OLD-25 ended on 31 December."),
        ]
    ):
        add(
            7301 + i,
            4,
            f"Notify {kind}",
            "showNotification",
            {"notificationType": kind, "title": title, "body": body},
        )
    for i, (eid, name) in enumerate(
        [(12, "recommendShelf"), (14, "printReceiptLine"), (19, "kitchenDisplay")]
    ):
        add(
            7304,
            5 + i,
            f"Custom {name}",
            "customEffect",
            {
                "effectId": eid,
                "name": name,
                "payload": {
                    "slot": i + 1,
                    "skus": [CART[i][0], CART[i + 2][0]],
                    "message": f"{name} for {SESSION}",
                },
                "cartItemPosition": i,
                "cartItemSubPosition": 0,
            },
        )
    add(7302, 6, "Notify CRM", "triggerWebhook", {"webhookId": 203, "webhookName": "crm-points"})
    add(
        7305,
        2,
        "Notify referral desk",
        "triggerWebhook",
        {"webhookId": 207, "webhookName": "referral-desk"},
    )
    for i, (path, value) in enumerate(
        [
            ("Session.OrderChannel", "app"),
            ("Profile.PreferredStore", "lp-store-utrecht-2"),
            ("Profile.CoffeeClub", True),
        ]
    ):
        add(
            7307, 3 + i, f"Set attribute {i + 1}", "updateAttribute", {"path": path, "value": value}
        )
    add(
        7307,
        6,
        "Issue next-visit code",
        "couponCreated",
        {"value": "NEXT-VISIT-4QX8", "profileId": PROFILE},
    )
    add(7305, 0, "Create referral code", "referralCreated", {"value": "NBR-48213-KQ"})
    add(7305, 1, "Accept referral", "acceptReferral", {"value": "NBR-31007-ZT"})
    add(
        7303,
        1,
        "Award tote voucher",
        "awardGiveaway",
        {
            "poolId": 17,
            "poolName": "tote-vouchers",
            "recipientIntegrationId": PROFILE,
            "giveawayId": 66_012,
            "code": "TOTE-GV-8831",
        },
    )
    add(
        7303,
        2,
        "Will award tea sample",
        "willAwardGiveaway",
        {"poolId": 18, "poolName": "tea-samples", "recipientIntegrationId": PROFILE},
    )
    add(
        7307,
        7,
        "Reserve birthday code",
        "reserveCoupon",
        {"couponValue": "BDAY-48213-26", "isNewReservation": True, "profileIntegrationId": PROFILE},
    )
    add(
        7306,
        2,
        "Undo earlier delivery discount",
        "rollbackDiscount",
        {
            "name": "Old delivery promo",
            "value": 2.5,
            "additionalCostId": 31,
            "additionalCost": "delivery",
            "scope": "additionalCost",
        },
    )
    for i, e in enumerate(out):
        e.setdefault("conditionIndex", i % 3)
    return out


def campaign(cid: int, name: str, tags: list[str], features: list[str], i: int) -> dict[str, Any]:
    return {
        "id": cid,
        "created": _ts(0, i),
        "applicationId": APP_ID,
        "userId": 3107,
        "name": name,
        "description": f"{name} at Larkspur Provisions",
        "startTime": "2026-03-01T00:00:00Z",
        "endTime": "2026-04-30T23:59:59Z",
        "attributes": {"channel": "all"},
        "state": "enabled",
        "activeRulesetId": cid * 10 + 3,
        "tags": tags,
        "reevaluateOnReturn": False,
        "features": features,
        "limits": [{"action": "setDiscount", "limit": 50000, "entities": ["Coupon"]}],
        "campaignGroups": [88],
        "type": "advanced",
        "couponRedemptionCount": 1204 + i,
        "discountEffectCount": 3302 + i,
        "updated": _ts(1, i),
        "frontendState": "running",
        "storesImported": False,
    }


def integration_state() -> dict[str, Any]:
    rng = random.Random(20260311)
    items = cart_items()
    cart_total = round(sum(i["price"] * i["quantity"] for i in items), 2)
    effs = effects(rng)
    ledger = {
        "currentBalance": 1184.0,
        "pendingBalance": 96.0,
        "negativeBalance": 0.0,
        "expiredBalance": 210.0,
        "spentBalance": 900.0,
        "tentativeCurrentBalance": 1226.0,
        "tentativePendingBalance": 96.0,
        "tentativeNegativeBalance": 0.0,
        "currentTier": {
            "id": 3,
            "name": "Silver",
            "startDate": "2025-09-02T00:00:00Z",
            "expiryDate": "2026-09-01T23:59:59Z",
            "downgradePolicy": "one_down",
        },
        "pointsToNextTier": 816.0,
        "nextTierName": "Gold",
    }
    return {
        "customerSession": {
            "id": 31_844_107,
            "created": T0,
            "integrationId": SESSION,
            "applicationId": APP_ID,
            "profileId": PROFILE,
            "storeIntegrationId": "lp-store-utrecht-2",
            "evaluableCampaignIds": [c[0] for c in CAMPAIGNS],
            "couponCodes": ["PANTRY-SPRING-26", "WB-7K2Q-91", "PANTRY-OLD-25"],
            "referralCode": "NBR-31007-ZT",
            "loyaltyCards": ["LPC-0048-2213-77"],
            "state": "open",
            "cartItems": items,
            "experimentVariantAllocations": [{"experimentID": 14, "variantID": 2}],
            "additionalCosts": {"delivery": {"price": 4.95}},
            "identifiers": ["dev-a81f3c"],
            "attributes": {"OrderChannel": "app", "DeliveryWindow": "18-20"},
            "firstSession": False,
            "updateCount": 4,
            "total": round(cart_total + 4.95, 2),
            "cartItemTotal": cart_total,
            "additionalCostTotal": 4.95,
            "cartItemAdditionalCostTotal": 0.0,
            "updated": T1,
        },
        "customerProfile": {
            "id": 2_204_813,
            "created": "2024-11-19T17:40:12Z",
            "integrationId": PROFILE,
            "attributes": {"Name": "R. Okafor", "City": "Utrecht", "Newsletter": True},
            "accountId": ACCOUNT_ID,
            "closedSessions": 57,
            "totalSales": 3184.77,
            "loyaltyMemberships": [{"joined": "2024-11-19T17:41:00Z", "loyaltyProgramId": 61}],
            "audienceMemberships": [
                {"id": 402, "name": "coffee lovers"},
                {"id": 415, "name": "utrecht area"},
            ],
            "lastActivity": T1,
            "sandbox": False,
        },
        "loyalty": {
            "programs": {
                "61": {
                    "id": 61,
                    "title": "Larkspur Points",
                    "name": "larkspur_points",
                    "joinDate": "2024-11-19T17:41:00Z",
                    "ledger": ledger,
                    "subLedgers": {
                        "coffee-club": {
                            "currentBalance": 45.0,
                            "pendingBalance": 0.0,
                            "expiredBalance": 0.0,
                            "spentBalance": 30.0,
                            "tentativeCurrentBalance": 90.0,
                        }
                    },
                },
            },
        },
        "triggeredCampaigns": [
            campaign(c, n, t, f, i) for i, (c, n, t, f) in enumerate(CAMPAIGNS[:4])
        ],
        "effects": effs,
        "ruleFailureReasons": [
            {
                "campaignID": 7301,
                "campaignName": "Spring pantry week",
                "rulesetID": 73013,
                "couponID": 550_190,
                "couponValue": "PANTRY-OLD-25",
                "ruleIndex": 1,
                "ruleName": "Second code rejected",
                "conditionIndex": 0,
                "effectIndex": 0,
                "details": "coupon expired",
                "evaluationGroupID": 6,
                "evaluationGroupMode": "stackable",
            },
        ],
        "createdCoupons": [
            {
                "id": 551_032,
                "created": T1,
                "campaignId": 7307,
                "value": "NEXT-VISIT-4QX8",
                "usageLimit": 1,
                "discountLimit": 0,
                "startDate": "2026-03-12T00:00:00Z",
                "expiryDate": "2026-04-11T23:59:59Z",
                "usageCounter": 0,
                "recipientIntegrationId": PROFILE,
                "reservation": True,
                "batchId": "nv-2603",
            },
        ],
        "createdReferrals": [
            {
                "id": 90_441,
                "created": T1,
                "startDate": "2026-03-11T00:00:00Z",
                "expiryDate": "2026-06-30T23:59:59Z",
                "usageLimit": 5,
                "campaignId": 7305,
                "advocateProfileIntegrationId": PROFILE,
                "code": "NBR-48213-KQ",
                "usageCounter": 0,
            },
        ],
        "awardedGiveaways": [
            {
                "id": 66_012,
                "created": T1,
                "code": "TOTE-GV-8831",
                "poolId": 17,
                "startDate": "2026-03-11T00:00:00Z",
                "endDate": "2026-05-31T23:59:59Z",
                "used": False,
                "profileIntegrationId": PROFILE,
                "profileId": 2_204_813,
            },
        ],
        "coupons": [
            {
                "id": cid,
                "created": "2026-02-27T08:00:00Z",
                "campaignId": camp,
                "value": val,
                "usageLimit": lim,
                "usageCounter": used,
                "discountCounter": dc,
                "discountRemainder": 0,
                "reservationCounter": 0,
                "reservation": True,
                "isReservationMandatory": False,
                "implicitlyReserved": False,
                "profileRedemptionCount": used,
                "recipientIntegrationId": PROFILE,
                "startDate": "2026-03-01T00:00:00Z",
                "expiryDate": "2026-04-30T23:59:59Z",
            }
            for cid, camp, val, lim, used, dc in [
                (550_201, 7301, "PANTRY-SPRING-26", 0, 1, 4.12),
                (550_877, 7307, "WB-7K2Q-91", 1, 0, 5.0),
            ]
        ],
    }


def customer_profile() -> dict[str, Any]:
    """A small 200 body: CustomerProfileIntegrationResponseV2 without rule-engine output."""
    return {
        "customerProfile": {
            "id": 2_204_813,
            "created": "2024-11-19T17:40:12Z",
            "integrationId": PROFILE,
            "attributes": {"City": "Utrecht"},
            "accountId": ACCOUNT_ID,
            "closedSessions": 57,
            "totalSales": 3184.77,
            "lastActivity": T1,
        },
        "effects": [],
        "createdCoupons": [],
        "createdReferrals": [],
    }


def session_request() -> dict[str, Any]:
    """The small IntegrationRequest every benchmarked client sends."""
    return {
        "customerSession": {
            "profileId": PROFILE,
            "couponCodes": ["PANTRY-SPRING-26"],
            "state": "open",
            "cartItems": [
                {
                    "name": "Oat drink barista 1 l",
                    "sku": "LP-OAT-1L",
                    "quantity": 3,
                    "price": 2.79,
                    "category": "dairy-alternatives",
                },
                {
                    "name": "Ethiopia Guji beans 500 g",
                    "sku": "LP-COF-ETH-500",
                    "quantity": 2,
                    "price": 14.9,
                    "category": "coffee",
                },
            ],
            "attributes": {"OrderChannel": "app"},
        },
        "responseContent": [
            "customerSession",
            "customerProfile",
            "loyalty",
            "triggeredCampaigns",
            "coupons",
        ],
    }


def encode(doc: Any) -> bytes:
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()


def _numeric_bounds(node: Any) -> Any:
    """PyYAML (YAML 1.1) reads ``1E+15`` as a string; JSON Schema needs numbers there."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("maximum", "minimum") and isinstance(value, str):
                node[key] = float(value)
            else:
                _numeric_bounds(value)
    elif isinstance(node, list):
        for value in node:
            _numeric_bounds(value)
    return node


def validate(state: dict[str, Any], profile: dict[str, Any], request: dict[str, Any]) -> list[str]:
    import yaml
    from jsonschema import FormatChecker
    from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator

    spec = _numeric_bounds(yaml.safe_load(SPEC.read_text()))
    schemas = spec["components"]["schemas"]
    problems: list[str] = []

    def check(doc: Any, name: str, where: str, validator: Any = OAS30ReadValidator) -> None:
        schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
        v = validator(schema, format_checker=FormatChecker())
        for err in v.iter_errors(doc):
            problems.append(
                f"{where}: {name}: {'/'.join(map(str, err.absolute_path))}: {err.message}"
            )

    check(state, "IntegrationStateV2", STATE_FILE)
    check(profile, "CustomerProfileIntegrationResponseV2", PROFILE_FILE)
    check(request, "IntegrationRequest", REQUEST_FILE, OAS30WriteValidator)
    by_type = {s["x-effect-type"]: n for n, s in schemas.items() if "x-effect-type" in s}
    types = set()
    for i, eff in enumerate(state["effects"]):
        name = by_type.get(eff["effectType"])
        types.add(eff["effectType"])
        if name is None:
            problems.append(f"effects/{i}: unknown effectType {eff['effectType']!r}")
        else:
            check(eff["props"], name, f"{STATE_FILE} effects/{i}")
    if not 40 <= len(state["effects"]) <= 60:
        problems.append(f"{len(state['effects'])} effects, want 40-60")
    if problems:
        return problems

    from talon_one_raw.models import IntegrationRequest, IntegrationStateV2

    decoded = IntegrationStateV2.from_dict(state)
    if len(decoded.effects) != len(state["effects"]):
        problems.append("talon_one_raw decoded a different number of effects")
    for eff in decoded.effects:
        _ = (eff.effect_type, eff.props)
    IntegrationRequest.from_dict(request)
    try:
        import talon_one.models as sdk
    except ImportError:
        print("note: talon-one-sdk not installed; skipped the official SDK decode check")
    else:
        s = sdk.IntegrationStateV2.from_dict(state)
        assert s is not None and len(s.effects) == len(state["effects"])
        sdk.IntegrationRequest.from_dict(request)
    print(
        f"{len(state['effects'])} effects of {len(types)} types; "
        f"{len(state['customerSession']['cartItems'])} cart items"
    )
    return problems


def main(argv: list[str]) -> int:
    check_only = "--check" in argv
    docs = {
        STATE_FILE: integration_state(),
        PROFILE_FILE: customer_profile(),
        REQUEST_FILE: session_request(),
    }
    status = 0
    for name, doc in docs.items():
        data = encode(doc)
        path = BODIES / name
        if check_only:
            if not path.exists() or path.read_bytes() != data:
                print(f"{path} is missing or stale; run python benchmarks/make_bodies.py")
                status = 1
        else:
            BODIES.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        print(f"{name}: {len(data)} bytes")
    size = len(encode(docs[STATE_FILE]))
    if not SIZE_RANGE[0] <= size <= SIZE_RANGE[1]:
        print(f"{STATE_FILE} is {size} bytes, want {SIZE_RANGE}")
        status = 1
    problems = validate(docs[STATE_FILE], docs[PROFILE_FILE], docs[REQUEST_FILE])
    for p in problems:
        print("INVALID", p)
    return 1 if problems else status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
