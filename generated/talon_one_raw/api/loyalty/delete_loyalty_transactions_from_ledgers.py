from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_loyalty_transactions_request import (
    DeleteLoyaltyTransactionsRequest,
)
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...types import Response


def _get_kwargs(
    loyalty_program_id: int,
    integration_id: str,
    *,
    body: DeleteLoyaltyTransactionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/loyalty_programs/{loyalty_program_id}/profile/{integration_id}/delete_transactions".format(
            loyalty_program_id=quote(str(loyalty_program_id), safe=""),
            integration_id=quote(str(integration_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponseWithStatus | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorResponseWithStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    loyalty_program_id: int,
    integration_id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteLoyaltyTransactionsRequest,
) -> Response[Any | ErrorResponseWithStatus]:
    """Delete a profile's loyalty transactions

     Removes ledger transactions of a profile, chosen by session or transaction ID.

    Args:
        loyalty_program_id (int):
        integration_id (str):
        body (DeleteLoyaltyTransactionsRequest): Which loyalty transactions to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponseWithStatus]
    """

    kwargs = _get_kwargs(
        loyalty_program_id=loyalty_program_id,
        integration_id=integration_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    loyalty_program_id: int,
    integration_id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteLoyaltyTransactionsRequest,
) -> Any | ErrorResponseWithStatus | None:
    """Delete a profile's loyalty transactions

     Removes ledger transactions of a profile, chosen by session or transaction ID.

    Args:
        loyalty_program_id (int):
        integration_id (str):
        body (DeleteLoyaltyTransactionsRequest): Which loyalty transactions to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponseWithStatus
    """

    return sync_detailed(
        loyalty_program_id=loyalty_program_id,
        integration_id=integration_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    loyalty_program_id: int,
    integration_id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteLoyaltyTransactionsRequest,
) -> Response[Any | ErrorResponseWithStatus]:
    """Delete a profile's loyalty transactions

     Removes ledger transactions of a profile, chosen by session or transaction ID.

    Args:
        loyalty_program_id (int):
        integration_id (str):
        body (DeleteLoyaltyTransactionsRequest): Which loyalty transactions to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponseWithStatus]
    """

    kwargs = _get_kwargs(
        loyalty_program_id=loyalty_program_id,
        integration_id=integration_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    loyalty_program_id: int,
    integration_id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteLoyaltyTransactionsRequest,
) -> Any | ErrorResponseWithStatus | None:
    """Delete a profile's loyalty transactions

     Removes ledger transactions of a profile, chosen by session or transaction ID.

    Args:
        loyalty_program_id (int):
        integration_id (str):
        body (DeleteLoyaltyTransactionsRequest): Which loyalty transactions to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponseWithStatus
    """

    return (
        await asyncio_detailed(
            loyalty_program_id=loyalty_program_id,
            integration_id=integration_id,
            client=client,
            body=body,
        )
    ).parsed
