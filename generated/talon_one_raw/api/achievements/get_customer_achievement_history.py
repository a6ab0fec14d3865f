import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.get_customer_achievement_history_200_response import (
    GetCustomerAchievementHistory200Response,
)
from ...models.get_customer_achievement_history_progress_status_item import (
    GetCustomerAchievementHistoryProgressStatusItem,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    integration_id: str,
    achievement_id: int,
    *,
    progress_status: list[GetCustomerAchievementHistoryProgressStatusItem]
    | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 1000,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_progress_status: list[str] | Unset = UNSET
    if not isinstance(progress_status, Unset):
        json_progress_status = []
        for progress_status_item_data in progress_status:
            progress_status_item = progress_status_item_data.value
            json_progress_status.append(progress_status_item)

    params["progressStatus"] = json_progress_status

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params["pageSize"] = page_size

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customer_profiles/{integration_id}/achievements/{achievement_id}".format(
            integration_id=quote(str(integration_id), safe=""),
            achievement_id=quote(str(achievement_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponseWithStatus | GetCustomerAchievementHistory200Response | None:
    if response.status_code == 200:
        response_200 = GetCustomerAchievementHistory200Response.from_dict(
            response.json()
        )

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
) -> Response[ErrorResponseWithStatus | GetCustomerAchievementHistory200Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    integration_id: str,
    achievement_id: int,
    *,
    client: AuthenticatedClient,
    progress_status: list[GetCustomerAchievementHistoryProgressStatusItem]
    | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 1000,
    skip: int | Unset = UNSET,
) -> Response[ErrorResponseWithStatus | GetCustomerAchievementHistory200Response]:
    """List a profile's progress history in one achievement

     Pages through the profile's past and current progress records of the achievement.

    Args:
        integration_id (str):
        achievement_id (int):
        progress_status (list[GetCustomerAchievementHistoryProgressStatusItem] | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        page_size (int | Unset):  Default: 1000.
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | GetCustomerAchievementHistory200Response]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        achievement_id=achievement_id,
        progress_status=progress_status,
        start_date=start_date,
        end_date=end_date,
        page_size=page_size,
        skip=skip,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: str,
    achievement_id: int,
    *,
    client: AuthenticatedClient,
    progress_status: list[GetCustomerAchievementHistoryProgressStatusItem]
    | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 1000,
    skip: int | Unset = UNSET,
) -> ErrorResponseWithStatus | GetCustomerAchievementHistory200Response | None:
    """List a profile's progress history in one achievement

     Pages through the profile's past and current progress records of the achievement.

    Args:
        integration_id (str):
        achievement_id (int):
        progress_status (list[GetCustomerAchievementHistoryProgressStatusItem] | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        page_size (int | Unset):  Default: 1000.
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | GetCustomerAchievementHistory200Response
    """

    return sync_detailed(
        integration_id=integration_id,
        achievement_id=achievement_id,
        client=client,
        progress_status=progress_status,
        start_date=start_date,
        end_date=end_date,
        page_size=page_size,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    integration_id: str,
    achievement_id: int,
    *,
    client: AuthenticatedClient,
    progress_status: list[GetCustomerAchievementHistoryProgressStatusItem]
    | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 1000,
    skip: int | Unset = UNSET,
) -> Response[ErrorResponseWithStatus | GetCustomerAchievementHistory200Response]:
    """List a profile's progress history in one achievement

     Pages through the profile's past and current progress records of the achievement.

    Args:
        integration_id (str):
        achievement_id (int):
        progress_status (list[GetCustomerAchievementHistoryProgressStatusItem] | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        page_size (int | Unset):  Default: 1000.
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | GetCustomerAchievementHistory200Response]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        achievement_id=achievement_id,
        progress_status=progress_status,
        start_date=start_date,
        end_date=end_date,
        page_size=page_size,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: str,
    achievement_id: int,
    *,
    client: AuthenticatedClient,
    progress_status: list[GetCustomerAchievementHistoryProgressStatusItem]
    | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 1000,
    skip: int | Unset = UNSET,
) -> ErrorResponseWithStatus | GetCustomerAchievementHistory200Response | None:
    """List a profile's progress history in one achievement

     Pages through the profile's past and current progress records of the achievement.

    Args:
        integration_id (str):
        achievement_id (int):
        progress_status (list[GetCustomerAchievementHistoryProgressStatusItem] | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        page_size (int | Unset):  Default: 1000.
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | GetCustomerAchievementHistory200Response
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            achievement_id=achievement_id,
            client=client,
            progress_status=progress_status,
            start_date=start_date,
            end_date=end_date,
            page_size=page_size,
            skip=skip,
        )
    ).parsed
