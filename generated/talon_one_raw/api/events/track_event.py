from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.integration_state import IntegrationState
from ...models.new_event import NewEvent
from ...models.track_event_response_409 import TrackEventResponse409
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: NewEvent,
    dry: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["dry"] = dry

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorResponse
    | ErrorResponseWithStatus
    | IntegrationState
    | TrackEventResponse409
    | None
):
    if response.status_code == 201:
        response_201 = IntegrationState.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponseWithStatus.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = TrackEventResponse409.from_dict(response.json())

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
    ErrorResponse | ErrorResponseWithStatus | IntegrationState | TrackEventResponse409
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
    body: NewEvent,
    dry: bool | Unset = UNSET,
) -> Response[
    ErrorResponse | ErrorResponseWithStatus | IntegrationState | TrackEventResponse409
]:
    """Record a custom event (v1)

     Superseded by trackEventV2; kept for clients still on the 2022 API.

    Args:
        dry (bool | Unset):
        body (NewEvent): A custom event to record (2022 API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponseWithStatus | IntegrationState | TrackEventResponse409]
    """

    kwargs = _get_kwargs(
        body=body,
        dry=dry,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: NewEvent,
    dry: bool | Unset = UNSET,
) -> (
    ErrorResponse
    | ErrorResponseWithStatus
    | IntegrationState
    | TrackEventResponse409
    | None
):
    """Record a custom event (v1)

     Superseded by trackEventV2; kept for clients still on the 2022 API.

    Args:
        dry (bool | Unset):
        body (NewEvent): A custom event to record (2022 API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponseWithStatus | IntegrationState | TrackEventResponse409
    """

    return sync_detailed(
        client=client,
        body=body,
        dry=dry,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NewEvent,
    dry: bool | Unset = UNSET,
) -> Response[
    ErrorResponse | ErrorResponseWithStatus | IntegrationState | TrackEventResponse409
]:
    """Record a custom event (v1)

     Superseded by trackEventV2; kept for clients still on the 2022 API.

    Args:
        dry (bool | Unset):
        body (NewEvent): A custom event to record (2022 API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponseWithStatus | IntegrationState | TrackEventResponse409]
    """

    kwargs = _get_kwargs(
        body=body,
        dry=dry,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NewEvent,
    dry: bool | Unset = UNSET,
) -> (
    ErrorResponse
    | ErrorResponseWithStatus
    | IntegrationState
    | TrackEventResponse409
    | None
):
    """Record a custom event (v1)

     Superseded by trackEventV2; kept for clients still on the 2022 API.

    Args:
        dry (bool | Unset):
        body (NewEvent): A custom event to record (2022 API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponseWithStatus | IntegrationState | TrackEventResponse409
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            dry=dry,
        )
    ).parsed
