"""Achievements: progress recorded by events and closed sessions, and its listings."""

from __future__ import annotations

from .._engine import running
from .._handlers import Call, operation
from .._model import Json, Progress, iso, not_found
from .._state import State, page
from .._wire import progress_wire


def advance_progress(state: State, profile_id: str, event_type: str) -> None:
    now = state.clock()
    for campaign, achievement in state.achievements():
        if achievement.event != event_type or not running(campaign, now):
            continue
        key = (profile_id, achievement.id)
        progress = state.progress.get(key)
        if progress is None:
            progress = state.progress[key] = Progress(progress=0.0, start=now)
        if progress.completed is not None:
            continue
        progress.progress += 1
        if progress.progress >= achievement.target:
            progress.completed = now


@operation("getCustomerAchievements")
def customer_achievements(state: State, call: Call) -> Json:
    integration_id = call.path["integrationId"]
    params = call.query
    state.require_profile(integration_id)
    entries = []
    for campaign, achievement in state.achievements():
        if params.get("campaignIds") and str(campaign.id) not in params["campaignIds"]:
            continue
        if params.get("achievementIds") and str(achievement.id) not in params["achievementIds"]:
            continue
        if params.get("achievementStatus") and "active" not in params["achievementStatus"]:
            continue
        current = progress_wire(state, integration_id, achievement)
        wanted = params.get("currentProgressStatus")
        if wanted and current["status"] not in wanted:
            continue
        entries.append(
            {
                "id": achievement.id,
                "created": iso(state.started),
                "name": achievement.name,
                "title": achievement.title,
                "description": achievement.description,
                "target": achievement.target,
                "recurrencePolicy": "no_recurrence",
                "activationPolicy": "fixed_schedule",
                "allowRollbackAfterCompletion": False,
                "campaignId": campaign.id,
                "status": "active",
                "currentProgress": current,
            }
        )
    chunk, _ = page(entries, int(params.get("pageSize", 1000)), int(params.get("skip", 0)))
    return {"totalResultSize": len(entries), "data": chunk}


@operation("getCustomerAchievementHistory")
def achievement_history(state: State, call: Call) -> Json:
    integration_id = call.path["integrationId"]
    achievement_id = call.path["achievementId"]
    params = call.query
    state.require_profile(integration_id)
    found = next((a for _, a in state.achievements() if a.id == achievement_id), None)
    if found is None:
        raise not_found("achievement", "achievementId")
    records = []
    wire = progress_wire(state, integration_id, found)
    if wire["status"] != "not_started":
        records.append(wire)
    if params.get("progressStatus"):
        records = [r for r in records if r["status"] in params["progressStatus"]]
    if params.get("startDate") is not None:
        records = [r for r in records if r["startDate"] >= iso(params["startDate"])]
    if params.get("endDate") is not None:
        records = [r for r in records if r["startDate"] <= iso(params["endDate"])]
    chunk, _ = page(records, int(params.get("pageSize", 1000)), int(params.get("skip", 0)))
    return {"totalResultSize": len(records), "data": chunk}
