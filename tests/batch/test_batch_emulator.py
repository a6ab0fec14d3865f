"""The batch CLI against the offline emulator, which answers 409 to parallel writes of one
entity as Talon.One does: every line succeeding in one request each proves serialisation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from batch_fakes import cli, finish

from talon_async.testing import EmulatorServer


@pytest.mark.parametrize(
    ("kind", "operation", "line"),
    [
        (
            "profiles",
            "customer_profiles.update_customer_profile_v2",
            lambda i: {"integrationId": f"p{i % 60}", "attributes": {"Name": f"n{i}"}},
        ),
        (
            "events",
            "events.track_event_v2",
            lambda i: {"profileId": f"p{i % 60}", "type": "app_opened", "attributes": {}},
        ),
    ],
)
async def test_cli_against_emulator_no_conflicts(
    kind: str, operation: str, line: object, tmp_path: Path
) -> None:
    source = tmp_path / f"{kind}.jsonl"
    n = 600
    source.write_text("".join(json.dumps(line(i)) + "\n" for i in range(n)))  # type: ignore[operator]
    dead = tmp_path / "dead.jsonl"
    with EmulatorServer() as emulator:
        code, summary, err = await finish(
            await cli(
                kind,
                source,
                "--base-url",
                emulator.url,
                "--concurrency",
                "64",
                "--dead-letter",
                dead,
                "--no-progress",
            )
        )
        requests = emulator.requests(operation)
    assert code == 0, (err, dead.read_text() if dead.exists() else "")
    assert summary["succeeded"] == n
    assert requests == n  # no 409 was answered (and so none retried)
