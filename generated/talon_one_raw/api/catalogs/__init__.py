"""Typed catalogs operations for the talon_async facade.

Rendered by openapi/templates/endpoint_init.py.jinja: one method per operation, with the
same parameters as the operation module's `_get_kwargs`, plus the facade's per-call options.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast

from ...models.best_prior_price import BestPriorPrice
from ...models.best_prior_price_request import BestPriorPriceRequest
from ...models.catalog import Catalog
from ...models.catalog_sync_request import CatalogSyncRequest
from ...models.error_response import ErrorResponse
from ...models.error_response_with_status import ErrorResponseWithStatus
from . import best_prior_price as _best_prior_price
from . import sync_catalog as _sync_catalog

if TYPE_CHECKING:
    from typing import Unpack

    from talon_async._options import CallOptions

Invoke = Callable[
    [str, Callable[[], dict[str, Any]], tuple[Any, ...], dict[str, Any]], Awaitable[Any]
]


class CatalogsOperations:
    """The catalogs group; reach it as `TalonClient().catalogs`."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def best_prior_price(
        self,
        body: BestPriorPriceRequest,
        **options: Unpack[CallOptions],
    ) -> list[BestPriorPrice]:
        """Look up the lowest earlier price of SKUs.

        Returns, per SKU, the lowest price recorded in a time window before now (price-history
        rules).

        `POST /v1/best_prior_price`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "catalogs.best_prior_price",
            lambda: _best_prior_price._get_kwargs(
                body=body,
            ),
            (),
            dict(options),
        )

    async def sync_catalog(
        self,
        catalog_id: int,
        body: CatalogSyncRequest,
        **options: Unpack[CallOptions],
    ) -> Catalog:
        """Apply changes to a cart item catalog.

        Runs add, patch and remove actions on the items of a catalog, in order.

        `PUT /v1/catalogs/{catalog_id}/sync`. Raises talon_async.errors.TalonError
        subclasses for failures after sending, ValueError for arguments that cannot be sent.
        """
        return await self._invoke(  # type: ignore[no-any-return]
            "catalogs.sync_catalog",
            lambda: _sync_catalog._get_kwargs(
                catalog_id=catalog_id,
                body=body,
            ),
            (catalog_id,),
            dict(options),
        )
