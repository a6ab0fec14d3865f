from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_profile_integration_request_v2 import (
    CustomerProfileIntegrationRequestV2,
)
from ...models.customer_profile_integration_response_v2 import (
    CustomerProfileIntegrationResponseV2,
)
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.update_customer_profile_v2409_response import (
    UpdateCustomerProfileV2409Response,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    integration_id: str,
    *,
    body: CustomerProfileIntegrationRequestV2,
    run_rule_engine: bool | Unset = False,
    dry: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["runRuleEngine"] = run_rule_engine

    params["dry"] = dry

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/customer_profiles/{integration_id}".format(
            integration_id=quote(str(integration_id), safe=""),
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
    CustomerProfileIntegrationResponseV2
    | ErrorResponseWithStatus
    | UpdateCustomerProfileV2409Response
    | None
):
    if response.status_code == 200:
        response_200 = CustomerProfileIntegrationResponseV2.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponseWithStatus.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponseWithStatus.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = UpdateCustomerProfileV2409Response.from_dict(response.json())

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
    CustomerProfileIntegrationResponseV2
    | ErrorResponseWithStatus
    | UpdateCustomerProfileV2409Response
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomerProfileIntegrationRequestV2,
    run_rule_engine: bool | Unset = False,
    dry: bool | Unset = UNSET,
) -> Response[
    CustomerProfileIntegrationResponseV2
    | ErrorResponseWithStatus
    | UpdateCustomerProfileV2409Response
]:
    """Create or update a customer profile

     Upserts the profile's attributes and audience changes, optionally running the rule engine.

    Args:
        integration_id (str):
        run_rule_engine (bool | Unset):  Default: False.
        dry (bool | Unset):
        body (CustomerProfileIntegrationRequestV2): Profile attributes and audience changes to
            store. Example: {'attributes': {'Name': 'Ada'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerProfileIntegrationResponseV2 | ErrorResponseWithStatus | UpdateCustomerProfileV2409Response]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        body=body,
        run_rule_engine=run_rule_engine,
        dry=dry,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomerProfileIntegrationRequestV2,
    run_rule_engine: bool | Unset = False,
    dry: bool | Unset = UNSET,
) -> (
    CustomerProfileIntegrationResponseV2
    | ErrorResponseWithStatus
    | UpdateCustomerProfileV2409Response
    | None
):
    """Create or update a customer profile

     Upserts the profile's attributes and audience changes, optionally running the rule engine.

    Args:
        integration_id (str):
        run_rule_engine (bool | Unset):  Default: False.
        dry (bool | Unset):
        body (CustomerProfileIntegrationRequestV2): Profile attributes and audience changes to
            store. Example: {'attributes': {'Name': 'Ada'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerProfileIntegrationResponseV2 | ErrorResponseWithStatus | UpdateCustomerProfileV2409Response
    """

    return sync_detailed(
        integration_id=integration_id,
        client=client,
        body=body,
        run_rule_engine=run_rule_engine,
        dry=dry,
    ).parsed


async def asyncio_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomerProfileIntegrationRequestV2,
    run_rule_engine: bool | Unset = False,
    dry: bool | Unset = UNSET,
) -> Response[
    CustomerProfileIntegrationResponseV2
    | ErrorResponseWithStatus
    | UpdateCustomerProfileV2409Response
]:
    """Create or update a customer profile

     Upserts the profile's attributes and audience changes, optionally running the rule engine.

    Args:
        integration_id (str):
        run_rule_engine (bool | Unset):  Default: False.
        dry (bool | Unset):
        body (CustomerProfileIntegrationRequestV2): Profile attributes and audience changes to
            store. Example: {'attributes': {'Name': 'Ada'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerProfileIntegrationResponseV2 | ErrorResponseWithStatus | UpdateCustomerProfileV2409Response]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        body=body,
        run_rule_engine=run_rule_engine,
        dry=dry,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomerProfileIntegrationRequestV2,
    run_rule_engine: bool | Unset = False,
    dry: bool | Unset = UNSET,
) -> (
    CustomerProfileIntegrationResponseV2
    | ErrorResponseWithStatus
    | UpdateCustomerProfileV2409Response
    | None
):
    """Create or update a customer profile

     Upserts the profile's attributes and audience changes, optionally running the rule engine.

    Args:
        integration_id (str):
        run_rule_engine (bool | Unset):  Default: False.
        dry (bool | Unset):
        body (CustomerProfileIntegrationRequestV2): Profile attributes and audience changes to
            store. Example: {'attributes': {'Name': 'Ada'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerProfileIntegrationResponseV2 | ErrorResponseWithStatus | UpdateCustomerProfileV2409Response
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            body=body,
            run_rule_engine=run_rule_engine,
            dry=dry,
        )
    ).parsed
