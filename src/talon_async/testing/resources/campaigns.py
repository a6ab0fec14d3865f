"""The campaign listing (campaigns are configured, not created, in the emulator)."""

from __future__ import annotations

from .._handlers import Call, operation
from .._model import Json, iso
from .._state import State, page
from .._wire import rules_wire


@operation("integrationGetAllCampaigns")
def list_campaigns(state: State, call: Call) -> Json:
    params = call.query
    found = [c for c in state.config.campaigns if c.enabled]
    ids = params.get("campaignIds")
    if ids:
        wanted = {str(i) for i in ids}
        found = [c for c in found if str(c.id) in wanted]
    begin = {c.id: c.start_time or state.started for c in found}
    if params.get("startAfter") is not None:
        found = [c for c in found if begin[c.id] > params["startAfter"]]
    if params.get("startBefore") is not None:
        found = [c for c in found if begin[c.id] < params["startBefore"]]
    if params.get("endAfter") is not None:
        found = [c for c in found if c.end_time is None or c.end_time > params["endAfter"]]
    if params.get("endBefore") is not None:
        found = [c for c in found if c.end_time is not None and c.end_time < params["endBefore"]]
    chunk, more = page(found, int(params.get("pageSize", 50)), int(params.get("skip", 0)))
    data = []
    for c in chunk:
        item: Json = {
            "id": c.id,
            "applicationId": state.app_id,
            "name": c.name,
            "description": c.description,
            "attributes": dict(c.attributes),
            "state": "enabled",
            "tags": list(c.tags),
            "features": c.features,
            "rules": rules_wire(c),
        }
        if c.start_time is not None:
            item["startTime"] = iso(c.start_time)
        if c.end_time is not None:
            item["endTime"] = iso(c.end_time)
        data.append(item)
    return {"hasMore": more, "data": data}
