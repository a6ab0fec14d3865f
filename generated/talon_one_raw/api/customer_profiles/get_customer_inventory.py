from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_inventory import CustomerInventory
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    integration_id: str,
    *,
    profile: bool | Unset = UNSET,
    referrals: bool | Unset = UNSET,
    coupons: bool | Unset = UNSET,
    loyalty: bool | Unset = UNSET,
    giveaways: bool | Unset = UNSET,
    achievements: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["profile"] = profile

    params["referrals"] = referrals

    params["coupons"] = coupons

    params["loyalty"] = loyalty

    params["giveaways"] = giveaways

    params["achievements"] = achievements

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customer_profiles/{integration_id}/inventory".format(
            integration_id=quote(str(integration_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerInventory | ErrorResponseWithStatus | None:
    if response.status_code == 200:
        response_200 = CustomerInventory.from_dict(response.json())

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
) -> Response[CustomerInventory | ErrorResponseWithStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient,
    profile: bool | Unset = UNSET,
    referrals: bool | Unset = UNSET,
    coupons: bool | Unset = UNSET,
    loyalty: bool | Unset = UNSET,
    giveaways: bool | Unset = UNSET,
    achievements: bool | Unset = UNSET,
) -> Response[CustomerInventory | ErrorResponseWithStatus]:
    """Get what a customer owns

     Returns the profile's coupons, referrals, loyalty balances, giveaways and achievements, as selected
    by the flags.

    Args:
        integration_id (str):
        profile (bool | Unset):
        referrals (bool | Unset):
        coupons (bool | Unset):
        loyalty (bool | Unset):
        giveaways (bool | Unset):
        achievements (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerInventory | ErrorResponseWithStatus]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        profile=profile,
        referrals=referrals,
        coupons=coupons,
        loyalty=loyalty,
        giveaways=giveaways,
        achievements=achievements,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: str,
    *,
    client: AuthenticatedClient,
    profile: bool | Unset = UNSET,
    referrals: bool | Unset = UNSET,
    coupons: bool | Unset = UNSET,
    loyalty: bool | Unset = UNSET,
    giveaways: bool | Unset = UNSET,
    achievements: bool | Unset = UNSET,
) -> CustomerInventory | ErrorResponseWithStatus | None:
    """Get what a customer owns

     Returns the profile's coupons, referrals, loyalty balances, giveaways and achievements, as selected
    by the flags.

    Args:
        integration_id (str):
        profile (bool | Unset):
        referrals (bool | Unset):
        coupons (bool | Unset):
        loyalty (bool | Unset):
        giveaways (bool | Unset):
        achievements (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerInventory | ErrorResponseWithStatus
    """

    return sync_detailed(
        integration_id=integration_id,
        client=client,
        profile=profile,
        referrals=referrals,
        coupons=coupons,
        loyalty=loyalty,
        giveaways=giveaways,
        achievements=achievements,
    ).parsed


async def asyncio_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient,
    profile: bool | Unset = UNSET,
    referrals: bool | Unset = UNSET,
    coupons: bool | Unset = UNSET,
    loyalty: bool | Unset = UNSET,
    giveaways: bool | Unset = UNSET,
    achievements: bool | Unset = UNSET,
) -> Response[CustomerInventory | ErrorResponseWithStatus]:
    """Get what a customer owns

     Returns the profile's coupons, referrals, loyalty balances, giveaways and achievements, as selected
    by the flags.

    Args:
        integration_id (str):
        profile (bool | Unset):
        referrals (bool | Unset):
        coupons (bool | Unset):
        loyalty (bool | Unset):
        giveaways (bool | Unset):
        achievements (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerInventory | ErrorResponseWithStatus]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        profile=profile,
        referrals=referrals,
        coupons=coupons,
        loyalty=loyalty,
        giveaways=giveaways,
        achievements=achievements,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: str,
    *,
    client: AuthenticatedClient,
    profile: bool | Unset = UNSET,
    referrals: bool | Unset = UNSET,
    coupons: bool | Unset = UNSET,
    loyalty: bool | Unset = UNSET,
    giveaways: bool | Unset = UNSET,
    achievements: bool | Unset = UNSET,
) -> CustomerInventory | ErrorResponseWithStatus | None:
    """Get what a customer owns

     Returns the profile's coupons, referrals, loyalty balances, giveaways and achievements, as selected
    by the flags.

    Args:
        integration_id (str):
        profile (bool | Unset):
        referrals (bool | Unset):
        coupons (bool | Unset):
        loyalty (bool | Unset):
        giveaways (bool | Unset):
        achievements (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerInventory | ErrorResponseWithStatus
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            profile=profile,
            referrals=referrals,
            coupons=coupons,
            loyalty=loyalty,
            giveaways=giveaways,
            achievements=achievements,
        )
    ).parsed
