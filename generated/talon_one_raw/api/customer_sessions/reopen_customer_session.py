from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.reopen_session_response import ReopenSessionResponse
from ...types import Response


def _get_kwargs(
    customer_session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/customer_sessions/{customer_session_id}/reopen".format(
            customer_session_id=quote(str(customer_session_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponseWithStatus | ReopenSessionResponse | None:
    if response.status_code == 200:
        response_200 = ReopenSessionResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ErrorResponseWithStatus | ReopenSessionResponse]:
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
) -> Response[ErrorResponse | ErrorResponseWithStatus | ReopenSessionResponse]:
    """Reopen a closed session

     Moves a closed session back to open and rolls back the effects of closing it.

    Args:
        customer_session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponseWithStatus | ReopenSessionResponse]
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
) -> ErrorResponse | ErrorResponseWithStatus | ReopenSessionResponse | None:
    """Reopen a closed session

     Moves a closed session back to open and rolls back the effects of closing it.

    Args:
        customer_session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponseWithStatus | ReopenSessionResponse
    """

    return sync_detailed(
        customer_session_id=customer_session_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    customer_session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | ErrorResponseWithStatus | ReopenSessionResponse]:
    """Reopen a closed session

     Moves a closed session back to open and rolls back the effects of closing it.

    Args:
        customer_session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponseWithStatus | ReopenSessionResponse]
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
) -> ErrorResponse | ErrorResponseWithStatus | ReopenSessionResponse | None:
    """Reopen a closed session

     Moves a closed session back to open and rolls back the effects of closing it.

    Args:
        customer_session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponseWithStatus | ReopenSessionResponse
    """

    return (
        await asyncio_detailed(
            customer_session_id=customer_session_id,
            client=client,
        )
    ).parsed
