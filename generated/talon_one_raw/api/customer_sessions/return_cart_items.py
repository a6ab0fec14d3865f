from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.integration_state_v2 import IntegrationStateV2
from ...models.return_integration_request import ReturnIntegrationRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_session_id: str,
    *,
    body: ReturnIntegrationRequest,
    dry: bool | Unset = UNSET,
    run_rule_engine: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["dry"] = dry

    params["runRuleEngine"] = run_rule_engine

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/customer_sessions/{customer_session_id}/returns".format(
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
) -> ErrorResponse | ErrorResponseWithStatus | IntegrationStateV2 | None:
    if response.status_code == 200:
        response_200 = IntegrationStateV2.from_dict(response.json())

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
) -> Response[ErrorResponse | ErrorResponseWithStatus | IntegrationStateV2]:
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
    body: ReturnIntegrationRequest,
    dry: bool | Unset = UNSET,
    run_rule_engine: bool | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponseWithStatus | IntegrationStateV2]:
    """Return items of a closed session

     Records returned cart items; effects of the returned items are rolled back.

    Args:
        customer_session_id (str):
        dry (bool | Unset):
        run_rule_engine (bool | Unset):
        body (ReturnIntegrationRequest): A return and which parts of the state to send back.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponseWithStatus | IntegrationStateV2]
    """

    kwargs = _get_kwargs(
        customer_session_id=customer_session_id,
        body=body,
        dry=dry,
        run_rule_engine=run_rule_engine,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_session_id: str,
    *,
    client: AuthenticatedClient,
    body: ReturnIntegrationRequest,
    dry: bool | Unset = UNSET,
    run_rule_engine: bool | Unset = UNSET,
) -> ErrorResponse | ErrorResponseWithStatus | IntegrationStateV2 | None:
    """Return items of a closed session

     Records returned cart items; effects of the returned items are rolled back.

    Args:
        customer_session_id (str):
        dry (bool | Unset):
        run_rule_engine (bool | Unset):
        body (ReturnIntegrationRequest): A return and which parts of the state to send back.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponseWithStatus | IntegrationStateV2
    """

    return sync_detailed(
        customer_session_id=customer_session_id,
        client=client,
        body=body,
        dry=dry,
        run_rule_engine=run_rule_engine,
    ).parsed


async def asyncio_detailed(
    customer_session_id: str,
    *,
    client: AuthenticatedClient,
    body: ReturnIntegrationRequest,
    dry: bool | Unset = UNSET,
    run_rule_engine: bool | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponseWithStatus | IntegrationStateV2]:
    """Return items of a closed session

     Records returned cart items; effects of the returned items are rolled back.

    Args:
        customer_session_id (str):
        dry (bool | Unset):
        run_rule_engine (bool | Unset):
        body (ReturnIntegrationRequest): A return and which parts of the state to send back.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponseWithStatus | IntegrationStateV2]
    """

    kwargs = _get_kwargs(
        customer_session_id=customer_session_id,
        body=body,
        dry=dry,
        run_rule_engine=run_rule_engine,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_session_id: str,
    *,
    client: AuthenticatedClient,
    body: ReturnIntegrationRequest,
    dry: bool | Unset = UNSET,
    run_rule_engine: bool | Unset = UNSET,
) -> ErrorResponse | ErrorResponseWithStatus | IntegrationStateV2 | None:
    """Return items of a closed session

     Records returned cart items; effects of the returned items are rolled back.

    Args:
        customer_session_id (str):
        dry (bool | Unset):
        run_rule_engine (bool | Unset):
        body (ReturnIntegrationRequest): A return and which parts of the state to send back.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponseWithStatus | IntegrationStateV2
    """

    return (
        await asyncio_detailed(
            customer_session_id=customer_session_id,
            client=client,
            body=body,
            dry=dry,
            run_rule_engine=run_rule_engine,
        )
    ).parsed
