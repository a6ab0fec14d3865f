from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.integration_event_v2_request import IntegrationEventV2Request
from ...models.integration_event_v2_response import IntegrationEventV2Response
from ...models.track_event_v2409_response import TrackEventV2409Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: IntegrationEventV2Request,
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
        "url": "/v2/events",
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
    | ErrorResponseWithStatus
    | IntegrationEventV2Response
    | TrackEventV2409Response
    | None
):
    if response.status_code == 200:
        response_200 = IntegrationEventV2Response.from_dict(response.json())

        return response_200

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
        response_409 = TrackEventV2409Response.from_dict(response.json())

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
    Any | ErrorResponseWithStatus | IntegrationEventV2Response | TrackEventV2409Response
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
    body: IntegrationEventV2Request,
    silent: str | Unset = "yes",
    dry: bool | Unset = UNSET,
    force_complete_evaluation: bool | Unset = False,
) -> Response[
    Any | ErrorResponseWithStatus | IntegrationEventV2Response | TrackEventV2409Response
]:
    """Record a custom event

     Records an event for a profile and evaluates the campaigns that listen to it.

    Args:
        silent (str | Unset):  Default: 'yes'.
        dry (bool | Unset):
        force_complete_evaluation (bool | Unset):  Default: False.
        body (IntegrationEventV2Request): A custom event to record and evaluate. Example:
            {'profileId': 'cust-0001', 'type': 'app_opened', 'attributes': {}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponseWithStatus | IntegrationEventV2Response | TrackEventV2409Response]
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
    body: IntegrationEventV2Request,
    silent: str | Unset = "yes",
    dry: bool | Unset = UNSET,
    force_complete_evaluation: bool | Unset = False,
) -> (
    Any
    | ErrorResponseWithStatus
    | IntegrationEventV2Response
    | TrackEventV2409Response
    | None
):
    """Record a custom event

     Records an event for a profile and evaluates the campaigns that listen to it.

    Args:
        silent (str | Unset):  Default: 'yes'.
        dry (bool | Unset):
        force_complete_evaluation (bool | Unset):  Default: False.
        body (IntegrationEventV2Request): A custom event to record and evaluate. Example:
            {'profileId': 'cust-0001', 'type': 'app_opened', 'attributes': {}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponseWithStatus | IntegrationEventV2Response | TrackEventV2409Response
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
    body: IntegrationEventV2Request,
    silent: str | Unset = "yes",
    dry: bool | Unset = UNSET,
    force_complete_evaluation: bool | Unset = False,
) -> Response[
    Any | ErrorResponseWithStatus | IntegrationEventV2Response | TrackEventV2409Response
]:
    """Record a custom event

     Records an event for a profile and evaluates the campaigns that listen to it.

    Args:
        silent (str | Unset):  Default: 'yes'.
        dry (bool | Unset):
        force_complete_evaluation (bool | Unset):  Default: False.
        body (IntegrationEventV2Request): A custom event to record and evaluate. Example:
            {'profileId': 'cust-0001', 'type': 'app_opened', 'attributes': {}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponseWithStatus | IntegrationEventV2Response | TrackEventV2409Response]
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
    body: IntegrationEventV2Request,
    silent: str | Unset = "yes",
    dry: bool | Unset = UNSET,
    force_complete_evaluation: bool | Unset = False,
) -> (
    Any
    | ErrorResponseWithStatus
    | IntegrationEventV2Response
    | TrackEventV2409Response
    | None
):
    """Record a custom event

     Records an event for a profile and evaluates the campaigns that listen to it.

    Args:
        silent (str | Unset):  Default: 'yes'.
        dry (bool | Unset):
        force_complete_evaluation (bool | Unset):  Default: False.
        body (IntegrationEventV2Request): A custom event to record and evaluate. Example:
            {'profileId': 'cust-0001', 'type': 'app_opened', 'attributes': {}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponseWithStatus | IntegrationEventV2Response | TrackEventV2409Response
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
