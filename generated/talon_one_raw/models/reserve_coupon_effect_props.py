from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET

T = TypeVar("T", bound="ReserveCouponEffectProps")


@_attrs_define
class ReserveCouponEffectProps:
    """Props of the `reserveCoupon` effect. A coupon reserved for the profile.

    Attributes:
        coupon_value (str):
        is_new_reservation (bool):
        profile_integration_id (str):
    """

    coupon_value: str
    is_new_reservation: bool
    profile_integration_id: str
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
        coupon_value = self.coupon_value

        is_new_reservation = self.is_new_reservation

        profile_integration_id = self.profile_integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "couponValue": coupon_value,
                "isNewReservation": is_new_reservation,
                "profileIntegrationId": profile_integration_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coupon_value = d.pop("couponValue")

        is_new_reservation = d.pop("isNewReservation")

        profile_integration_id = d.pop("profileIntegrationId")

        reserve_coupon_effect_props = cls(
            coupon_value=coupon_value,
            is_new_reservation=is_new_reservation,
            profile_integration_id=profile_integration_id,
        )

        reserve_coupon_effect_props.additional_properties = d
        return reserve_coupon_effect_props

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
