from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.get_reserved_customers_200_response import (
    GetReservedCustomers200Response,
)
from ...types import Response


def _get_kwargs(
    coupon_value: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/coupon_reservations/customerprofiles/{coupon_value}".format(
            coupon_value=quote(str(coupon_value), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponseWithStatus | GetReservedCustomers200Response | None:
    if response.status_code == 200:
        response_200 = GetReservedCustomers200Response.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponseWithStatus.from_dict(response.json())

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
) -> Response[ErrorResponseWithStatus | GetReservedCustomers200Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    coupon_value: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponseWithStatus | GetReservedCustomers200Response]:
    """List profiles that reserved a coupon

     Returns the customer profiles holding a reservation of the coupon code.

    Args:
        coupon_value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | GetReservedCustomers200Response]
    """

    kwargs = _get_kwargs(
        coupon_value=coupon_value,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    coupon_value: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponseWithStatus | GetReservedCustomers200Response | None:
    """List profiles that reserved a coupon

     Returns the customer profiles holding a reservation of the coupon code.

    Args:
        coupon_value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | GetReservedCustomers200Response
    """

    return sync_detailed(
        coupon_value=coupon_value,
        client=client,
    ).parsed


async def asyncio_detailed(
    coupon_value: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponseWithStatus | GetReservedCustomers200Response]:
    """List profiles that reserved a coupon

     Returns the customer profiles holding a reservation of the coupon code.

    Args:
        coupon_value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | GetReservedCustomers200Response]
    """

    kwargs = _get_kwargs(
        coupon_value=coupon_value,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    coupon_value: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponseWithStatus | GetReservedCustomers200Response | None:
    """List profiles that reserved a coupon

     Returns the customer profiles holding a reservation of the coupon code.

    Args:
        coupon_value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | GetReservedCustomers200Response
    """

    return (
        await asyncio_detailed(
            coupon_value=coupon_value,
            client=client,
        )
    ).parsed
