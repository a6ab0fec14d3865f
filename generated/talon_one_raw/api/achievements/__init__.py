"""Typed achievements operations for the talon_async facade.

Rendered by openapi/templates/endpoint_init.py.jinja: one method per operation, with the
same parameters as the operation module's `_get_kwargs`, plus the facade's per-call options.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast

from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.get_customer_achievement_history_200_response import (
    GetCustomerAchievementHistory200Response,
)
from ...models.get_customer_achievement_history_progress_status_item import (
    GetCustomerAchievementHistoryProgressStatusItem,
)
from ...models.get_customer_achievements_200_response import (
    GetCustomerAchievements200Response,
)
from ...models.get_customer_achievements_achievement_status_item import (
    GetCustomerAchievementsAchievementStatusItem,
)
from ...models.get_customer_achievements_current_progress_status_item import (
    GetCustomerAchievementsCurrentProgressStatusItem,
)
from ...types import UNSET, Unset
from . import get_customer_achievement_history as _get_customer_achievement_history
from . import get_customer_achievements as _get_customer_achievements

if TYPE_CHECKING:
    from typing import Unpack

    from talon_async._options import CallOptions

Invoke = Callable[
    [str, Callable[[], dict[str, Any]], tuple[Any, ...], dict[str, Any]], Awaitable[Any]
]


class AchievementsOperations:
    """The achievements group; reach it as `TalonClient().achievements`."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def get_customer_achievements(
        self,
        integration_id: str,
        *,
        campaign_ids: list[str] | Unset = UNSET,
        achievement_ids: list[str] | Unset = UNSET,
        achievement_status: list[GetCustomerAchievementsAchievementStatusItem]
        | Unset = UNSET,
        current_progress_status: list[GetCustomerAchievementsCurrentProgressStatusItem]
        | Unset = UNSET,
        page_size: int | Unset = 1000,
        skip: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> GetCustomerAchievements200Response:
        """List a profile's achievements.

        Pages through the achievements available to the profile and its progress in each.

        `GET /v1/customer_profiles/{integration_id}/achievements`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "achievements.get_customer_achievements",
            lambda: _get_customer_achievements._get_kwargs(
                integration_id=integration_id,
                campaign_ids=campaign_ids,
                achievement_ids=achievement_ids,
                achievement_status=achievement_status,
                current_progress_status=current_progress_status,
                page_size=page_size,
                skip=skip,
            ),
            (integration_id,),
            dict(options),
        )

    async def get_customer_achievement_history(
        self,
        integration_id: str,
        achievement_id: int,
        *,
        progress_status: list[GetCustomerAchievementHistoryProgressStatusItem]
        | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = 1000,
        skip: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> GetCustomerAchievementHistory200Response:
        """List a profile's progress history in one achievement.

        Pages through the profile's past and current progress records of the achievement.

        `GET /v1/customer_profiles/{integration_id}/achievements/{achievement_id}`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "achievements.get_customer_achievement_history",
            lambda: _get_customer_achievement_history._get_kwargs(
                integration_id=integration_id,
                achievement_id=achievement_id,
                progress_status=progress_status,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            ),
            (
                integration_id,
                achievement_id,
            ),
            dict(options),
        )
