from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.generate_loyalty_card import GenerateLoyaltyCard
from ...models.loyalty_card import LoyaltyCard
from ...types import Response


def _get_kwargs(
    loyalty_program_id: int,
    *,
    body: GenerateLoyaltyCard,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/loyalty_programs/{loyalty_program_id}/cards".format(
            loyalty_program_id=quote(str(loyalty_program_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponseWithStatus | LoyaltyCard | None:
    if response.status_code == 200:
        response_200 = LoyaltyCard.from_dict(response.json())

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
) -> Response[ErrorResponseWithStatus | LoyaltyCard]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    loyalty_program_id: int,
    *,
    client: AuthenticatedClient,
    body: GenerateLoyaltyCard,
) -> Response[ErrorResponseWithStatus | LoyaltyCard]:
    """Issue a loyalty card

     Creates a new card in a card-based program, optionally linked to profiles.

    Args:
        loyalty_program_id (int):
        body (GenerateLoyaltyCard): Settings of a new loyalty card.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | LoyaltyCard]
    """

    kwargs = _get_kwargs(
        loyalty_program_id=loyalty_program_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    loyalty_program_id: int,
    *,
    client: AuthenticatedClient,
    body: GenerateLoyaltyCard,
) -> ErrorResponseWithStatus | LoyaltyCard | None:
    """Issue a loyalty card

     Creates a new card in a card-based program, optionally linked to profiles.

    Args:
        loyalty_program_id (int):
        body (GenerateLoyaltyCard): Settings of a new loyalty card.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | LoyaltyCard
    """

    return sync_detailed(
        loyalty_program_id=loyalty_program_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    loyalty_program_id: int,
    *,
    client: AuthenticatedClient,
    body: GenerateLoyaltyCard,
) -> Response[ErrorResponseWithStatus | LoyaltyCard]:
    """Issue a loyalty card

     Creates a new card in a card-based program, optionally linked to profiles.

    Args:
        loyalty_program_id (int):
        body (GenerateLoyaltyCard): Settings of a new loyalty card.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | LoyaltyCard]
    """

    kwargs = _get_kwargs(
        loyalty_program_id=loyalty_program_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    loyalty_program_id: int,
    *,
    client: AuthenticatedClient,
    body: GenerateLoyaltyCard,
) -> ErrorResponseWithStatus | LoyaltyCard | None:
    """Issue a loyalty card

     Creates a new card in a card-based program, optionally linked to profiles.

    Args:
        loyalty_program_id (int):
        body (GenerateLoyaltyCard): Settings of a new loyalty card.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | LoyaltyCard
    """

    return (
        await asyncio_detailed(
            loyalty_program_id=loyalty_program_id,
            client=client,
            body=body,
        )
    ).parsed
