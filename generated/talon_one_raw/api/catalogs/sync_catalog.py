from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalog import Catalog
from ...models.catalog_sync_request import CatalogSyncRequest
from ...models.error_response import ErrorResponse
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...types import Response


def _get_kwargs(
    catalog_id: int,
    *,
    body: CatalogSyncRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/catalogs/{catalog_id}/sync".format(
            catalog_id=quote(str(catalog_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Catalog | ErrorResponse | ErrorResponseWithStatus | None:
    if response.status_code == 200:
        response_200 = Catalog.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponseWithStatus.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponseWithStatus.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponseWithStatus.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Catalog | ErrorResponse | ErrorResponseWithStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    catalog_id: int,
    *,
    client: AuthenticatedClient,
    body: CatalogSyncRequest,
) -> Response[Catalog | ErrorResponse | ErrorResponseWithStatus]:
    """Apply changes to a cart item catalog

     Runs add, patch and remove actions on the items of a catalog, in order.

    Args:
        catalog_id (int):
        body (CatalogSyncRequest): The steps of a catalog sync, applied in order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Catalog | ErrorResponse | ErrorResponseWithStatus]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    catalog_id: int,
    *,
    client: AuthenticatedClient,
    body: CatalogSyncRequest,
) -> Catalog | ErrorResponse | ErrorResponseWithStatus | None:
    """Apply changes to a cart item catalog

     Runs add, patch and remove actions on the items of a catalog, in order.

    Args:
        catalog_id (int):
        body (CatalogSyncRequest): The steps of a catalog sync, applied in order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Catalog | ErrorResponse | ErrorResponseWithStatus
    """

    return sync_detailed(
        catalog_id=catalog_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    catalog_id: int,
    *,
    client: AuthenticatedClient,
    body: CatalogSyncRequest,
) -> Response[Catalog | ErrorResponse | ErrorResponseWithStatus]:
    """Apply changes to a cart item catalog

     Runs add, patch and remove actions on the items of a catalog, in order.

    Args:
        catalog_id (int):
        body (CatalogSyncRequest): The steps of a catalog sync, applied in order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Catalog | ErrorResponse | ErrorResponseWithStatus]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    catalog_id: int,
    *,
    client: AuthenticatedClient,
    body: CatalogSyncRequest,
) -> Catalog | ErrorResponse | ErrorResponseWithStatus | None:
    """Apply changes to a cart item catalog

     Runs add, patch and remove actions on the items of a catalog, in order.

    Args:
        catalog_id (int):
        body (CatalogSyncRequest): The steps of a catalog sync, applied in order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Catalog | ErrorResponse | ErrorResponseWithStatus
    """

    return (
        await asyncio_detailed(
            catalog_id=catalog_id,
            client=client,
            body=body,
        )
    ).parsed
