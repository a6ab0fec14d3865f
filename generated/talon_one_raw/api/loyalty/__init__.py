"""Typed loyalty operations for the talon_async facade.

Rendered by openapi/templates/endpoint_init.py.jinja: one method per operation, with the
same parameters as the operation module's `_get_kwargs`, plus the facade's per-call options.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast

from ...models.activate_loyalty_points import ActivateLoyaltyPoints
from ...models.activate_loyalty_points_response import ActivateLoyaltyPointsResponse
from ...models.delete_loyalty_transactions_request import (
    DeleteLoyaltyTransactionsRequest,
)
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.get_loyalty_program_profile_points_200_response import (
    GetLoyaltyProgramProfilePoints200Response,
)
from ...models.get_loyalty_program_profile_points_sort import (
    GetLoyaltyProgramProfilePointsSort,
)
from ...models.get_loyalty_program_profile_points_status import (
    GetLoyaltyProgramProfilePointsStatus,
)
from ...models.get_loyalty_program_profile_transactions_200_response import (
    GetLoyaltyProgramProfileTransactions200Response,
)
from ...models.get_loyalty_program_profile_transactions_loyalty_transaction_type import (
    GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType,
)
from ...models.loyalty_balances_with_tiers import LoyaltyBalancesWithTiers
from ...types import UNSET, Unset
from . import activate_loyalty_points as _activate_loyalty_points
from . import (
    delete_loyalty_transactions_from_ledgers as _delete_loyalty_transactions_from_ledgers,
)
from . import get_loyalty_balances as _get_loyalty_balances
from . import get_loyalty_program_profile_points as _get_loyalty_program_profile_points
from . import (
    get_loyalty_program_profile_transactions as _get_loyalty_program_profile_transactions,
)

if TYPE_CHECKING:
    from typing import Unpack

    from talon_async._options import CallOptions

Invoke = Callable[
    [str, Callable[[], dict[str, Any]], tuple[Any, ...], dict[str, Any]], Awaitable[Any]
]


class LoyaltyOperations:
    """The loyalty group; reach it as `TalonClient().loyalty`."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def get_loyalty_balances(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        end_date: datetime.datetime | Unset = UNSET,
        subledger_id: str | Unset = UNSET,
        include_tiers: bool | Unset = False,
        include_projected_tier: bool | Unset = False,
        **options: Unpack[CallOptions],
    ) -> LoyaltyBalancesWithTiers:
        """Get a profile's loyalty balances.

        Returns the profile's balances in a profile-based loyalty program, optionally with
        tiers.

        `GET /v1/loyalty_programs/{loyalty_program_id}/profile/{integration_id}/balances`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "loyalty.get_loyalty_balances",
            lambda: _get_loyalty_balances._get_kwargs(
                loyalty_program_id=loyalty_program_id,
                integration_id=integration_id,
                end_date=end_date,
                subledger_id=subledger_id,
                include_tiers=include_tiers,
                include_projected_tier=include_projected_tier,
            ),
            (
                loyalty_program_id,
                integration_id,
            ),
            dict(options),
        )

    async def get_loyalty_program_profile_transactions(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        customer_session_i_ds: list[str] | Unset = UNSET,
        transaction_uui_ds: list[str] | Unset = UNSET,
        subledger_id: str | Unset = UNSET,
        loyalty_transaction_type: GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType
        | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = 50,
        skip: int | Unset = UNSET,
        awaits_activation: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> GetLoyaltyProgramProfileTransactions200Response:
        """List a profile's loyalty transactions.

        Pages through the profile's ledger transactions.

        `GET /v1/loyalty_programs/{loyalty_program_id}/profile/{integration_id}/transactions`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "loyalty.get_loyalty_program_profile_transactions",
            lambda: _get_loyalty_program_profile_transactions._get_kwargs(
                loyalty_program_id=loyalty_program_id,
                integration_id=integration_id,
                customer_session_i_ds=customer_session_i_ds,
                transaction_uui_ds=transaction_uui_ds,
                subledger_id=subledger_id,
                loyalty_transaction_type=loyalty_transaction_type,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
                awaits_activation=awaits_activation,
            ),
            (
                loyalty_program_id,
                integration_id,
            ),
            dict(options),
        )

    async def delete_loyalty_transactions_from_ledgers(
        self,
        loyalty_program_id: int,
        integration_id: str,
        body: DeleteLoyaltyTransactionsRequest,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete a profile's loyalty transactions.

        Removes ledger transactions of a profile, chosen by session or transaction ID.

        `POST /v1/loyalty_programs/{loyalty_program_id}/profile/{integration_id}/delete_transactions`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "loyalty.delete_loyalty_transactions_from_ledgers",
            lambda: _delete_loyalty_transactions_from_ledgers._get_kwargs(
                loyalty_program_id=loyalty_program_id,
                integration_id=integration_id,
                body=body,
            ),
            (
                loyalty_program_id,
                integration_id,
            ),
            dict(options),
        )

    async def get_loyalty_program_profile_points(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        status: GetLoyaltyProgramProfilePointsStatus
        | Unset = GetLoyaltyProgramProfilePointsStatus.ACTIVE,
        subledger_id: list[str] | Unset = UNSET,
        customer_session_i_ds: list[str] | Unset = UNSET,
        transaction_uui_ds: list[str] | Unset = UNSET,
        page_size: int | Unset = 50,
        skip: int | Unset = UNSET,
        sort: GetLoyaltyProgramProfilePointsSort | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> GetLoyaltyProgramProfilePoints200Response:
        """List a profile's point entries.

        Pages through the profile's active, pending, expired or negative point entries.

        `GET /v1/loyalty_programs/{loyalty_program_id}/profile/{integration_id}/points`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "loyalty.get_loyalty_program_profile_points",
            lambda: _get_loyalty_program_profile_points._get_kwargs(
                loyalty_program_id=loyalty_program_id,
                integration_id=integration_id,
                status=status,
                subledger_id=subledger_id,
                customer_session_i_ds=customer_session_i_ds,
                transaction_uui_ds=transaction_uui_ds,
                page_size=page_size,
                skip=skip,
                sort=sort,
            ),
            (
                loyalty_program_id,
                integration_id,
            ),
            dict(options),
        )

    async def activate_loyalty_points(
        self,
        loyalty_program_id: int,
        body: ActivateLoyaltyPoints,
        **options: Unpack[CallOptions],
    ) -> ActivateLoyaltyPointsResponse:
        """Activate pending points.

        Turns pending points, chosen by session or transaction ID, into active points.

        `POST /v1/loyalty_programs/{loyalty_program_id}/activate_points`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "loyalty.activate_loyalty_points",
            lambda: _activate_loyalty_points._get_kwargs(
                loyalty_program_id=loyalty_program_id,
                body=body,
            ),
            (loyalty_program_id,),
            dict(options),
        )
