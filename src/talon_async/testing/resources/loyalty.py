"""Profile-based loyalty: balances, transactions, points, activation and deletion.

Card-based programs answer from `cards.py`; both read the same ledger (`_ledger.py`).
"""

from __future__ import annotations

from datetime import datetime

from .._handlers import Call, operation
from .._ledger import balances, tier
from .._model import Json, Transaction, bad_request, iso, not_found
from .._state import State, page
from .._wire import points_wire, txn_wire


@operation("getLoyaltyBalances")
def loyalty_balances(state: State, call: Call) -> Json:
    program_id = call.path["loyaltyProgramId"]
    integration_id = call.path["integrationId"]
    params = call.query
    program = state.require_program(program_id, card_based=False)
    state.require_profile(integration_id)
    now = params.get("endDate") or state.clock()
    txns = [t for t in state.profile_txns(program_id, integration_id) if t.created <= now]
    subledgers = sorted({t.subledger for t in txns} - {""})
    wanted = params.get("subledgerId")

    def balance(sub: str) -> Json:
        b = balances([t for t in txns if t.subledger == sub], now)
        if params.get("includeTiers"):
            b.update(tier(program, b["activePoints"]))
        if params.get("includeProjectedTier"):
            projected: Json = {"projectedActivePoints": b["activePoints"]}
            name = tier(program, b["activePoints"]).get("currentTier", {}).get("name")
            if name:
                projected["projectedTierName"] = name
            b["projectedTier"] = projected
        return b

    out: Json = {}
    if wanted is None or wanted == "":
        out["balance"] = balance("")
    out["subledgerBalances"] = {s: balance(s) for s in subledgers if wanted is None or wanted == s}
    return out


def _filter_txns(state: State, txns: list[Transaction], params: Json) -> list[Transaction]:
    subledgers = params.get("subledgerId")
    if subledgers is not None:
        wanted = {subledgers} if isinstance(subledgers, str) else set(subledgers)
        txns = [t for t in txns if t.subledger in wanted]
    if params.get("customerSessionIDs"):
        txns = [t for t in txns if t.session_id in set(params["customerSessionIDs"])]
    if params.get("transactionUUIDs"):
        txns = [t for t in txns if t.uuid in set(params["transactionUUIDs"])]
    kind = params.get("loyaltyTransactionType")
    if kind is not None:
        txns = [t for t in txns if ("session" if t.session_id else "manual") == kind]
    if params.get("startDate") is not None:
        txns = [t for t in txns if t.created >= params["startDate"]]
    if params.get("endDate") is not None:
        txns = [t for t in txns if t.created <= params["endDate"]]
    if params.get("awaitsActivation") is not None:
        now = state.clock()
        txns = [t for t in txns if (t.status(now) == "pending") == bool(params["awaitsActivation"])]
    return txns


def transactions_page(state: State, txns: list[Transaction], params: Json, *, card: bool) -> Json:
    txns = _filter_txns(state, txns, params)
    chunk, more = page(txns, int(params.get("pageSize", 50)), int(params.get("skip", 0)))
    return {"hasMore": more, "data": [txn_wire(t, card=card) for t in chunk]}


def points_page(state: State, txns: list[Transaction], params: Json, *, card: bool) -> Json:
    status = params.get("status", "active")
    now = state.clock()
    txns = [
        t
        for t in _filter_txns(state, txns, params)
        if t.kind == "addition" and t.status(now) == status
    ]
    if params.get("sort") == "expiryDate":
        txns.sort(key=lambda t: t.expiry or datetime.max.replace(tzinfo=now.tzinfo))
    else:
        txns.sort(key=lambda t: t.start or t.created)
    chunk, more = page(txns, int(params.get("pageSize", 50)), int(params.get("skip", 0)))
    return {"hasMore": more, "data": [points_wire(t, card=card) for t in chunk]}


@operation("getLoyaltyProgramProfileTransactions")
def profile_transactions(state: State, call: Call) -> Json:
    program_id = call.path["loyaltyProgramId"]
    integration_id = call.path["integrationId"]
    params = call.query
    state.require_program(program_id, card_based=False)
    state.require_profile(integration_id)
    return transactions_page(
        state, state.profile_txns(program_id, integration_id), params, card=False
    )


@operation("getLoyaltyProgramProfilePoints")
def profile_points(state: State, call: Call) -> Json:
    program_id = call.path["loyaltyProgramId"]
    integration_id = call.path["integrationId"]
    params = call.query
    state.require_program(program_id, card_based=False)
    state.require_profile(integration_id)
    return points_page(state, state.profile_txns(program_id, integration_id), params, card=False)


@operation("activateLoyaltyPoints")
def activate_points(state: State, call: Call) -> Json:
    program_id = call.path["loyaltyProgramId"]
    body = call.body
    state.require_program(program_id)
    uuids, session_id = body.get("transactionUUIDs"), body.get("sessionId")
    if bool(uuids) == bool(session_id):
        raise bad_request("give either transactionUUIDs or sessionId", pointer="/")
    now = state.clock()
    chosen = [
        t
        for t in state.transactions
        if t.program_id == program_id
        and t.status(now) == "pending"
        and (t.uuid in set(uuids or ()) if uuids else t.session_id == session_id)
    ]
    if not chosen:
        raise not_found("pending loyalty points")
    entries = []
    for t in chosen:
        t.activated = True
        t.start = now
        entry: Json = {
            "created": iso(t.created),
            "programID": t.program_id,
            "type": "addition",
            "amount": t.amount,
            "startDate": iso(now),
            "name": t.name,
            "subLedgerID": t.subledger,
            "archived": False,
        }
        if t.profile_id:
            entry["customerProfileID"] = t.profile_id
        if t.card_id is not None:
            entry["cardID"] = state.cards[t.card_id].id if t.card_id in state.cards else 0
        if t.session_id:
            entry["customerSessionID"] = t.session_id
        if t.expiry is not None:
            entry["expiryDate"] = iso(t.expiry)
        entries.append(entry)
    return {"ledgerEntries": entries}


@operation("deleteLoyaltyTransactionsFromLedgers", status=204)
def delete_transactions(state: State, call: Call) -> None:
    program_id = call.path["loyaltyProgramId"]
    integration_id = call.path["integrationId"]
    body = call.body
    state.require_program(program_id, card_based=False)
    state.require_profile(integration_id)
    if body["scope"] == "SelectedSubledgers":
        if body.get("subledgerIds") is None:
            raise bad_request(
                "subledgerIds is required with SelectedSubledgers", pointer="/subledgerIds"
            )
        wanted = set(body["subledgerIds"])
    else:
        wanted = None
    state.transactions = [
        t
        for t in state.transactions
        if not (
            t.program_id == program_id
            and t.profile_id == integration_id
            and (wanted is None or t.subledger in wanted)
        )
    ]
