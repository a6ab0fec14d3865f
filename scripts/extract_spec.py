#!/usr/bin/env python3
"""Bootstrap openapi/integration.yaml from the structural facts of Talon.One's published specs.

Only facts are taken from the reference documents (paths, methods, parameters, schemas, types,
formats, enums, required lists, status codes).  Every description, summary, title and example
in them is dropped; the prose written into the output comes from the tables in this file.

Usage: python scripts/extract_spec.py ../shared/reference > openapi/integration.yaml
This is a one-off bootstrap: after it ran, openapi/integration.yaml is the source of truth
and is edited by hand.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import yaml

NUMERIC_KEYWORDS = {"maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum", "multipleOf"}
PROSE_KEYS = {"description", "summary", "title", "example", "examples", "externalDocs"}

# operationId -> (tag, our one-line summary, our description)
OPERATIONS: dict[str, tuple[str, str, str]] = {
    "createAudienceV2": (
        "Audiences",
        "Create an audience",
        "Registers an audience that profiles can join; its integration ID must be unique.",
    ),
    "deleteAudienceMembershipsV2": (
        "Audiences",
        "Empty an audience",
        "Removes every profile from the audience; the audience itself stays.",
    ),
    "deleteAudienceV2": (
        "Audiences",
        "Delete an audience",
        "Deletes the audience and all of its memberships.",
    ),
    "updateAudienceCustomersAttributes": (
        "Audiences",
        "Set attributes on every member of an audience",
        "Writes the given attribute values onto each profile in the audience.",
    ),
    "updateAudienceV2": ("Audiences", "Rename an audience", "Changes the audience's name."),
    "updateCustomerProfileAudiences": (
        "Audiences",
        "Change audience memberships of many profiles",
        "Adds profiles to and removes them from audiences in one request.",
    ),
    "syncCatalog": (
        "Catalogs",
        "Apply changes to a cart item catalog",
        "Runs add, patch and remove actions on the items of a catalog, in order.",
    ),
    "bestPriorPrice": (
        "Catalogs",
        "Look up the lowest earlier price of SKUs",
        "Returns, per SKU, the lowest price recorded in a time window before now (price-history rules).",
    ),
    "createCouponReservation": (
        "Coupons",
        "Reserve a coupon for profiles",
        "Reserves the coupon code for the listed customer profiles.",
    ),
    "deleteCouponReservation": (
        "Coupons",
        "Release coupon reservations",
        "Removes the coupon's reservation for the listed customer profiles.",
    ),
    "getReservedCustomers": (
        "Coupons",
        "List profiles that reserved a coupon",
        "Returns the customer profiles holding a reservation of the coupon code.",
    ),
    "deleteCustomerData": (
        "Customer profiles",
        "Erase a customer's personal data",
        "Deletes the profile and its personal data (right-to-be-forgotten requests).",
    ),
    "getCustomerInventory": (
        "Customer profiles",
        "Get what a customer owns",
        "Returns the profile's coupons, referrals, loyalty balances, giveaways and achievements, as selected by the flags.",
    ),
    "updateCustomerProfileV2": (
        "Customer profiles",
        "Create or update a customer profile",
        "Upserts the profile's attributes and audience changes, optionally running the rule engine.",
    ),
    "updateCustomerProfilesV2": (
        "Customer profiles",
        "Create or update many customer profiles",
        "Upserts up to 1000 profiles in one request.",
    ),
    "getCustomerSession": (
        "Customer sessions",
        "Get a customer session",
        "Returns the stored session with its effects, without changing anything.",
    ),
    "returnCartItems": (
        "Customer sessions",
        "Return items of a closed session",
        "Records returned cart items; effects of the returned items are rolled back.",
    ),
    "updateCustomerSessionV2": (
        "Customer sessions",
        "Create or update a customer session",
        "Upserts the cart and evaluates the campaigns; the response carries the resulting effects and the state selected by responseContent.",
    ),
    "reopenCustomerSession": (
        "Customer sessions",
        "Reopen a closed session",
        "Moves a closed session back to open and rolls back the effects of closing it.",
    ),
    "trackEvent": (
        "Events",
        "Record a custom event (v1)",
        "Superseded by trackEventV2; kept for clients still on the 2022 API.",
    ),
    "trackEventV2": (
        "Events",
        "Record a custom event",
        "Records an event for a profile and evaluates the campaigns that listen to it.",
    ),
    "createReferral": (
        "Referrals",
        "Create a referral code",
        "Creates a referral code for one advocate.",
    ),
    "createReferralsForMultipleAdvocates": (
        "Referrals",
        "Create referral codes for many advocates",
        "Creates one referral code per listed advocate.",
    ),
    "getLoyaltyBalances": (
        "Loyalty",
        "Get a profile's loyalty balances",
        "Returns the profile's balances in a profile-based loyalty program, optionally with tiers.",
    ),
    "getLoyaltyProgramProfilePoints": (
        "Loyalty",
        "List a profile's point entries",
        "Pages through the profile's active, pending, expired or negative point entries.",
    ),
    "getLoyaltyProgramProfileTransactions": (
        "Loyalty",
        "List a profile's loyalty transactions",
        "Pages through the profile's ledger transactions.",
    ),
    "activateLoyaltyPoints": (
        "Loyalty",
        "Activate pending points",
        "Turns pending points, chosen by session or transaction ID, into active points.",
    ),
    "deleteLoyaltyTransactionsFromLedgers": (
        "Loyalty",
        "Delete a profile's loyalty transactions",
        "Removes ledger transactions of a profile, chosen by session or transaction ID.",
    ),
    "generateLoyaltyCard": (
        "Loyalty cards",
        "Issue a loyalty card",
        "Creates a new card in a card-based program, optionally linked to profiles.",
    ),
    "getLoyaltyCardBalances": (
        "Loyalty cards",
        "Get a loyalty card's balances",
        "Returns the card's balances per subledger and the profiles linked to it.",
    ),
    "getLoyaltyCardPoints": (
        "Loyalty cards",
        "List a card's point entries",
        "Pages through the card's active, pending, expired or negative point entries.",
    ),
    "getLoyaltyCardTransactions": (
        "Loyalty cards",
        "List a card's transactions",
        "Pages through the card's ledger transactions.",
    ),
    "linkLoyaltyCardToProfile": (
        "Loyalty cards",
        "Link a card to a profile",
        "Attaches a loyalty card to a customer profile.",
    ),
    "unlinkLoyaltyCardFromProfile": (
        "Loyalty cards",
        "Unlink a card from a profile",
        "Detaches a loyalty card from a customer profile.",
    ),
    "getCustomerAchievements": (
        "Achievements",
        "List a profile's achievements",
        "Pages through the achievements available to the profile and its progress in each.",
    ),
    "getCustomerAchievementHistory": (
        "Achievements",
        "List a profile's progress history in one achievement",
        "Pages through the profile's past and current progress records of the achievement.",
    ),
    "integrationGetAllCampaigns": (
        "Campaigns",
        "List the application's campaigns",
        "Pages through the campaigns of the application the API key belongs to.",
    ),
}

TAGS: list[tuple[str, str]] = [
    ("Audiences", "Named groups of customer profiles and their memberships."),
    ("Catalogs", "Cart item catalogs and their price history."),
    ("Coupons", "Coupon reservations for specific profiles."),
    ("Customer profiles", "Customer profiles: attributes, inventory and erasure."),
    ("Customer sessions", "Carts: the unit the rule engine evaluates on every change."),
    ("Events", "Custom events that campaigns can react to."),
    ("Referrals", "Referral codes for advocates."),
    ("Loyalty", "Profile-based loyalty programs: balances, points and transactions."),
    (
        "Loyalty cards",
        "Card-based loyalty programs: cards, their balances, points and links to profiles.",
    ),
    ("Achievements", "Progress of profiles towards campaign achievements."),
    ("Campaigns", "Read-only view of the application's campaigns."),
]

PARAMETERS: dict[str, str] = {
    "customerSessionId": "Your integration ID of the customer session.",
    "integrationId": "Your integration ID of the customer profile.",
    "audienceId": "Talon.One's numeric ID of the audience.",
    "loyaltyProgramId": "Numeric ID of the loyalty program.",
    "loyaltyCardId": "Identifier of the loyalty card.",
    "couponValue": "The coupon code.",
    "catalogId": "Numeric ID of the catalog.",
    "achievementId": "Numeric ID of the achievement.",
    "dry": "When true, evaluate without storing anything.",
    "now": "Evaluate as if the request were made at this instant (dry runs only).",
    "runRuleEngine": "When true, evaluate the campaigns and return their effects.",
    "silent": "When true, leave the per-item results out of the response.",
    "forceCompleteEvaluation": "When true, evaluate every campaign even in dry runs that would stop early.",
    "pageSize": "Maximum number of entries in the page.",
    "skip": "Number of entries to skip before the page starts.",
    "campaignIds": "Only entries of these campaign IDs.",
    "startAfter": "Only campaigns starting after this instant.",
    "startBefore": "Only campaigns starting before this instant.",
    "endAfter": "Only campaigns ending after this instant.",
    "endBefore": "Only campaigns ending before this instant.",
    "profile": "Include the customer profile.",
    "referrals": "Include the referral codes.",
    "coupons": "Include the coupons.",
    "loyalty": "Include the loyalty balances.",
    "giveaways": "Include the awarded giveaways.",
    "achievements": "Include the achievements.",
    "achievementIds": "Only these achievements.",
    "achievementStatus": "Only achievements in these states.",
    "currentProgressStatus": "Only achievements whose current progress is in these states.",
    "progressStatus": "Only progress records in these states.",
    "startDate": "Only entries at or after this instant.",
    "endDate": "Only entries up to this instant.",
    "subledgerId": "Restrict to this subledger.",
    "includeTiers": "Include tier information.",
    "includeProjectedTier": "Include the tier the profile is projected to reach.",
    "loyaltyTransactionType": "Only transactions of this kind.",
    "customerSessionIDs": "Only entries created by these customer sessions.",
    "transactionUUIDs": "Only these transactions.",
    "awaitsActivation": "Only transactions whose points still await activation.",
    "status": "Which point entries to list.",
    "sort": "Sort order of the point entries.",
}

RESPONSES: dict[str, str] = {
    "200": "Success.",
    "201": "Created.",
    "204": "Done; no content.",
    "400": "The request is invalid; the body says which part.",
    "401": "The API key is missing, invalid or expired.",
    "404": "The entity does not exist.",
    "409": "Conflict: a parallel update of the same entity, a duplicate, or a limit reached.",
}

# Inline response schemas get the names the Go generator gave them.
RENAMES = {
    "inline_response_200": "IntegrationGetAllCampaigns200Response",
    "inline_response_200_1": "GetReservedCustomers200Response",
    "inline_response_200_2": "GetCustomerAchievements200Response",
    "inline_response_200_3": "GetCustomerAchievementHistory200Response",
    "inline_response_200_4": "GetLoyaltyCardTransactions200Response",
    "inline_response_200_5": "GetLoyaltyProgramProfileTransactions200Response",
    "inline_response_200_6": "GetLoyaltyCardPoints200Response",
    "inline_response_200_7": "GetLoyaltyProgramProfilePoints200Response",
    "inline_response_201": "CreateReferralsForMultipleAdvocates201Response",
}

INFO_DESCRIPTION = (
    "The real-time half of Talon.One: shops send carts, profiles and events, and get back the\n"
    "effects of their promotion, coupon, referral and loyalty rules. This document is the contract\n"
    "talon-async is generated from and tested against; facts follow Talon.One's published API,\n"
    "the wording is ours."
)

SERVERS: list[dict[str, Any]] = [
    {
        "url": "https://goflink.europe-west1.talon.one",
        "description": "The Go client's default deployment.",
    },
    {
        "url": "https://{subdomain}.{region}.talon.one",
        "description": "Any Talon.One deployment, by subdomain and region.",
        "variables": {
            "subdomain": {"default": "yourbaseurl", "description": "Your deployment's subdomain."},
            "region": {
                "default": "europe-west1",
                "description": "The cloud region of the deployment.",
                "enum": [
                    "europe-west1",
                    "europe-west2",
                    "us-east4",
                    "us-west2",
                    "asia-southeast1",
                    "australia-southeast1",
                ],
            },
        },
    },
    {
        "url": "http://{host}:{port}",
        "description": "A local emulator or proxy.",
        "variables": {
            "host": {"default": "localhost", "description": "Host name or address."},
            "port": {"default": "9000", "description": "TCP port."},
        },
    },
]

SECURITY_SCHEMES = {
    "api_key_v1": {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": "The application's Integration API key, sent as `ApiKey-v1 <key>`.",
    }
}

SCHEMA_DESCRIPTIONS: dict[str, str] = {
    "APIError": "One problem found in a request.",
    "AchievementProgress": "A profile's progress record in an achievement.",
    "AchievementProgressWithDefinition": "A profile's progress together with the achievement's definition.",
    "AchievementStatusEntry": "An achievement as it applies to one profile.",
    "ActivateLoyaltyPoints": "Which pending points to activate.",
    "ActivateLoyaltyPointsResponse": "How many points were activated.",
    "AdditionalCost": "A cost on top of the items, such as shipping.",
    "AdjustmentDetails": "A price adjustment that applies to an item.",
    "AttributeQuery": "Attribute values that select catalog items.",
    "Audience": "A named group of customer profiles.",
    "AudienceMembership": "An audience a profile belongs to.",
    "BestPriorPrice": "The lowest earlier price found for a SKU.",
    "BestPriorPriceMetadata": "Where a best prior price came from.",
    "BestPriorPriceRequest": "SKUs and the time window to search for their lowest earlier price.",
    "BestPriorPriceResponse": "Lowest earlier prices, per SKU.",
    "BestPriorTarget": "Which price history a best prior price lookup uses.",
    "Campaign": "A campaign that was triggered by the request.",
    "CampaignBudget": "A spending limit of a campaign and how much of it is used.",
    "CardLedgerPointsEntryIntegrationAPI": "A point entry on a loyalty card.",
    "CardLedgerTransactionLogEntryIntegrationAPI": "A transaction on a loyalty card's ledger.",
    "CartItem": "One line of a cart.",
    "Catalog": "A cart item catalog after a sync.",
    "CatalogAction": "One add, patch or remove step of a catalog sync.",
    "CatalogSyncRequest": "The steps of a catalog sync, applied in order.",
    "CodeGeneratorSettings": "How codes are generated.",
    "Coupon": "A coupon code and its limits.",
    "CouponRejectionReason": "Why a coupon was not accepted.",
    "CouponReservations": "Profiles to reserve a coupon for, or to release it from.",
    "CreateReferralsForMultipleAdvocates201Response": "The referral codes created, one per advocate.",
    "CustomerInventory": "What a profile owns: coupons, referrals, loyalty, giveaways, achievements.",
    "CustomerProfile": "A customer as Talon.One knows them.",
    "CustomerProfileAudienceRequest": "Audience membership changes for several profiles.",
    "CustomerProfileAudienceRequestItem": "One profile joining or leaving one audience.",
    "CustomerProfileIntegrationRequestV2": "Profile attributes and audience changes to store.",
    "CustomerProfileIntegrationResponseV2": "A profile after an update, with effects when the rule engine ran.",
    "CustomerProfileUpdateV2Response": "The outcome of one profile in a bulk update.",
    "CustomerSession": "A customer session as the 2022 API returned it.",
    "CustomerSessionV2": "A customer session: cart, codes, state and totals.",
    "DeleteLoyaltyTransactionsRequest": "Which loyalty transactions to delete.",
    "Effect": "One consequence of a rule that fired; props depend on effectType.",
    "ErrorResponse": "What went wrong with a request.",
    "ErrorResponseWithStatus": "What went wrong with a request, with its status code.",
    "ErrorSource": "Where in the request a problem is.",
    "Event": "A stored event.",
    "EventV3": "An event evaluated together with a session update.",
    "ExperimentVariantAllocation": "The experiment variant a session was put in.",
    "GenerateLoyaltyCard": "Settings of a new loyalty card.",
    "GetCustomerAchievementHistory200Response": "A page of achievement progress records.",
    "GetCustomerAchievements200Response": "A page of a profile's achievements.",
    "GetLoyaltyCardPoints200Response": "A page of a card's point entries.",
    "GetLoyaltyCardTransactions200Response": "A page of a card's transactions.",
    "GetLoyaltyProgramProfilePoints200Response": "A page of a profile's point entries.",
    "GetLoyaltyProgramProfileTransactions200Response": "A page of a profile's transactions.",
    "GetReservedCustomers200Response": "Profiles holding a reservation of a coupon.",
    "Giveaway": "A giveaway code awarded to a profile.",
    "InfluencingCampaignDetails": "A campaign that shaped a best prior price.",
    "IntegrationCampaign": "A campaign as the Integration API exposes it.",
    "IntegrationCoupon": "A coupon with the profile's own use of it.",
    "IntegrationCustomerSessionResponse": "A stored customer session and its effects.",
    "IntegrationEventV2Request": "A custom event to record and evaluate.",
    "IntegrationEventV2Response": "The effects of an event and the state selected by responseContent.",
    "IntegrationGetAllCampaigns200Response": "A page of campaigns.",
    "IntegrationRequest": "A session update and which parts of the state to return.",
    "IntegrationState": "Session, profile, event and effects, as the 2022 event API returned them.",
    "IntegrationStateV2": "The state after an update: effects plus what responseContent asked for.",
    "InventoryCoupon": "A coupon in a profile's inventory.",
    "InventoryReferral": "A referral code in a profile's inventory.",
    "LedgerEntry": "A change of a loyalty balance.",
    "LedgerInfo": "Balances of one loyalty ledger.",
    "LedgerPointsEntryIntegrationAPI": "A point entry of a profile.",
    "LedgerTransactionLogEntryIntegrationAPI": "A transaction on a profile's ledger.",
    "LimitConfig": "A usage limit of a campaign.",
    "Loyalty": "Loyalty balances of the profile and of the cards used.",
    "LoyaltyBalance": "Point totals of one ledger.",
    "LoyaltyBalanceWithTier": "Point totals of one ledger, with tier information.",
    "LoyaltyBalancesWithTiers": "A profile's balances in a loyalty program, per subledger.",
    "LoyaltyCard": "A loyalty card and the profiles linked to it.",
    "LoyaltyCardBalances": "A card's balances and the profiles linked to it.",
    "LoyaltyCardProfileRegistration": "A profile linked to a loyalty card.",
    "LoyaltyCardRegistration": "The profile to link or unlink.",
    "LoyaltyLedgerEntry": "One entry of a loyalty ledger.",
    "LoyaltyLedgerEntryFlags": "Extra facts about a ledger entry.",
    "LoyaltyMembership": "A loyalty program a profile joined.",
    "LoyaltyProgramLedgers": "Balances of one loyalty program.",
    "Meta": "Extra information about an evaluation.",
    "MultipleCustomerProfileIntegrationRequest": "Up to 1000 profiles to upsert.",
    "MultipleCustomerProfileIntegrationRequestItem": "One profile of a bulk upsert.",
    "MultipleCustomerProfileIntegrationResponseV2": "Per-profile outcomes of a bulk upsert.",
    "NewAudience": "An audience to create.",
    "NewCustomerSessionV2": "The session data to store: profile, codes, cart, state.",
    "NewEvent": "A custom event to record (2022 API).",
    "NewReferral": "A referral code to create.",
    "NewReferralsForMultipleAdvocates": "Referral codes to create, one per advocate.",
    "NewReturn": "Cart items to return.",
    "PriceDetail": "A price and the adjustment it came from.",
    "Product": "The product a cart item belongs to.",
    "ProfileAudiencesChanges": "Audiences a profile joins and leaves.",
    "ProjectedTier": "The tier a profile is expected to be in.",
    "Referral": "A referral code and its limits.",
    "ReferralRejectionReason": "Why a referral code was not accepted.",
    "ReopenSessionResponse": "Effects rolled back by reopening a session.",
    "Return": "A stored return of cart items.",
    "ReturnIntegrationRequest": "A return and which parts of the state to send back.",
    "ReturnedCartItem": "A cart line and how many of it are returned.",
    "RuleFailureReason": "Why a rule did not fire.",
    "Tier": "A loyalty tier.",
    "TimePoint": "A moment in a recurring period.",
    "UpdateAudience": "The new name of an audience.",
}

# Effect props, by effectType.  Effect.props is free-form on the wire; these schemas give it a
# type per effectType (the Go client has the same model names).  Only fields Talon.One always
# sends are required, so new optional fields never break decoding.
_S = {"type": "string"}
_N = {"type": "number"}
_I = {"type": "integer", "format": "int64"}
_T = {"type": "string", "format": "date-time"}
_B = {"type": "boolean"}
_O = {"type": "object"}
_POS = {"cartItemPosition": _N, "cartItemSubPosition": _N, "bundleIndex": _I, "bundleName": _S}
EFFECT_PROPS: dict[str, tuple[str, str, dict[str, Any], list[str]]] = {
    "setDiscount": (
        "SetDiscountEffectProps",
        "A discount on the whole session.",
        {"name": _S, "value": _N, "scope": _S, "desiredValue": _N},
        ["name", "value"],
    ),
    "setDiscountPerItem": (
        "SetDiscountPerItemEffectProps",
        "A discount on one cart item.",
        {
            "name": _S,
            "value": _N,
            "position": _N,
            "subPosition": _N,
            "desiredValue": _N,
            "scope": _S,
            "totalDiscount": _N,
            "desiredTotalDiscount": _N,
            "bundleIndex": _I,
            "bundleName": _S,
            "targetedItemPosition": _N,
            "targetedItemSubPosition": _N,
        },
        ["name", "value", "position"],
    ),
    "setDiscountPerAdditionalCost": (
        "SetDiscountPerAdditionalCostEffectProps",
        "A discount on an additional cost of the session.",
        {"name": _S, "additionalCostId": _I, "additionalCost": _S, "value": _N, "desiredValue": _N},
        ["name", "additionalCostId", "additionalCost", "value"],
    ),
    "setDiscountPerAdditionalCostPerItem": (
        "SetDiscountPerAdditionalCostPerItemEffectProps",
        "A discount on an additional cost of one cart item.",
        {
            "name": _S,
            "additionalCostId": _I,
            "value": _N,
            "position": _N,
            "subPosition": _N,
            "additionalCost": _S,
            "desiredValue": _N,
        },
        ["name", "additionalCostId", "value", "position", "additionalCost"],
    ),
    "acceptCoupon": (
        "AcceptCouponEffectProps",
        "The coupon code was accepted.",
        {"value": _S},
        ["value"],
    ),
    "rejectCoupon": (
        "RejectCouponEffectProps",
        "The coupon code was rejected, with the reason.",
        {
            "value": _S,
            "rejectionReason": _S,
            "conditionIndex": _I,
            "effectIndex": _I,
            "details": _S,
            "campaignExclusionReason": _S,
        },
        ["value", "rejectionReason"],
    ),
    "acceptReferral": (
        "AcceptReferralEffectProps",
        "The referral code was accepted.",
        {"value": _S},
        ["value"],
    ),
    "rejectReferral": (
        "RejectReferralEffectProps",
        "The referral code was rejected, with the reason.",
        {
            "value": _S,
            "rejectionReason": _S,
            "conditionIndex": _I,
            "effectIndex": _I,
            "details": _S,
        },
        ["value", "rejectionReason"],
    ),
    "couponCreated": (
        "CouponCreatedEffectProps",
        "A rule created a coupon for a profile.",
        {"value": _S, "profileId": _S},
        ["value", "profileId"],
    ),
    "referralCreated": (
        "ReferralCreatedEffectProps",
        "A rule created a referral code.",
        {"value": _S},
        ["value"],
    ),
    "redeemReferral": (
        "RedeemReferralEffectProps",
        "A referral code was redeemed (legacy).",
        {"id": _I, "value": _S},
        ["id", "value"],
    ),
    "addLoyaltyPoints": (
        "AddLoyaltyPointsEffectProps",
        "Points added to a loyalty ledger.",
        {
            "name": _S,
            "programId": _I,
            "subLedgerId": _S,
            "value": _N,
            "desiredValue": _N,
            "recipientIntegrationId": _S,
            "startDate": _T,
            "expiryDate": _T,
            "transactionUUID": _S,
            "cardIdentifier": _S,
            "cartItemPosition": _N,
            "cartItemSubPosition": _N,
            "bundleIndex": _I,
            "bundleName": _S,
        },
        ["name", "programId", "subLedgerId", "value", "recipientIntegrationId", "transactionUUID"],
    ),
    "deductLoyaltyPoints": (
        "DeductLoyaltyPointsEffectProps",
        "Points taken from a loyalty ledger.",
        {
            "ruleTitle": _S,
            "programId": _I,
            "subLedgerId": _S,
            "value": _N,
            "transactionUUID": _S,
            "name": _S,
            "cardIdentifier": _S,
        },
        ["ruleTitle", "programId", "subLedgerId", "value", "transactionUUID", "name"],
    ),
    "rollbackAddedLoyaltyPoints": (
        "RollbackAddedLoyaltyPointsEffectProps",
        "Earlier added points were taken back.",
        {
            "programId": _I,
            "subLedgerId": _S,
            "value": _N,
            "recipientIntegrationId": _S,
            "transactionUUID": _S,
            "cardIdentifier": _S,
            "cartItemPosition": _N,
            "cartItemSubPosition": _N,
        },
        ["programId", "subLedgerId", "value", "recipientIntegrationId", "transactionUUID"],
    ),
    "rollbackDeductedLoyaltyPoints": (
        "RollbackDeductedLoyaltyPointsEffectProps",
        "Earlier deducted points were given back.",
        {
            "programId": _I,
            "subLedgerId": _S,
            "value": _N,
            "recipientIntegrationId": _S,
            "transactionUUID": _S,
            "startDate": _T,
            "expiryDate": _T,
            "cardIdentifier": _S,
        },
        ["programId", "subLedgerId", "value", "recipientIntegrationId", "transactionUUID"],
    ),
    "rollbackCoupon": (
        "RollbackCouponEffectProps",
        "An earlier coupon redemption was undone.",
        {"value": _S},
        ["value"],
    ),
    "rollbackReferral": (
        "RollbackReferralEffectProps",
        "An earlier referral redemption was undone.",
        {"value": _S},
        ["value"],
    ),
    "rollbackDiscount": (
        "RollbackDiscountEffectProps",
        "An earlier discount was undone.",
        {
            "name": _S,
            "value": _N,
            "cartItemPosition": _N,
            "cartItemSubPosition": _N,
            "additionalCostId": _I,
            "additionalCost": _S,
            "scope": _S,
        },
        ["name", "value"],
    ),
    "addFreeItem": (
        "AddFreeItemEffectProps",
        "An item to add to the cart for free.",
        {"sku": _S, "name": _S, "desiredQuantity": _I},
        ["sku", "name"],
    ),
    "showNotification": (
        "ShowNotificationEffectProps",
        "A message to show the customer.",
        {"notificationType": _S, "title": _S, "body": _S},
        ["notificationType", "title", "body"],
    ),
    "triggerWebhook": (
        "TriggerWebhookEffectProps",
        "A webhook the rule called.",
        {"webhookId": _N, "webhookName": _S},
        ["webhookId", "webhookName"],
    ),
    "customEffect": (
        "CustomEffectProps",
        "An effect defined by the application, with its payload.",
        {"effectId": _I, "name": _S, "payload": _O, **_POS},
        ["effectId", "name", "payload"],
    ),
    "updateAttribute": (
        "UpdateAttributeEffectProps",
        "An attribute value a rule set.",
        {"path": _S, "value": {}},
        ["path", "value"],
    ),
    "awardGiveaway": (
        "AwardGiveawayEffectProps",
        "A giveaway code awarded to a profile.",
        {"poolId": _I, "poolName": _S, "recipientIntegrationId": _S, "giveawayId": _I, "code": _S},
        ["poolId", "poolName", "recipientIntegrationId", "giveawayId", "code"],
    ),
    "willAwardGiveaway": (
        "WillAwardGiveawayEffectProps",
        "A giveaway that will be awarded when the session closes.",
        {"poolId": _I, "poolName": _S, "recipientIntegrationId": _S},
        ["poolId", "poolName", "recipientIntegrationId"],
    ),
    "reserveCoupon": (
        "ReserveCouponEffectProps",
        "A coupon reserved for the profile.",
        {"couponValue": _S, "profileId": _S},
        ["couponValue"],
    ),
    "showBundleMetadata": (
        "ShowBundleMetadataEffectProps",
        "Which cart items form a bundle.",
        {"description": _S, "bundleAccessorNames": {"type": "array", "items": _S}},
        ["description"],
    ),
    "error": ("ErrorEffectProps", "A rule failed to evaluate.", {"message": _S}, ["message"]),
}

EXAMPLES: dict[str, Any] = {
    "IntegrationRequest": {
        "customerSession": {
            "profileId": "cust-0001",
            "couponCodes": ["WELCOME10"],
            "cartItems": [{"name": "Oat milk 1L", "sku": "OAT-1L", "quantity": 2, "price": 2.49}],
            "state": "open",
        },
        "responseContent": ["customerSession", "customerProfile"],
    },
    "CustomerProfileIntegrationRequestV2": {"attributes": {"Name": "Ada"}},
    "IntegrationEventV2Request": {"profileId": "cust-0001", "type": "app_opened", "attributes": {}},
    "NewAudience": {
        "name": "Newsletter readers",
        "integration": "mparticle",
        "integrationId": "aud-42",
    },
    "NewReferral": {"campaignId": 17, "advocateProfileIntegrationId": "cust-0001"},
}


def strip_schema(node: Any) -> Any:
    """Drop prose keywords from a schema, descending only into schema positions."""
    if isinstance(node, list):
        return [strip_schema(x) for x in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in PROSE_KEYS or key.startswith("x-"):
            continue
        if key == "properties":
            out[key] = {name: strip_schema(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not"):
            out[key] = strip_schema(value)
        elif key in ("allOf", "oneOf", "anyOf"):
            out[key] = [strip_schema(x) for x in value]
        elif key in NUMERIC_KEYWORDS and isinstance(value, str):
            # PyYAML reads `1E+15` (no dot) as a string; write the number as a number.
            number = float(value)
            out[key] = number
        elif key == "$ref":
            name = value.rsplit("/", 1)[-1]
            out[key] = "#/components/schemas/" + RENAMES.get(name, name)
        else:
            out[key] = copy.deepcopy(value)
    return out


def strip_operation(op: dict[str, Any], op_id: str) -> dict[str, Any]:
    tag, summary, description = OPERATIONS[op_id]
    out: dict[str, Any] = {
        "tags": [tag],
        "operationId": op_id,
        "summary": summary,
        "description": description,
    }
    if op.get("deprecated") or op_id == "trackEvent":
        out["deprecated"] = True
    params = []
    for p in op.get("parameters", []):
        q = {k: v for k, v in p.items() if k not in PROSE_KEYS and not k.startswith("x-")}
        q["schema"] = strip_schema(p["schema"])
        q["description"] = PARAMETERS[p["name"]]
        params.append(q)
    if params:
        out["parameters"] = params
    if "requestBody" in op:
        body = op["requestBody"]
        out["requestBody"] = {
            "required": body.get("required", False),
            "content": {
                ct: {"schema": strip_schema(media["schema"])}
                for ct, media in body["content"].items()
            },
        }
    responses = {}
    for code, resp in op["responses"].items():
        r: dict[str, Any] = {"description": RESPONSES[str(code)]}
        if resp.get("content"):
            r["content"] = {
                ct: {"schema": strip_schema(media["schema"])}
                for ct, media in resp["content"].items()
            }
        responses[str(code)] = r
    out["responses"] = responses
    out["security"] = [{"api_key_v1": []}]
    return out


def referenced(schema: Any, found: set[str]) -> None:
    if isinstance(schema, dict):
        for k, v in schema.items():
            if k == "$ref":
                found.add(v.rsplit("/", 1)[-1])
            else:
                referenced(v, found)
    elif isinstance(schema, list):
        for x in schema:
            referenced(x, found)


def main(reference_dir: Path) -> None:
    new = yaml.safe_load((reference_dir / "integration-api-2026-25.17.0.yaml").read_text())
    old = yaml.safe_load((reference_dir / "integration-api-2022-v2.6.0.yaml").read_text())
    paths: dict[str, dict[str, Any]] = {}
    for path, ops in new["paths"].items():
        for method, op in ops.items():
            paths.setdefault(path, {})[method] = strip_operation(op, op["operationId"])
    paths["/v1/events"] = {
        "post": strip_operation(old["paths"]["/v1/events"]["post"], "trackEvent")
    }

    schemas: dict[str, Any] = {}
    for name, schema in new["components"]["schemas"].items():
        schemas[RENAMES.get(name, name)] = strip_schema(schema)
    # Schemas only the 2022 API has (reached from trackEvent); the 2026 versions win on a clash.
    pending = set()
    referenced(paths["/v1/events"], pending)
    while pending:
        name = pending.pop()
        if name in schemas:
            continue
        schemas[name] = strip_schema(old["components"]["schemas"][name])
        referenced(schemas[name], pending)

    for name, schema in schemas.items():
        schema["description"] = SCHEMA_DESCRIPTIONS[name]
        if name in EXAMPLES:
            schema["example"] = EXAMPLES[name]
    for effect_type, (name, description, props, required) in EFFECT_PROPS.items():
        schemas[name] = {
            "type": "object",
            "description": f"Props of the `{effect_type}` effect. " + description,
            "properties": props,
            "required": required,
            "x-effect-type": effect_type,
        }

    doc = {
        "openapi": "3.0.3",
        "info": {
            "title": "Talon.One Integration API (talon-async contract)",
            "description": INFO_DESCRIPTION,
            "version": "25.17.0",
        },
        "servers": SERVERS,
        "tags": [{"name": n, "description": d} for n, d in TAGS],
        "paths": paths,
        "components": {
            "schemas": dict(sorted(schemas.items())),
            "securitySchemes": SECURITY_SCHEMES,
        },
    }
    yaml.safe_dump(doc, sys.stdout, sort_keys=False, allow_unicode=True, width=100)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
