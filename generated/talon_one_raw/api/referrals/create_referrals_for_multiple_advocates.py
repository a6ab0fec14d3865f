from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_referrals_for_multiple_advocates_201_response import (
    CreateReferralsForMultipleAdvocates201Response,
)
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.new_referrals_for_multiple_advocates import (
    NewReferralsForMultipleAdvocates,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: NewReferralsForMultipleAdvocates,
    silent: str | Unset = "yes",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["silent"] = silent

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/referrals_for_multiple_advocates",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | CreateReferralsForMultipleAdvocates201Response
    | ErrorResponseWithStatus
    | None
):
    if response.status_code == 201:
        response_201 = CreateReferralsForMultipleAdvocates201Response.from_dict(
            response.json()
        )

        return response_201

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorResponseWithStatus.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponseWithStatus.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = ErrorResponseWithStatus.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ErrorResponseWithStatus.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any | CreateReferralsForMultipleAdvocates201Response | ErrorResponseWithStatus
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NewReferralsForMultipleAdvocates,
    silent: str | Unset = "yes",
) -> Response[
    Any | CreateReferralsForMultipleAdvocates201Response | ErrorResponseWithStatus
]:
    """Create referral codes for many advocates

     Creates one referral code per listed advocate.

    Args:
        silent (str | Unset):  Default: 'yes'.
        body (NewReferralsForMultipleAdvocates): Referral codes to create, one per advocate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateReferralsForMultipleAdvocates201Response | ErrorResponseWithStatus]
    """

    kwargs = _get_kwargs(
        body=body,
        silent=silent,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: NewReferralsForMultipleAdvocates,
    silent: str | Unset = "yes",
) -> (
    Any
    | CreateReferralsForMultipleAdvocates201Response
    | ErrorResponseWithStatus
    | None
):
    """Create referral codes for many advocates

     Creates one referral code per listed advocate.

    Args:
        silent (str | Unset):  Default: 'yes'.
        body (NewReferralsForMultipleAdvocates): Referral codes to create, one per advocate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateReferralsForMultipleAdvocates201Response | ErrorResponseWithStatus
    """

    return sync_detailed(
        client=client,
        body=body,
        silent=silent,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NewReferralsForMultipleAdvocates,
    silent: str | Unset = "yes",
) -> Response[
    Any | CreateReferralsForMultipleAdvocates201Response | ErrorResponseWithStatus
]:
    """Create referral codes for many advocates

     Creates one referral code per listed advocate.

    Args:
        silent (str | Unset):  Default: 'yes'.
        body (NewReferralsForMultipleAdvocates): Referral codes to create, one per advocate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateReferralsForMultipleAdvocates201Response | ErrorResponseWithStatus]
    """

    kwargs = _get_kwargs(
        body=body,
        silent=silent,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NewReferralsForMultipleAdvocates,
    silent: str | Unset = "yes",
) -> (
    Any
    | CreateReferralsForMultipleAdvocates201Response
    | ErrorResponseWithStatus
    | None
):
    """Create referral codes for many advocates

     Creates one referral code per listed advocate.

    Args:
        silent (str | Unset):  Default: 'yes'.
        body (NewReferralsForMultipleAdvocates): Referral codes to create, one per advocate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateReferralsForMultipleAdvocates201Response | ErrorResponseWithStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            silent=silent,
        )
    ).parsed
