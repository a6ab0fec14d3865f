"""The benchmark table reports each cell's median round, and a failed round fails the cell."""

from __future__ import annotations

from typing import Any

from benchmarks.run import median_cell


def ok(rps: float) -> dict[str, Any]:
    return {"status": "ok", "rps": rps, "peak_rss_mb": 50.0}


def test_the_median_round_is_reported_with_every_rounds_figure() -> None:
    cell = median_cell([ok(2100.0), ok(1300.0), ok(1900.0)])
    assert cell["rps"] == 1900.0
    assert cell["rounds_rps"] == [2100.0, 1300.0, 1900.0]  # in the order they ran


def test_an_even_number_of_rounds_reports_the_lower_middle_one() -> None:
    assert median_cell([ok(4.0), ok(1.0), ok(3.0), ok(2.0)])["rps"] == 2.0


def test_a_failed_round_fails_the_cell() -> None:
    failed = {"status": "error", "error": "read 0 effects, expected 41"}
    assert median_cell([ok(2000.0), failed, ok(2100.0)]) == failed
