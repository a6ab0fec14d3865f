from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audience import Audience
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.update_audience import UpdateAudience
from ...types import Response


def _get_kwargs(
    audience_id: int,
    *,
    body: UpdateAudience,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/audiences/{audience_id}".format(
            audience_id=quote(str(audience_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Audience | ErrorResponseWithStatus | None:
    if response.status_code == 200:
        response_200 = Audience.from_dict(response.json())

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
) -> Response[Audience | ErrorResponseWithStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    audience_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateAudience,
) -> Response[Audience | ErrorResponseWithStatus]:
    """Rename an audience

     Changes the audience's name.

    Args:
        audience_id (int):
        body (UpdateAudience): The new name of an audience.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Audience | ErrorResponseWithStatus]
    """

    kwargs = _get_kwargs(
        audience_id=audience_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    audience_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateAudience,
) -> Audience | ErrorResponseWithStatus | None:
    """Rename an audience

     Changes the audience's name.

    Args:
        audience_id (int):
        body (UpdateAudience): The new name of an audience.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Audience | ErrorResponseWithStatus
    """

    return sync_detailed(
        audience_id=audience_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    audience_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateAudience,
) -> Response[Audience | ErrorResponseWithStatus]:
    """Rename an audience

     Changes the audience's name.

    Args:
        audience_id (int):
        body (UpdateAudience): The new name of an audience.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Audience | ErrorResponseWithStatus]
    """

    kwargs = _get_kwargs(
        audience_id=audience_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    audience_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateAudience,
) -> Audience | ErrorResponseWithStatus | None:
    """Rename an audience

     Changes the audience's name.

    Args:
        audience_id (int):
        body (UpdateAudience): The new name of an audience.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Audience | ErrorResponseWithStatus
    """

    return (
        await asyncio_detailed(
            audience_id=audience_id,
            client=client,
            body=body,
        )
    ).parsed
