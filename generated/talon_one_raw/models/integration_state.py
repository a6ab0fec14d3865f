from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coupon import Coupon
    from ..models.customer_profile import CustomerProfile
    from ..models.customer_session import CustomerSession
    from ..models.event import Event
    from ..models.loyalty import Loyalty


T = TypeVar("T", bound="IntegrationState")


@_attrs_define
class IntegrationState:
    """Session, profile, event and effects, as the 2022 event API returned them.

    Attributes:
        session (CustomerSession): A customer session as the 2022 API returned it.
        profile (CustomerProfile): A customer as Talon.One knows them.
        event (Event): A stored event.
        loyalty (Loyalty | Unset): Loyalty balances of the profile and of the cards used.
        coupon (Coupon | Unset): A coupon code and its limits.
    """

    session: CustomerSession
    profile: CustomerProfile
    event: Event
    loyalty: Loyalty | Unset = UNSET
    coupon: Coupon | Unset = UNSET
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
        session = self.session.to_dict()

        profile = self.profile.to_dict()

        event = self.event.to_dict()

        loyalty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty, Unset):
            loyalty = self.loyalty.to_dict()

        coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon, Unset):
            coupon = self.coupon.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session": session,
                "profile": profile,
                "event": event,
            }
        )
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty
        if coupon is not UNSET:
            field_dict["coupon"] = coupon

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.coupon import Coupon
        from ..models.customer_profile import CustomerProfile
        from ..models.customer_session import CustomerSession
        from ..models.event import Event
        from ..models.loyalty import Loyalty

        d = dict(src_dict)
        session = CustomerSession.from_dict(d.pop("session"))

        profile = CustomerProfile.from_dict(d.pop("profile"))

        event = Event.from_dict(d.pop("event"))

        _loyalty = d.pop("loyalty", UNSET)
        loyalty: Loyalty | Unset
        if isinstance(_loyalty, Unset):
            loyalty = UNSET
        else:
            loyalty = Loyalty.from_dict(_loyalty)

        _coupon = d.pop("coupon", UNSET)
        coupon: Coupon | Unset
        if isinstance(_coupon, Unset):
            coupon = UNSET
        else:
            coupon = Coupon.from_dict(_coupon)

        integration_state = cls(
            session=session,
            profile=profile,
            event=event,
            loyalty=loyalty,
            coupon=coupon,
        )

        integration_state.additional_properties = d
        return integration_state

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
