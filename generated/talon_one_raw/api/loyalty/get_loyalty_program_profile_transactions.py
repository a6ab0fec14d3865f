import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.get_loyalty_program_profile_transactions_200_response import (
    GetLoyaltyProgramProfileTransactions200Response,
)
from ...models.get_loyalty_program_profile_transactions_loyalty_transaction_type import (
    GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    loyalty_program_id: int,
    integration_id: str,
    *,
    customer_session_i_ds: list[str] | Unset = UNSET,
    transaction_uui_ds: list[str] | Unset = UNSET,
    subledger_id: str | Unset = UNSET,
    loyalty_transaction_type: GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType
    | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 50,
    skip: int | Unset = UNSET,
    awaits_activation: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_customer_session_i_ds: list[str] | Unset = UNSET
    if not isinstance(customer_session_i_ds, Unset):
        json_customer_session_i_ds = customer_session_i_ds

    params["customerSessionIDs"] = json_customer_session_i_ds

    json_transaction_uui_ds: list[str] | Unset = UNSET
    if not isinstance(transaction_uui_ds, Unset):
        json_transaction_uui_ds = transaction_uui_ds

    params["transactionUUIDs"] = json_transaction_uui_ds

    params["subledgerId"] = subledger_id

    json_loyalty_transaction_type: str | Unset = UNSET
    if not isinstance(loyalty_transaction_type, Unset):
        json_loyalty_transaction_type = loyalty_transaction_type.value

    params["loyaltyTransactionType"] = json_loyalty_transaction_type

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

    params["awaitsActivation"] = awaits_activation

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/loyalty_programs/{loyalty_program_id}/profile/{integration_id}/transactions".format(
            loyalty_program_id=quote(str(loyalty_program_id), safe=""),
            integration_id=quote(str(integration_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponseWithStatus | GetLoyaltyProgramProfileTransactions200Response | None:
    if response.status_code == 200:
        response_200 = GetLoyaltyProgramProfileTransactions200Response.from_dict(
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
) -> Response[
    ErrorResponseWithStatus | GetLoyaltyProgramProfileTransactions200Response
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    loyalty_program_id: int,
    integration_id: str,
    *,
    client: AuthenticatedClient,
    customer_session_i_ds: list[str] | Unset = UNSET,
    transaction_uui_ds: list[str] | Unset = UNSET,
    subledger_id: str | Unset = UNSET,
    loyalty_transaction_type: GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType
    | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 50,
    skip: int | Unset = UNSET,
    awaits_activation: bool | Unset = UNSET,
) -> Response[
    ErrorResponseWithStatus | GetLoyaltyProgramProfileTransactions200Response
]:
    """List a profile's loyalty transactions

     Pages through the profile's ledger transactions.

    Args:
        loyalty_program_id (int):
        integration_id (str):
        customer_session_i_ds (list[str] | Unset):
        transaction_uui_ds (list[str] | Unset):
        subledger_id (str | Unset):
        loyalty_transaction_type (GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType |
            Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        page_size (int | Unset):  Default: 50.
        skip (int | Unset):
        awaits_activation (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | GetLoyaltyProgramProfileTransactions200Response]
    """

    kwargs = _get_kwargs(
        loyalty_program_id=loyalty_program_id,
        integration_id=integration_id,
        customer_session_i_ds=customer_session_i_ds,
        transaction_uui_ds=transaction_uui_ds,
        subledger_id=subledger_id,
        loyalty_transaction_type=loyalty_transaction_type,
        start_date=start_date,
        end_date=end_date,
        page_size=page_size,
        skip=skip,
        awaits_activation=awaits_activation,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    loyalty_program_id: int,
    integration_id: str,
    *,
    client: AuthenticatedClient,
    customer_session_i_ds: list[str] | Unset = UNSET,
    transaction_uui_ds: list[str] | Unset = UNSET,
    subledger_id: str | Unset = UNSET,
    loyalty_transaction_type: GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType
    | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 50,
    skip: int | Unset = UNSET,
    awaits_activation: bool | Unset = UNSET,
) -> ErrorResponseWithStatus | GetLoyaltyProgramProfileTransactions200Response | None:
    """List a profile's loyalty transactions

     Pages through the profile's ledger transactions.

    Args:
        loyalty_program_id (int):
        integration_id (str):
        customer_session_i_ds (list[str] | Unset):
        transaction_uui_ds (list[str] | Unset):
        subledger_id (str | Unset):
        loyalty_transaction_type (GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType |
            Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        page_size (int | Unset):  Default: 50.
        skip (int | Unset):
        awaits_activation (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | GetLoyaltyProgramProfileTransactions200Response
    """

    return sync_detailed(
        loyalty_program_id=loyalty_program_id,
        integration_id=integration_id,
        client=client,
        customer_session_i_ds=customer_session_i_ds,
        transaction_uui_ds=transaction_uui_ds,
        subledger_id=subledger_id,
        loyalty_transaction_type=loyalty_transaction_type,
        start_date=start_date,
        end_date=end_date,
        page_size=page_size,
        skip=skip,
        awaits_activation=awaits_activation,
    ).parsed


async def asyncio_detailed(
    loyalty_program_id: int,
    integration_id: str,
    *,
    client: AuthenticatedClient,
    customer_session_i_ds: list[str] | Unset = UNSET,
    transaction_uui_ds: list[str] | Unset = UNSET,
    subledger_id: str | Unset = UNSET,
    loyalty_transaction_type: GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType
    | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 50,
    skip: int | Unset = UNSET,
    awaits_activation: bool | Unset = UNSET,
) -> Response[
    ErrorResponseWithStatus | GetLoyaltyProgramProfileTransactions200Response
]:
    """List a profile's loyalty transactions

     Pages through the profile's ledger transactions.

    Args:
        loyalty_program_id (int):
        integration_id (str):
        customer_session_i_ds (list[str] | Unset):
        transaction_uui_ds (list[str] | Unset):
        subledger_id (str | Unset):
        loyalty_transaction_type (GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType |
            Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        page_size (int | Unset):  Default: 50.
        skip (int | Unset):
        awaits_activation (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | GetLoyaltyProgramProfileTransactions200Response]
    """

    kwargs = _get_kwargs(
        loyalty_program_id=loyalty_program_id,
        integration_id=integration_id,
        customer_session_i_ds=customer_session_i_ds,
        transaction_uui_ds=transaction_uui_ds,
        subledger_id=subledger_id,
        loyalty_transaction_type=loyalty_transaction_type,
        start_date=start_date,
        end_date=end_date,
        page_size=page_size,
        skip=skip,
        awaits_activation=awaits_activation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    loyalty_program_id: int,
    integration_id: str,
    *,
    client: AuthenticatedClient,
    customer_session_i_ds: list[str] | Unset = UNSET,
    transaction_uui_ds: list[str] | Unset = UNSET,
    subledger_id: str | Unset = UNSET,
    loyalty_transaction_type: GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType
    | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 50,
    skip: int | Unset = UNSET,
    awaits_activation: bool | Unset = UNSET,
) -> ErrorResponseWithStatus | GetLoyaltyProgramProfileTransactions200Response | None:
    """List a profile's loyalty transactions

     Pages through the profile's ledger transactions.

    Args:
        loyalty_program_id (int):
        integration_id (str):
        customer_session_i_ds (list[str] | Unset):
        transaction_uui_ds (list[str] | Unset):
        subledger_id (str | Unset):
        loyalty_transaction_type (GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType |
            Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        page_size (int | Unset):  Default: 50.
        skip (int | Unset):
        awaits_activation (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | GetLoyaltyProgramProfileTransactions200Response
    """

    return (
        await asyncio_detailed(
            loyalty_program_id=loyalty_program_id,
            integration_id=integration_id,
            client=client,
            customer_session_i_ds=customer_session_i_ds,
            transaction_uui_ds=transaction_uui_ds,
            subledger_id=subledger_id,
            loyalty_transaction_type=loyalty_transaction_type,
            start_date=start_date,
            end_date=end_date,
            page_size=page_size,
            skip=skip,
            awaits_activation=awaits_activation,
        )
    ).parsed
