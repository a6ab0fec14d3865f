"""Loyalty cards: generating, linking and unlinking profiles, and a card's ledger."""

from __future__ import annotations

from .._handlers import Call, operation
from .._ledger import balances
from .._model import Card, Json, bad_request, iso
from .._state import CODE_CHARS, State
from .._wire import card_wire
from .loyalty import points_page, transactions_page


@operation("generateLoyaltyCard")
def generate_card(state: State, call: Call) -> Json:
    program_id = call.path["loyaltyProgramId"]
    body = call.body
    program = state.programs.get(program_id)
    if program is None or not program.card_based:
        raise bad_request(
            f"no card-based loyalty program {program_id}", parameter="loyaltyProgramId"
        )
    identifier = body.get("cardIdentifier")
    if identifier is None:
        identifier = "".join(state.random.choice(CODE_CHARS) for _ in range(12))
    if identifier in state.cards:
        raise bad_request(f"card {identifier!r} exists", pointer="/cardIdentifier")
    profiles = [str(p) for p in body.get("customerProfileIds") or []]
    if program.users_per_card_limit and len(profiles) > program.users_per_card_limit:
        raise bad_request(
            "more profiles than the program allows per card", pointer="/customerProfileIds"
        )
    now = state.clock()
    card = Card(
        id=state.next_id("card"),
        identifier=identifier,
        program_id=program_id,
        created=now,
        status=str(body.get("status", "active")),
    )
    for profile_id in profiles:
        state.profile(profile_id)
        card.profiles.append((profile_id, now))
    state.cards[identifier] = card
    return card_wire(state, card)


@operation("linkLoyaltyCardToProfile")
def link_card(state: State, call: Call) -> Json:
    program_id = call.path["loyaltyProgramId"]
    identifier = call.path["loyaltyCardId"]
    body = call.body
    card = state.require_card(program_id, identifier)
    program = state.programs[program_id]
    integration_id = str(body["integrationId"])
    if any(p == integration_id for p, _ in card.profiles):
        return card_wire(state, card)
    if program.users_per_card_limit and len(card.profiles) >= program.users_per_card_limit:
        raise bad_request(
            "the card has reached its limit of linked profiles", pointer="/integrationId"
        )
    state.profile(integration_id)
    now = state.clock()
    card.profiles.append((integration_id, now))
    card.modified = now
    return card_wire(state, card)


@operation("unlinkLoyaltyCardFromProfile")
def unlink_card(state: State, call: Call) -> Json:
    program_id = call.path["loyaltyProgramId"]
    identifier = call.path["loyaltyCardId"]
    body = call.body
    card = state.require_card(program_id, identifier)
    integration_id = str(body["integrationId"])
    if not any(p == integration_id for p, _ in card.profiles):
        raise bad_request(
            f"profile {integration_id!r} is not linked to this card", pointer="/integrationId"
        )
    card.profiles = [p for p in card.profiles if p[0] != integration_id]
    card.modified = state.clock()
    return card_wire(state, card)


@operation("getLoyaltyCardBalances")
def card_balances(state: State, call: Call) -> Json:
    program_id = call.path["loyaltyProgramId"]
    identifier = call.path["loyaltyCardId"]
    params = call.query
    card = state.require_card(program_id, identifier)
    now = params.get("endDate") or state.clock()
    txns = [t for t in state.card_txns(program_id, identifier) if t.created <= now]
    wanted = params.get("subledgerId")
    out: Json = {
        "profiles": [{"integrationId": p, "timestamp": iso(ts)} for p, ts in card.profiles],
    }
    if not wanted or "" in wanted:
        out["balance"] = balances([t for t in txns if t.subledger == ""], now)
    out["subledgerBalances"] = {
        s: balances([t for t in txns if t.subledger == s], now)
        for s in sorted({t.subledger for t in txns} - {""})
        if not wanted or s in wanted
    }
    return out


@operation("getLoyaltyCardTransactions")
def card_transactions(state: State, call: Call) -> Json:
    program_id = call.path["loyaltyProgramId"]
    identifier = call.path["loyaltyCardId"]
    params = call.query
    state.require_card(program_id, identifier)
    return transactions_page(state, state.card_txns(program_id, identifier), params, card=True)


@operation("getLoyaltyCardPoints")
def card_points(state: State, call: Call) -> Json:
    program_id = call.path["loyaltyProgramId"]
    identifier = call.path["loyaltyCardId"]
    params = call.query
    state.require_card(program_id, identifier)
    return points_page(state, state.card_txns(program_id, identifier), params, card=True)
