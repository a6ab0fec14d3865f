"""Cart item catalogs: sync actions and the price history best prior price reads."""

from __future__ import annotations

import copy
from datetime import timedelta
from typing import Any

from .._handlers import Call, operation
from .._model import Json, bad_request, iso, not_found, parse_time
from .._state import State
from .._wire import catalog_wire


def _prior_price_target(asked: Any) -> Json:
    """The answer's target: `{type: NONE}` or `{type: AUDIENCE, audience: {id}}`."""
    if isinstance(asked, dict) and asked.get("targetType") == "AUDIENCE":
        return {"type": "AUDIENCE", "audience": {"id": asked.get("audienceID")}}
    return {"type": "NONE"}


@operation("syncCatalog")
def sync_catalog(state: State, call: Call) -> Json:
    catalog_id = call.path["catalogId"]
    body = call.body
    catalog = state.catalogs.get(catalog_id)
    if catalog is None:
        raise not_found("catalog", "catalogId")
    if body.get("version") is not None and int(body["version"]) != catalog.version:
        raise bad_request(
            f"catalog version is {catalog.version}, not {body['version']}", pointer="/version"
        )
    items = copy.deepcopy(catalog.items)
    now = state.clock()
    prices: list[tuple[str, float, str]] = []
    for index, action in enumerate(body["actions"]):
        _catalog_action(state, items, action, f"/actions/{index}/payload", prices)
    catalog.items = items
    for sku, price, context in prices:
        state.observe_price(catalog, sku, price, now, context)
    catalog.version += 1
    catalog.modified = now
    return catalog_wire(state, catalog)


def _catalog_action(
    state: State,
    items: dict[str, Json],
    action: Json,
    pointer: str,
    prices: list[tuple[str, float, str]],
) -> None:
    kind, payload = action["type"], action["payload"]
    if kind in {"ADD", "PATCH", "REMOVE", "ADD_PRICE_ADJUSTMENT"}:
        sku = payload.get("sku")
        if not isinstance(sku, str) or not sku:
            raise bad_request("the payload needs a sku", pointer=f"{pointer}/sku")
        exists = sku in items
        if kind == "ADD":
            if exists and not payload.get("replaceIfExists"):
                raise bad_request(f"item {sku!r} exists", pointer=f"{pointer}/sku")
            items[sku] = {"sku": sku, "attributes": dict(payload.get("attributes") or {})}
            _set_price(items[sku], payload, pointer, prices)
            if payload.get("product"):
                items[sku]["product"] = payload["product"]
        elif kind == "PATCH":
            if not exists and not payload.get("createIfNotExists"):
                raise bad_request(f"item {sku!r} not found", pointer=f"{pointer}/sku")
            item = items.setdefault(sku, {"sku": sku, "attributes": {}})
            item["attributes"].update(payload.get("attributes") or {})
            _set_price(item, payload, pointer, prices)
        elif kind == "REMOVE":
            if not exists:
                raise bad_request(f"item {sku!r} not found", pointer=f"{pointer}/sku")
            del items[sku]
        else:
            if not exists:
                raise bad_request(f"item {sku!r} not found", pointer=f"{pointer}/sku")
            price = payload.get("price")
            if not isinstance(price, int | float):
                raise bad_request("a price adjustment needs a price", pointer=f"{pointer}/price")
            prices.append((sku, float(price), str(payload.get("contextId", ""))))
        return
    filters = payload.get("filters") or []
    matched = [
        sku for sku, item in items.items() if all(_matches(item, f, pointer) for f in filters)
    ]
    for sku in matched:
        if kind == "REMOVE_MANY":
            del items[sku]
        else:
            items[sku]["attributes"].update(payload.get("attributes") or {})
            _set_price(items[sku], payload, pointer, prices)


def _set_price(
    item: Json, payload: Json, pointer: str, prices: list[tuple[str, float, str]]
) -> None:
    price = payload.get("price")
    if price is None:
        return
    if not isinstance(price, int | float) or price < 0:
        raise bad_request("price must be a non-negative number", pointer=f"{pointer}/price")
    item["price"] = float(price)
    prices.append((item["sku"], float(price), ""))


def _matches(item: Json, flt: Json, pointer: str) -> bool:
    attr, op, value = flt.get("attr"), str(flt.get("op", "EQ")).upper(), flt.get("value")
    actual = item.get(attr) if attr in {"sku", "price"} else item["attributes"].get(attr)
    try:
        if op == "EQ":
            return bool(actual == value)
        if op == "IN":
            return actual in (value or [])
        if actual is None:
            return False
        if op == "LT":
            return bool(actual < value)
        if op == "LE":
            return bool(actual <= value)
        if op == "GT":
            return bool(actual > value)
        if op == "GE":
            return bool(actual >= value)
    except TypeError:
        return False
    raise bad_request(f"unknown filter operator {op!r}", pointer=f"{pointer}/filters")


@operation("bestPriorPrice")
def best_prior_price(state: State, call: Call) -> list[Json]:
    body = call.body
    try:
        days = int(str(body["timeframe"]).strip().rstrip("dD"))
    except ValueError:
        raise bad_request("timeframe must be a number of days", pointer="/timeframe") from None
    end = parse_time(str(body["timeframeEndDate"]))
    mode = body["timeframeEndDateType"]
    history = [o for c in state.catalogs.values() for o in c.history]
    out = []
    for sku in body["skus"]:
        seen = sorted((o for o in history if o.sku == sku), key=lambda o: o.observed_at)
        before_end = [o for o in seen if o.observed_at <= end]
        if not before_end:
            continue
        window_end = end
        if mode == "price":
            window_end = before_end[-1].observed_at
        elif mode == "sale":
            context = before_end[-1].context_id
            run_start = before_end[-1].observed_at
            for o in reversed(before_end):
                if o.context_id != context:
                    break
                run_start = o.observed_at
            window_end = run_start
        start = window_end - timedelta(days=days)
        in_force = [o for o in seen if o.observed_at <= start][-1:]
        candidates = in_force + [
            o
            for o in seen
            if start < o.observed_at
            and (o.observed_at <= window_end if mode == "strict" else o.observed_at < window_end)
        ]
        if not candidates:
            continue
        best = min(candidates, key=lambda o: (o.price, o.observed_at))
        out.append(
            {
                "id": best.id,
                "sku": sku,
                "observedAt": iso(best.observed_at),
                "contextId": best.context_id,
                "contextIds": [best.context_id] if best.context_id else [],
                "price": best.price,
                "metadata": {"influencingCampaignDetails": []},
                "target": _prior_price_target(body.get("target")),
            }
        )
    return out
