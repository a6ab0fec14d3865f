from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.effect_props import EffectProps


T = TypeVar("T", bound="Effect")


@_attrs_define
class Effect:
    """One consequence of a rule that fired; props depend on effectType.

    Attributes:
        campaign_id (int):
        ruleset_id (int):
        rule_index (int):
        rule_name (str):
        effect_type (str):
        props (EffectProps):
        experiment_id (int | Unset):
        triggered_by_coupon (int | Unset):
        triggered_for_catalog_item (int | Unset):
        condition_index (int | Unset):
        evaluation_group_id (int | Unset):
        evaluation_group_mode (str | Unset):
        campaign_revision_id (int | Unset):
        campaign_revision_version_id (int | Unset):
        selected_price_type (str | Unset):
        selected_price (float | Unset):
        adjustment_reference_id (UUID | Unset):
    """

    campaign_id: int
    ruleset_id: int
    rule_index: int
    rule_name: str
    effect_type: str
    props: EffectProps
    experiment_id: int | Unset = UNSET
    triggered_by_coupon: int | Unset = UNSET
    triggered_for_catalog_item: int | Unset = UNSET
    condition_index: int | Unset = UNSET
    evaluation_group_id: int | Unset = UNSET
    evaluation_group_mode: str | Unset = UNSET
    campaign_revision_id: int | Unset = UNSET
    campaign_revision_version_id: int | Unset = UNSET
    selected_price_type: str | Unset = UNSET
    selected_price: float | Unset = UNSET
    adjustment_reference_id: UUID | Unset = UNSET
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
        campaign_id = self.campaign_id

        ruleset_id = self.ruleset_id

        rule_index = self.rule_index

        rule_name = self.rule_name

        effect_type = self.effect_type

        props = self.props.to_dict()

        experiment_id = self.experiment_id

        triggered_by_coupon = self.triggered_by_coupon

        triggered_for_catalog_item = self.triggered_for_catalog_item

        condition_index = self.condition_index

        evaluation_group_id = self.evaluation_group_id

        evaluation_group_mode = self.evaluation_group_mode

        campaign_revision_id = self.campaign_revision_id

        campaign_revision_version_id = self.campaign_revision_version_id

        selected_price_type = self.selected_price_type

        selected_price = self.selected_price

        adjustment_reference_id: str | Unset = UNSET
        if not isinstance(self.adjustment_reference_id, Unset):
            adjustment_reference_id = str(self.adjustment_reference_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
                "rulesetId": ruleset_id,
                "ruleIndex": rule_index,
                "ruleName": rule_name,
                "effectType": effect_type,
                "props": props,
            }
        )
        if experiment_id is not UNSET:
            field_dict["experimentId"] = experiment_id
        if triggered_by_coupon is not UNSET:
            field_dict["triggeredByCoupon"] = triggered_by_coupon
        if triggered_for_catalog_item is not UNSET:
            field_dict["triggeredForCatalogItem"] = triggered_for_catalog_item
        if condition_index is not UNSET:
            field_dict["conditionIndex"] = condition_index
        if evaluation_group_id is not UNSET:
            field_dict["evaluationGroupID"] = evaluation_group_id
        if evaluation_group_mode is not UNSET:
            field_dict["evaluationGroupMode"] = evaluation_group_mode
        if campaign_revision_id is not UNSET:
            field_dict["campaignRevisionId"] = campaign_revision_id
        if campaign_revision_version_id is not UNSET:
            field_dict["campaignRevisionVersionId"] = campaign_revision_version_id
        if selected_price_type is not UNSET:
            field_dict["selectedPriceType"] = selected_price_type
        if selected_price is not UNSET:
            field_dict["selectedPrice"] = selected_price
        if adjustment_reference_id is not UNSET:
            field_dict["adjustmentReferenceId"] = adjustment_reference_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.effect_props import EffectProps

        d = dict(src_dict)
        campaign_id = d.pop("campaignId")

        ruleset_id = d.pop("rulesetId")

        rule_index = d.pop("ruleIndex")

        rule_name = d.pop("ruleName")

        effect_type = d.pop("effectType")

        props = EffectProps.from_dict(d.pop("props"))

        experiment_id = d.pop("experimentId", UNSET)

        triggered_by_coupon = d.pop("triggeredByCoupon", UNSET)

        triggered_for_catalog_item = d.pop("triggeredForCatalogItem", UNSET)

        condition_index = d.pop("conditionIndex", UNSET)

        evaluation_group_id = d.pop("evaluationGroupID", UNSET)

        evaluation_group_mode = d.pop("evaluationGroupMode", UNSET)

        campaign_revision_id = d.pop("campaignRevisionId", UNSET)

        campaign_revision_version_id = d.pop("campaignRevisionVersionId", UNSET)

        selected_price_type = d.pop("selectedPriceType", UNSET)

        selected_price = d.pop("selectedPrice", UNSET)

        _adjustment_reference_id = d.pop("adjustmentReferenceId", UNSET)
        adjustment_reference_id: UUID | Unset
        if isinstance(_adjustment_reference_id, Unset):
            adjustment_reference_id = UNSET
        else:
            adjustment_reference_id = UUID(_adjustment_reference_id)

        effect = cls(
            campaign_id=campaign_id,
            ruleset_id=ruleset_id,
            rule_index=rule_index,
            rule_name=rule_name,
            effect_type=effect_type,
            props=props,
            experiment_id=experiment_id,
            triggered_by_coupon=triggered_by_coupon,
            triggered_for_catalog_item=triggered_for_catalog_item,
            condition_index=condition_index,
            evaluation_group_id=evaluation_group_id,
            evaluation_group_mode=evaluation_group_mode,
            campaign_revision_id=campaign_revision_id,
            campaign_revision_version_id=campaign_revision_version_id,
            selected_price_type=selected_price_type,
            selected_price=selected_price,
            adjustment_reference_id=adjustment_reference_id,
        )

        effect.additional_properties = d
        return effect

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
