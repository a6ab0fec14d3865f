from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.get_loyalty_card_points_200_response import (
    GetLoyaltyCardPoints200Response,
)
from ...models.get_loyalty_card_points_sort import GetLoyaltyCardPointsSort
from ...models.get_loyalty_card_points_status import GetLoyaltyCardPointsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    loyalty_program_id: int,
    loyalty_card_id: str,
    *,
    status: GetLoyaltyCardPointsStatus | Unset = GetLoyaltyCardPointsStatus.ACTIVE,
    subledger_id: list[str] | Unset = UNSET,
    customer_session_i_ds: list[str] | Unset = UNSET,
    transaction_uui_ds: list[str] | Unset = UNSET,
    page_size: int | Unset = 50,
    skip: int | Unset = UNSET,
    sort: GetLoyaltyCardPointsSort | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_subledger_id: list[str] | Unset = UNSET
    if not isinstance(subledger_id, Unset):
        json_subledger_id = subledger_id

    params["subledgerId"] = json_subledger_id

    json_customer_session_i_ds: list[str] | Unset = UNSET
    if not isinstance(customer_session_i_ds, Unset):
        json_customer_session_i_ds = customer_session_i_ds

    params["customerSessionIDs"] = json_customer_session_i_ds

    json_transaction_uui_ds: list[str] | Unset = UNSET
    if not isinstance(transaction_uui_ds, Unset):
        json_transaction_uui_ds = transaction_uui_ds

    params["transactionUUIDs"] = json_transaction_uui_ds

    params["pageSize"] = page_size

    params["skip"] = skip

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/loyalty_programs/{loyalty_program_id}/cards/{loyalty_card_id}/points".format(
            loyalty_program_id=quote(str(loyalty_program_id), safe=""),
            loyalty_card_id=quote(str(loyalty_card_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponseWithStatus | GetLoyaltyCardPoints200Response | None:
    if response.status_code == 200:
        response_200 = GetLoyaltyCardPoints200Response.from_dict(response.json())

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
) -> Response[ErrorResponseWithStatus | GetLoyaltyCardPoints200Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    loyalty_program_id: int,
    loyalty_card_id: str,
    *,
    client: AuthenticatedClient,
    status: GetLoyaltyCardPointsStatus | Unset = GetLoyaltyCardPointsStatus.ACTIVE,
    subledger_id: list[str] | Unset = UNSET,
    customer_session_i_ds: list[str] | Unset = UNSET,
    transaction_uui_ds: list[str] | Unset = UNSET,
    page_size: int | Unset = 50,
    skip: int | Unset = UNSET,
    sort: GetLoyaltyCardPointsSort | Unset = UNSET,
) -> Response[ErrorResponseWithStatus | GetLoyaltyCardPoints200Response]:
    """List a card's point entries

     Pages through the card's active, pending, expired or negative point entries.

    Args:
        loyalty_program_id (int):
        loyalty_card_id (str):
        status (GetLoyaltyCardPointsStatus | Unset):  Default: GetLoyaltyCardPointsStatus.ACTIVE.
        subledger_id (list[str] | Unset):
        customer_session_i_ds (list[str] | Unset):
        transaction_uui_ds (list[str] | Unset):
        page_size (int | Unset):  Default: 50.
        skip (int | Unset):
        sort (GetLoyaltyCardPointsSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | GetLoyaltyCardPoints200Response]
    """

    kwargs = _get_kwargs(
        loyalty_program_id=loyalty_program_id,
        loyalty_card_id=loyalty_card_id,
        status=status,
        subledger_id=subledger_id,
        customer_session_i_ds=customer_session_i_ds,
        transaction_uui_ds=transaction_uui_ds,
        page_size=page_size,
        skip=skip,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    loyalty_program_id: int,
    loyalty_card_id: str,
    *,
    client: AuthenticatedClient,
    status: GetLoyaltyCardPointsStatus | Unset = GetLoyaltyCardPointsStatus.ACTIVE,
    subledger_id: list[str] | Unset = UNSET,
    customer_session_i_ds: list[str] | Unset = UNSET,
    transaction_uui_ds: list[str] | Unset = UNSET,
    page_size: int | Unset = 50,
    skip: int | Unset = UNSET,
    sort: GetLoyaltyCardPointsSort | Unset = UNSET,
) -> ErrorResponseWithStatus | GetLoyaltyCardPoints200Response | None:
    """List a card's point entries

     Pages through the card's active, pending, expired or negative point entries.

    Args:
        loyalty_program_id (int):
        loyalty_card_id (str):
        status (GetLoyaltyCardPointsStatus | Unset):  Default: GetLoyaltyCardPointsStatus.ACTIVE.
        subledger_id (list[str] | Unset):
        customer_session_i_ds (list[str] | Unset):
        transaction_uui_ds (list[str] | Unset):
        page_size (int | Unset):  Default: 50.
        skip (int | Unset):
        sort (GetLoyaltyCardPointsSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | GetLoyaltyCardPoints200Response
    """

    return sync_detailed(
        loyalty_program_id=loyalty_program_id,
        loyalty_card_id=loyalty_card_id,
        client=client,
        status=status,
        subledger_id=subledger_id,
        customer_session_i_ds=customer_session_i_ds,
        transaction_uui_ds=transaction_uui_ds,
        page_size=page_size,
        skip=skip,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    loyalty_program_id: int,
    loyalty_card_id: str,
    *,
    client: AuthenticatedClient,
    status: GetLoyaltyCardPointsStatus | Unset = GetLoyaltyCardPointsStatus.ACTIVE,
    subledger_id: list[str] | Unset = UNSET,
    customer_session_i_ds: list[str] | Unset = UNSET,
    transaction_uui_ds: list[str] | Unset = UNSET,
    page_size: int | Unset = 50,
    skip: int | Unset = UNSET,
    sort: GetLoyaltyCardPointsSort | Unset = UNSET,
) -> Response[ErrorResponseWithStatus | GetLoyaltyCardPoints200Response]:
    """List a card's point entries

     Pages through the card's active, pending, expired or negative point entries.

    Args:
        loyalty_program_id (int):
        loyalty_card_id (str):
        status (GetLoyaltyCardPointsStatus | Unset):  Default: GetLoyaltyCardPointsStatus.ACTIVE.
        subledger_id (list[str] | Unset):
        customer_session_i_ds (list[str] | Unset):
        transaction_uui_ds (list[str] | Unset):
        page_size (int | Unset):  Default: 50.
        skip (int | Unset):
        sort (GetLoyaltyCardPointsSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | GetLoyaltyCardPoints200Response]
    """

    kwargs = _get_kwargs(
        loyalty_program_id=loyalty_program_id,
        loyalty_card_id=loyalty_card_id,
        status=status,
        subledger_id=subledger_id,
        customer_session_i_ds=customer_session_i_ds,
        transaction_uui_ds=transaction_uui_ds,
        page_size=page_size,
        skip=skip,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    loyalty_program_id: int,
    loyalty_card_id: str,
    *,
    client: AuthenticatedClient,
    status: GetLoyaltyCardPointsStatus | Unset = GetLoyaltyCardPointsStatus.ACTIVE,
    subledger_id: list[str] | Unset = UNSET,
    customer_session_i_ds: list[str] | Unset = UNSET,
    transaction_uui_ds: list[str] | Unset = UNSET,
    page_size: int | Unset = 50,
    skip: int | Unset = UNSET,
    sort: GetLoyaltyCardPointsSort | Unset = UNSET,
) -> ErrorResponseWithStatus | GetLoyaltyCardPoints200Response | None:
    """List a card's point entries

     Pages through the card's active, pending, expired or negative point entries.

    Args:
        loyalty_program_id (int):
        loyalty_card_id (str):
        status (GetLoyaltyCardPointsStatus | Unset):  Default: GetLoyaltyCardPointsStatus.ACTIVE.
        subledger_id (list[str] | Unset):
        customer_session_i_ds (list[str] | Unset):
        transaction_uui_ds (list[str] | Unset):
        page_size (int | Unset):  Default: 50.
        skip (int | Unset):
        sort (GetLoyaltyCardPointsSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | GetLoyaltyCardPoints200Response
    """

    return (
        await asyncio_detailed(
            loyalty_program_id=loyalty_program_id,
            loyalty_card_id=loyalty_card_id,
            client=client,
            status=status,
            subledger_id=subledger_id,
            customer_session_i_ds=customer_session_i_ds,
            transaction_uui_ds=transaction_uui_ds,
            page_size=page_size,
            skip=skip,
            sort=sort,
        )
    ).parsed
