"""The loyalty points ledger: what a balance is, and how awards are written and taken back.

Sessions, events, returns, the loyalty endpoints and the cards all count points the same way;
keeping the arithmetic here means a balance reads the same from every endpoint.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from ._config import CampaignConfig, LoyaltyProgramConfig
from ._model import Json, Transaction, iso, money
from ._state import State

__all__ = [
    "LoyaltyAward",
    "award_dates",
    "award_props",
    "balances",
    "ledger_info",
    "take_back",
    "tier",
    "write_award",
]


@dataclass
class LoyaltyAward:
    """Points a rule grants; written to the ledger only when the session closes (or the event
    is recorded), shown as tentative before."""

    program_id: int
    amount: float
    name: str
    campaign: CampaignConfig
    subledger: str
    profile_id: str | None
    card_id: str | None
    uuid: str
    desired: float


def award_dates(
    state: State, program_id: int, now: datetime
) -> tuple[datetime | None, datetime | None]:
    """When an award made now becomes active and when it expires (None: immediate, never)."""
    program = state.programs[program_id]
    start = now + timedelta(days=program.pending_days) if program.pending_days else None
    expiry = (start or now) + timedelta(days=program.expiry_days) if program.expiry_days else None
    return start, expiry


def balances(txns: Iterable[Transaction], now: datetime) -> Json:
    active = pending = expired = 0.0
    for t in txns:
        status = t.status(now)
        if t.kind == "subtraction":
            active -= t.amount
        elif status == "pending":
            pending += t.amount
        elif status == "expired":
            expired += t.amount
        else:
            active += t.amount
    negative = -active if active < 0 else 0.0
    return {
        "activePoints": money(max(active, 0)),
        "pendingPoints": money(pending),
        "spentPoints": 0.0,
        "expiredPoints": money(expired),
        "negativePoints": money(negative),
    }


def ledger_info(state: State, txns: list[Transaction], tentative: float = 0.0) -> Json:
    b = balances(txns, state.clock())
    return {
        "currentBalance": b["activePoints"],
        "pendingBalance": b["pendingPoints"],
        "negativeBalance": b["negativePoints"],
        "expiredBalance": b["expiredPoints"],
        "spentBalance": 0.0,
        "tentativeCurrentBalance": money(b["activePoints"] + tentative),
    }


def tier(program: LoyaltyProgramConfig, points: float) -> Json:
    out: Json = {}
    tiers = sorted(program.tiers, key=lambda t: t.min_points)
    current = [t for t in tiers if t.min_points <= points]
    if current:
        index = tiers.index(current[-1])
        out["currentTier"] = {"id": index + 1, "name": current[-1].name}
    upcoming = [t for t in tiers if t.min_points > points]
    if upcoming:
        out["nextTierName"] = upcoming[0].name
        out["pointsToNextTier"] = money(upcoming[0].min_points - points)
    return out


def write_award(state: State, award: LoyaltyAward, session_id: str | None) -> Transaction:
    now = state.clock()
    start, expiry = award_dates(state, award.program_id, now)
    txn = Transaction(
        id=state.next_id("transaction"),
        uuid=award.uuid,
        created=now,
        program_id=award.program_id,
        kind="addition",
        amount=award.amount,
        name=award.name,
        profile_id=award.profile_id if award.card_id is None else None,
        card_id=award.card_id,
        session_id=session_id,
        subledger=award.subledger,
        start=start,
        expiry=expiry,
        ruleset_id=award.campaign.id,
        rule_name=award.name,
    )
    state.transactions.append(txn)
    if award.card_id is None and award.profile_id:
        profile = state.profile(award.profile_id)
        assert profile is not None
        profile.loyalty_joined.setdefault(award.program_id, now)
    return txn


def take_back(state: State, txn_uuid: str, amount: float, session_id: str) -> Transaction | None:
    """Take points back: pending ones simply shrink, active ones get a subtraction.

    Returns the award's transaction (None when there is nothing to take back)."""
    txn = next((t for t in state.transactions if t.uuid == txn_uuid), None)
    if txn is None or amount <= 0:
        return None
    now = state.clock()
    if txn.status(now) == "pending":
        txn.amount = money(txn.amount - amount)
        return txn
    balance = balances(
        [
            t
            for t in state.transactions
            if t.program_id == txn.program_id
            and t.profile_id == txn.profile_id
            and t.card_id == txn.card_id
            and t.subledger == txn.subledger
        ],
        now,
    )
    state.transactions.append(
        Transaction(
            id=state.next_id("transaction"),
            uuid=str(uuid.uuid4()),
            created=now,
            program_id=txn.program_id,
            kind="subtraction",
            amount=amount,
            name=f"Rollback: {txn.name}",
            profile_id=txn.profile_id,
            card_id=txn.card_id,
            session_id=session_id,
            subledger=txn.subledger,
            ruleset_id=txn.ruleset_id,
            rule_name=txn.rule_name,
            creates_negative=balance["activePoints"] < amount,
        )
    )
    return txn


def award_props(state: State, award: LoyaltyAward) -> Json:
    """An `addLoyaltyPoints` effect's props."""
    props: Json = {
        "name": award.name,
        "programId": award.program_id,
        "subLedgerId": award.subledger,
        "value": award.amount,
        "desiredValue": award.desired,
        "recipientIntegrationId": award.profile_id or "",
        "transactionUUID": award.uuid,
    }
    start, expiry = award_dates(state, award.program_id, state.clock())
    if start is not None:
        props["startDate"] = iso(start)
    if expiry is not None:
        props["expiryDate"] = iso(expiry)
    if award.card_id is not None:
        props["cardIdentifier"] = award.card_id
    return props
