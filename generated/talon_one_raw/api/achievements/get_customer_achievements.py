from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.get_customer_achievements_200_response import (
    GetCustomerAchievements200Response,
)
from ...models.get_customer_achievements_achievement_status_item import (
    GetCustomerAchievementsAchievementStatusItem,
)
from ...models.get_customer_achievements_current_progress_status_item import (
    GetCustomerAchievementsCurrentProgressStatusItem,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    integration_id: str,
    *,
    campaign_ids: list[str] | Unset = UNSET,
    achievement_ids: list[str] | Unset = UNSET,
    achievement_status: list[GetCustomerAchievementsAchievementStatusItem]
    | Unset = UNSET,
    current_progress_status: list[GetCustomerAchievementsCurrentProgressStatusItem]
    | Unset = UNSET,
    page_size: int | Unset = 1000,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_campaign_ids: list[str] | Unset = UNSET
    if not isinstance(campaign_ids, Unset):
        json_campaign_ids = campaign_ids

    params["campaignIds"] = json_campaign_ids

    json_achievement_ids: list[str] | Unset = UNSET
    if not isinstance(achievement_ids, Unset):
        json_achievement_ids = achievement_ids

    params["achievementIds"] = json_achievement_ids

    json_achievement_status: list[str] | Unset = UNSET
    if not isinstance(achievement_status, Unset):
        json_achievement_status = []
        for achievement_status_item_data in achievement_status:
            achievement_status_item = achievement_status_item_data.value
            json_achievement_status.append(achievement_status_item)

    params["achievementStatus"] = json_achievement_status

    json_current_progress_status: list[str] | Unset = UNSET
    if not isinstance(current_progress_status, Unset):
        json_current_progress_status = []
        for current_progress_status_item_data in current_progress_status:
            current_progress_status_item = current_progress_status_item_data.value
            json_current_progress_status.append(current_progress_status_item)

    params["currentProgressStatus"] = json_current_progress_status

    params["pageSize"] = page_size

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customer_profiles/{integration_id}/achievements".format(
            integration_id=quote(str(integration_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponseWithStatus | GetCustomerAchievements200Response | None:
    if response.status_code == 200:
        response_200 = GetCustomerAchievements200Response.from_dict(response.json())

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
) -> Response[ErrorResponseWithStatus | GetCustomerAchievements200Response]:
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
    campaign_ids: list[str] | Unset = UNSET,
    achievement_ids: list[str] | Unset = UNSET,
    achievement_status: list[GetCustomerAchievementsAchievementStatusItem]
    | Unset = UNSET,
    current_progress_status: list[GetCustomerAchievementsCurrentProgressStatusItem]
    | Unset = UNSET,
    page_size: int | Unset = 1000,
    skip: int | Unset = UNSET,
) -> Response[ErrorResponseWithStatus | GetCustomerAchievements200Response]:
    """List a profile's achievements

     Pages through the achievements available to the profile and its progress in each.

    Args:
        integration_id (str):
        campaign_ids (list[str] | Unset):
        achievement_ids (list[str] | Unset):
        achievement_status (list[GetCustomerAchievementsAchievementStatusItem] | Unset):
        current_progress_status (list[GetCustomerAchievementsCurrentProgressStatusItem] | Unset):
        page_size (int | Unset):  Default: 1000.
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | GetCustomerAchievements200Response]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        campaign_ids=campaign_ids,
        achievement_ids=achievement_ids,
        achievement_status=achievement_status,
        current_progress_status=current_progress_status,
        page_size=page_size,
        skip=skip,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: str,
    *,
    client: AuthenticatedClient,
    campaign_ids: list[str] | Unset = UNSET,
    achievement_ids: list[str] | Unset = UNSET,
    achievement_status: list[GetCustomerAchievementsAchievementStatusItem]
    | Unset = UNSET,
    current_progress_status: list[GetCustomerAchievementsCurrentProgressStatusItem]
    | Unset = UNSET,
    page_size: int | Unset = 1000,
    skip: int | Unset = UNSET,
) -> ErrorResponseWithStatus | GetCustomerAchievements200Response | None:
    """List a profile's achievements

     Pages through the achievements available to the profile and its progress in each.

    Args:
        integration_id (str):
        campaign_ids (list[str] | Unset):
        achievement_ids (list[str] | Unset):
        achievement_status (list[GetCustomerAchievementsAchievementStatusItem] | Unset):
        current_progress_status (list[GetCustomerAchievementsCurrentProgressStatusItem] | Unset):
        page_size (int | Unset):  Default: 1000.
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | GetCustomerAchievements200Response
    """

    return sync_detailed(
        integration_id=integration_id,
        client=client,
        campaign_ids=campaign_ids,
        achievement_ids=achievement_ids,
        achievement_status=achievement_status,
        current_progress_status=current_progress_status,
        page_size=page_size,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient,
    campaign_ids: list[str] | Unset = UNSET,
    achievement_ids: list[str] | Unset = UNSET,
    achievement_status: list[GetCustomerAchievementsAchievementStatusItem]
    | Unset = UNSET,
    current_progress_status: list[GetCustomerAchievementsCurrentProgressStatusItem]
    | Unset = UNSET,
    page_size: int | Unset = 1000,
    skip: int | Unset = UNSET,
) -> Response[ErrorResponseWithStatus | GetCustomerAchievements200Response]:
    """List a profile's achievements

     Pages through the achievements available to the profile and its progress in each.

    Args:
        integration_id (str):
        campaign_ids (list[str] | Unset):
        achievement_ids (list[str] | Unset):
        achievement_status (list[GetCustomerAchievementsAchievementStatusItem] | Unset):
        current_progress_status (list[GetCustomerAchievementsCurrentProgressStatusItem] | Unset):
        page_size (int | Unset):  Default: 1000.
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | GetCustomerAchievements200Response]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        campaign_ids=campaign_ids,
        achievement_ids=achievement_ids,
        achievement_status=achievement_status,
        current_progress_status=current_progress_status,
        page_size=page_size,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: str,
    *,
    client: AuthenticatedClient,
    campaign_ids: list[str] | Unset = UNSET,
    achievement_ids: list[str] | Unset = UNSET,
    achievement_status: list[GetCustomerAchievementsAchievementStatusItem]
    | Unset = UNSET,
    current_progress_status: list[GetCustomerAchievementsCurrentProgressStatusItem]
    | Unset = UNSET,
    page_size: int | Unset = 1000,
    skip: int | Unset = UNSET,
) -> ErrorResponseWithStatus | GetCustomerAchievements200Response | None:
    """List a profile's achievements

     Pages through the achievements available to the profile and its progress in each.

    Args:
        integration_id (str):
        campaign_ids (list[str] | Unset):
        achievement_ids (list[str] | Unset):
        achievement_status (list[GetCustomerAchievementsAchievementStatusItem] | Unset):
        current_progress_status (list[GetCustomerAchievementsCurrentProgressStatusItem] | Unset):
        page_size (int | Unset):  Default: 1000.
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | GetCustomerAchievements200Response
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            campaign_ids=campaign_ids,
            achievement_ids=achievement_ids,
            achievement_status=achievement_status,
            current_progress_status=current_progress_status,
            page_size=page_size,
            skip=skip,
        )
    ).parsed
