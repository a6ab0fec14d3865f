from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign import Campaign
    from ..models.campaign_eligibility import CampaignEligibility
    from ..models.coupon import Coupon
    from ..models.customer_profile import CustomerProfile
    from ..models.effect import Effect
    from ..models.event import Event
    from ..models.giveaway import Giveaway
    from ..models.loyalty import Loyalty
    from ..models.referral import Referral
    from ..models.rule_failure_reason import RuleFailureReason


T = TypeVar("T", bound="CustomerProfileIntegrationResponseV2")


@_attrs_define
class CustomerProfileIntegrationResponseV2:
    """A profile after an update, with effects when the rule engine ran.

    Attributes:
        effects (list[Effect]):
        created_coupons (list[Coupon]):
        created_referrals (list[Referral]):
        customer_profile (CustomerProfile | Unset): A customer as Talon.One knows them.
        event (Event | Unset): A stored event.
        loyalty (Loyalty | Unset): Loyalty balances of the profile and of the cards used.
        triggered_campaigns (list[Campaign] | Unset):
        rule_failure_reasons (list[RuleFailureReason] | Unset):
        awarded_giveaways (list[Giveaway] | Unset):
        campaign_eligibility (list[CampaignEligibility] | Unset):
    """

    effects: list[Effect]
    created_coupons: list[Coupon]
    created_referrals: list[Referral]
    customer_profile: CustomerProfile | Unset = UNSET
    event: Event | Unset = UNSET
    loyalty: Loyalty | Unset = UNSET
    triggered_campaigns: list[Campaign] | Unset = UNSET
    rule_failure_reasons: list[RuleFailureReason] | Unset = UNSET
    awarded_giveaways: list[Giveaway] | Unset = UNSET
    campaign_eligibility: list[CampaignEligibility] | Unset = UNSET
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
        effects = []
        for effects_item_data in self.effects:
            effects_item = effects_item_data.to_dict()
            effects.append(effects_item)

        created_coupons = []
        for created_coupons_item_data in self.created_coupons:
            created_coupons_item = created_coupons_item_data.to_dict()
            created_coupons.append(created_coupons_item)

        created_referrals = []
        for created_referrals_item_data in self.created_referrals:
            created_referrals_item = created_referrals_item_data.to_dict()
            created_referrals.append(created_referrals_item)

        customer_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_profile, Unset):
            customer_profile = self.customer_profile.to_dict()

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        loyalty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty, Unset):
            loyalty = self.loyalty.to_dict()

        triggered_campaigns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.triggered_campaigns, Unset):
            triggered_campaigns = []
            for triggered_campaigns_item_data in self.triggered_campaigns:
                triggered_campaigns_item = triggered_campaigns_item_data.to_dict()
                triggered_campaigns.append(triggered_campaigns_item)

        rule_failure_reasons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rule_failure_reasons, Unset):
            rule_failure_reasons = []
            for rule_failure_reasons_item_data in self.rule_failure_reasons:
                rule_failure_reasons_item = rule_failure_reasons_item_data.to_dict()
                rule_failure_reasons.append(rule_failure_reasons_item)

        awarded_giveaways: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.awarded_giveaways, Unset):
            awarded_giveaways = []
            for awarded_giveaways_item_data in self.awarded_giveaways:
                awarded_giveaways_item = awarded_giveaways_item_data.to_dict()
                awarded_giveaways.append(awarded_giveaways_item)

        campaign_eligibility: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.campaign_eligibility, Unset):
            campaign_eligibility = []
            for campaign_eligibility_item_data in self.campaign_eligibility:
                campaign_eligibility_item = campaign_eligibility_item_data.to_dict()
                campaign_eligibility.append(campaign_eligibility_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "effects": effects,
                "createdCoupons": created_coupons,
                "createdReferrals": created_referrals,
            }
        )
        if customer_profile is not UNSET:
            field_dict["customerProfile"] = customer_profile
        if event is not UNSET:
            field_dict["event"] = event
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty
        if triggered_campaigns is not UNSET:
            field_dict["triggeredCampaigns"] = triggered_campaigns
        if rule_failure_reasons is not UNSET:
            field_dict["ruleFailureReasons"] = rule_failure_reasons
        if awarded_giveaways is not UNSET:
            field_dict["awardedGiveaways"] = awarded_giveaways
        if campaign_eligibility is not UNSET:
            field_dict["campaignEligibility"] = campaign_eligibility

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign import Campaign
        from ..models.campaign_eligibility import CampaignEligibility
        from ..models.coupon import Coupon
        from ..models.customer_profile import CustomerProfile
        from ..models.effect import Effect
        from ..models.event import Event
        from ..models.giveaway import Giveaway
        from ..models.loyalty import Loyalty
        from ..models.referral import Referral
        from ..models.rule_failure_reason import RuleFailureReason

        d = dict(src_dict)
        effects = []
        _effects = d.pop("effects")
        for effects_item_data in _effects:
            effects_item = Effect.from_dict(effects_item_data)

            effects.append(effects_item)

        created_coupons = []
        _created_coupons = d.pop("createdCoupons")
        for created_coupons_item_data in _created_coupons:
            created_coupons_item = Coupon.from_dict(created_coupons_item_data)

            created_coupons.append(created_coupons_item)

        created_referrals = []
        _created_referrals = d.pop("createdReferrals")
        for created_referrals_item_data in _created_referrals:
            created_referrals_item = Referral.from_dict(created_referrals_item_data)

            created_referrals.append(created_referrals_item)

        _customer_profile = d.pop("customerProfile", UNSET)
        customer_profile: CustomerProfile | Unset
        if isinstance(_customer_profile, Unset):
            customer_profile = UNSET
        else:
            customer_profile = CustomerProfile.from_dict(_customer_profile)

        _event = d.pop("event", UNSET)
        event: Event | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = Event.from_dict(_event)

        _loyalty = d.pop("loyalty", UNSET)
        loyalty: Loyalty | Unset
        if isinstance(_loyalty, Unset):
            loyalty = UNSET
        else:
            loyalty = Loyalty.from_dict(_loyalty)

        _triggered_campaigns = d.pop("triggeredCampaigns", UNSET)
        triggered_campaigns: list[Campaign] | Unset = UNSET
        if _triggered_campaigns is not UNSET:
            triggered_campaigns = []
            for triggered_campaigns_item_data in _triggered_campaigns:
                triggered_campaigns_item = Campaign.from_dict(
                    triggered_campaigns_item_data
                )

                triggered_campaigns.append(triggered_campaigns_item)

        _rule_failure_reasons = d.pop("ruleFailureReasons", UNSET)
        rule_failure_reasons: list[RuleFailureReason] | Unset = UNSET
        if _rule_failure_reasons is not UNSET:
            rule_failure_reasons = []
            for rule_failure_reasons_item_data in _rule_failure_reasons:
                rule_failure_reasons_item = RuleFailureReason.from_dict(
                    rule_failure_reasons_item_data
                )

                rule_failure_reasons.append(rule_failure_reasons_item)

        _awarded_giveaways = d.pop("awardedGiveaways", UNSET)
        awarded_giveaways: list[Giveaway] | Unset = UNSET
        if _awarded_giveaways is not UNSET:
            awarded_giveaways = []
            for awarded_giveaways_item_data in _awarded_giveaways:
                awarded_giveaways_item = Giveaway.from_dict(awarded_giveaways_item_data)

                awarded_giveaways.append(awarded_giveaways_item)

        _campaign_eligibility = d.pop("campaignEligibility", UNSET)
        campaign_eligibility: list[CampaignEligibility] | Unset = UNSET
        if _campaign_eligibility is not UNSET:
            campaign_eligibility = []
            for campaign_eligibility_item_data in _campaign_eligibility:
                campaign_eligibility_item = CampaignEligibility.from_dict(
                    campaign_eligibility_item_data
                )

                campaign_eligibility.append(campaign_eligibility_item)

        customer_profile_integration_response_v2 = cls(
            effects=effects,
            created_coupons=created_coupons,
            created_referrals=created_referrals,
            customer_profile=customer_profile,
            event=event,
            loyalty=loyalty,
            triggered_campaigns=triggered_campaigns,
            rule_failure_reasons=rule_failure_reasons,
            awarded_giveaways=awarded_giveaways,
            campaign_eligibility=campaign_eligibility,
        )

        customer_profile_integration_response_v2.additional_properties = d
        return customer_profile_integration_response_v2

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
