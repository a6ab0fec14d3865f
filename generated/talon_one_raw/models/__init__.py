"""Contains all the data models used in inputs/outputs.

Rendered by openapi/templates/models_init.py.jinja. Each model module is imported the first
time its name is read (PEP 562 `__getattr__`), so importing the package costs nothing until
a model is used; type checkers read the imports in the TYPE_CHECKING block.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accept_coupon_effect_props import AcceptCouponEffectProps
    from .accept_referral_effect_props import AcceptReferralEffectProps
    from .achievement_progress import AchievementProgress
    from .achievement_progress_status import AchievementProgressStatus
    from .achievement_progress_with_definition import AchievementProgressWithDefinition
    from .achievement_progress_with_definition_achievement_activation_policy import (
        AchievementProgressWithDefinitionAchievementActivationPolicy,
    )
    from .achievement_progress_with_definition_achievement_recurrence_policy import (
        AchievementProgressWithDefinitionAchievementRecurrencePolicy,
    )
    from .achievement_progress_with_definition_status import (
        AchievementProgressWithDefinitionStatus,
    )
    from .achievement_status_entry import AchievementStatusEntry
    from .achievement_status_entry_activation_policy import (
        AchievementStatusEntryActivationPolicy,
    )
    from .achievement_status_entry_recurrence_policy import (
        AchievementStatusEntryRecurrencePolicy,
    )
    from .achievement_status_entry_status import AchievementStatusEntryStatus
    from .activate_loyalty_points import ActivateLoyaltyPoints
    from .activate_loyalty_points_response import ActivateLoyaltyPointsResponse
    from .add_free_item_effect_props import AddFreeItemEffectProps
    from .add_loyalty_points_effect_props import AddLoyaltyPointsEffectProps
    from .add_to_audience_effect_props import AddToAudienceEffectProps
    from .additional_cost import AdditionalCost
    from .adjustment_details import AdjustmentDetails
    from .api_error import APIError
    from .attribute_query import AttributeQuery
    from .audience import Audience
    from .audience_membership import AudienceMembership
    from .award_giveaway_effect_props import AwardGiveawayEffectProps
    from .best_prior_price import BestPriorPrice
    from .best_prior_price_metadata import BestPriorPriceMetadata
    from .best_prior_price_request import BestPriorPriceRequest
    from .best_prior_price_request_timeframe_end_date_type import (
        BestPriorPriceRequestTimeframeEndDateType,
    )
    from .best_prior_price_target_type_0 import BestPriorPriceTargetType0
    from .best_prior_price_target_type_0_type import BestPriorPriceTargetType0Type
    from .best_prior_price_target_type_1 import BestPriorPriceTargetType1
    from .best_prior_price_target_type_1_audience import (
        BestPriorPriceTargetType1Audience,
    )
    from .best_prior_price_target_type_1_type import BestPriorPriceTargetType1Type
    from .best_prior_target import BestPriorTarget
    from .best_prior_target_target_type import BestPriorTargetTargetType
    from .campaign import Campaign
    from .campaign_attributes import CampaignAttributes
    from .campaign_budget import CampaignBudget
    from .campaign_coupon_attributes import CampaignCouponAttributes
    from .campaign_eligibility import CampaignEligibility
    from .campaign_eligibility_attributes import CampaignEligibilityAttributes
    from .campaign_eligibility_eligibility_item import (
        CampaignEligibilityEligibilityItem,
    )
    from .campaign_eligibility_eligibility_item_details import (
        CampaignEligibilityEligibilityItemDetails,
    )
    from .campaign_eligibility_eligibility_item_details_failure_code import (
        CampaignEligibilityEligibilityItemDetailsFailureCode,
    )
    from .campaign_eligibility_experiment import CampaignEligibilityExperiment
    from .campaign_eligibility_features_item import CampaignEligibilityFeaturesItem
    from .campaign_eligibility_rules_item import CampaignEligibilityRulesItem
    from .campaign_eligibility_rules_item_eligibility_item import (
        CampaignEligibilityRulesItemEligibilityItem,
    )
    from .campaign_eligibility_rules_item_eligibility_item_details import (
        CampaignEligibilityRulesItemEligibilityItemDetails,
    )
    from .campaign_eligibility_rules_item_eligibility_item_details_failure_code import (
        CampaignEligibilityRulesItemEligibilityItemDetailsFailureCode,
    )
    from .campaign_eligibility_state import CampaignEligibilityState
    from .campaign_features_item import CampaignFeaturesItem
    from .campaign_frontend_state import CampaignFrontendState
    from .campaign_revision_frontend_state import CampaignRevisionFrontendState
    from .campaign_state import CampaignState
    from .campaign_type import CampaignType
    from .card_ledger_points_entry_integration_api import (
        CardLedgerPointsEntryIntegrationAPI,
    )
    from .card_ledger_transaction_log_entry_integration_api import (
        CardLedgerTransactionLogEntryIntegrationAPI,
    )
    from .card_ledger_transaction_log_entry_integration_api_type import (
        CardLedgerTransactionLogEntryIntegrationAPIType,
    )
    from .cart_item import CartItem
    from .cart_item_additional_costs import CartItemAdditionalCosts
    from .cart_item_attributes import CartItemAttributes
    from .cart_item_prices import CartItemPrices
    from .catalog import Catalog
    from .catalog_action_add import CatalogActionAdd
    from .catalog_action_add_payload import CatalogActionAddPayload
    from .catalog_action_add_payload_attributes import CatalogActionAddPayloadAttributes
    from .catalog_action_add_price_adjustment import CatalogActionAddPriceAdjustment
    from .catalog_action_add_price_adjustment_payload import (
        CatalogActionAddPriceAdjustmentPayload,
    )
    from .catalog_action_add_price_adjustment_payload_adjustments_item import (
        CatalogActionAddPriceAdjustmentPayloadAdjustmentsItem,
    )
    from .catalog_action_add_price_adjustment_type import (
        CatalogActionAddPriceAdjustmentType,
    )
    from .catalog_action_add_type import CatalogActionAddType
    from .catalog_action_patch import CatalogActionPatch
    from .catalog_action_patch_many import CatalogActionPatchMany
    from .catalog_action_patch_many_payload import CatalogActionPatchManyPayload
    from .catalog_action_patch_many_payload_attributes import (
        CatalogActionPatchManyPayloadAttributes,
    )
    from .catalog_action_patch_many_payload_filters_item import (
        CatalogActionPatchManyPayloadFiltersItem,
    )
    from .catalog_action_patch_many_payload_filters_item_op import (
        CatalogActionPatchManyPayloadFiltersItemOp,
    )
    from .catalog_action_patch_many_type import CatalogActionPatchManyType
    from .catalog_action_patch_payload import CatalogActionPatchPayload
    from .catalog_action_patch_payload_attributes import (
        CatalogActionPatchPayloadAttributes,
    )
    from .catalog_action_patch_type import CatalogActionPatchType
    from .catalog_action_remove import CatalogActionRemove
    from .catalog_action_remove_many import CatalogActionRemoveMany
    from .catalog_action_remove_many_payload import CatalogActionRemoveManyPayload
    from .catalog_action_remove_many_payload_filters_item import (
        CatalogActionRemoveManyPayloadFiltersItem,
    )
    from .catalog_action_remove_many_payload_filters_item_op import (
        CatalogActionRemoveManyPayloadFiltersItemOp,
    )
    from .catalog_action_remove_many_type import CatalogActionRemoveManyType
    from .catalog_action_remove_payload import CatalogActionRemovePayload
    from .catalog_action_remove_type import CatalogActionRemoveType
    from .catalog_sync_request import CatalogSyncRequest
    from .change_loyalty_tier_level_effect_props import (
        ChangeLoyaltyTierLevelEffectProps,
    )
    from .code_generator_settings import CodeGeneratorSettings
    from .coupon import Coupon
    from .coupon_attributes import CouponAttributes
    from .coupon_created_effect_props import CouponCreatedEffectProps
    from .coupon_rejection_reason import CouponRejectionReason
    from .coupon_rejection_reason_reason import CouponRejectionReasonReason
    from .coupon_reservations import CouponReservations
    from .create_referrals_for_multiple_advocates_201_response import (
        CreateReferralsForMultipleAdvocates201Response,
    )
    from .custom_effect_props import CustomEffectProps
    from .custom_effect_props_payload import CustomEffectPropsPayload
    from .customer_inventory import CustomerInventory
    from .customer_profile import CustomerProfile
    from .customer_profile_attributes import CustomerProfileAttributes
    from .customer_profile_audience_request import CustomerProfileAudienceRequest
    from .customer_profile_audience_request_item import (
        CustomerProfileAudienceRequestItem,
    )
    from .customer_profile_audience_request_item_action import (
        CustomerProfileAudienceRequestItemAction,
    )
    from .customer_profile_integration_request_v2 import (
        CustomerProfileIntegrationRequestV2,
    )
    from .customer_profile_integration_request_v2_attributes import (
        CustomerProfileIntegrationRequestV2Attributes,
    )
    from .customer_profile_integration_request_v2_response_content_item import (
        CustomerProfileIntegrationRequestV2ResponseContentItem,
    )
    from .customer_profile_integration_response_v2 import (
        CustomerProfileIntegrationResponseV2,
    )
    from .customer_profile_update_v2_response import CustomerProfileUpdateV2Response
    from .customer_session import CustomerSession
    from .customer_session_attributes import CustomerSessionAttributes
    from .customer_session_discounts import CustomerSessionDiscounts
    from .customer_session_state import CustomerSessionState
    from .customer_session_v2 import CustomerSessionV2
    from .customer_session_v2_additional_costs import CustomerSessionV2AdditionalCosts
    from .customer_session_v2_attributes import CustomerSessionV2Attributes
    from .customer_session_v2_state import CustomerSessionV2State
    from .deduct_loyalty_points_effect_props import DeductLoyaltyPointsEffectProps
    from .delete_loyalty_transactions_request import DeleteLoyaltyTransactionsRequest
    from .delete_loyalty_transactions_request_scope import (
        DeleteLoyaltyTransactionsRequestScope,
    )
    from .effect import Effect
    from .effect_props import EffectProps
    from .error_effect_props import ErrorEffectProps
    from .error_response import ErrorResponse
    from .error_response_with_status import ErrorResponseWithStatus
    from .error_source import ErrorSource
    from .event import Event
    from .event_attributes import EventAttributes
    from .event_v3 import EventV3
    from .event_v3_attributes import EventV3Attributes
    from .experiment_variant_allocation import ExperimentVariantAllocation
    from .extend_loyalty_points_expiry_date_effect_props import (
        ExtendLoyaltyPointsExpiryDateEffectProps,
    )
    from .extend_loyalty_points_expiry_date_effect_props_affected_transactions_item import (
        ExtendLoyaltyPointsExpiryDateEffectPropsAffectedTransactionsItem,
    )
    from .generate_loyalty_card import GenerateLoyaltyCard
    from .generate_loyalty_card_status import GenerateLoyaltyCardStatus
    from .get_customer_achievement_history_200_response import (
        GetCustomerAchievementHistory200Response,
    )
    from .get_customer_achievement_history_progress_status_item import (
        GetCustomerAchievementHistoryProgressStatusItem,
    )
    from .get_customer_achievements_200_response import (
        GetCustomerAchievements200Response,
    )
    from .get_customer_achievements_achievement_status_item import (
        GetCustomerAchievementsAchievementStatusItem,
    )
    from .get_customer_achievements_current_progress_status_item import (
        GetCustomerAchievementsCurrentProgressStatusItem,
    )
    from .get_loyalty_card_points_200_response import GetLoyaltyCardPoints200Response
    from .get_loyalty_card_points_sort import GetLoyaltyCardPointsSort
    from .get_loyalty_card_points_status import GetLoyaltyCardPointsStatus
    from .get_loyalty_card_transactions_200_response import (
        GetLoyaltyCardTransactions200Response,
    )
    from .get_loyalty_card_transactions_loyalty_transaction_type import (
        GetLoyaltyCardTransactionsLoyaltyTransactionType,
    )
    from .get_loyalty_program_profile_points_200_response import (
        GetLoyaltyProgramProfilePoints200Response,
    )
    from .get_loyalty_program_profile_points_sort import (
        GetLoyaltyProgramProfilePointsSort,
    )
    from .get_loyalty_program_profile_points_status import (
        GetLoyaltyProgramProfilePointsStatus,
    )
    from .get_loyalty_program_profile_transactions_200_response import (
        GetLoyaltyProgramProfileTransactions200Response,
    )
    from .get_loyalty_program_profile_transactions_loyalty_transaction_type import (
        GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType,
    )
    from .get_reserved_customers_200_response import GetReservedCustomers200Response
    from .giveaway import Giveaway
    from .giveaway_attributes import GiveawayAttributes
    from .increase_achievement_progress_effect_props import (
        IncreaseAchievementProgressEffectProps,
    )
    from .influencing_campaign_details import InfluencingCampaignDetails
    from .integration_campaign import IntegrationCampaign
    from .integration_campaign_attributes import IntegrationCampaignAttributes
    from .integration_campaign_features_item import IntegrationCampaignFeaturesItem
    from .integration_campaign_rules_item import IntegrationCampaignRulesItem
    from .integration_campaign_state import IntegrationCampaignState
    from .integration_coupon import IntegrationCoupon
    from .integration_coupon_attributes import IntegrationCouponAttributes
    from .integration_customer_session_response import (
        IntegrationCustomerSessionResponse,
    )
    from .integration_event_v2_request import IntegrationEventV2Request
    from .integration_event_v2_request_attributes import (
        IntegrationEventV2RequestAttributes,
    )
    from .integration_event_v2_request_response_content_item import (
        IntegrationEventV2RequestResponseContentItem,
    )
    from .integration_event_v2_response import IntegrationEventV2Response
    from .integration_event_v3_request import IntegrationEventV3Request
    from .integration_event_v3_request_attributes import (
        IntegrationEventV3RequestAttributes,
    )
    from .integration_event_v3_request_response_content_item import (
        IntegrationEventV3RequestResponseContentItem,
    )
    from .integration_event_v3_response import IntegrationEventV3Response
    from .integration_get_all_campaigns_200_response import (
        IntegrationGetAllCampaigns200Response,
    )
    from .integration_request import IntegrationRequest
    from .integration_request_response_content_item import (
        IntegrationRequestResponseContentItem,
    )
    from .integration_state import IntegrationState
    from .integration_state_v2 import IntegrationStateV2
    from .inventory_coupon import InventoryCoupon
    from .inventory_coupon_attributes import InventoryCouponAttributes
    from .inventory_referral import InventoryReferral
    from .inventory_referral_attributes import InventoryReferralAttributes
    from .ledger_entry import LedgerEntry
    from .ledger_info import LedgerInfo
    from .ledger_points_entry_integration_api import LedgerPointsEntryIntegrationAPI
    from .ledger_transaction_log_entry_integration_api import (
        LedgerTransactionLogEntryIntegrationAPI,
    )
    from .ledger_transaction_log_entry_integration_api_type import (
        LedgerTransactionLogEntryIntegrationAPIType,
    )
    from .limit_config import LimitConfig
    from .limit_config_entities_item import LimitConfigEntitiesItem
    from .limit_config_period import LimitConfigPeriod
    from .loyalty import Loyalty
    from .loyalty_balance import LoyaltyBalance
    from .loyalty_balance_with_tier import LoyaltyBalanceWithTier
    from .loyalty_balances_with_tiers import LoyaltyBalancesWithTiers
    from .loyalty_balances_with_tiers_subledger_balances import (
        LoyaltyBalancesWithTiersSubledgerBalances,
    )
    from .loyalty_card import LoyaltyCard
    from .loyalty_card_balances import LoyaltyCardBalances
    from .loyalty_card_balances_subledger_balances import (
        LoyaltyCardBalancesSubledgerBalances,
    )
    from .loyalty_card_profile_registration import LoyaltyCardProfileRegistration
    from .loyalty_card_registration import LoyaltyCardRegistration
    from .loyalty_card_subledgers import LoyaltyCardSubledgers
    from .loyalty_ledger_entry import LoyaltyLedgerEntry
    from .loyalty_ledger_entry_flags import LoyaltyLedgerEntryFlags
    from .loyalty_membership import LoyaltyMembership
    from .loyalty_program_ledgers import LoyaltyProgramLedgers
    from .loyalty_program_ledgers_sub_ledgers import LoyaltyProgramLedgersSubLedgers
    from .loyalty_programs import LoyaltyPrograms
    from .meta import Meta
    from .meta_campaigns import MetaCampaigns
    from .meta_coupons import MetaCoupons
    from .meta_warnings import MetaWarnings
    from .multiple_customer_profile_integration_request import (
        MultipleCustomerProfileIntegrationRequest,
    )
    from .multiple_customer_profile_integration_request_item import (
        MultipleCustomerProfileIntegrationRequestItem,
    )
    from .multiple_customer_profile_integration_request_item_attributes import (
        MultipleCustomerProfileIntegrationRequestItemAttributes,
    )
    from .multiple_customer_profile_integration_response_v2 import (
        MultipleCustomerProfileIntegrationResponseV2,
    )
    from .new_audience import NewAudience
    from .new_customer_session_v2 import NewCustomerSessionV2
    from .new_customer_session_v2_additional_costs import (
        NewCustomerSessionV2AdditionalCosts,
    )
    from .new_customer_session_v2_attributes import NewCustomerSessionV2Attributes
    from .new_customer_session_v2_state import NewCustomerSessionV2State
    from .new_event import NewEvent
    from .new_event_attributes import NewEventAttributes
    from .new_referral import NewReferral
    from .new_referral_attributes import NewReferralAttributes
    from .new_referrals_for_multiple_advocates import NewReferralsForMultipleAdvocates
    from .new_referrals_for_multiple_advocates_attributes import (
        NewReferralsForMultipleAdvocatesAttributes,
    )
    from .new_return import NewReturn
    from .price_detail import PriceDetail
    from .product import Product
    from .profile_audiences_changes import ProfileAudiencesChanges
    from .projected_tier import ProjectedTier
    from .redeem_referral_effect_props import RedeemReferralEffectProps
    from .referral import Referral
    from .referral_attributes import ReferralAttributes
    from .referral_created_effect_props import ReferralCreatedEffectProps
    from .referral_rejection_reason import ReferralRejectionReason
    from .referral_rejection_reason_reason import ReferralRejectionReasonReason
    from .reject_coupon_effect_props import RejectCouponEffectProps
    from .reject_referral_effect_props import RejectReferralEffectProps
    from .remove_from_audience_effect_props import RemoveFromAudienceEffectProps
    from .reopen_session_response import ReopenSessionResponse
    from .reserve_coupon_effect_props import ReserveCouponEffectProps
    from .return_ import Return
    from .return_integration_request import ReturnIntegrationRequest
    from .return_integration_request_response_content_item import (
        ReturnIntegrationRequestResponseContentItem,
    )
    from .returned_cart_item import ReturnedCartItem
    from .rollback_added_loyalty_points_effect_props import (
        RollbackAddedLoyaltyPointsEffectProps,
    )
    from .rollback_coupon_effect_props import RollbackCouponEffectProps
    from .rollback_deducted_loyalty_points_effect_props import (
        RollbackDeductedLoyaltyPointsEffectProps,
    )
    from .rollback_discount_effect_props import RollbackDiscountEffectProps
    from .rollback_increased_achievement_progress_effect_props import (
        RollbackIncreasedAchievementProgressEffectProps,
    )
    from .rollback_referral_effect_props import RollbackReferralEffectProps
    from .rule_failure_reason import RuleFailureReason
    from .set_discount_effect_props import SetDiscountEffectProps
    from .set_discount_per_additional_cost_effect_props import (
        SetDiscountPerAdditionalCostEffectProps,
    )
    from .set_discount_per_additional_cost_per_item_effect_props import (
        SetDiscountPerAdditionalCostPerItemEffectProps,
    )
    from .set_discount_per_item_effect_props import SetDiscountPerItemEffectProps
    from .set_loyalty_points_expiry_date_effect_props import (
        SetLoyaltyPointsExpiryDateEffectProps,
    )
    from .set_loyalty_points_expiry_date_effect_props_affected_transactions_item import (
        SetLoyaltyPointsExpiryDateEffectPropsAffectedTransactionsItem,
    )
    from .show_bundle_metadata_effect_props import ShowBundleMetadataEffectProps
    from .show_notification_effect_props import ShowNotificationEffectProps
    from .tier import Tier
    from .tier_downgrade_policy import TierDowngradePolicy
    from .time_point import TimePoint
    from .track_event_response_409 import TrackEventResponse409
    from .track_event_v2409_response import TrackEventV2409Response
    from .track_event_v3409_response import TrackEventV3409Response
    from .trigger_webhook_effect_props import TriggerWebhookEffectProps
    from .update_attribute_effect_props import UpdateAttributeEffectProps
    from .update_audience import UpdateAudience
    from .update_customer_profile_v2409_response import (
        UpdateCustomerProfileV2409Response,
    )
    from .update_customer_session_v2409_response import (
        UpdateCustomerSessionV2409Response,
    )
    from .will_award_giveaway_effect_props import WillAwardGiveawayEffectProps

# model name -> the module (in this package) that defines it
_MODULES: dict[str, str] = {
    "AcceptCouponEffectProps": ".accept_coupon_effect_props",
    "AcceptReferralEffectProps": ".accept_referral_effect_props",
    "AchievementProgress": ".achievement_progress",
    "AchievementProgressStatus": ".achievement_progress_status",
    "AchievementProgressWithDefinition": ".achievement_progress_with_definition",
    "AchievementProgressWithDefinitionAchievementActivationPolicy": ".achievement_progress_with_definition_achievement_activation_policy",
    "AchievementProgressWithDefinitionAchievementRecurrencePolicy": ".achievement_progress_with_definition_achievement_recurrence_policy",
    "AchievementProgressWithDefinitionStatus": ".achievement_progress_with_definition_status",
    "AchievementStatusEntry": ".achievement_status_entry",
    "AchievementStatusEntryActivationPolicy": ".achievement_status_entry_activation_policy",
    "AchievementStatusEntryRecurrencePolicy": ".achievement_status_entry_recurrence_policy",
    "AchievementStatusEntryStatus": ".achievement_status_entry_status",
    "ActivateLoyaltyPoints": ".activate_loyalty_points",
    "ActivateLoyaltyPointsResponse": ".activate_loyalty_points_response",
    "AddFreeItemEffectProps": ".add_free_item_effect_props",
    "AddLoyaltyPointsEffectProps": ".add_loyalty_points_effect_props",
    "AddToAudienceEffectProps": ".add_to_audience_effect_props",
    "AdditionalCost": ".additional_cost",
    "AdjustmentDetails": ".adjustment_details",
    "APIError": ".api_error",
    "AttributeQuery": ".attribute_query",
    "Audience": ".audience",
    "AudienceMembership": ".audience_membership",
    "AwardGiveawayEffectProps": ".award_giveaway_effect_props",
    "BestPriorPrice": ".best_prior_price",
    "BestPriorPriceMetadata": ".best_prior_price_metadata",
    "BestPriorPriceRequest": ".best_prior_price_request",
    "BestPriorPriceRequestTimeframeEndDateType": ".best_prior_price_request_timeframe_end_date_type",
    "BestPriorPriceTargetType0": ".best_prior_price_target_type_0",
    "BestPriorPriceTargetType0Type": ".best_prior_price_target_type_0_type",
    "BestPriorPriceTargetType1": ".best_prior_price_target_type_1",
    "BestPriorPriceTargetType1Audience": ".best_prior_price_target_type_1_audience",
    "BestPriorPriceTargetType1Type": ".best_prior_price_target_type_1_type",
    "BestPriorTarget": ".best_prior_target",
    "BestPriorTargetTargetType": ".best_prior_target_target_type",
    "Campaign": ".campaign",
    "CampaignAttributes": ".campaign_attributes",
    "CampaignBudget": ".campaign_budget",
    "CampaignCouponAttributes": ".campaign_coupon_attributes",
    "CampaignEligibility": ".campaign_eligibility",
    "CampaignEligibilityAttributes": ".campaign_eligibility_attributes",
    "CampaignEligibilityEligibilityItem": ".campaign_eligibility_eligibility_item",
    "CampaignEligibilityEligibilityItemDetails": ".campaign_eligibility_eligibility_item_details",
    "CampaignEligibilityEligibilityItemDetailsFailureCode": ".campaign_eligibility_eligibility_item_details_failure_code",
    "CampaignEligibilityExperiment": ".campaign_eligibility_experiment",
    "CampaignEligibilityFeaturesItem": ".campaign_eligibility_features_item",
    "CampaignEligibilityRulesItem": ".campaign_eligibility_rules_item",
    "CampaignEligibilityRulesItemEligibilityItem": ".campaign_eligibility_rules_item_eligibility_item",
    "CampaignEligibilityRulesItemEligibilityItemDetails": ".campaign_eligibility_rules_item_eligibility_item_details",
    "CampaignEligibilityRulesItemEligibilityItemDetailsFailureCode": ".campaign_eligibility_rules_item_eligibility_item_details_failure_code",
    "CampaignEligibilityState": ".campaign_eligibility_state",
    "CampaignFeaturesItem": ".campaign_features_item",
    "CampaignFrontendState": ".campaign_frontend_state",
    "CampaignRevisionFrontendState": ".campaign_revision_frontend_state",
    "CampaignState": ".campaign_state",
    "CampaignType": ".campaign_type",
    "CardLedgerPointsEntryIntegrationAPI": ".card_ledger_points_entry_integration_api",
    "CardLedgerTransactionLogEntryIntegrationAPI": ".card_ledger_transaction_log_entry_integration_api",
    "CardLedgerTransactionLogEntryIntegrationAPIType": ".card_ledger_transaction_log_entry_integration_api_type",
    "CartItem": ".cart_item",
    "CartItemAdditionalCosts": ".cart_item_additional_costs",
    "CartItemAttributes": ".cart_item_attributes",
    "CartItemPrices": ".cart_item_prices",
    "Catalog": ".catalog",
    "CatalogActionAdd": ".catalog_action_add",
    "CatalogActionAddPayload": ".catalog_action_add_payload",
    "CatalogActionAddPayloadAttributes": ".catalog_action_add_payload_attributes",
    "CatalogActionAddPriceAdjustment": ".catalog_action_add_price_adjustment",
    "CatalogActionAddPriceAdjustmentPayload": ".catalog_action_add_price_adjustment_payload",
    "CatalogActionAddPriceAdjustmentPayloadAdjustmentsItem": ".catalog_action_add_price_adjustment_payload_adjustments_item",
    "CatalogActionAddPriceAdjustmentType": ".catalog_action_add_price_adjustment_type",
    "CatalogActionAddType": ".catalog_action_add_type",
    "CatalogActionPatch": ".catalog_action_patch",
    "CatalogActionPatchMany": ".catalog_action_patch_many",
    "CatalogActionPatchManyPayload": ".catalog_action_patch_many_payload",
    "CatalogActionPatchManyPayloadAttributes": ".catalog_action_patch_many_payload_attributes",
    "CatalogActionPatchManyPayloadFiltersItem": ".catalog_action_patch_many_payload_filters_item",
    "CatalogActionPatchManyPayloadFiltersItemOp": ".catalog_action_patch_many_payload_filters_item_op",
    "CatalogActionPatchManyType": ".catalog_action_patch_many_type",
    "CatalogActionPatchPayload": ".catalog_action_patch_payload",
    "CatalogActionPatchPayloadAttributes": ".catalog_action_patch_payload_attributes",
    "CatalogActionPatchType": ".catalog_action_patch_type",
    "CatalogActionRemove": ".catalog_action_remove",
    "CatalogActionRemoveMany": ".catalog_action_remove_many",
    "CatalogActionRemoveManyPayload": ".catalog_action_remove_many_payload",
    "CatalogActionRemoveManyPayloadFiltersItem": ".catalog_action_remove_many_payload_filters_item",
    "CatalogActionRemoveManyPayloadFiltersItemOp": ".catalog_action_remove_many_payload_filters_item_op",
    "CatalogActionRemoveManyType": ".catalog_action_remove_many_type",
    "CatalogActionRemovePayload": ".catalog_action_remove_payload",
    "CatalogActionRemoveType": ".catalog_action_remove_type",
    "CatalogSyncRequest": ".catalog_sync_request",
    "ChangeLoyaltyTierLevelEffectProps": ".change_loyalty_tier_level_effect_props",
    "CodeGeneratorSettings": ".code_generator_settings",
    "Coupon": ".coupon",
    "CouponAttributes": ".coupon_attributes",
    "CouponCreatedEffectProps": ".coupon_created_effect_props",
    "CouponRejectionReason": ".coupon_rejection_reason",
    "CouponRejectionReasonReason": ".coupon_rejection_reason_reason",
    "CouponReservations": ".coupon_reservations",
    "CreateReferralsForMultipleAdvocates201Response": ".create_referrals_for_multiple_advocates_201_response",
    "CustomEffectProps": ".custom_effect_props",
    "CustomEffectPropsPayload": ".custom_effect_props_payload",
    "CustomerInventory": ".customer_inventory",
    "CustomerProfile": ".customer_profile",
    "CustomerProfileAttributes": ".customer_profile_attributes",
    "CustomerProfileAudienceRequest": ".customer_profile_audience_request",
    "CustomerProfileAudienceRequestItem": ".customer_profile_audience_request_item",
    "CustomerProfileAudienceRequestItemAction": ".customer_profile_audience_request_item_action",
    "CustomerProfileIntegrationRequestV2": ".customer_profile_integration_request_v2",
    "CustomerProfileIntegrationRequestV2Attributes": ".customer_profile_integration_request_v2_attributes",
    "CustomerProfileIntegrationRequestV2ResponseContentItem": ".customer_profile_integration_request_v2_response_content_item",
    "CustomerProfileIntegrationResponseV2": ".customer_profile_integration_response_v2",
    "CustomerProfileUpdateV2Response": ".customer_profile_update_v2_response",
    "CustomerSession": ".customer_session",
    "CustomerSessionAttributes": ".customer_session_attributes",
    "CustomerSessionDiscounts": ".customer_session_discounts",
    "CustomerSessionState": ".customer_session_state",
    "CustomerSessionV2": ".customer_session_v2",
    "CustomerSessionV2AdditionalCosts": ".customer_session_v2_additional_costs",
    "CustomerSessionV2Attributes": ".customer_session_v2_attributes",
    "CustomerSessionV2State": ".customer_session_v2_state",
    "DeductLoyaltyPointsEffectProps": ".deduct_loyalty_points_effect_props",
    "DeleteLoyaltyTransactionsRequest": ".delete_loyalty_transactions_request",
    "DeleteLoyaltyTransactionsRequestScope": ".delete_loyalty_transactions_request_scope",
    "Effect": ".effect",
    "EffectProps": ".effect_props",
    "ErrorEffectProps": ".error_effect_props",
    "ErrorResponse": ".error_response",
    "ErrorResponseWithStatus": ".error_response_with_status",
    "ErrorSource": ".error_source",
    "Event": ".event",
    "EventAttributes": ".event_attributes",
    "EventV3": ".event_v3",
    "EventV3Attributes": ".event_v3_attributes",
    "ExperimentVariantAllocation": ".experiment_variant_allocation",
    "ExtendLoyaltyPointsExpiryDateEffectProps": ".extend_loyalty_points_expiry_date_effect_props",
    "ExtendLoyaltyPointsExpiryDateEffectPropsAffectedTransactionsItem": ".extend_loyalty_points_expiry_date_effect_props_affected_transactions_item",
    "GenerateLoyaltyCard": ".generate_loyalty_card",
    "GenerateLoyaltyCardStatus": ".generate_loyalty_card_status",
    "GetCustomerAchievementHistory200Response": ".get_customer_achievement_history_200_response",
    "GetCustomerAchievementHistoryProgressStatusItem": ".get_customer_achievement_history_progress_status_item",
    "GetCustomerAchievements200Response": ".get_customer_achievements_200_response",
    "GetCustomerAchievementsAchievementStatusItem": ".get_customer_achievements_achievement_status_item",
    "GetCustomerAchievementsCurrentProgressStatusItem": ".get_customer_achievements_current_progress_status_item",
    "GetLoyaltyCardPoints200Response": ".get_loyalty_card_points_200_response",
    "GetLoyaltyCardPointsSort": ".get_loyalty_card_points_sort",
    "GetLoyaltyCardPointsStatus": ".get_loyalty_card_points_status",
    "GetLoyaltyCardTransactions200Response": ".get_loyalty_card_transactions_200_response",
    "GetLoyaltyCardTransactionsLoyaltyTransactionType": ".get_loyalty_card_transactions_loyalty_transaction_type",
    "GetLoyaltyProgramProfilePoints200Response": ".get_loyalty_program_profile_points_200_response",
    "GetLoyaltyProgramProfilePointsSort": ".get_loyalty_program_profile_points_sort",
    "GetLoyaltyProgramProfilePointsStatus": ".get_loyalty_program_profile_points_status",
    "GetLoyaltyProgramProfileTransactions200Response": ".get_loyalty_program_profile_transactions_200_response",
    "GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType": ".get_loyalty_program_profile_transactions_loyalty_transaction_type",
    "GetReservedCustomers200Response": ".get_reserved_customers_200_response",
    "Giveaway": ".giveaway",
    "GiveawayAttributes": ".giveaway_attributes",
    "IncreaseAchievementProgressEffectProps": ".increase_achievement_progress_effect_props",
    "InfluencingCampaignDetails": ".influencing_campaign_details",
    "IntegrationCampaign": ".integration_campaign",
    "IntegrationCampaignAttributes": ".integration_campaign_attributes",
    "IntegrationCampaignFeaturesItem": ".integration_campaign_features_item",
    "IntegrationCampaignRulesItem": ".integration_campaign_rules_item",
    "IntegrationCampaignState": ".integration_campaign_state",
    "IntegrationCoupon": ".integration_coupon",
    "IntegrationCouponAttributes": ".integration_coupon_attributes",
    "IntegrationCustomerSessionResponse": ".integration_customer_session_response",
    "IntegrationEventV2Request": ".integration_event_v2_request",
    "IntegrationEventV2RequestAttributes": ".integration_event_v2_request_attributes",
    "IntegrationEventV2RequestResponseContentItem": ".integration_event_v2_request_response_content_item",
    "IntegrationEventV2Response": ".integration_event_v2_response",
    "IntegrationEventV3Request": ".integration_event_v3_request",
    "IntegrationEventV3RequestAttributes": ".integration_event_v3_request_attributes",
    "IntegrationEventV3RequestResponseContentItem": ".integration_event_v3_request_response_content_item",
    "IntegrationEventV3Response": ".integration_event_v3_response",
    "IntegrationGetAllCampaigns200Response": ".integration_get_all_campaigns_200_response",
    "IntegrationRequest": ".integration_request",
    "IntegrationRequestResponseContentItem": ".integration_request_response_content_item",
    "IntegrationState": ".integration_state",
    "IntegrationStateV2": ".integration_state_v2",
    "InventoryCoupon": ".inventory_coupon",
    "InventoryCouponAttributes": ".inventory_coupon_attributes",
    "InventoryReferral": ".inventory_referral",
    "InventoryReferralAttributes": ".inventory_referral_attributes",
    "LedgerEntry": ".ledger_entry",
    "LedgerInfo": ".ledger_info",
    "LedgerPointsEntryIntegrationAPI": ".ledger_points_entry_integration_api",
    "LedgerTransactionLogEntryIntegrationAPI": ".ledger_transaction_log_entry_integration_api",
    "LedgerTransactionLogEntryIntegrationAPIType": ".ledger_transaction_log_entry_integration_api_type",
    "LimitConfig": ".limit_config",
    "LimitConfigEntitiesItem": ".limit_config_entities_item",
    "LimitConfigPeriod": ".limit_config_period",
    "Loyalty": ".loyalty",
    "LoyaltyBalance": ".loyalty_balance",
    "LoyaltyBalanceWithTier": ".loyalty_balance_with_tier",
    "LoyaltyBalancesWithTiers": ".loyalty_balances_with_tiers",
    "LoyaltyBalancesWithTiersSubledgerBalances": ".loyalty_balances_with_tiers_subledger_balances",
    "LoyaltyCard": ".loyalty_card",
    "LoyaltyCardBalances": ".loyalty_card_balances",
    "LoyaltyCardBalancesSubledgerBalances": ".loyalty_card_balances_subledger_balances",
    "LoyaltyCardProfileRegistration": ".loyalty_card_profile_registration",
    "LoyaltyCardRegistration": ".loyalty_card_registration",
    "LoyaltyCardSubledgers": ".loyalty_card_subledgers",
    "LoyaltyLedgerEntry": ".loyalty_ledger_entry",
    "LoyaltyLedgerEntryFlags": ".loyalty_ledger_entry_flags",
    "LoyaltyMembership": ".loyalty_membership",
    "LoyaltyProgramLedgers": ".loyalty_program_ledgers",
    "LoyaltyProgramLedgersSubLedgers": ".loyalty_program_ledgers_sub_ledgers",
    "LoyaltyPrograms": ".loyalty_programs",
    "Meta": ".meta",
    "MetaCampaigns": ".meta_campaigns",
    "MetaCoupons": ".meta_coupons",
    "MetaWarnings": ".meta_warnings",
    "MultipleCustomerProfileIntegrationRequest": ".multiple_customer_profile_integration_request",
    "MultipleCustomerProfileIntegrationRequestItem": ".multiple_customer_profile_integration_request_item",
    "MultipleCustomerProfileIntegrationRequestItemAttributes": ".multiple_customer_profile_integration_request_item_attributes",
    "MultipleCustomerProfileIntegrationResponseV2": ".multiple_customer_profile_integration_response_v2",
    "NewAudience": ".new_audience",
    "NewCustomerSessionV2": ".new_customer_session_v2",
    "NewCustomerSessionV2AdditionalCosts": ".new_customer_session_v2_additional_costs",
    "NewCustomerSessionV2Attributes": ".new_customer_session_v2_attributes",
    "NewCustomerSessionV2State": ".new_customer_session_v2_state",
    "NewEvent": ".new_event",
    "NewEventAttributes": ".new_event_attributes",
    "NewReferral": ".new_referral",
    "NewReferralAttributes": ".new_referral_attributes",
    "NewReferralsForMultipleAdvocates": ".new_referrals_for_multiple_advocates",
    "NewReferralsForMultipleAdvocatesAttributes": ".new_referrals_for_multiple_advocates_attributes",
    "NewReturn": ".new_return",
    "PriceDetail": ".price_detail",
    "Product": ".product",
    "ProfileAudiencesChanges": ".profile_audiences_changes",
    "ProjectedTier": ".projected_tier",
    "RedeemReferralEffectProps": ".redeem_referral_effect_props",
    "Referral": ".referral",
    "ReferralAttributes": ".referral_attributes",
    "ReferralCreatedEffectProps": ".referral_created_effect_props",
    "ReferralRejectionReason": ".referral_rejection_reason",
    "ReferralRejectionReasonReason": ".referral_rejection_reason_reason",
    "RejectCouponEffectProps": ".reject_coupon_effect_props",
    "RejectReferralEffectProps": ".reject_referral_effect_props",
    "RemoveFromAudienceEffectProps": ".remove_from_audience_effect_props",
    "ReopenSessionResponse": ".reopen_session_response",
    "ReserveCouponEffectProps": ".reserve_coupon_effect_props",
    "Return": ".return_",
    "ReturnIntegrationRequest": ".return_integration_request",
    "ReturnIntegrationRequestResponseContentItem": ".return_integration_request_response_content_item",
    "ReturnedCartItem": ".returned_cart_item",
    "RollbackAddedLoyaltyPointsEffectProps": ".rollback_added_loyalty_points_effect_props",
    "RollbackCouponEffectProps": ".rollback_coupon_effect_props",
    "RollbackDeductedLoyaltyPointsEffectProps": ".rollback_deducted_loyalty_points_effect_props",
    "RollbackDiscountEffectProps": ".rollback_discount_effect_props",
    "RollbackIncreasedAchievementProgressEffectProps": ".rollback_increased_achievement_progress_effect_props",
    "RollbackReferralEffectProps": ".rollback_referral_effect_props",
    "RuleFailureReason": ".rule_failure_reason",
    "SetDiscountEffectProps": ".set_discount_effect_props",
    "SetDiscountPerAdditionalCostEffectProps": ".set_discount_per_additional_cost_effect_props",
    "SetDiscountPerAdditionalCostPerItemEffectProps": ".set_discount_per_additional_cost_per_item_effect_props",
    "SetDiscountPerItemEffectProps": ".set_discount_per_item_effect_props",
    "SetLoyaltyPointsExpiryDateEffectProps": ".set_loyalty_points_expiry_date_effect_props",
    "SetLoyaltyPointsExpiryDateEffectPropsAffectedTransactionsItem": ".set_loyalty_points_expiry_date_effect_props_affected_transactions_item",
    "ShowBundleMetadataEffectProps": ".show_bundle_metadata_effect_props",
    "ShowNotificationEffectProps": ".show_notification_effect_props",
    "Tier": ".tier",
    "TierDowngradePolicy": ".tier_downgrade_policy",
    "TimePoint": ".time_point",
    "TrackEventResponse409": ".track_event_response_409",
    "TrackEventV2409Response": ".track_event_v2409_response",
    "TrackEventV3409Response": ".track_event_v3409_response",
    "TriggerWebhookEffectProps": ".trigger_webhook_effect_props",
    "UpdateAttributeEffectProps": ".update_attribute_effect_props",
    "UpdateAudience": ".update_audience",
    "UpdateCustomerProfileV2409Response": ".update_customer_profile_v2409_response",
    "UpdateCustomerSessionV2409Response": ".update_customer_session_v2409_response",
    "WillAwardGiveawayEffectProps": ".will_award_giveaway_effect_props",
}

__all__ = (
    "APIError",
    "AcceptCouponEffectProps",
    "AcceptReferralEffectProps",
    "AchievementProgress",
    "AchievementProgressStatus",
    "AchievementProgressWithDefinition",
    "AchievementProgressWithDefinitionAchievementActivationPolicy",
    "AchievementProgressWithDefinitionAchievementRecurrencePolicy",
    "AchievementProgressWithDefinitionStatus",
    "AchievementStatusEntry",
    "AchievementStatusEntryActivationPolicy",
    "AchievementStatusEntryRecurrencePolicy",
    "AchievementStatusEntryStatus",
    "ActivateLoyaltyPoints",
    "ActivateLoyaltyPointsResponse",
    "AddFreeItemEffectProps",
    "AddLoyaltyPointsEffectProps",
    "AddToAudienceEffectProps",
    "AdditionalCost",
    "AdjustmentDetails",
    "AttributeQuery",
    "Audience",
    "AudienceMembership",
    "AwardGiveawayEffectProps",
    "BestPriorPrice",
    "BestPriorPriceMetadata",
    "BestPriorPriceRequest",
    "BestPriorPriceRequestTimeframeEndDateType",
    "BestPriorPriceTargetType0",
    "BestPriorPriceTargetType0Type",
    "BestPriorPriceTargetType1",
    "BestPriorPriceTargetType1Audience",
    "BestPriorPriceTargetType1Type",
    "BestPriorTarget",
    "BestPriorTargetTargetType",
    "Campaign",
    "CampaignAttributes",
    "CampaignBudget",
    "CampaignCouponAttributes",
    "CampaignEligibility",
    "CampaignEligibilityAttributes",
    "CampaignEligibilityEligibilityItem",
    "CampaignEligibilityEligibilityItemDetails",
    "CampaignEligibilityEligibilityItemDetailsFailureCode",
    "CampaignEligibilityExperiment",
    "CampaignEligibilityFeaturesItem",
    "CampaignEligibilityRulesItem",
    "CampaignEligibilityRulesItemEligibilityItem",
    "CampaignEligibilityRulesItemEligibilityItemDetails",
    "CampaignEligibilityRulesItemEligibilityItemDetailsFailureCode",
    "CampaignEligibilityState",
    "CampaignFeaturesItem",
    "CampaignFrontendState",
    "CampaignRevisionFrontendState",
    "CampaignState",
    "CampaignType",
    "CardLedgerPointsEntryIntegrationAPI",
    "CardLedgerTransactionLogEntryIntegrationAPI",
    "CardLedgerTransactionLogEntryIntegrationAPIType",
    "CartItem",
    "CartItemAdditionalCosts",
    "CartItemAttributes",
    "CartItemPrices",
    "Catalog",
    "CatalogActionAdd",
    "CatalogActionAddPayload",
    "CatalogActionAddPayloadAttributes",
    "CatalogActionAddPriceAdjustment",
    "CatalogActionAddPriceAdjustmentPayload",
    "CatalogActionAddPriceAdjustmentPayloadAdjustmentsItem",
    "CatalogActionAddPriceAdjustmentType",
    "CatalogActionAddType",
    "CatalogActionPatch",
    "CatalogActionPatchMany",
    "CatalogActionPatchManyPayload",
    "CatalogActionPatchManyPayloadAttributes",
    "CatalogActionPatchManyPayloadFiltersItem",
    "CatalogActionPatchManyPayloadFiltersItemOp",
    "CatalogActionPatchManyType",
    "CatalogActionPatchPayload",
    "CatalogActionPatchPayloadAttributes",
    "CatalogActionPatchType",
    "CatalogActionRemove",
    "CatalogActionRemoveMany",
    "CatalogActionRemoveManyPayload",
    "CatalogActionRemoveManyPayloadFiltersItem",
    "CatalogActionRemoveManyPayloadFiltersItemOp",
    "CatalogActionRemoveManyType",
    "CatalogActionRemovePayload",
    "CatalogActionRemoveType",
    "CatalogSyncRequest",
    "ChangeLoyaltyTierLevelEffectProps",
    "CodeGeneratorSettings",
    "Coupon",
    "CouponAttributes",
    "CouponCreatedEffectProps",
    "CouponRejectionReason",
    "CouponRejectionReasonReason",
    "CouponReservations",
    "CreateReferralsForMultipleAdvocates201Response",
    "CustomEffectProps",
    "CustomEffectPropsPayload",
    "CustomerInventory",
    "CustomerProfile",
    "CustomerProfileAttributes",
    "CustomerProfileAudienceRequest",
    "CustomerProfileAudienceRequestItem",
    "CustomerProfileAudienceRequestItemAction",
    "CustomerProfileIntegrationRequestV2",
    "CustomerProfileIntegrationRequestV2Attributes",
    "CustomerProfileIntegrationRequestV2ResponseContentItem",
    "CustomerProfileIntegrationResponseV2",
    "CustomerProfileUpdateV2Response",
    "CustomerSession",
    "CustomerSessionAttributes",
    "CustomerSessionDiscounts",
    "CustomerSessionState",
    "CustomerSessionV2",
    "CustomerSessionV2AdditionalCosts",
    "CustomerSessionV2Attributes",
    "CustomerSessionV2State",
    "DeductLoyaltyPointsEffectProps",
    "DeleteLoyaltyTransactionsRequest",
    "DeleteLoyaltyTransactionsRequestScope",
    "Effect",
    "EffectProps",
    "ErrorEffectProps",
    "ErrorResponse",
    "ErrorResponseWithStatus",
    "ErrorSource",
    "Event",
    "EventAttributes",
    "EventV3",
    "EventV3Attributes",
    "ExperimentVariantAllocation",
    "ExtendLoyaltyPointsExpiryDateEffectProps",
    "ExtendLoyaltyPointsExpiryDateEffectPropsAffectedTransactionsItem",
    "GenerateLoyaltyCard",
    "GenerateLoyaltyCardStatus",
    "GetCustomerAchievementHistory200Response",
    "GetCustomerAchievementHistoryProgressStatusItem",
    "GetCustomerAchievements200Response",
    "GetCustomerAchievementsAchievementStatusItem",
    "GetCustomerAchievementsCurrentProgressStatusItem",
    "GetLoyaltyCardPoints200Response",
    "GetLoyaltyCardPointsSort",
    "GetLoyaltyCardPointsStatus",
    "GetLoyaltyCardTransactions200Response",
    "GetLoyaltyCardTransactionsLoyaltyTransactionType",
    "GetLoyaltyProgramProfilePoints200Response",
    "GetLoyaltyProgramProfilePointsSort",
    "GetLoyaltyProgramProfilePointsStatus",
    "GetLoyaltyProgramProfileTransactions200Response",
    "GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType",
    "GetReservedCustomers200Response",
    "Giveaway",
    "GiveawayAttributes",
    "IncreaseAchievementProgressEffectProps",
    "InfluencingCampaignDetails",
    "IntegrationCampaign",
    "IntegrationCampaignAttributes",
    "IntegrationCampaignFeaturesItem",
    "IntegrationCampaignRulesItem",
    "IntegrationCampaignState",
    "IntegrationCoupon",
    "IntegrationCouponAttributes",
    "IntegrationCustomerSessionResponse",
    "IntegrationEventV2Request",
    "IntegrationEventV2RequestAttributes",
    "IntegrationEventV2RequestResponseContentItem",
    "IntegrationEventV2Response",
    "IntegrationEventV3Request",
    "IntegrationEventV3RequestAttributes",
    "IntegrationEventV3RequestResponseContentItem",
    "IntegrationEventV3Response",
    "IntegrationGetAllCampaigns200Response",
    "IntegrationRequest",
    "IntegrationRequestResponseContentItem",
    "IntegrationState",
    "IntegrationStateV2",
    "InventoryCoupon",
    "InventoryCouponAttributes",
    "InventoryReferral",
    "InventoryReferralAttributes",
    "LedgerEntry",
    "LedgerInfo",
    "LedgerPointsEntryIntegrationAPI",
    "LedgerTransactionLogEntryIntegrationAPI",
    "LedgerTransactionLogEntryIntegrationAPIType",
    "LimitConfig",
    "LimitConfigEntitiesItem",
    "LimitConfigPeriod",
    "Loyalty",
    "LoyaltyBalance",
    "LoyaltyBalanceWithTier",
    "LoyaltyBalancesWithTiers",
    "LoyaltyBalancesWithTiersSubledgerBalances",
    "LoyaltyCard",
    "LoyaltyCardBalances",
    "LoyaltyCardBalancesSubledgerBalances",
    "LoyaltyCardProfileRegistration",
    "LoyaltyCardRegistration",
    "LoyaltyCardSubledgers",
    "LoyaltyLedgerEntry",
    "LoyaltyLedgerEntryFlags",
    "LoyaltyMembership",
    "LoyaltyProgramLedgers",
    "LoyaltyProgramLedgersSubLedgers",
    "LoyaltyPrograms",
    "Meta",
    "MetaCampaigns",
    "MetaCoupons",
    "MetaWarnings",
    "MultipleCustomerProfileIntegrationRequest",
    "MultipleCustomerProfileIntegrationRequestItem",
    "MultipleCustomerProfileIntegrationRequestItemAttributes",
    "MultipleCustomerProfileIntegrationResponseV2",
    "NewAudience",
    "NewCustomerSessionV2",
    "NewCustomerSessionV2AdditionalCosts",
    "NewCustomerSessionV2Attributes",
    "NewCustomerSessionV2State",
    "NewEvent",
    "NewEventAttributes",
    "NewReferral",
    "NewReferralAttributes",
    "NewReferralsForMultipleAdvocates",
    "NewReferralsForMultipleAdvocatesAttributes",
    "NewReturn",
    "PriceDetail",
    "Product",
    "ProfileAudiencesChanges",
    "ProjectedTier",
    "RedeemReferralEffectProps",
    "Referral",
    "ReferralAttributes",
    "ReferralCreatedEffectProps",
    "ReferralRejectionReason",
    "ReferralRejectionReasonReason",
    "RejectCouponEffectProps",
    "RejectReferralEffectProps",
    "RemoveFromAudienceEffectProps",
    "ReopenSessionResponse",
    "ReserveCouponEffectProps",
    "Return",
    "ReturnIntegrationRequest",
    "ReturnIntegrationRequestResponseContentItem",
    "ReturnedCartItem",
    "RollbackAddedLoyaltyPointsEffectProps",
    "RollbackCouponEffectProps",
    "RollbackDeductedLoyaltyPointsEffectProps",
    "RollbackDiscountEffectProps",
    "RollbackIncreasedAchievementProgressEffectProps",
    "RollbackReferralEffectProps",
    "RuleFailureReason",
    "SetDiscountEffectProps",
    "SetDiscountPerAdditionalCostEffectProps",
    "SetDiscountPerAdditionalCostPerItemEffectProps",
    "SetDiscountPerItemEffectProps",
    "SetLoyaltyPointsExpiryDateEffectProps",
    "SetLoyaltyPointsExpiryDateEffectPropsAffectedTransactionsItem",
    "ShowBundleMetadataEffectProps",
    "ShowNotificationEffectProps",
    "Tier",
    "TierDowngradePolicy",
    "TimePoint",
    "TrackEventResponse409",
    "TrackEventV2409Response",
    "TrackEventV3409Response",
    "TriggerWebhookEffectProps",
    "UpdateAttributeEffectProps",
    "UpdateAudience",
    "UpdateCustomerProfileV2409Response",
    "UpdateCustomerSessionV2409Response",
    "WillAwardGiveawayEffectProps",
)

# Hidden from type checkers, so that a misspelt model name stays an error for them.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # later reads skip this function
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(_MODULES))
