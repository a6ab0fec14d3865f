"""openapi/integration.yaml against the facts of Talon.One's Integration API.

The oracle is written out here (operation table, groups, servers, security) or read from the
facts-only snapshot `make sync-spec` commits under openapi/upstream/ (status codes, parameters,
schemas): every operation of Talon.One's current document plus the deprecated ``trackEvent``
that openapi/overlay.yaml keeps. Prose is ours: the snapshot has none, and every description,
summary and example of the contract comes from the overlay or is a text made from a name.
"""

from __future__ import annotations

import copy
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openapi_spec_validator
import pytest
import yaml
from contract_samples import (
    OVERLAY_PATH,
    SNAPSHOT_PATH,
    SPEC_PATH,
    load_reference,
    load_spec,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from spec_meta import snake

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# operationId, method, path, tag. Tags and grouping as in the architecture notes.
EXPECTED_OPERATIONS = [
    ("createAudienceV2", "POST", "/v2/audiences", "Audiences"),
    (
        "deleteAudienceMembershipsV2",
        "DELETE",
        "/v2/audiences/{audienceId}/memberships",
        "Audiences",
    ),
    ("deleteAudienceV2", "DELETE", "/v2/audiences/{audienceId}", "Audiences"),
    (
        "updateAudienceCustomersAttributes",
        "PUT",
        "/v2/audience_customers/{audienceId}/attributes",
        "Audiences",
    ),
    ("updateAudienceV2", "PUT", "/v2/audiences/{audienceId}", "Audiences"),
    ("updateCustomerProfileAudiences", "POST", "/v2/customer_audiences", "Audiences"),
    ("syncCatalog", "PUT", "/v1/catalogs/{catalogId}/sync", "Catalogs"),
    ("bestPriorPrice", "POST", "/v1/best_prior_price", "Catalogs"),
    ("createCouponReservation", "POST", "/v1/coupon_reservations/{couponValue}", "Coupons"),
    ("deleteCouponReservation", "DELETE", "/v1/coupon_reservations/{couponValue}", "Coupons"),
    (
        "getReservedCustomers",
        "GET",
        "/v1/coupon_reservations/customerprofiles/{couponValue}",
        "Coupons",
    ),
    ("deleteCustomerData", "DELETE", "/v1/customer_data/{integrationId}", "Customer profiles"),
    (
        "getCustomerInventory",
        "GET",
        "/v1/customer_profiles/{integrationId}/inventory",
        "Customer profiles",
    ),
    (
        "updateCustomerProfileV2",
        "PUT",
        "/v2/customer_profiles/{integrationId}",
        "Customer profiles",
    ),
    ("updateCustomerProfilesV2", "PUT", "/v2/customer_profiles", "Customer profiles"),
    ("getCustomerSession", "GET", "/v2/customer_sessions/{customerSessionId}", "Customer sessions"),
    (
        "returnCartItems",
        "POST",
        "/v2/customer_sessions/{customerSessionId}/returns",
        "Customer sessions",
    ),
    (
        "updateCustomerSessionV2",
        "PUT",
        "/v2/customer_sessions/{customerSessionId}",
        "Customer sessions",
    ),
    (
        "reopenCustomerSession",
        "PUT",
        "/v2/customer_sessions/{customerSessionId}/reopen",
        "Customer sessions",
    ),
    ("trackEvent", "POST", "/v1/events", "Events"),
    ("trackEventV2", "POST", "/v2/events", "Events"),
    ("trackEventV3", "POST", "/v3/events", "Events"),
    ("getEventV3", "GET", "/v3/events/{integrationId}", "Events"),
    ("createReferral", "POST", "/v1/referrals", "Referrals"),
    (
        "createReferralsForMultipleAdvocates",
        "POST",
        "/v1/referrals_for_multiple_advocates",
        "Referrals",
    ),
    (
        "getLoyaltyBalances",
        "GET",
        "/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/balances",
        "Loyalty",
    ),
    (
        "getLoyaltyProgramProfilePoints",
        "GET",
        "/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/points",
        "Loyalty",
    ),
    (
        "getLoyaltyProgramProfileTransactions",
        "GET",
        "/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/transactions",
        "Loyalty",
    ),
    (
        "activateLoyaltyPoints",
        "POST",
        "/v1/loyalty_programs/{loyaltyProgramId}/activate_points",
        "Loyalty",
    ),
    (
        "deleteLoyaltyTransactionsFromLedgers",
        "POST",
        "/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/delete_transactions",
        "Loyalty",
    ),
    (
        "generateLoyaltyCard",
        "POST",
        "/v1/loyalty_programs/{loyaltyProgramId}/cards",
        "Loyalty cards",
    ),
    (
        "getLoyaltyCardBalances",
        "GET",
        "/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/balances",
        "Loyalty cards",
    ),
    (
        "getLoyaltyCardPoints",
        "GET",
        "/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/points",
        "Loyalty cards",
    ),
    (
        "getLoyaltyCardTransactions",
        "GET",
        "/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/transactions",
        "Loyalty cards",
    ),
    (
        "linkLoyaltyCardToProfile",
        "POST",
        "/v2/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/link_profile",
        "Loyalty cards",
    ),
    (
        "unlinkLoyaltyCardFromProfile",
        "POST",
        "/v2/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/unlink_profile",
        "Loyalty cards",
    ),
    (
        "getCustomerAchievements",
        "GET",
        "/v1/customer_profiles/{integrationId}/achievements",
        "Achievements",
    ),
    (
        "getCustomerAchievementHistory",
        "GET",
        "/v1/customer_profiles/{integrationId}/achievements/{achievementId}",
        "Achievements",
    ),
    ("integrationGetAllCampaigns", "GET", "/v1/integration/campaigns", "Campaigns"),
]

# The group table of ARCHITECTURE.md, verbatim: tag -> Python operation names.
ARCHITECTURE_GROUPS = {
    "Audiences": [
        "create_audience_v2",
        "delete_audience_memberships_v2",
        "delete_audience_v2",
        "update_audience_customers_attributes",
        "update_audience_v2",
        "update_customer_profile_audiences",
    ],
    "Catalogs": ["sync_catalog", "best_prior_price"],
    "Coupons": ["create_coupon_reservation", "delete_coupon_reservation", "get_reserved_customers"],
    "Customer profiles": [
        "delete_customer_data",
        "get_customer_inventory",
        "update_customer_profile_v2",
        "update_customer_profiles_v2",
    ],
    "Customer sessions": [
        "get_customer_session",
        "return_cart_items",
        "update_customer_session_v2",
        "reopen_customer_session",
    ],
    "Events": ["track_event", "track_event_v2", "track_event_v3", "get_event_v3"],
    "Referrals": ["create_referral", "create_referrals_for_multiple_advocates"],
    "Loyalty": [
        "get_loyalty_balances",
        "get_loyalty_program_profile_points",
        "get_loyalty_program_profile_transactions",
        "activate_loyalty_points",
        "delete_loyalty_transactions_from_ledgers",
    ],
    "Loyalty cards": [
        "generate_loyalty_card",
        "get_loyalty_card_balances",
        "get_loyalty_card_points",
        "get_loyalty_card_transactions",
        "link_loyalty_card_to_profile",
        "unlink_loyalty_card_from_profile",
    ],
    "Achievements": ["get_customer_achievements", "get_customer_achievement_history"],
    "Campaigns": ["integration_get_all_campaigns"],
}

UPSTREAM_OPERATIONS = 38  # Talon.One's document as of the committed snapshot

REGIONS = [
    "europe-west1",
    "europe-west2",
    "us-east4",
    "us-west2",
    "asia-southeast1",
    "australia-southeast1",
]

OPERATION_IDS = [row[0] for row in EXPECTED_OPERATIONS]


def _operations(doc: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    out: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                assert op["operationId"] not in out, f"duplicate operationId {op['operationId']}"
                out[op["operationId"]] = (method.upper(), path, op)
    return out


def _snapshot() -> dict[str, Any]:
    return load_reference(SNAPSHOT_PATH)


def _overlay() -> dict[str, Any]:
    return dict(yaml.safe_load(OVERLAY_PATH.read_text()))


def _kept_operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """Operations the overlay adds to upstream's (trackEvent v1)."""
    kept = {}
    for action in _overlay()["actions"]:
        if action["target"] == "$.paths":
            kept.update(_operations({"paths": action["update"]}))
    return kept


def _reference_for(operation_id: str) -> dict[str, Any]:
    return _snapshot()


# ---------------------------------------------------------------------------------------------
# Shape of the document
# ---------------------------------------------------------------------------------------------


def test_spec_is_a_valid_openapi_30_document() -> None:
    spec = load_spec()
    assert spec["openapi"].startswith("3.0.")
    openapi_spec_validator.validate(spec)


def test_validator_rejects_a_broken_document() -> None:
    """The validation above must be able to fail."""
    spec = copy.deepcopy(load_spec())
    openapi_spec_validator.validate(spec)
    spec["paths"]["/v2/events"]["post"]["responses"] = {"two hundred": {}}
    with pytest.raises(openapi_spec_validator.validation.exceptions.OpenAPIValidationError):
        openapi_spec_validator.validate(spec)


def test_exactly_the_expected_operations() -> None:
    assert len(EXPECTED_OPERATIONS) == UPSTREAM_OPERATIONS + 1
    assert len(set(OPERATION_IDS)) == UPSTREAM_OPERATIONS + 1
    actual = {(oid, method, path) for oid, (method, path, _) in _operations(load_spec()).items()}
    expected = {(oid, method, path) for oid, method, path, _ in EXPECTED_OPERATIONS}
    assert sorted(actual - expected) == []
    assert sorted(expected - actual) == []


def test_expected_table_matches_the_snapshot_and_the_overlay() -> None:
    """The table above is upstream's operations plus the ones the overlay keeps."""
    upstream = {(oid, method, path) for oid, (method, path, _) in _operations(_snapshot()).items()}
    kept = {(oid, method, path) for oid, (method, path, _) in _kept_operations().items()}
    assert len(upstream) == UPSTREAM_OPERATIONS
    assert kept == {("trackEvent", "POST", "/v1/events")}
    expected = {(oid, m, p) for oid, m, p, _ in EXPECTED_OPERATIONS}
    assert expected == upstream | kept


def test_only_track_event_v1_is_deprecated() -> None:
    deprecated = {
        oid for oid, (_, _, op) in _operations(load_spec()).items() if op.get("deprecated")
    }
    assert deprecated == {"trackEvent"}
    assert _operations(load_spec())["trackEvent"][2]["deprecated"] is True


def test_each_operation_has_its_group_tag() -> None:
    ops = _operations(load_spec())
    for oid, _, _, tag in EXPECTED_OPERATIONS:
        assert ops[oid][2].get("tags") == [tag], oid


def test_tags_are_the_eleven_groups_of_the_architecture() -> None:
    spec = load_spec()
    used = {tag for _, _, op in _operations(spec).values() for tag in op.get("tags", [])}
    assert used == set(ARCHITECTURE_GROUPS)
    assert len(used) == 11
    declared = [t["name"] for t in spec.get("tags", [])]
    assert sorted(declared) == sorted(ARCHITECTURE_GROUPS)


def test_expected_tags_agree_with_architecture_grouping() -> None:
    from_table = {
        tag: sorted(snake(oid) for oid, _, _, t in EXPECTED_OPERATIONS if t == tag)
        for tag in ARCHITECTURE_GROUPS
    }
    assert from_table == {tag: sorted(names) for tag, names in ARCHITECTURE_GROUPS.items()}


def test_servers() -> None:
    servers = load_spec()["servers"]
    assert [s["url"] for s in servers] == [
        "https://goflink.europe-west1.talon.one",
        "https://{subdomain}.{region}.talon.one",
        "http://{host}:{port}",
    ]
    assert not servers[0].get("variables")

    variables = servers[1]["variables"]
    assert set(variables) == {"subdomain", "region"}
    assert variables["region"]["enum"] == REGIONS
    assert variables["region"]["default"] == "europe-west1"
    assert "enum" not in variables["subdomain"]
    assert isinstance(variables["subdomain"]["default"], str) and variables["subdomain"]["default"]

    variables = servers[2]["variables"]
    assert set(variables) == {"host", "port"}
    assert variables["host"]["default"] == "localhost"
    assert variables["port"]["default"] == "9000"
    assert "enum" not in variables["host"] and "enum" not in variables["port"]


def test_api_key_security_scheme() -> None:
    schemes = load_spec()["components"]["securitySchemes"]
    assert set(schemes) == {"api_key_v1"}
    scheme = schemes["api_key_v1"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "Authorization")


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_operation_requires_the_api_key(operation_id: str) -> None:
    spec = load_spec()
    op = _operations(spec)[operation_id][2]
    security = op.get("security", spec.get("security"))
    assert security == [{"api_key_v1": []}]


# ---------------------------------------------------------------------------------------------
# Facts from the reference: status codes, parameters, bodies, schemas
# ---------------------------------------------------------------------------------------------

# keywords that carry prose, not facts
PROSE_KEYS = {"description", "summary", "title", "example", "examples", "externalDocs"}
INLINE_RESPONSE = re.compile(r"^inline_response_\d+(_\d+)?$")


class _Comparator:
    """Structural comparison of our document against a reference one.

    Follows $refs on both sides, ignores prose and vendor extensions, treats scalar lists
    (enum, required, type) as sets and parameter lists as keyed by (in, name). Component names
    must be equal except the reference's generated ``inline_response_*`` names.
    """

    def __init__(self, ours: dict[str, Any], ref: dict[str, Any]) -> None:
        self.ours, self.ref = ours, ref
        self.diffs: list[str] = []
        self.seen: set[tuple[str, str]] = set()

    def _resolve(self, doc: dict[str, Any], pointer: str) -> Any:
        node: Any = doc
        for part in pointer.removeprefix("#/").split("/"):
            node = node[part]
        return node

    def compare(self, ours: Any, ref: Any, where: str, names: bool = False) -> None:
        if where.endswith("->Effect.properties.props"):
            return  # upstream's oneOf by effect type: our x-effect-type schemas, checked below
        if isinstance(ours, dict) and isinstance(ref, dict) and ("$ref" in ours or "$ref" in ref):
            if "$ref" not in ours or "$ref" not in ref:
                self.diffs.append(f"{where}: $ref on one side only ({ours!r:.80} vs {ref!r:.80})")
                return
            our_name, ref_name = ours["$ref"].rsplit("/", 1)[1], ref["$ref"].rsplit("/", 1)[1]
            if our_name != ref_name and not INLINE_RESPONSE.match(ref_name):
                self.diffs.append(f"{where}: component {our_name} where reference has {ref_name}")
            if (ours["$ref"], ref["$ref"]) in self.seen:
                return
            self.seen.add((ours["$ref"], ref["$ref"]))
            self.compare(
                self._resolve(self.ours, ours["$ref"]),
                self._resolve(self.ref, ref["$ref"]),
                f"{where}->{our_name}",
            )
            return
        if isinstance(ours, dict) and isinstance(ref, dict):
            a, b = self._facts(ours, names), self._facts(ref, names)
            if where.endswith(".204"):
                b.pop("content", None)  # a 204 has no body: the overlay drops upstream's schema
            if not names and "properties" in b and "required" in b:
                # a required name upstream never defines is left out (sync report lists it)
                b["required"] = [r for r in b["required"] if r in b["properties"]]
                if not b["required"]:
                    del b["required"]
            for key in sorted(set(a) | set(b)):
                if key not in a or key not in b:
                    side = "ours" if key in a else "reference"
                    self.diffs.append(f"{where}.{key}: only in {side}")
                elif key == "parameters":
                    self._compare_parameters(a[key], b[key], f"{where}.parameters")
                else:
                    self.compare(a[key], b[key], f"{where}.{key}", names=key == "properties")
            return
        if isinstance(ours, list) and isinstance(ref, list):
            if all(not isinstance(v, dict | list) for v in ours + ref):
                if sorted(map(repr, ours)) != sorted(map(repr, ref)):
                    self.diffs.append(f"{where}: {ours!r} vs reference {ref!r}")
                return
            if len(ours) != len(ref):
                self.diffs.append(f"{where}: {len(ours)} items vs reference {len(ref)}")
                return
            for i, (x, y) in enumerate(zip(ours, ref, strict=True)):
                self.compare(x, y, f"{where}[{i}]")
            return
        if ours != ref or type(ours) is not type(ref):
            self.diffs.append(f"{where}: {ours!r} vs reference {ref!r}")

    @staticmethod
    def _facts(node: dict[str, Any], names: bool) -> dict[str, Any]:
        if names:  # a mapping of property names: every key is a fact
            return node
        return {
            k: v
            for k, v in node.items()
            if k not in PROSE_KEYS and not k.startswith("x-") and not (k == "content" and v == {})
        }

    def _compare_parameters(self, ours: list[Any], ref: list[Any], where: str) -> None:
        def keyed(params: list[Any], doc: dict[str, Any]) -> dict[tuple[str, str], Any]:
            out = {}
            for p in params:
                resolved = self._resolve(doc, p["$ref"]) if "$ref" in p else p
                out[(resolved["in"], resolved["name"])] = resolved
            return out

        a, b = keyed(ours, self.ours), keyed(ref, self.ref)
        if set(a) != set(b):
            self.diffs.append(f"{where}: {sorted(a)} vs reference {sorted(b)}")
        for key in sorted(set(a) & set(b)):
            self.compare(a[key], b[key], f"{where}[{key[0]}:{key[1]}]")


def _reference_operation(operation_id: str) -> dict[str, Any]:
    return _operations(_reference_for(operation_id))[operation_id][2]


@pytest.mark.parametrize("operation_id", [oid for oid in OPERATION_IDS if oid != "trackEvent"])
def test_documented_status_codes_present_with_same_schema(operation_id: str) -> None:
    ours = _operations(load_spec())[operation_id][2]["responses"]
    ref_doc = _reference_for(operation_id)
    ref = _reference_operation(operation_id)["responses"]
    missing = sorted(set(ref) - set(ours))
    assert missing == [], f"{operation_id}: status codes {missing} not in our spec"

    for status, ref_response in ref.items():
        ref_content = ref_response.get("content") or {} if status != "204" else {}
        our_content = ours[status].get("content") or {}
        assert sorted(our_content) == sorted(ref_content), f"{operation_id} {status}"
        for media_type, ref_media in ref_content.items():
            ref_schema = ref_media["schema"]
            our_schema = our_content[media_type]["schema"]
            ref_name = ref_schema.get("$ref", "").rsplit("/", 1)[-1]
            if ref_name and not INLINE_RESPONSE.match(ref_name):
                assert our_schema == ref_schema, f"{operation_id} {status}"
            else:
                # an inline or inline_response_* schema: ours may be named, but same structure
                comparator = _Comparator(load_spec(), ref_doc)
                comparator.compare(our_schema, ref_schema, f"{operation_id} {status}")
                assert comparator.diffs == []


@pytest.mark.parametrize("operation_id", [oid for oid in OPERATION_IDS if oid != "trackEvent"])
def test_operation_matches_the_snapshot_structurally(operation_id: str) -> None:
    """Parameters, request body and every response, down to the last field, type and enum."""
    ours = _operations(load_spec())[operation_id][2]
    ref = _operations(_snapshot())[operation_id][2]
    comparator = _Comparator(load_spec(), _snapshot())
    for part in ("parameters", "requestBody"):
        comparator.compare(ours.get(part), ref.get(part), f"{operation_id}.{part}")
    comparator.compare(
        _upstream_responses(ours, ref), ref["responses"], f"{operation_id}.responses"
    )
    assert comparator.diffs == []


def test_track_event_is_the_operation_the_overlay_keeps() -> None:
    """trackEvent is no longer in Talon.One's documents: the overlay carries its facts."""
    ours = _operations(load_spec())["trackEvent"][2]
    kept = _kept_operations()["trackEvent"][2]
    assert {**ours, "responses": _upstream_responses(ours, kept)} == kept
    assert ours["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/NewEvent"
    }
    assert set(ours["responses"]) >= {"201", "400", "401", "409"}


def test_effect_props_variants_are_our_effect_schemas() -> None:
    """Each variant of upstream's Effect.props is a schema of ours with that x-effect-type."""
    snap = _snapshot()["components"]["schemas"]
    ours = load_spec()["components"]["schemas"]
    variants = snap["Effect"]["properties"]["props"].get("oneOf", [])
    by_type = {s["x-effect-type"]: n for n, s in ours.items() if "x-effect-type" in s}
    assert ours["Effect"]["properties"]["props"] == {"type": "object"}
    for variant in variants:
        name = variant["$ref"].rsplit("/", 1)[1]
        effect_type = snap[name]["title"]
        assert by_type[effect_type] == name
        comparator = _Comparator(load_spec(), _snapshot())
        comparator.compare(ours[name], {k: v for k, v in snap[name].items() if k != "title"}, name)
        assert comparator.diffs == []


def _structural_diffs(ours: dict[str, Any], ref: dict[str, Any], operation_ids: Any) -> list[str]:
    comparator = _Comparator(ours, ref)
    for oid in operation_ids:
        our_op, ref_op = _operations(ours)[oid][2], _operations(ref)[oid][2]
        for part in ("parameters", "requestBody"):
            comparator.compare(our_op.get(part), ref_op.get(part), f"{oid}.{part}")
        comparator.compare(
            _upstream_responses(our_op, ref_op), ref_op.get("responses"), f"{oid}.responses"
        )
    return comparator.diffs


def _upstream_responses(ours: dict[str, Any], ref: dict[str, Any]) -> dict[str, Any]:
    """Our responses without the error statuses the overlay adds (Talon.One answers them, its
    documents omit them: 429 everywhere, some 400/401/404/409)."""
    added = set(ours["responses"]) - set(ref["responses"])
    assert all(status.startswith("4") for status in added), added
    return {k: v for k, v in ours["responses"].items() if k not in added}


def test_comparator_detects_differences() -> None:
    """The structural comparison must be able to fail."""
    ref = _snapshot()
    ours = copy.deepcopy(load_spec())
    checked = (
        "updateCustomerSessionV2",
        "deleteLoyaltyTransactionsFromLedgers",
        "integrationGetAllCampaigns",
    )
    assert _structural_diffs(ours, ref, checked) == []
    schemas = ours["components"]["schemas"]
    schemas["CartItem"]["required"] = ["sku"]
    schemas["DeleteLoyaltyTransactionsRequest"]["properties"]["scope"]["enum"].pop()
    schemas["IntegrationGetAllCampaigns200Response"]["properties"]["hasMore"]["type"] = "string"
    _operations(ours)["integrationGetAllCampaigns"][2]["parameters"].pop()
    joined = "\n".join(_structural_diffs(ours, ref, checked))
    assert "CartItem.required" in joined
    assert "scope.enum" in joined
    assert "hasMore.type" in joined
    assert "integrationGetAllCampaigns.parameters" in joined


# ---------------------------------------------------------------------------------------------
# Our words, not theirs
# ---------------------------------------------------------------------------------------------


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _prose(node: Any, names: bool = False) -> Iterator[str]:
    """Every description, summary, title and example string of a document."""
    if isinstance(node, dict):
        for key, value in node.items():
            if not names and key in PROSE_KEYS:
                yield from _strings(value)
            else:
                yield from _prose(value, names=not names and key == "properties")
    elif isinstance(node, list):
        for value in node:
            yield from _prose(value)


def _our_texts() -> set[str]:
    """Every string of the overlay: the only place our wording comes from."""
    return {" ".join(t.split()) for t in _strings(_overlay())}


NEUTRAL = re.compile(r"^(Status \d{3}\.|[A-Z][a-z0-9 ID]*\.?)$")  # a name spelled out


def test_snapshot_has_no_prose() -> None:
    """The facts snapshot keeps no description, summary, title or example of Talon.One's."""
    facts = {k: v for k, v in _snapshot().items() if k != "info"}  # info.title is a name
    # a oneOf variant keeps its title when it is an identifier: the effect type it stands for
    assert [t for t in _prose(facts) if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", t)] == []
    assert "x-talon-source" in _snapshot()


def test_contract_prose_comes_from_the_overlay() -> None:
    spec = yaml.safe_load(SPEC_PATH.read_text())
    ours = _our_texts()
    texts = [" ".join(t.split()) for t in _prose(spec)]
    assert len(texts) > 50, "the check found almost no prose: is it looking at the right keys?"
    foreign = sorted({t for t in texts if t not in ours and not NEUTRAL.match(t)})
    assert foreign == []


def test_prose_check_flags_foreign_text() -> None:
    """The check above must be able to fail."""
    foreign = "Trigger an advanced event with this endpoint, as described upstream."
    assert foreign not in _our_texts() and not NEUTRAL.match(foreign)


NUMERIC_KEYWORDS = {"maximum", "minimum", "multipleOf", "maxLength", "minLength", "maxItems"}


def _numeric_keyword_values(node: Any, where: str = "#", names: bool = False) -> Iterator[Any]:
    if isinstance(node, dict):
        for key, value in node.items():
            if not names and key in NUMERIC_KEYWORDS:
                yield f"{where}/{key}", value
            else:
                yield from _numeric_keyword_values(value, f"{where}/{key}", key == "properties")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _numeric_keyword_values(value, f"{where}/{i}")


def test_numeric_keywords_are_numbers_for_pyyaml() -> None:
    """PyYAML (used by the emulator) must read every numeric schema keyword as a number."""
    spec = yaml.safe_load(SPEC_PATH.read_text())
    not_numbers = [
        (where, value)
        for where, value in _numeric_keyword_values(spec)
        if isinstance(value, bool) or not isinstance(value, int | float)
    ]
    assert not_numbers == []
