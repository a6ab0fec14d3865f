"""Typed events operations for the talon_async facade.

Rendered by openapi/templates/endpoint_init.py.jinja: one method per operation, with the
same parameters as the operation module's `_get_kwargs`, plus the facade's per-call options.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast

from ...models.error_response import ErrorResponse
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.event_v3 import EventV3
from ...models.integration_event_v2_request import IntegrationEventV2Request
from ...models.integration_event_v2_response import IntegrationEventV2Response
from ...models.integration_event_v3_request import IntegrationEventV3Request
from ...models.integration_event_v3_response import IntegrationEventV3Response
from ...models.integration_state import IntegrationState
from ...models.new_event import NewEvent
from ...models.track_event_response_409 import TrackEventResponse409
from ...models.track_event_v2409_response import TrackEventV2409Response
from ...models.track_event_v3409_response import TrackEventV3409Response
from ...types import UNSET, Unset
from . import get_event_v3 as _get_event_v3
from . import track_event as _track_event
from . import track_event_v2 as _track_event_v2
from . import track_event_v3 as _track_event_v3

if TYPE_CHECKING:
    from typing import Unpack

    from talon_async._options import CallOptions

Invoke = Callable[
    [str, Callable[[], dict[str, Any]], tuple[Any, ...], dict[str, Any]], Awaitable[Any]
]


class EventsOperations:
    """The events group; reach it as `TalonClient().events`."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def track_event_v2(
        self,
        body: IntegrationEventV2Request,
        *,
        silent: str | Unset = "yes",
        dry: bool | Unset = UNSET,
        force_complete_evaluation: bool | Unset = False,
        **options: Unpack[CallOptions],
    ) -> IntegrationEventV2Response | None:
        """Record a custom event.

        Records an event for a profile and evaluates the campaigns that listen to it.

        `POST /v2/events`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "events.track_event_v2",
            lambda: _track_event_v2._get_kwargs(
                body=body,
                silent=silent,
                dry=dry,
                force_complete_evaluation=force_complete_evaluation,
            ),
            (),
            dict(options),
        )

    async def track_event_v3(
        self,
        body: IntegrationEventV3Request,
        *,
        silent: str | Unset = "yes",
        dry: bool | Unset = UNSET,
        force_complete_evaluation: bool | Unset = False,
        **options: Unpack[CallOptions],
    ) -> IntegrationEventV3Response:
        """Record an advanced event.

        Records an event with its own integration ID, optionally tied to a closed session, and
        evaluates the campaigns that listen to it. Sending the same integration ID again does
        not record it twice.

        `POST /v3/events`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "events.track_event_v3",
            lambda: _track_event_v3._get_kwargs(
                body=body,
                silent=silent,
                dry=dry,
                force_complete_evaluation=force_complete_evaluation,
            ),
            (),
            dict(options),
        )

    async def get_event_v3(
        self,
        integration_id: str,
        **options: Unpack[CallOptions],
    ) -> EventV3:
        """Get an advanced event.

        Returns the advanced event recorded under this integration ID, with the effects it
        produced.

        `GET /v3/events/{integration_id}`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "events.get_event_v3",
            lambda: _get_event_v3._get_kwargs(
                integration_id=integration_id,
            ),
            (integration_id,),
            dict(options),
        )

    async def track_event(
        self,
        body: NewEvent,
        *,
        dry: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> IntegrationState:
        """Record a custom event (v1).

        Superseded by trackEventV2; kept for clients still on the 2022 API.

        `POST /v1/events`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "events.track_event",
            lambda: _track_event._get_kwargs(
                body=body,
                dry=dry,
            ),
            (),
            dict(options),
        )
