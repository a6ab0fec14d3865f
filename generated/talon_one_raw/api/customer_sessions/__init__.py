"""Typed customer_sessions operations for the talon_async facade.

Rendered by openapi/templates/endpoint_init.py.jinja: one method per operation, with the
same parameters as the operation module's `_get_kwargs`, plus the facade's per-call options.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast

from ...models.error_response import ErrorResponse
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.integration_customer_session_response import (
    IntegrationCustomerSessionResponse,
)
from ...models.integration_request import IntegrationRequest
from ...models.integration_state_v2 import IntegrationStateV2
from ...models.reopen_session_response import ReopenSessionResponse
from ...models.return_integration_request import ReturnIntegrationRequest
from ...models.update_customer_session_v2409_response import (
    UpdateCustomerSessionV2409Response,
)
from ...types import UNSET, Unset
from . import get_customer_session as _get_customer_session
from . import reopen_customer_session as _reopen_customer_session
from . import return_cart_items as _return_cart_items
from . import update_customer_session_v2 as _update_customer_session_v2

if TYPE_CHECKING:
    from typing import Unpack

    from talon_async._options import CallOptions

Invoke = Callable[
    [str, Callable[[], dict[str, Any]], tuple[Any, ...], dict[str, Any]], Awaitable[Any]
]


class CustomerSessionsOperations:
    """The customer_sessions group; reach it as `TalonClient().customer_sessions`."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def get_customer_session(
        self,
        customer_session_id: str,
        **options: Unpack[CallOptions],
    ) -> IntegrationCustomerSessionResponse:
        """Get a customer session.

        Returns the stored session with its effects, without changing anything.

        `GET /v2/customer_sessions/{customer_session_id}`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "customer_sessions.get_customer_session",
            lambda: _get_customer_session._get_kwargs(
                customer_session_id=customer_session_id,
            ),
            (customer_session_id,),
            dict(options),
        )

    async def update_customer_session_v2(
        self,
        customer_session_id: str,
        body: IntegrationRequest,
        *,
        dry: bool | Unset = UNSET,
        now: datetime.datetime | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> IntegrationStateV2:
        """Create or update a customer session.

        Upserts the cart and evaluates the campaigns; the response carries the resulting effects
        and the state selected by responseContent.

        `PUT /v2/customer_sessions/{customer_session_id}`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "customer_sessions.update_customer_session_v2",
            lambda: _update_customer_session_v2._get_kwargs(
                customer_session_id=customer_session_id,
                body=body,
                dry=dry,
                now=now,
            ),
            (customer_session_id,),
            dict(options),
        )

    async def return_cart_items(
        self,
        customer_session_id: str,
        body: ReturnIntegrationRequest,
        *,
        dry: bool | Unset = UNSET,
        run_rule_engine: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> IntegrationStateV2:
        """Return items of a closed session.

        Records returned cart items; effects of the returned items are rolled back.

        `POST /v2/customer_sessions/{customer_session_id}/returns`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "customer_sessions.return_cart_items",
            lambda: _return_cart_items._get_kwargs(
                customer_session_id=customer_session_id,
                body=body,
                dry=dry,
                run_rule_engine=run_rule_engine,
            ),
            (customer_session_id,),
            dict(options),
        )

    async def reopen_customer_session(
        self,
        customer_session_id: str,
        **options: Unpack[CallOptions],
    ) -> ReopenSessionResponse:
        """Reopen a closed session.

        Moves a closed session back to open and rolls back the effects of closing it.

        `PUT /v2/customer_sessions/{customer_session_id}/reopen`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "customer_sessions.reopen_customer_session",
            lambda: _reopen_customer_session._get_kwargs(
                customer_session_id=customer_session_id,
            ),
            (customer_session_id,),
            dict(options),
        )
