import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.integration_request import IntegrationRequest
from ...models.integration_state_v2 import IntegrationStateV2
from ...models.update_customer_session_v2409_response import (
    UpdateCustomerSessionV2409Response,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_session_id: str,
    *,
    body: IntegrationRequest,
    dry: bool | Unset = UNSET,
    now: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["dry"] = dry

    json_now: str | Unset = UNSET
    if not isinstance(now, Unset):
        json_now = now.isoformat()
    params["now"] = json_now

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/customer_sessions/{customer_session_id}".format(
            customer_session_id=quote(str(customer_session_id), safe=""),
        ),
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
    | IntegrationStateV2
    | UpdateCustomerSessionV2409Response
    | None
):
    if response.status_code == 200:
        response_200 = IntegrationStateV2.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponseWithStatus.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = UpdateCustomerSessionV2409Response.from_dict(response.json())

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
    ErrorResponse
    | ErrorResponseWithStatus
    | IntegrationStateV2
    | UpdateCustomerSessionV2409Response
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
    body: IntegrationRequest,
    dry: bool | Unset = UNSET,
    now: datetime.datetime | Unset = UNSET,
) -> Response[
    ErrorResponse
    | ErrorResponseWithStatus
    | IntegrationStateV2
    | UpdateCustomerSessionV2409Response
]:
    """Create or update a customer session

     Upserts the cart and evaluates the campaigns; the response carries the resulting effects and the
    state selected by responseContent.

    Args:
        customer_session_id (str):
        dry (bool | Unset):
        now (datetime.datetime | Unset):
        body (IntegrationRequest): A session update and which parts of the state to return.
            Example: {'customerSession': {'profileId': 'cust-0001', 'couponCodes': ['WELCOME10'],
            'cartItems': [{'name': 'Oat milk 1L', 'sku': 'OAT-1L', 'quantity': 2, 'price': 2.49}],
            'state': 'open'}, 'responseContent': ['customerSession', 'customerProfile']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponseWithStatus | IntegrationStateV2 | UpdateCustomerSessionV2409Response]
    """

    kwargs = _get_kwargs(
        customer_session_id=customer_session_id,
        body=body,
        dry=dry,
        now=now,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_session_id: str,
    *,
    client: AuthenticatedClient,
    body: IntegrationRequest,
    dry: bool | Unset = UNSET,
    now: datetime.datetime | Unset = UNSET,
) -> (
    ErrorResponse
    | ErrorResponseWithStatus
    | IntegrationStateV2
    | UpdateCustomerSessionV2409Response
    | None
):
    """Create or update a customer session

     Upserts the cart and evaluates the campaigns; the response carries the resulting effects and the
    state selected by responseContent.

    Args:
        customer_session_id (str):
        dry (bool | Unset):
        now (datetime.datetime | Unset):
        body (IntegrationRequest): A session update and which parts of the state to return.
            Example: {'customerSession': {'profileId': 'cust-0001', 'couponCodes': ['WELCOME10'],
            'cartItems': [{'name': 'Oat milk 1L', 'sku': 'OAT-1L', 'quantity': 2, 'price': 2.49}],
            'state': 'open'}, 'responseContent': ['customerSession', 'customerProfile']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponseWithStatus | IntegrationStateV2 | UpdateCustomerSessionV2409Response
    """

    return sync_detailed(
        customer_session_id=customer_session_id,
        client=client,
        body=body,
        dry=dry,
        now=now,
    ).parsed


async def asyncio_detailed(
    customer_session_id: str,
    *,
    client: AuthenticatedClient,
    body: IntegrationRequest,
    dry: bool | Unset = UNSET,
    now: datetime.datetime | Unset = UNSET,
) -> Response[
    ErrorResponse
    | ErrorResponseWithStatus
    | IntegrationStateV2
    | UpdateCustomerSessionV2409Response
]:
    """Create or update a customer session

     Upserts the cart and evaluates the campaigns; the response carries the resulting effects and the
    state selected by responseContent.

    Args:
        customer_session_id (str):
        dry (bool | Unset):
        now (datetime.datetime | Unset):
        body (IntegrationRequest): A session update and which parts of the state to return.
            Example: {'customerSession': {'profileId': 'cust-0001', 'couponCodes': ['WELCOME10'],
            'cartItems': [{'name': 'Oat milk 1L', 'sku': 'OAT-1L', 'quantity': 2, 'price': 2.49}],
            'state': 'open'}, 'responseContent': ['customerSession', 'customerProfile']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponseWithStatus | IntegrationStateV2 | UpdateCustomerSessionV2409Response]
    """

    kwargs = _get_kwargs(
        customer_session_id=customer_session_id,
        body=body,
        dry=dry,
        now=now,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_session_id: str,
    *,
    client: AuthenticatedClient,
    body: IntegrationRequest,
    dry: bool | Unset = UNSET,
    now: datetime.datetime | Unset = UNSET,
) -> (
    ErrorResponse
    | ErrorResponseWithStatus
    | IntegrationStateV2
    | UpdateCustomerSessionV2409Response
    | None
):
    """Create or update a customer session

     Upserts the cart and evaluates the campaigns; the response carries the resulting effects and the
    state selected by responseContent.

    Args:
        customer_session_id (str):
        dry (bool | Unset):
        now (datetime.datetime | Unset):
        body (IntegrationRequest): A session update and which parts of the state to return.
            Example: {'customerSession': {'profileId': 'cust-0001', 'couponCodes': ['WELCOME10'],
            'cartItems': [{'name': 'Oat milk 1L', 'sku': 'OAT-1L', 'quantity': 2, 'price': 2.49}],
            'state': 'open'}, 'responseContent': ['customerSession', 'customerProfile']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponseWithStatus | IntegrationStateV2 | UpdateCustomerSessionV2409Response
    """

    return (
        await asyncio_detailed(
            customer_session_id=customer_session_id,
            client=client,
            body=body,
            dry=dry,
            now=now,
        )
    ).parsed
