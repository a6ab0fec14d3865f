from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.best_prior_price import BestPriorPrice
from ...models.best_prior_price_request import BestPriorPriceRequest
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...types import Response


def _get_kwargs(
    *,
    body: BestPriorPriceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/best_prior_price",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponseWithStatus | list[BestPriorPrice] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_best_prior_price_response_item_data in _response_200:
            componentsschemas_best_prior_price_response_item = BestPriorPrice.from_dict(
                componentsschemas_best_prior_price_response_item_data
            )

            response_200.append(componentsschemas_best_prior_price_response_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponseWithStatus.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponseWithStatus.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponseWithStatus.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponseWithStatus | list[BestPriorPrice]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BestPriorPriceRequest,
) -> Response[ErrorResponseWithStatus | list[BestPriorPrice]]:
    """Look up the lowest earlier price of SKUs

     Returns, per SKU, the lowest price recorded in a time window before now (price-history rules).

    Args:
        body (BestPriorPriceRequest): SKUs and the time window to search for their lowest earlier
            price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | list[BestPriorPrice]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BestPriorPriceRequest,
) -> ErrorResponseWithStatus | list[BestPriorPrice] | None:
    """Look up the lowest earlier price of SKUs

     Returns, per SKU, the lowest price recorded in a time window before now (price-history rules).

    Args:
        body (BestPriorPriceRequest): SKUs and the time window to search for their lowest earlier
            price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | list[BestPriorPrice]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BestPriorPriceRequest,
) -> Response[ErrorResponseWithStatus | list[BestPriorPrice]]:
    """Look up the lowest earlier price of SKUs

     Returns, per SKU, the lowest price recorded in a time window before now (price-history rules).

    Args:
        body (BestPriorPriceRequest): SKUs and the time window to search for their lowest earlier
            price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | list[BestPriorPrice]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BestPriorPriceRequest,
) -> ErrorResponseWithStatus | list[BestPriorPrice] | None:
    """Look up the lowest earlier price of SKUs

     Returns, per SKU, the lowest price recorded in a time window before now (price-history rules).

    Args:
        body (BestPriorPriceRequest): SKUs and the time window to search for their lowest earlier
            price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | list[BestPriorPrice]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
