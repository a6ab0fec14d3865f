import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.integration_get_all_campaigns_200_response import (
    IntegrationGetAllCampaigns200Response,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = 50,
    skip: int | Unset = UNSET,
    campaign_ids: list[str] | Unset = UNSET,
    start_after: datetime.datetime | Unset = UNSET,
    start_before: datetime.datetime | Unset = UNSET,
    end_after: datetime.datetime | Unset = UNSET,
    end_before: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["skip"] = skip

    json_campaign_ids: list[str] | Unset = UNSET
    if not isinstance(campaign_ids, Unset):
        json_campaign_ids = campaign_ids

    params["campaignIds"] = json_campaign_ids

    json_start_after: str | Unset = UNSET
    if not isinstance(start_after, Unset):
        json_start_after = start_after.isoformat()
    params["startAfter"] = json_start_after

    json_start_before: str | Unset = UNSET
    if not isinstance(start_before, Unset):
        json_start_before = start_before.isoformat()
    params["startBefore"] = json_start_before

    json_end_after: str | Unset = UNSET
    if not isinstance(end_after, Unset):
        json_end_after = end_after.isoformat()
    params["endAfter"] = json_end_after

    json_end_before: str | Unset = UNSET
    if not isinstance(end_before, Unset):
        json_end_before = end_before.isoformat()
    params["endBefore"] = json_end_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/integration/campaigns",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponseWithStatus | IntegrationGetAllCampaigns200Response | None:
    if response.status_code == 200:
        response_200 = IntegrationGetAllCampaigns200Response.from_dict(response.json())

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
) -> Response[ErrorResponseWithStatus | IntegrationGetAllCampaigns200Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 50,
    skip: int | Unset = UNSET,
    campaign_ids: list[str] | Unset = UNSET,
    start_after: datetime.datetime | Unset = UNSET,
    start_before: datetime.datetime | Unset = UNSET,
    end_after: datetime.datetime | Unset = UNSET,
    end_before: datetime.datetime | Unset = UNSET,
) -> Response[ErrorResponseWithStatus | IntegrationGetAllCampaigns200Response]:
    """List the application's campaigns

     Pages through the campaigns of the application the API key belongs to.

    Args:
        page_size (int | Unset):  Default: 50.
        skip (int | Unset):
        campaign_ids (list[str] | Unset):
        start_after (datetime.datetime | Unset):
        start_before (datetime.datetime | Unset):
        end_after (datetime.datetime | Unset):
        end_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | IntegrationGetAllCampaigns200Response]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        skip=skip,
        campaign_ids=campaign_ids,
        start_after=start_after,
        start_before=start_before,
        end_after=end_after,
        end_before=end_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 50,
    skip: int | Unset = UNSET,
    campaign_ids: list[str] | Unset = UNSET,
    start_after: datetime.datetime | Unset = UNSET,
    start_before: datetime.datetime | Unset = UNSET,
    end_after: datetime.datetime | Unset = UNSET,
    end_before: datetime.datetime | Unset = UNSET,
) -> ErrorResponseWithStatus | IntegrationGetAllCampaigns200Response | None:
    """List the application's campaigns

     Pages through the campaigns of the application the API key belongs to.

    Args:
        page_size (int | Unset):  Default: 50.
        skip (int | Unset):
        campaign_ids (list[str] | Unset):
        start_after (datetime.datetime | Unset):
        start_before (datetime.datetime | Unset):
        end_after (datetime.datetime | Unset):
        end_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | IntegrationGetAllCampaigns200Response
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        skip=skip,
        campaign_ids=campaign_ids,
        start_after=start_after,
        start_before=start_before,
        end_after=end_after,
        end_before=end_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 50,
    skip: int | Unset = UNSET,
    campaign_ids: list[str] | Unset = UNSET,
    start_after: datetime.datetime | Unset = UNSET,
    start_before: datetime.datetime | Unset = UNSET,
    end_after: datetime.datetime | Unset = UNSET,
    end_before: datetime.datetime | Unset = UNSET,
) -> Response[ErrorResponseWithStatus | IntegrationGetAllCampaigns200Response]:
    """List the application's campaigns

     Pages through the campaigns of the application the API key belongs to.

    Args:
        page_size (int | Unset):  Default: 50.
        skip (int | Unset):
        campaign_ids (list[str] | Unset):
        start_after (datetime.datetime | Unset):
        start_before (datetime.datetime | Unset):
        end_after (datetime.datetime | Unset):
        end_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | IntegrationGetAllCampaigns200Response]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        skip=skip,
        campaign_ids=campaign_ids,
        start_after=start_after,
        start_before=start_before,
        end_after=end_after,
        end_before=end_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 50,
    skip: int | Unset = UNSET,
    campaign_ids: list[str] | Unset = UNSET,
    start_after: datetime.datetime | Unset = UNSET,
    start_before: datetime.datetime | Unset = UNSET,
    end_after: datetime.datetime | Unset = UNSET,
    end_before: datetime.datetime | Unset = UNSET,
) -> ErrorResponseWithStatus | IntegrationGetAllCampaigns200Response | None:
    """List the application's campaigns

     Pages through the campaigns of the application the API key belongs to.

    Args:
        page_size (int | Unset):  Default: 50.
        skip (int | Unset):
        campaign_ids (list[str] | Unset):
        start_after (datetime.datetime | Unset):
        start_before (datetime.datetime | Unset):
        end_after (datetime.datetime | Unset):
        end_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | IntegrationGetAllCampaigns200Response
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            skip=skip,
            campaign_ids=campaign_ids,
            start_after=start_after,
            start_before=start_before,
            end_after=end_after,
            end_before=end_before,
        )
    ).parsed
