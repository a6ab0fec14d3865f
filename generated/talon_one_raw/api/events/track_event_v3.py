from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.integration_event_v3_request import IntegrationEventV3Request
from ...models.integration_event_v3_response import IntegrationEventV3Response
from ...models.track_event_v3409_response import TrackEventV3409Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: IntegrationEventV3Request,
    silent: str | Unset = "yes",
    dry: bool | Unset = UNSET,
    force_complete_evaluation: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["silent"] = silent

    params["dry"] = dry

    params["forceCompleteEvaluation"] = force_complete_evaluation

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/events",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorResponseWithStatus
    | IntegrationEventV3Response
    | TrackEventV3409Response
    | None
):
    if response.status_code == 200:
        response_200 = IntegrationEventV3Response.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponseWithStatus.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponseWithStatus.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = TrackEventV3409Response.from_dict(response.json())

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
    ErrorResponseWithStatus | IntegrationEventV3Response | TrackEventV3409Response
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
    body: IntegrationEventV3Request,
    silent: str | Unset = "yes",
    dry: bool | Unset = UNSET,
    force_complete_evaluation: bool | Unset = False,
) -> Response[
    ErrorResponseWithStatus | IntegrationEventV3Response | TrackEventV3409Response
]:
    """Record an advanced event

     Records an event with its own integration ID, optionally tied to a closed session, and evaluates the
    campaigns that listen to it. Sending the same integration ID again does not record it twice.

    Args:
        silent (str | Unset):  Default: 'yes'.
        dry (bool | Unset):
        force_complete_evaluation (bool | Unset):  Default: False.
        body (IntegrationEventV3Request): An advanced event to record and evaluate, identified by
            your integration ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | IntegrationEventV3Response | TrackEventV3409Response]
    """

    kwargs = _get_kwargs(
        body=body,
        silent=silent,
        dry=dry,
        force_complete_evaluation=force_complete_evaluation,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: IntegrationEventV3Request,
    silent: str | Unset = "yes",
    dry: bool | Unset = UNSET,
    force_complete_evaluation: bool | Unset = False,
) -> (
    ErrorResponseWithStatus
    | IntegrationEventV3Response
    | TrackEventV3409Response
    | None
):
    """Record an advanced event

     Records an event with its own integration ID, optionally tied to a closed session, and evaluates the
    campaigns that listen to it. Sending the same integration ID again does not record it twice.

    Args:
        silent (str | Unset):  Default: 'yes'.
        dry (bool | Unset):
        force_complete_evaluation (bool | Unset):  Default: False.
        body (IntegrationEventV3Request): An advanced event to record and evaluate, identified by
            your integration ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | IntegrationEventV3Response | TrackEventV3409Response
    """

    return sync_detailed(
        client=client,
        body=body,
        silent=silent,
        dry=dry,
        force_complete_evaluation=force_complete_evaluation,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: IntegrationEventV3Request,
    silent: str | Unset = "yes",
    dry: bool | Unset = UNSET,
    force_complete_evaluation: bool | Unset = False,
) -> Response[
    ErrorResponseWithStatus | IntegrationEventV3Response | TrackEventV3409Response
]:
    """Record an advanced event

     Records an event with its own integration ID, optionally tied to a closed session, and evaluates the
    campaigns that listen to it. Sending the same integration ID again does not record it twice.

    Args:
        silent (str | Unset):  Default: 'yes'.
        dry (bool | Unset):
        force_complete_evaluation (bool | Unset):  Default: False.
        body (IntegrationEventV3Request): An advanced event to record and evaluate, identified by
            your integration ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | IntegrationEventV3Response | TrackEventV3409Response]
    """

    kwargs = _get_kwargs(
        body=body,
        silent=silent,
        dry=dry,
        force_complete_evaluation=force_complete_evaluation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: IntegrationEventV3Request,
    silent: str | Unset = "yes",
    dry: bool | Unset = UNSET,
    force_complete_evaluation: bool | Unset = False,
) -> (
    ErrorResponseWithStatus
    | IntegrationEventV3Response
    | TrackEventV3409Response
    | None
):
    """Record an advanced event

     Records an event with its own integration ID, optionally tied to a closed session, and evaluates the
    campaigns that listen to it. Sending the same integration ID again does not record it twice.

    Args:
        silent (str | Unset):  Default: 'yes'.
        dry (bool | Unset):
        force_complete_evaluation (bool | Unset):  Default: False.
        body (IntegrationEventV3Request): An advanced event to record and evaluate, identified by
            your integration ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | IntegrationEventV3Response | TrackEventV3409Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            silent=silent,
            dry=dry,
            force_complete_evaluation=force_complete_evaluation,
        )
    ).parsed
