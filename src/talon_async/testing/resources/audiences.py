"""Audiences and their members (profiles join and leave audiences here)."""

from __future__ import annotations

from .._handlers import Call, operation
from .._model import ApiProblem, Audience, Json, Profile, opt_time
from .._state import State
from .._wire import audience_wire


@operation("createAudienceV2", status=201)
def create_audience(state: State, call: Call) -> Json:
    body = call.body
    integration_id = body.get("integrationId")
    if integration_id is not None and any(
        a.integration_id == integration_id for a in state.audiences.values()
    ):
        raise ApiProblem(
            409,
            f"an audience with integrationId {integration_id!r} exists",
            title="Duplicate audience",
            pointer="/integrationId",
        )
    audience = Audience(
        id=state.next_id("audience"),
        name=str(body["name"]),
        created=state.clock(),
        integration=body.get("integration"),
        integration_id=integration_id,
        description=body.get("description"),
        sandbox=bool(body.get("sandbox", False)),
        created_in_3rd_party=bool(body.get("createdIn3rdParty", False)),
        last_update=opt_time(body.get("lastUpdate")),
    )
    state.audiences[audience.id] = audience
    return audience_wire(state, audience)


@operation("updateAudienceV2")
def update_audience(state: State, call: Call) -> Json:
    audience_id = call.path["audienceId"]
    body = call.body
    audience = state.require_audience(audience_id)
    audience.name = str(body["name"])
    audience.last_update = state.clock()
    return audience_wire(state, audience)


@operation("deleteAudienceV2", status=204)
def delete_audience(state: State, call: Call) -> None:
    audience_id = call.path["audienceId"]
    state.require_audience(audience_id)
    del state.audiences[audience_id]
    for profile in state.profiles.values():
        profile.audiences.discard(audience_id)


@operation("deleteAudienceMembershipsV2", status=204)
def delete_memberships(state: State, call: Call) -> None:
    audience_id = call.path["audienceId"]
    state.require_audience(audience_id)
    for profile in state.profiles.values():
        profile.audiences.discard(audience_id)


def _members(state: State, audience_id: int) -> list[Profile]:
    return [p for p in state.profiles.values() if audience_id in p.audiences]


@operation("updateCustomerProfileAudiences", status=204)
def update_profile_audiences(state: State, call: Call) -> None:
    body = call.body
    items = body.get("data") or []
    for index, item in enumerate(items):
        if int(item["audienceId"]) not in state.audiences:
            raise ApiProblem(
                404,
                f"audience {item['audienceId']} not found",
                title="Not found",
                pointer=f"/data/{index}/audienceId",
            )
    for item in items:
        profile = state.profile(str(item["profileIntegrationId"]))
        if profile is None:
            continue
        if item["action"] == "add":
            profile.audiences.add(int(item["audienceId"]))
        else:
            profile.audiences.discard(int(item["audienceId"]))


@operation("updateAudienceCustomersAttributes", status=204)
def update_audience_attributes(state: State, call: Call) -> None:
    audience_id = call.path["audienceId"]
    body = call.body
    state.require_audience(audience_id)
    for profile in _members(state, audience_id):
        profile.attributes.update(body)
