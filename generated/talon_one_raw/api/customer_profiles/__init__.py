"""Typed customer_profiles operations for the talon_async facade.

Rendered by openapi/templates/endpoint_init.py.jinja: one method per operation, with the
same parameters as the operation module's `_get_kwargs`, plus the facade's per-call options.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast

from ...models.customer_inventory import CustomerInventory
from ...models.customer_profile_integration_request_v2 import (
    CustomerProfileIntegrationRequestV2,
)
from ...models.customer_profile_integration_response_v2 import (
    CustomerProfileIntegrationResponseV2,
)
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.multiple_customer_profile_integration_request import (
    MultipleCustomerProfileIntegrationRequest,
)
from ...models.multiple_customer_profile_integration_response_v2 import (
    MultipleCustomerProfileIntegrationResponseV2,
)
from ...models.update_customer_profile_v2409_response import (
    UpdateCustomerProfileV2409Response,
)
from ...types import UNSET, Unset
from . import delete_customer_data as _delete_customer_data
from . import get_customer_inventory as _get_customer_inventory
from . import update_customer_profile_v2 as _update_customer_profile_v2
from . import update_customer_profiles_v2 as _update_customer_profiles_v2

if TYPE_CHECKING:
    from typing import Unpack

    from talon_async._options import CallOptions

Invoke = Callable[
    [str, Callable[[], dict[str, Any]], tuple[Any, ...], dict[str, Any]], Awaitable[Any]
]


class CustomerProfilesOperations:
    """The customer_profiles group; reach it as `TalonClient().customer_profiles`."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def update_customer_profile_v2(
        self,
        integration_id: str,
        body: CustomerProfileIntegrationRequestV2,
        *,
        run_rule_engine: bool | Unset = False,
        dry: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> CustomerProfileIntegrationResponseV2:
        """Create or update a customer profile.

        Upserts the profile's attributes and audience changes, optionally running the rule
        engine.

        `PUT /v2/customer_profiles/{integration_id}`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "customer_profiles.update_customer_profile_v2",
            lambda: _update_customer_profile_v2._get_kwargs(
                integration_id=integration_id,
                body=body,
                run_rule_engine=run_rule_engine,
                dry=dry,
            ),
            (integration_id,),
            dict(options),
        )

    async def update_customer_profiles_v2(
        self,
        body: MultipleCustomerProfileIntegrationRequest,
        *,
        silent: str | Unset = "yes",
        **options: Unpack[CallOptions],
    ) -> MultipleCustomerProfileIntegrationResponseV2 | None:
        """Create or update many customer profiles.

        Upserts up to 1000 profiles in one request.

        `PUT /v2/customer_profiles`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "customer_profiles.update_customer_profiles_v2",
            lambda: _update_customer_profiles_v2._get_kwargs(
                body=body,
                silent=silent,
            ),
            (),
            dict(options),
        )

    async def delete_customer_data(
        self,
        integration_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Erase a customer's personal data.

        Deletes the profile and its personal data (right-to-be-forgotten requests).

        `DELETE /v1/customer_data/{integration_id}`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "customer_profiles.delete_customer_data",
            lambda: _delete_customer_data._get_kwargs(
                integration_id=integration_id,
            ),
            (integration_id,),
            dict(options),
        )

    async def get_customer_inventory(
        self,
        integration_id: str,
        *,
        profile: bool | Unset = UNSET,
        referrals: bool | Unset = UNSET,
        coupons: bool | Unset = UNSET,
        loyalty: bool | Unset = UNSET,
        giveaways: bool | Unset = UNSET,
        achievements: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> CustomerInventory:
        """Get what a customer owns.

        Returns the profile's coupons, referrals, loyalty balances, giveaways and achievements,
        as selected by the flags.

        `GET /v1/customer_profiles/{integration_id}/inventory`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "customer_profiles.get_customer_inventory",
            lambda: _get_customer_inventory._get_kwargs(
                integration_id=integration_id,
                profile=profile,
                referrals=referrals,
                coupons=coupons,
                loyalty=loyalty,
                giveaways=giveaways,
                achievements=achievements,
            ),
            (integration_id,),
            dict(options),
        )
