from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.integration_customer_session_response import (
    IntegrationCustomerSessionResponse,
)
from ...types import Response


def _get_kwargs(
    customer_session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/customer_sessions/{customer_session_id}".format(
            customer_session_id=quote(str(customer_session_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorResponse | ErrorResponseWithStatus | IntegrationCustomerSessionResponse | None
):
    if response.status_code == 200:
        response_200 = IntegrationCustomerSessionResponse.from_dict(response.json())

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
) -> Response[
    ErrorResponse | ErrorResponseWithStatus | IntegrationCustomerSessionResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    ErrorResponse | ErrorResponseWithStatus | IntegrationCustomerSessionResponse
]:
    """Get a customer session

     Returns the stored session with its effects, without changing anything.

    Args:
        customer_session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponseWithStatus | IntegrationCustomerSessionResponse]
    """

    kwargs = _get_kwargs(
        customer_session_id=customer_session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_session_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    ErrorResponse | ErrorResponseWithStatus | IntegrationCustomerSessionResponse | None
):
    """Get a customer session

     Returns the stored session with its effects, without changing anything.

    Args:
        customer_session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponseWithStatus | IntegrationCustomerSessionResponse
    """

    return sync_detailed(
        customer_session_id=customer_session_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    customer_session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    ErrorResponse | ErrorResponseWithStatus | IntegrationCustomerSessionResponse
]:
    """Get a customer session

     Returns the stored session with its effects, without changing anything.

    Args:
        customer_session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponseWithStatus | IntegrationCustomerSessionResponse]
    """

    kwargs = _get_kwargs(
        customer_session_id=customer_session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_session_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    ErrorResponse | ErrorResponseWithStatus | IntegrationCustomerSessionResponse | None
):
    """Get a customer session

     Returns the stored session with its effects, without changing anything.

    Args:
        customer_session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponseWithStatus | IntegrationCustomerSessionResponse
    """

    return (
        await asyncio_detailed(
            customer_session_id=customer_session_id,
            client=client,
        )
    ).parsed
