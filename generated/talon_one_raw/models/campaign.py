from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.campaign_features_item import CampaignFeaturesItem
from ..models.campaign_frontend_state import CampaignFrontendState
from ..models.campaign_revision_frontend_state import CampaignRevisionFrontendState
from ..models.campaign_state import CampaignState
from ..models.campaign_type import CampaignType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_attributes import CampaignAttributes
    from ..models.campaign_budget import CampaignBudget
    from ..models.campaign_coupon_attributes import CampaignCouponAttributes
    from ..models.code_generator_settings import CodeGeneratorSettings
    from ..models.limit_config import LimitConfig


T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """A campaign that was triggered by the request.

    Attributes:
        id (int):
        created (datetime.datetime):
        application_id (int):
        user_id (int):
        name (str):
        description (str):
        state (CampaignState):  Default: CampaignState.ENABLED.
        tags (list[str]):
        reevaluate_on_return (bool):
        features (list[CampaignFeaturesItem]):
        limits (list[LimitConfig]):
        type_ (CampaignType):  Default: CampaignType.ADVANCED.
        frontend_state (CampaignFrontendState):
        stores_imported (bool):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        attributes (CampaignAttributes | Unset):
        active_ruleset_id (int | Unset):
        coupon_settings (CodeGeneratorSettings | Unset): How codes are generated.
        referral_settings (CodeGeneratorSettings | Unset): How codes are generated.
        campaign_groups (list[int] | Unset):
        linked_store_ids (list[int] | Unset):
        coupon_attributes (CampaignCouponAttributes | Unset):
        budgets (list[CampaignBudget] | Unset):
        coupon_redemption_count (int | Unset):
        referral_redemption_count (int | Unset):
        discount_count (float | Unset):
        discount_effect_count (int | Unset):
        coupon_creation_count (int | Unset):
        custom_effect_count (int | Unset):
        referral_creation_count (int | Unset):
        add_free_item_effect_count (int | Unset):
        awarded_giveaways_count (int | Unset):
        created_loyalty_points_count (float | Unset):
        created_loyalty_points_effect_count (int | Unset):
        redeemed_loyalty_points_count (float | Unset):
        redeemed_loyalty_points_effect_count (int | Unset):
        call_api_effect_count (int | Unset):
        reservecoupon_effect_count (int | Unset):
        last_activity (datetime.datetime | Unset):
        updated (datetime.datetime | Unset):
        created_by (str | Unset):
        updated_by (str | Unset):
        template_id (int | Unset):
        value_maps_ids (list[int] | Unset):
        experiment_id (int | Unset):
        revision_frontend_state (CampaignRevisionFrontendState | Unset):
        active_revision_id (int | Unset):
        active_revision_version_id (int | Unset):
        version (int | Unset):
        current_revision_id (int | Unset):
        current_revision_version_id (int | Unset):
        stage_revision (bool | Unset):  Default: False.
    """

    id: int
    created: datetime.datetime
    application_id: int
    user_id: int
    name: str
    description: str
    tags: list[str]
    reevaluate_on_return: bool
    features: list[CampaignFeaturesItem]
    limits: list[LimitConfig]
    frontend_state: CampaignFrontendState
    stores_imported: bool
    state: CampaignState = CampaignState.ENABLED
    type_: CampaignType = CampaignType.ADVANCED
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    attributes: CampaignAttributes | Unset = UNSET
    active_ruleset_id: int | Unset = UNSET
    coupon_settings: CodeGeneratorSettings | Unset = UNSET
    referral_settings: CodeGeneratorSettings | Unset = UNSET
    campaign_groups: list[int] | Unset = UNSET
    linked_store_ids: list[int] | Unset = UNSET
    coupon_attributes: CampaignCouponAttributes | Unset = UNSET
    budgets: list[CampaignBudget] | Unset = UNSET
    coupon_redemption_count: int | Unset = UNSET
    referral_redemption_count: int | Unset = UNSET
    discount_count: float | Unset = UNSET
    discount_effect_count: int | Unset = UNSET
    coupon_creation_count: int | Unset = UNSET
    custom_effect_count: int | Unset = UNSET
    referral_creation_count: int | Unset = UNSET
    add_free_item_effect_count: int | Unset = UNSET
    awarded_giveaways_count: int | Unset = UNSET
    created_loyalty_points_count: float | Unset = UNSET
    created_loyalty_points_effect_count: int | Unset = UNSET
    redeemed_loyalty_points_count: float | Unset = UNSET
    redeemed_loyalty_points_effect_count: int | Unset = UNSET
    call_api_effect_count: int | Unset = UNSET
    reservecoupon_effect_count: int | Unset = UNSET
    last_activity: datetime.datetime | Unset = UNSET
    updated: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    template_id: int | Unset = UNSET
    value_maps_ids: list[int] | Unset = UNSET
    experiment_id: int | Unset = UNSET
    revision_frontend_state: CampaignRevisionFrontendState | Unset = UNSET
    active_revision_id: int | Unset = UNSET
    active_revision_version_id: int | Unset = UNSET
    version: int | Unset = UNSET
    current_revision_id: int | Unset = UNSET
    current_revision_version_id: int | Unset = UNSET
    stage_revision: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The attrs repr of the fields that are set: UNSET ones were neither sent nor received."""
        shown = []
        for attribute in _attrs_fields(type(self)):
            value = getattr(self, attribute.name)
            if value is UNSET or (
                attribute.name == "additional_properties" and not value
            ):
                continue
            shown.append(f"{attribute.name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        application_id = self.application_id

        user_id = self.user_id

        name = self.name

        description = self.description

        state = self.state.value

        tags = self.tags

        reevaluate_on_return = self.reevaluate_on_return

        features = []
        for features_item_data in self.features:
            features_item = features_item_data.value
            features.append(features_item)

        limits = []
        for limits_item_data in self.limits:
            limits_item = limits_item_data.to_dict()
            limits.append(limits_item)

        type_ = self.type_.value

        frontend_state = self.frontend_state.value

        stores_imported = self.stores_imported

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        active_ruleset_id = self.active_ruleset_id

        coupon_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon_settings, Unset):
            coupon_settings = self.coupon_settings.to_dict()

        referral_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referral_settings, Unset):
            referral_settings = self.referral_settings.to_dict()

        campaign_groups: list[int] | Unset = UNSET
        if not isinstance(self.campaign_groups, Unset):
            campaign_groups = self.campaign_groups

        linked_store_ids: list[int] | Unset = UNSET
        if not isinstance(self.linked_store_ids, Unset):
            linked_store_ids = self.linked_store_ids

        coupon_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon_attributes, Unset):
            coupon_attributes = self.coupon_attributes.to_dict()

        budgets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.budgets, Unset):
            budgets = []
            for budgets_item_data in self.budgets:
                budgets_item = budgets_item_data.to_dict()
                budgets.append(budgets_item)

        coupon_redemption_count = self.coupon_redemption_count

        referral_redemption_count = self.referral_redemption_count

        discount_count = self.discount_count

        discount_effect_count = self.discount_effect_count

        coupon_creation_count = self.coupon_creation_count

        custom_effect_count = self.custom_effect_count

        referral_creation_count = self.referral_creation_count

        add_free_item_effect_count = self.add_free_item_effect_count

        awarded_giveaways_count = self.awarded_giveaways_count

        created_loyalty_points_count = self.created_loyalty_points_count

        created_loyalty_points_effect_count = self.created_loyalty_points_effect_count

        redeemed_loyalty_points_count = self.redeemed_loyalty_points_count

        redeemed_loyalty_points_effect_count = self.redeemed_loyalty_points_effect_count

        call_api_effect_count = self.call_api_effect_count

        reservecoupon_effect_count = self.reservecoupon_effect_count

        last_activity: str | Unset = UNSET
        if not isinstance(self.last_activity, Unset):
            last_activity = self.last_activity.isoformat()

        updated: str | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.isoformat()

        created_by = self.created_by

        updated_by = self.updated_by

        template_id = self.template_id

        value_maps_ids: list[int] | Unset = UNSET
        if not isinstance(self.value_maps_ids, Unset):
            value_maps_ids = self.value_maps_ids

        experiment_id = self.experiment_id

        revision_frontend_state: str | Unset = UNSET
        if not isinstance(self.revision_frontend_state, Unset):
            revision_frontend_state = self.revision_frontend_state.value

        active_revision_id = self.active_revision_id

        active_revision_version_id = self.active_revision_version_id

        version = self.version

        current_revision_id = self.current_revision_id

        current_revision_version_id = self.current_revision_version_id

        stage_revision = self.stage_revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "applicationId": application_id,
                "userId": user_id,
                "name": name,
                "description": description,
                "state": state,
                "tags": tags,
                "reevaluateOnReturn": reevaluate_on_return,
                "features": features,
                "limits": limits,
                "type": type_,
                "frontendState": frontend_state,
                "storesImported": stores_imported,
            }
        )
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if active_ruleset_id is not UNSET:
            field_dict["activeRulesetId"] = active_ruleset_id
        if coupon_settings is not UNSET:
            field_dict["couponSettings"] = coupon_settings
        if referral_settings is not UNSET:
            field_dict["referralSettings"] = referral_settings
        if campaign_groups is not UNSET:
            field_dict["campaignGroups"] = campaign_groups
        if linked_store_ids is not UNSET:
            field_dict["linkedStoreIds"] = linked_store_ids
        if coupon_attributes is not UNSET:
            field_dict["couponAttributes"] = coupon_attributes
        if budgets is not UNSET:
            field_dict["budgets"] = budgets
        if coupon_redemption_count is not UNSET:
            field_dict["couponRedemptionCount"] = coupon_redemption_count
        if referral_redemption_count is not UNSET:
            field_dict["referralRedemptionCount"] = referral_redemption_count
        if discount_count is not UNSET:
            field_dict["discountCount"] = discount_count
        if discount_effect_count is not UNSET:
            field_dict["discountEffectCount"] = discount_effect_count
        if coupon_creation_count is not UNSET:
            field_dict["couponCreationCount"] = coupon_creation_count
        if custom_effect_count is not UNSET:
            field_dict["customEffectCount"] = custom_effect_count
        if referral_creation_count is not UNSET:
            field_dict["referralCreationCount"] = referral_creation_count
        if add_free_item_effect_count is not UNSET:
            field_dict["addFreeItemEffectCount"] = add_free_item_effect_count
        if awarded_giveaways_count is not UNSET:
            field_dict["awardedGiveawaysCount"] = awarded_giveaways_count
        if created_loyalty_points_count is not UNSET:
            field_dict["createdLoyaltyPointsCount"] = created_loyalty_points_count
        if created_loyalty_points_effect_count is not UNSET:
            field_dict["createdLoyaltyPointsEffectCount"] = (
                created_loyalty_points_effect_count
            )
        if redeemed_loyalty_points_count is not UNSET:
            field_dict["redeemedLoyaltyPointsCount"] = redeemed_loyalty_points_count
        if redeemed_loyalty_points_effect_count is not UNSET:
            field_dict["redeemedLoyaltyPointsEffectCount"] = (
                redeemed_loyalty_points_effect_count
            )
        if call_api_effect_count is not UNSET:
            field_dict["callApiEffectCount"] = call_api_effect_count
        if reservecoupon_effect_count is not UNSET:
            field_dict["reservecouponEffectCount"] = reservecoupon_effect_count
        if last_activity is not UNSET:
            field_dict["lastActivity"] = last_activity
        if updated is not UNSET:
            field_dict["updated"] = updated
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if value_maps_ids is not UNSET:
            field_dict["valueMapsIds"] = value_maps_ids
        if experiment_id is not UNSET:
            field_dict["experimentId"] = experiment_id
        if revision_frontend_state is not UNSET:
            field_dict["revisionFrontendState"] = revision_frontend_state
        if active_revision_id is not UNSET:
            field_dict["activeRevisionId"] = active_revision_id
        if active_revision_version_id is not UNSET:
            field_dict["activeRevisionVersionId"] = active_revision_version_id
        if version is not UNSET:
            field_dict["version"] = version
        if current_revision_id is not UNSET:
            field_dict["currentRevisionId"] = current_revision_id
        if current_revision_version_id is not UNSET:
            field_dict["currentRevisionVersionId"] = current_revision_version_id
        if stage_revision is not UNSET:
            field_dict["stageRevision"] = stage_revision

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_attributes import CampaignAttributes
        from ..models.campaign_budget import CampaignBudget
        from ..models.campaign_coupon_attributes import CampaignCouponAttributes
        from ..models.code_generator_settings import CodeGeneratorSettings
        from ..models.limit_config import LimitConfig

        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        application_id = d.pop("applicationId")

        user_id = d.pop("userId")

        name = d.pop("name")

        description = d.pop("description")

        state = CampaignState(d.pop("state"))

        tags = cast(list[str], d.pop("tags"))

        reevaluate_on_return = d.pop("reevaluateOnReturn")

        features = []
        _features = d.pop("features")
        for features_item_data in _features:
            features_item = CampaignFeaturesItem(features_item_data)

            features.append(features_item)

        limits = []
        _limits = d.pop("limits")
        for limits_item_data in _limits:
            limits_item = LimitConfig.from_dict(limits_item_data)

            limits.append(limits_item)

        type_ = CampaignType(d.pop("type"))

        frontend_state = CampaignFrontendState(d.pop("frontendState"))

        stores_imported = d.pop("storesImported")

        _start_time = d.pop("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        _attributes = d.pop("attributes", UNSET)
        attributes: CampaignAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = CampaignAttributes.from_dict(_attributes)

        active_ruleset_id = d.pop("activeRulesetId", UNSET)

        _coupon_settings = d.pop("couponSettings", UNSET)
        coupon_settings: CodeGeneratorSettings | Unset
        if isinstance(_coupon_settings, Unset):
            coupon_settings = UNSET
        else:
            coupon_settings = CodeGeneratorSettings.from_dict(_coupon_settings)

        _referral_settings = d.pop("referralSettings", UNSET)
        referral_settings: CodeGeneratorSettings | Unset
        if isinstance(_referral_settings, Unset):
            referral_settings = UNSET
        else:
            referral_settings = CodeGeneratorSettings.from_dict(_referral_settings)

        campaign_groups = cast(list[int], d.pop("campaignGroups", UNSET))

        linked_store_ids = cast(list[int], d.pop("linkedStoreIds", UNSET))

        _coupon_attributes = d.pop("couponAttributes", UNSET)
        coupon_attributes: CampaignCouponAttributes | Unset
        if isinstance(_coupon_attributes, Unset):
            coupon_attributes = UNSET
        else:
            coupon_attributes = CampaignCouponAttributes.from_dict(_coupon_attributes)

        _budgets = d.pop("budgets", UNSET)
        budgets: list[CampaignBudget] | Unset = UNSET
        if _budgets is not UNSET:
            budgets = []
            for budgets_item_data in _budgets:
                budgets_item = CampaignBudget.from_dict(budgets_item_data)

                budgets.append(budgets_item)

        coupon_redemption_count = d.pop("couponRedemptionCount", UNSET)

        referral_redemption_count = d.pop("referralRedemptionCount", UNSET)

        discount_count = d.pop("discountCount", UNSET)

        discount_effect_count = d.pop("discountEffectCount", UNSET)

        coupon_creation_count = d.pop("couponCreationCount", UNSET)

        custom_effect_count = d.pop("customEffectCount", UNSET)

        referral_creation_count = d.pop("referralCreationCount", UNSET)

        add_free_item_effect_count = d.pop("addFreeItemEffectCount", UNSET)

        awarded_giveaways_count = d.pop("awardedGiveawaysCount", UNSET)

        created_loyalty_points_count = d.pop("createdLoyaltyPointsCount", UNSET)

        created_loyalty_points_effect_count = d.pop(
            "createdLoyaltyPointsEffectCount", UNSET
        )

        redeemed_loyalty_points_count = d.pop("redeemedLoyaltyPointsCount", UNSET)

        redeemed_loyalty_points_effect_count = d.pop(
            "redeemedLoyaltyPointsEffectCount", UNSET
        )

        call_api_effect_count = d.pop("callApiEffectCount", UNSET)

        reservecoupon_effect_count = d.pop("reservecouponEffectCount", UNSET)

        _last_activity = d.pop("lastActivity", UNSET)
        last_activity: datetime.datetime | Unset
        if isinstance(_last_activity, Unset):
            last_activity = UNSET
        else:
            last_activity = datetime.datetime.fromisoformat(_last_activity)

        _updated = d.pop("updated", UNSET)
        updated: datetime.datetime | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = datetime.datetime.fromisoformat(_updated)

        created_by = d.pop("createdBy", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        template_id = d.pop("templateId", UNSET)

        value_maps_ids = cast(list[int], d.pop("valueMapsIds", UNSET))

        experiment_id = d.pop("experimentId", UNSET)

        _revision_frontend_state = d.pop("revisionFrontendState", UNSET)
        revision_frontend_state: CampaignRevisionFrontendState | Unset
        if isinstance(_revision_frontend_state, Unset):
            revision_frontend_state = UNSET
        else:
            revision_frontend_state = CampaignRevisionFrontendState(
                _revision_frontend_state
            )

        active_revision_id = d.pop("activeRevisionId", UNSET)

        active_revision_version_id = d.pop("activeRevisionVersionId", UNSET)

        version = d.pop("version", UNSET)

        current_revision_id = d.pop("currentRevisionId", UNSET)

        current_revision_version_id = d.pop("currentRevisionVersionId", UNSET)

        stage_revision = d.pop("stageRevision", UNSET)

        campaign = cls(
            id=id,
            created=created,
            application_id=application_id,
            user_id=user_id,
            name=name,
            description=description,
            state=state,
            tags=tags,
            reevaluate_on_return=reevaluate_on_return,
            features=features,
            limits=limits,
            type_=type_,
            frontend_state=frontend_state,
            stores_imported=stores_imported,
            start_time=start_time,
            end_time=end_time,
            attributes=attributes,
            active_ruleset_id=active_ruleset_id,
            coupon_settings=coupon_settings,
            referral_settings=referral_settings,
            campaign_groups=campaign_groups,
            linked_store_ids=linked_store_ids,
            coupon_attributes=coupon_attributes,
            budgets=budgets,
            coupon_redemption_count=coupon_redemption_count,
            referral_redemption_count=referral_redemption_count,
            discount_count=discount_count,
            discount_effect_count=discount_effect_count,
            coupon_creation_count=coupon_creation_count,
            custom_effect_count=custom_effect_count,
            referral_creation_count=referral_creation_count,
            add_free_item_effect_count=add_free_item_effect_count,
            awarded_giveaways_count=awarded_giveaways_count,
            created_loyalty_points_count=created_loyalty_points_count,
            created_loyalty_points_effect_count=created_loyalty_points_effect_count,
            redeemed_loyalty_points_count=redeemed_loyalty_points_count,
            redeemed_loyalty_points_effect_count=redeemed_loyalty_points_effect_count,
            call_api_effect_count=call_api_effect_count,
            reservecoupon_effect_count=reservecoupon_effect_count,
            last_activity=last_activity,
            updated=updated,
            created_by=created_by,
            updated_by=updated_by,
            template_id=template_id,
            value_maps_ids=value_maps_ids,
            experiment_id=experiment_id,
            revision_frontend_state=revision_frontend_state,
            active_revision_id=active_revision_id,
            active_revision_version_id=active_revision_version_id,
            version=version,
            current_revision_id=current_revision_id,
            current_revision_version_id=current_revision_version_id,
            stage_revision=stage_revision,
        )

        campaign.additional_properties = d
        return campaign

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
