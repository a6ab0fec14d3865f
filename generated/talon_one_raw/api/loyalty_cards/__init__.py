"""Typed loyalty_cards operations for the talon_async facade.

Rendered by openapi/templates/endpoint_init.py.jinja: one method per operation, with the
same parameters as the operation module's `_get_kwargs`, plus the facade's per-call options.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast

from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.generate_loyalty_card import GenerateLoyaltyCard
from ...models.get_loyalty_card_points_200_response import (
    GetLoyaltyCardPoints200Response,
)
from ...models.get_loyalty_card_points_sort import GetLoyaltyCardPointsSort
from ...models.get_loyalty_card_points_status import GetLoyaltyCardPointsStatus
from ...models.get_loyalty_card_transactions_200_response import (
    GetLoyaltyCardTransactions200Response,
)
from ...models.get_loyalty_card_transactions_loyalty_transaction_type import (
    GetLoyaltyCardTransactionsLoyaltyTransactionType,
)
from ...models.loyalty_card import LoyaltyCard
from ...models.loyalty_card_balances import LoyaltyCardBalances
from ...models.loyalty_card_registration import LoyaltyCardRegistration
from ...types import UNSET, Unset
from . import generate_loyalty_card as _generate_loyalty_card
from . import get_loyalty_card_balances as _get_loyalty_card_balances
from . import get_loyalty_card_points as _get_loyalty_card_points
from . import get_loyalty_card_transactions as _get_loyalty_card_transactions
from . import link_loyalty_card_to_profile as _link_loyalty_card_to_profile
from . import unlink_loyalty_card_from_profile as _unlink_loyalty_card_from_profile

if TYPE_CHECKING:
    from typing import Unpack

    from talon_async._options import CallOptions

Invoke = Callable[
    [str, Callable[[], dict[str, Any]], tuple[Any, ...], dict[str, Any]], Awaitable[Any]
]


class LoyaltyCardsOperations:
    """The loyalty_cards group; reach it as `TalonClient().loyalty_cards`."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def link_loyalty_card_to_profile(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        body: LoyaltyCardRegistration,
        **options: Unpack[CallOptions],
    ) -> LoyaltyCard:
        """Link a card to a profile.

        Attaches a loyalty card to a customer profile.

        `POST /v2/loyalty_programs/{loyalty_program_id}/cards/{loyalty_card_id}/link_profile`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "loyalty_cards.link_loyalty_card_to_profile",
            lambda: _link_loyalty_card_to_profile._get_kwargs(
                loyalty_program_id=loyalty_program_id,
                loyalty_card_id=loyalty_card_id,
                body=body,
            ),
            (
                loyalty_program_id,
                loyalty_card_id,
            ),
            dict(options),
        )

    async def unlink_loyalty_card_from_profile(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        body: LoyaltyCardRegistration,
        **options: Unpack[CallOptions],
    ) -> LoyaltyCard:
        """Unlink a card from a profile.

        Detaches a loyalty card from a customer profile.

        `POST /v2/loyalty_programs/{loyalty_program_id}/cards/{loyalty_card_id}/unlink_profile`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "loyalty_cards.unlink_loyalty_card_from_profile",
            lambda: _unlink_loyalty_card_from_profile._get_kwargs(
                loyalty_program_id=loyalty_program_id,
                loyalty_card_id=loyalty_card_id,
                body=body,
            ),
            (
                loyalty_program_id,
                loyalty_card_id,
            ),
            dict(options),
        )

    async def get_loyalty_card_balances(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        end_date: datetime.datetime | Unset = UNSET,
        subledger_id: list[str] | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> LoyaltyCardBalances:
        """Get a loyalty card's balances.

        Returns the card's balances per subledger and the profiles linked to it.

        `GET /v1/loyalty_programs/{loyalty_program_id}/cards/{loyalty_card_id}/balances`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "loyalty_cards.get_loyalty_card_balances",
            lambda: _get_loyalty_card_balances._get_kwargs(
                loyalty_program_id=loyalty_program_id,
                loyalty_card_id=loyalty_card_id,
                end_date=end_date,
                subledger_id=subledger_id,
            ),
            (
                loyalty_program_id,
                loyalty_card_id,
            ),
            dict(options),
        )

    async def get_loyalty_card_transactions(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        subledger_id: list[str] | Unset = UNSET,
        loyalty_transaction_type: GetLoyaltyCardTransactionsLoyaltyTransactionType
        | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        customer_session_i_ds: list[str] | Unset = UNSET,
        transaction_uui_ds: list[str] | Unset = UNSET,
        page_size: int | Unset = 50,
        skip: int | Unset = UNSET,
        awaits_activation: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> GetLoyaltyCardTransactions200Response:
        """List a card's transactions.

        Pages through the card's ledger transactions.

        `GET /v1/loyalty_programs/{loyalty_program_id}/cards/{loyalty_card_id}/transactions`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "loyalty_cards.get_loyalty_card_transactions",
            lambda: _get_loyalty_card_transactions._get_kwargs(
                loyalty_program_id=loyalty_program_id,
                loyalty_card_id=loyalty_card_id,
                subledger_id=subledger_id,
                loyalty_transaction_type=loyalty_transaction_type,
                start_date=start_date,
                end_date=end_date,
                customer_session_i_ds=customer_session_i_ds,
                transaction_uui_ds=transaction_uui_ds,
                page_size=page_size,
                skip=skip,
                awaits_activation=awaits_activation,
            ),
            (
                loyalty_program_id,
                loyalty_card_id,
            ),
            dict(options),
        )

    async def get_loyalty_card_points(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        status: GetLoyaltyCardPointsStatus | Unset = GetLoyaltyCardPointsStatus.ACTIVE,
        subledger_id: list[str] | Unset = UNSET,
        customer_session_i_ds: list[str] | Unset = UNSET,
        transaction_uui_ds: list[str] | Unset = UNSET,
        page_size: int | Unset = 50,
        skip: int | Unset = UNSET,
        sort: GetLoyaltyCardPointsSort | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> GetLoyaltyCardPoints200Response:
        """List a card's point entries.

        Pages through the card's active, pending, expired or negative point entries.

        `GET /v1/loyalty_programs/{loyalty_program_id}/cards/{loyalty_card_id}/points`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "loyalty_cards.get_loyalty_card_points",
            lambda: _get_loyalty_card_points._get_kwargs(
                loyalty_program_id=loyalty_program_id,
                loyalty_card_id=loyalty_card_id,
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
                loyalty_card_id,
            ),
            dict(options),
        )

    async def generate_loyalty_card(
        self,
        loyalty_program_id: int,
        body: GenerateLoyaltyCard,
        **options: Unpack[CallOptions],
    ) -> LoyaltyCard:
        """Issue a loyalty card.

        Creates a new card in a card-based program, optionally linked to profiles.

        `POST /v1/loyalty_programs/{loyalty_program_id}/cards`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "loyalty_cards.generate_loyalty_card",
            lambda: _generate_loyalty_card._get_kwargs(
                loyalty_program_id=loyalty_program_id,
                body=body,
            ),
            (loyalty_program_id,),
            dict(options),
        )
