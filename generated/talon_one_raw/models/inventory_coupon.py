from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_coupon_attributes import InventoryCouponAttributes
    from ..models.limit_config import LimitConfig


T = TypeVar("T", bound="InventoryCoupon")


@_attrs_define
class InventoryCoupon:
    """A coupon in a profile's inventory.

    Attributes:
        id (int):
        created (datetime.datetime):
        campaign_id (int):
        value (str):
        usage_limit (int):
        usage_counter (int):
        profile_redemption_count (int):
        state (str):
        discount_limit (float | Unset):
        reservation_limit (int | Unset):
        start_date (datetime.datetime | Unset):
        expiry_date (datetime.datetime | Unset):
        limits (list[LimitConfig] | Unset):
        discount_counter (float | Unset):
        discount_remainder (float | Unset):
        reservation_counter (float | Unset):
        attributes (InventoryCouponAttributes | Unset):
        referral_id (int | Unset):
        recipient_integration_id (str | Unset):
        import_id (int | Unset):
        reservation (bool | Unset):  Default: True.
        batch_id (str | Unset):
        is_reservation_mandatory (bool | Unset):  Default: False.
        implicitly_reserved (bool | Unset):
    """

    id: int
    created: datetime.datetime
    campaign_id: int
    value: str
    usage_limit: int
    usage_counter: int
    profile_redemption_count: int
    state: str
    discount_limit: float | Unset = UNSET
    reservation_limit: int | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    limits: list[LimitConfig] | Unset = UNSET
    discount_counter: float | Unset = UNSET
    discount_remainder: float | Unset = UNSET
    reservation_counter: float | Unset = UNSET
    attributes: InventoryCouponAttributes | Unset = UNSET
    referral_id: int | Unset = UNSET
    recipient_integration_id: str | Unset = UNSET
    import_id: int | Unset = UNSET
    reservation: bool | Unset = True
    batch_id: str | Unset = UNSET
    is_reservation_mandatory: bool | Unset = False
    implicitly_reserved: bool | Unset = UNSET
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

        campaign_id = self.campaign_id

        value = self.value

        usage_limit = self.usage_limit

        usage_counter = self.usage_counter

        profile_redemption_count = self.profile_redemption_count

        state = self.state

        discount_limit = self.discount_limit

        reservation_limit = self.reservation_limit

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        limits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = []
            for limits_item_data in self.limits:
                limits_item = limits_item_data.to_dict()
                limits.append(limits_item)

        discount_counter = self.discount_counter

        discount_remainder = self.discount_remainder

        reservation_counter = self.reservation_counter

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        referral_id = self.referral_id

        recipient_integration_id = self.recipient_integration_id

        import_id = self.import_id

        reservation = self.reservation

        batch_id = self.batch_id

        is_reservation_mandatory = self.is_reservation_mandatory

        implicitly_reserved = self.implicitly_reserved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "campaignId": campaign_id,
                "value": value,
                "usageLimit": usage_limit,
                "usageCounter": usage_counter,
                "profileRedemptionCount": profile_redemption_count,
                "state": state,
            }
        )
        if discount_limit is not UNSET:
            field_dict["discountLimit"] = discount_limit
        if reservation_limit is not UNSET:
            field_dict["reservationLimit"] = reservation_limit
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if limits is not UNSET:
            field_dict["limits"] = limits
        if discount_counter is not UNSET:
            field_dict["discountCounter"] = discount_counter
        if discount_remainder is not UNSET:
            field_dict["discountRemainder"] = discount_remainder
        if reservation_counter is not UNSET:
            field_dict["reservationCounter"] = reservation_counter
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if referral_id is not UNSET:
            field_dict["referralId"] = referral_id
        if recipient_integration_id is not UNSET:
            field_dict["recipientIntegrationId"] = recipient_integration_id
        if import_id is not UNSET:
            field_dict["importId"] = import_id
        if reservation is not UNSET:
            field_dict["reservation"] = reservation
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if is_reservation_mandatory is not UNSET:
            field_dict["isReservationMandatory"] = is_reservation_mandatory
        if implicitly_reserved is not UNSET:
            field_dict["implicitlyReserved"] = implicitly_reserved

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.inventory_coupon_attributes import InventoryCouponAttributes
        from ..models.limit_config import LimitConfig

        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        campaign_id = d.pop("campaignId")

        value = d.pop("value")

        usage_limit = d.pop("usageLimit")

        usage_counter = d.pop("usageCounter")

        profile_redemption_count = d.pop("profileRedemptionCount")

        state = d.pop("state")

        discount_limit = d.pop("discountLimit", UNSET)

        reservation_limit = d.pop("reservationLimit", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _expiry_date = d.pop("expiryDate", UNSET)
        expiry_date: datetime.datetime | Unset
        if isinstance(_expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = datetime.datetime.fromisoformat(_expiry_date)

        _limits = d.pop("limits", UNSET)
        limits: list[LimitConfig] | Unset = UNSET
        if _limits is not UNSET:
            limits = []
            for limits_item_data in _limits:
                limits_item = LimitConfig.from_dict(limits_item_data)

                limits.append(limits_item)

        discount_counter = d.pop("discountCounter", UNSET)

        discount_remainder = d.pop("discountRemainder", UNSET)

        reservation_counter = d.pop("reservationCounter", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: InventoryCouponAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = InventoryCouponAttributes.from_dict(_attributes)

        referral_id = d.pop("referralId", UNSET)

        recipient_integration_id = d.pop("recipientIntegrationId", UNSET)

        import_id = d.pop("importId", UNSET)

        reservation = d.pop("reservation", UNSET)

        batch_id = d.pop("batchId", UNSET)

        is_reservation_mandatory = d.pop("isReservationMandatory", UNSET)

        implicitly_reserved = d.pop("implicitlyReserved", UNSET)

        inventory_coupon = cls(
            id=id,
            created=created,
            campaign_id=campaign_id,
            value=value,
            usage_limit=usage_limit,
            usage_counter=usage_counter,
            profile_redemption_count=profile_redemption_count,
            state=state,
            discount_limit=discount_limit,
            reservation_limit=reservation_limit,
            start_date=start_date,
            expiry_date=expiry_date,
            limits=limits,
            discount_counter=discount_counter,
            discount_remainder=discount_remainder,
            reservation_counter=reservation_counter,
            attributes=attributes,
            referral_id=referral_id,
            recipient_integration_id=recipient_integration_id,
            import_id=import_id,
            reservation=reservation,
            batch_id=batch_id,
            is_reservation_mandatory=is_reservation_mandatory,
            implicitly_reserved=implicitly_reserved,
        )

        inventory_coupon.additional_properties = d
        return inventory_coupon

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
