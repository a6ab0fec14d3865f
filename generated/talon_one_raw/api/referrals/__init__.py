"""Typed referrals operations for the talon_async facade.

Rendered by openapi/templates/endpoint_init.py.jinja: one method per operation, with the
same parameters as the operation module's `_get_kwargs`, plus the facade's per-call options.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast

from ...models.create_referrals_for_multiple_advocates_201_response import (
    CreateReferralsForMultipleAdvocates201Response,
)
from ...models.error_response import ErrorResponse
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.new_referral import NewReferral
from ...models.new_referrals_for_multiple_advocates import (
    NewReferralsForMultipleAdvocates,
)
from ...models.referral import Referral
from ...types import UNSET, Unset
from . import create_referral as _create_referral
from . import (
    create_referrals_for_multiple_advocates as _create_referrals_for_multiple_advocates,
)

if TYPE_CHECKING:
    from typing import Unpack

    from talon_async._options import CallOptions

Invoke = Callable[
    [str, Callable[[], dict[str, Any]], tuple[Any, ...], dict[str, Any]], Awaitable[Any]
]


class ReferralsOperations:
    """The referrals group; reach it as `TalonClient().referrals`."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def create_referral(
        self,
        body: NewReferral,
        **options: Unpack[CallOptions],
    ) -> Referral:
        """Create a referral code.

        Creates a referral code for one advocate.

        `POST /v1/referrals`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "referrals.create_referral",
            lambda: _create_referral._get_kwargs(
                body=body,
            ),
            (),
            dict(options),
        )

    async def create_referrals_for_multiple_advocates(
        self,
        body: NewReferralsForMultipleAdvocates,
        *,
        silent: str | Unset = "yes",
        **options: Unpack[CallOptions],
    ) -> CreateReferralsForMultipleAdvocates201Response | None:
        """Create referral codes for many advocates.

        Creates one referral code per listed advocate.

        `POST /v1/referrals_for_multiple_advocates`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "referrals.create_referrals_for_multiple_advocates",
            lambda: _create_referrals_for_multiple_advocates._get_kwargs(
                body=body,
                silent=silent,
            ),
            (),
            dict(options),
        )
