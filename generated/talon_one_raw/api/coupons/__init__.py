"""Typed coupons operations for the talon_async facade.

Rendered by openapi/templates/endpoint_init.py.jinja: one method per operation, with the
same parameters as the operation module's `_get_kwargs`, plus the facade's per-call options.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast

from ...models.coupon import Coupon
from ...models.coupon_reservations import CouponReservations
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.get_reserved_customers_200_response import (
    GetReservedCustomers200Response,
)
from . import create_coupon_reservation as _create_coupon_reservation
from . import delete_coupon_reservation as _delete_coupon_reservation
from . import get_reserved_customers as _get_reserved_customers

if TYPE_CHECKING:
    from typing import Unpack

    from talon_async._options import CallOptions

Invoke = Callable[
    [str, Callable[[], dict[str, Any]], tuple[Any, ...], dict[str, Any]], Awaitable[Any]
]


class CouponsOperations:
    """The coupons group; reach it as `TalonClient().coupons`."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def create_coupon_reservation(
        self,
        coupon_value: str,
        body: CouponReservations,
        **options: Unpack[CallOptions],
    ) -> Coupon:
        """Reserve a coupon for profiles.

        Reserves the coupon code for the listed customer profiles.

        `POST /v1/coupon_reservations/{coupon_value}`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "coupons.create_coupon_reservation",
            lambda: _create_coupon_reservation._get_kwargs(
                coupon_value=coupon_value,
                body=body,
            ),
            (coupon_value,),
            dict(options),
        )

    async def delete_coupon_reservation(
        self,
        coupon_value: str,
        body: CouponReservations,
        **options: Unpack[CallOptions],
    ) -> None:
        """Release coupon reservations.

        Removes the coupon's reservation for the listed customer profiles.

        `DELETE /v1/coupon_reservations/{coupon_value}`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "coupons.delete_coupon_reservation",
            lambda: _delete_coupon_reservation._get_kwargs(
                coupon_value=coupon_value,
                body=body,
            ),
            (coupon_value,),
            dict(options),
        )

    async def get_reserved_customers(
        self,
        coupon_value: str,
        **options: Unpack[CallOptions],
    ) -> GetReservedCustomers200Response:
        """List profiles that reserved a coupon.

        Returns the customer profiles holding a reservation of the coupon code.

        `GET /v1/coupon_reservations/customerprofiles/{coupon_value}`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "coupons.get_reserved_customers",
            lambda: _get_reserved_customers._get_kwargs(
                coupon_value=coupon_value,
            ),
            (coupon_value,),
            dict(options),
        )
