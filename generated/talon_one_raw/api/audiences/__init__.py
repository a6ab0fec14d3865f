"""Typed audiences operations for the talon_async facade.

Rendered by openapi/templates/endpoint_init.py.jinja: one method per operation, with the
same parameters as the operation module's `_get_kwargs`, plus the facade's per-call options.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast

from ...models.attribute_query import AttributeQuery
from ...models.audience import Audience
from ...models.customer_profile_audience_request import CustomerProfileAudienceRequest
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.new_audience import NewAudience
from ...models.update_audience import UpdateAudience
from . import create_audience_v2 as _create_audience_v2
from . import delete_audience_memberships_v2 as _delete_audience_memberships_v2
from . import delete_audience_v2 as _delete_audience_v2
from . import (
    update_audience_customers_attributes as _update_audience_customers_attributes,
)
from . import update_audience_v2 as _update_audience_v2
from . import update_customer_profile_audiences as _update_customer_profile_audiences

if TYPE_CHECKING:
    from typing import Unpack

    from talon_async._options import CallOptions

Invoke = Callable[
    [str, Callable[[], dict[str, Any]], tuple[Any, ...], dict[str, Any]], Awaitable[Any]
]


class AudiencesOperations:
    """The audiences group; reach it as `TalonClient().audiences`."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def create_audience_v2(
        self,
        body: NewAudience,
        **options: Unpack[CallOptions],
    ) -> Audience:
        """Create an audience.

        Registers an audience that profiles can join; its integration ID must be unique.

        `POST /v2/audiences`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "audiences.create_audience_v2",
            lambda: _create_audience_v2._get_kwargs(
                body=body,
            ),
            (),
            dict(options),
        )

    async def update_audience_v2(
        self,
        audience_id: int,
        body: UpdateAudience,
        **options: Unpack[CallOptions],
    ) -> Audience:
        """Rename an audience.

        Changes the audience's name.

        `PUT /v2/audiences/{audience_id}`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "audiences.update_audience_v2",
            lambda: _update_audience_v2._get_kwargs(
                audience_id=audience_id,
                body=body,
            ),
            (audience_id,),
            dict(options),
        )

    async def delete_audience_v2(
        self,
        audience_id: int,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete an audience.

        Deletes the audience and all of its memberships.

        `DELETE /v2/audiences/{audience_id}`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "audiences.delete_audience_v2",
            lambda: _delete_audience_v2._get_kwargs(
                audience_id=audience_id,
            ),
            (audience_id,),
            dict(options),
        )

    async def delete_audience_memberships_v2(
        self,
        audience_id: int,
        **options: Unpack[CallOptions],
    ) -> None:
        """Empty an audience.

        Removes every profile from the audience; the audience itself stays.

        `DELETE /v2/audiences/{audience_id}/memberships`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "audiences.delete_audience_memberships_v2",
            lambda: _delete_audience_memberships_v2._get_kwargs(
                audience_id=audience_id,
            ),
            (audience_id,),
            dict(options),
        )

    async def update_customer_profile_audiences(
        self,
        body: CustomerProfileAudienceRequest,
        **options: Unpack[CallOptions],
    ) -> None:
        """Change audience memberships of many profiles.

        Adds profiles to and removes them from audiences in one request.

        `POST /v2/customer_audiences`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "audiences.update_customer_profile_audiences",
            lambda: _update_customer_profile_audiences._get_kwargs(
                body=body,
            ),
            (),
            dict(options),
        )

    async def update_audience_customers_attributes(
        self,
        audience_id: int,
        body: AttributeQuery,
        **options: Unpack[CallOptions],
    ) -> None:
        """Set attributes on every member of an audience.

        Writes the given attribute values onto each profile in the audience.

        `PUT /v2/audience_customers/{audience_id}/attributes`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "audiences.update_audience_customers_attributes",
            lambda: _update_audience_customers_attributes._get_kwargs(
                audience_id=audience_id,
                body=body,
            ),
            (audience_id,),
            dict(options),
        )
