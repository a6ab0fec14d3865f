from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coupon import Coupon
from ...models.coupon_reservations import CouponReservations
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...types import Response


def _get_kwargs(
    coupon_value: str,
    *,
    body: CouponReservations,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/coupon_reservations/{coupon_value}".format(
            coupon_value=quote(str(coupon_value), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Coupon | ErrorResponseWithStatus | None:
    if response.status_code == 201:
        response_201 = Coupon.from_dict(response.json())

        return response_201

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
) -> Response[Coupon | ErrorResponseWithStatus]:
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
    body: CouponReservations,
) -> Response[Coupon | ErrorResponseWithStatus]:
    """Reserve a coupon for profiles

     Reserves the coupon code for the listed customer profiles.

    Args:
        coupon_value (str):
        body (CouponReservations): Profiles to reserve a coupon for, or to release it from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Coupon | ErrorResponseWithStatus]
    """

    kwargs = _get_kwargs(
        coupon_value=coupon_value,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    coupon_value: str,
    *,
    client: AuthenticatedClient,
    body: CouponReservations,
) -> Coupon | ErrorResponseWithStatus | None:
    """Reserve a coupon for profiles

     Reserves the coupon code for the listed customer profiles.

    Args:
        coupon_value (str):
        body (CouponReservations): Profiles to reserve a coupon for, or to release it from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Coupon | ErrorResponseWithStatus
    """

    return sync_detailed(
        coupon_value=coupon_value,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    coupon_value: str,
    *,
    client: AuthenticatedClient,
    body: CouponReservations,
) -> Response[Coupon | ErrorResponseWithStatus]:
    """Reserve a coupon for profiles

     Reserves the coupon code for the listed customer profiles.

    Args:
        coupon_value (str):
        body (CouponReservations): Profiles to reserve a coupon for, or to release it from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Coupon | ErrorResponseWithStatus]
    """

    kwargs = _get_kwargs(
        coupon_value=coupon_value,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    coupon_value: str,
    *,
    client: AuthenticatedClient,
    body: CouponReservations,
) -> Coupon | ErrorResponseWithStatus | None:
    """Reserve a coupon for profiles

     Reserves the coupon code for the listed customer profiles.

    Args:
        coupon_value (str):
        body (CouponReservations): Profiles to reserve a coupon for, or to release it from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Coupon | ErrorResponseWithStatus
    """

    return (
        await asyncio_detailed(
            coupon_value=coupon_value,
            client=client,
            body=body,
        )
    ).parsed
