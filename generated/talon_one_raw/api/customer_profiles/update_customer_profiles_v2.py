from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.multiple_customer_profile_integration_request import (
    MultipleCustomerProfileIntegrationRequest,
)
from ...models.multiple_customer_profile_integration_response_v2 import (
    MultipleCustomerProfileIntegrationResponseV2,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: MultipleCustomerProfileIntegrationRequest,
    silent: str | Unset = "yes",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["silent"] = silent

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/customer_profiles",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any | ErrorResponseWithStatus | MultipleCustomerProfileIntegrationResponseV2 | None
):
    if response.status_code == 200:
        response_200 = MultipleCustomerProfileIntegrationResponseV2.from_dict(
            response.json()
        )

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
    Any | ErrorResponseWithStatus | MultipleCustomerProfileIntegrationResponseV2
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
    body: MultipleCustomerProfileIntegrationRequest,
    silent: str | Unset = "yes",
) -> Response[
    Any | ErrorResponseWithStatus | MultipleCustomerProfileIntegrationResponseV2
]:
    """Create or update many customer profiles

     Upserts up to 1000 profiles in one request.

    Args:
        silent (str | Unset):  Default: 'yes'.
        body (MultipleCustomerProfileIntegrationRequest): Up to 1000 profiles to upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponseWithStatus | MultipleCustomerProfileIntegrationResponseV2]
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
    body: MultipleCustomerProfileIntegrationRequest,
    silent: str | Unset = "yes",
) -> (
    Any | ErrorResponseWithStatus | MultipleCustomerProfileIntegrationResponseV2 | None
):
    """Create or update many customer profiles

     Upserts up to 1000 profiles in one request.

    Args:
        silent (str | Unset):  Default: 'yes'.
        body (MultipleCustomerProfileIntegrationRequest): Up to 1000 profiles to upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponseWithStatus | MultipleCustomerProfileIntegrationResponseV2
    """

    return sync_detailed(
        client=client,
        body=body,
        silent=silent,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MultipleCustomerProfileIntegrationRequest,
    silent: str | Unset = "yes",
) -> Response[
    Any | ErrorResponseWithStatus | MultipleCustomerProfileIntegrationResponseV2
]:
    """Create or update many customer profiles

     Upserts up to 1000 profiles in one request.

    Args:
        silent (str | Unset):  Default: 'yes'.
        body (MultipleCustomerProfileIntegrationRequest): Up to 1000 profiles to upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponseWithStatus | MultipleCustomerProfileIntegrationResponseV2]
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
    body: MultipleCustomerProfileIntegrationRequest,
    silent: str | Unset = "yes",
) -> (
    Any | ErrorResponseWithStatus | MultipleCustomerProfileIntegrationResponseV2 | None
):
    """Create or update many customer profiles

     Upserts up to 1000 profiles in one request.

    Args:
        silent (str | Unset):  Default: 'yes'.
        body (MultipleCustomerProfileIntegrationRequest): Up to 1000 profiles to upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponseWithStatus | MultipleCustomerProfileIntegrationResponseV2
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            silent=silent,
        )
    ).parsed
