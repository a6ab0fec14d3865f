from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audience import Audience
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.new_audience import NewAudience
from ...types import Response


def _get_kwargs(
    *,
    body: NewAudience,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/audiences",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Audience | ErrorResponseWithStatus | None:
    if response.status_code == 201:
        response_201 = Audience.from_dict(response.json())

        return response_201

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
) -> Response[Audience | ErrorResponseWithStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NewAudience,
) -> Response[Audience | ErrorResponseWithStatus]:
    """Create an audience

     Registers an audience that profiles can join; its integration ID must be unique.

    Args:
        body (NewAudience): An audience to create. Example: {'name': 'Newsletter readers',
            'integration': 'mparticle', 'integrationId': 'aud-42'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Audience | ErrorResponseWithStatus]
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
    body: NewAudience,
) -> Audience | ErrorResponseWithStatus | None:
    """Create an audience

     Registers an audience that profiles can join; its integration ID must be unique.

    Args:
        body (NewAudience): An audience to create. Example: {'name': 'Newsletter readers',
            'integration': 'mparticle', 'integrationId': 'aud-42'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Audience | ErrorResponseWithStatus
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NewAudience,
) -> Response[Audience | ErrorResponseWithStatus]:
    """Create an audience

     Registers an audience that profiles can join; its integration ID must be unique.

    Args:
        body (NewAudience): An audience to create. Example: {'name': 'Newsletter readers',
            'integration': 'mparticle', 'integrationId': 'aud-42'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Audience | ErrorResponseWithStatus]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NewAudience,
) -> Audience | ErrorResponseWithStatus | None:
    """Create an audience

     Registers an audience that profiles can join; its integration ID must be unique.

    Args:
        body (NewAudience): An audience to create. Example: {'name': 'Newsletter readers',
            'integration': 'mparticle', 'integrationId': 'aud-42'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Audience | ErrorResponseWithStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
