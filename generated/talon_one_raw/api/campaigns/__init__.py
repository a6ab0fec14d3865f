"""Typed campaigns operations for the talon_async facade.

Rendered by openapi/templates/endpoint_init.py.jinja: one method per operation, with the
same parameters as the operation module's `_get_kwargs`, plus the facade's per-call options.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast

from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.integration_get_all_campaigns_200_response import (
    IntegrationGetAllCampaigns200Response,
)
from ...types import UNSET, Unset
from . import integration_get_all_campaigns as _integration_get_all_campaigns

if TYPE_CHECKING:
    from typing import Unpack

    from talon_async._options import CallOptions

Invoke = Callable[
    [str, Callable[[], dict[str, Any]], tuple[Any, ...], dict[str, Any]], Awaitable[Any]
]


class CampaignsOperations:
    """The campaigns group; reach it as `TalonClient().campaigns`."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def integration_get_all_campaigns(
        self,
        *,
        page_size: int | Unset = 50,
        skip: int | Unset = UNSET,
        campaign_ids: list[str] | Unset = UNSET,
        start_after: datetime.datetime | Unset = UNSET,
        start_before: datetime.datetime | Unset = UNSET,
        end_after: datetime.datetime | Unset = UNSET,
        end_before: datetime.datetime | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> IntegrationGetAllCampaigns200Response:
        """List the application's campaigns.

        Pages through the campaigns of the application the API key belongs to.

        `GET /v1/integration/campaigns`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "campaigns.integration_get_all_campaigns",
            lambda: _integration_get_all_campaigns._get_kwargs(
                page_size=page_size,
                skip=skip,
                campaign_ids=campaign_ids,
                start_after=start_after,
                start_before=start_before,
                end_after=end_after,
                end_before=end_before,
            ),
            (),
            dict(options),
        )
