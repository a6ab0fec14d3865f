import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response_with_status import ErrorResponseWithStatus
from ...models.loyalty_card_balances import LoyaltyCardBalances
from ...types import UNSET, Response, Unset


def _get_kwargs(
    loyalty_program_id: int,
    loyalty_card_id: str,
    *,
    end_date: datetime.datetime | Unset = UNSET,
    subledger_id: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    json_subledger_id: list[str] | Unset = UNSET
    if not isinstance(subledger_id, Unset):
        json_subledger_id = subledger_id

    params["subledgerId"] = json_subledger_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/loyalty_programs/{loyalty_program_id}/cards/{loyalty_card_id}/balances".format(
            loyalty_program_id=quote(str(loyalty_program_id), safe=""),
            loyalty_card_id=quote(str(loyalty_card_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponseWithStatus | LoyaltyCardBalances | None:
    if response.status_code == 200:
        response_200 = LoyaltyCardBalances.from_dict(response.json())

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
) -> Response[ErrorResponseWithStatus | LoyaltyCardBalances]:
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
    end_date: datetime.datetime | Unset = UNSET,
    subledger_id: list[str] | Unset = UNSET,
) -> Response[ErrorResponseWithStatus | LoyaltyCardBalances]:
    """Get a loyalty card's balances

     Returns the card's balances per subledger and the profiles linked to it.

    Args:
        loyalty_program_id (int):
        loyalty_card_id (str):
        end_date (datetime.datetime | Unset):
        subledger_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | LoyaltyCardBalances]
    """

    kwargs = _get_kwargs(
        loyalty_program_id=loyalty_program_id,
        loyalty_card_id=loyalty_card_id,
        end_date=end_date,
        subledger_id=subledger_id,
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
    end_date: datetime.datetime | Unset = UNSET,
    subledger_id: list[str] | Unset = UNSET,
) -> ErrorResponseWithStatus | LoyaltyCardBalances | None:
    """Get a loyalty card's balances

     Returns the card's balances per subledger and the profiles linked to it.

    Args:
        loyalty_program_id (int):
        loyalty_card_id (str):
        end_date (datetime.datetime | Unset):
        subledger_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | LoyaltyCardBalances
    """

    return sync_detailed(
        loyalty_program_id=loyalty_program_id,
        loyalty_card_id=loyalty_card_id,
        client=client,
        end_date=end_date,
        subledger_id=subledger_id,
    ).parsed


async def asyncio_detailed(
    loyalty_program_id: int,
    loyalty_card_id: str,
    *,
    client: AuthenticatedClient,
    end_date: datetime.datetime | Unset = UNSET,
    subledger_id: list[str] | Unset = UNSET,
) -> Response[ErrorResponseWithStatus | LoyaltyCardBalances]:
    """Get a loyalty card's balances

     Returns the card's balances per subledger and the profiles linked to it.

    Args:
        loyalty_program_id (int):
        loyalty_card_id (str):
        end_date (datetime.datetime | Unset):
        subledger_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseWithStatus | LoyaltyCardBalances]
    """

    kwargs = _get_kwargs(
        loyalty_program_id=loyalty_program_id,
        loyalty_card_id=loyalty_card_id,
        end_date=end_date,
        subledger_id=subledger_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    loyalty_program_id: int,
    loyalty_card_id: str,
    *,
    client: AuthenticatedClient,
    end_date: datetime.datetime | Unset = UNSET,
    subledger_id: list[str] | Unset = UNSET,
) -> ErrorResponseWithStatus | LoyaltyCardBalances | None:
    """Get a loyalty card's balances

     Returns the card's balances per subledger and the profiles linked to it.

    Args:
        loyalty_program_id (int):
        loyalty_card_id (str):
        end_date (datetime.datetime | Unset):
        subledger_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseWithStatus | LoyaltyCardBalances
    """

    return (
        await asyncio_detailed(
            loyalty_program_id=loyalty_program_id,
            loyalty_card_id=loyalty_card_id,
            client=client,
            end_date=end_date,
            subledger_id=subledger_id,
        )
    ).parsed
