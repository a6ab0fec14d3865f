"""The merged dead letter of a Dask job (``batch/_merge.py``), on hand-written partition dead
letters: input order, the whole input's line numbers, each line once, and a target that is
replaced only when it is ours to replace."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from talon_async.batch._journal import JobFileError
from talon_async.batch._merge import check_target, merge_dead_letters


def entry(line: int, data: object) -> str:
    error = {"type": "InputError", "message": f"line {line}: invalid JSON"}
    return json.dumps({"line": line, "input": data, "error": error}) + "\n"


def read(path: Path) -> list[tuple[int, object]]:
    return [(e["line"], e["input"]) for e in map(json.loads, path.read_text().splitlines())]


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    """Three partitions of 5, 4 and 6 lines: the first repeats line 3 (a worker killed
    between its dead-letter and checkpoint writes), the second failed nothing."""
    where = tmp_path / "journal"
    where.mkdir()
    (where / "part-00000.dead.jsonl").write_text(
        entry(3, "a3") + entry(1, {"a": 1}) + entry(3, "a3 again")
    )
    (where / "part-00002.dead.jsonl").write_text(entry(6, "c6") + entry(2, "c2"))
    return where


def partitions(journal: Path) -> list[tuple[Path, int]]:
    return [(journal / f"part-{i:05d}.dead.jsonl", before) for i, before in enumerate((0, 5, 9))]


def test_one_file_in_input_order_each_line_once(tmp_path: Path, journal: Path) -> None:
    target = tmp_path / "dead.jsonl"
    found = merge_dead_letters(partitions(journal), target)
    assert read(target) == [(1, {"a": 1}), (3, "a3"), (11, "c2"), (15, "c6")]
    errors = [json.loads(raw)["error"]["message"] for raw in target.read_text().splitlines()]
    assert errors[2:] == ["line 11: invalid JSON", "line 15: invalid JSON"]
    assert [(f.distinct, f.repeats) for f in found] == [(2, 1), (0, 0), (2, 0)]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # failed lines may be personal data
    assert (journal / "part-00000.dead.jsonl").exists()  # kept: a resumed run counts from them
    # a second merge (a resumed run) replaces the file: nothing twice
    merge_dead_letters(partitions(journal), target)
    assert len(read(target)) == 4
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_without_a_target_only_counts(journal: Path) -> None:
    found = merge_dead_letters(partitions(journal), None)
    assert sum(f.distinct for f in found) == 4


def test_a_torn_last_entry_is_not_an_entry(tmp_path: Path, journal: Path) -> None:
    """A kill mid-write leaves a torn last entry; that line was not recorded as done, so its
    rerun wrote it again (here: not yet, and the merge does not invent it)."""
    with (journal / "part-00002.dead.jsonl").open("a") as f:
        f.write('{"line": 4, "inp')
    merge_dead_letters(partitions(journal), tmp_path / "dead.jsonl")
    assert [line for line, _ in read(tmp_path / "dead.jsonl")] == [1, 3, 11, 15]


def test_a_corrupt_entry_stops_the_merge_and_names_the_file(tmp_path: Path, journal: Path) -> None:
    path = journal / "part-00002.dead.jsonl"
    path.write_text(entry(1, "c1") + '{"line": 4, "inp{"line": 5}\n' + entry(6, "c6"))
    target = tmp_path / "dead.jsonl"
    target.write_text(entry(9, "from before"))
    with pytest.raises(JobFileError, match=r"part-00002\.dead\.jsonl.*not a dead-letter entry"):
        merge_dead_letters(partitions(journal), target)
    assert read(target) == [(9, "from before")]  # left as it was
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("precious notes\n", "is not a dead letter"),
        ('{"line": 1}\n', "is not a dead letter"),
        (None, "symbolic link"),
    ],
)
def test_only_an_empty_file_or_a_dead_letter_is_replaced(
    tmp_path: Path, journal: Path, content: str | None, words: str
) -> None:
    target = tmp_path / "dead.jsonl"
    if content is None:
        (tmp_path / "elsewhere").write_text("")
        target.symlink_to(tmp_path / "elsewhere")
    else:
        target.write_text(content)
    with pytest.raises(JobFileError, match=words):
        check_target(target, input=tmp_path / "in.jsonl", journal=journal)
    if content is not None:
        assert target.read_text() == content
    for ours in ("", entry(2, "x")):
        target.unlink()
        target.write_text(ours)
        check_target(target, input=tmp_path / "in.jsonl", journal=journal)


def test_the_target_is_not_the_input_a_journal_file_or_in_a_missing_directory(
    tmp_path: Path, journal: Path
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("")  # empty: it would pass for an empty dead letter
    os.link(source, tmp_path / "link.jsonl")  # another path to the input
    with pytest.raises(JobFileError, match="is the input"):
        check_target(tmp_path / "link.jsonl", input=source, journal=journal)
    with pytest.raises(JobFileError, match="partition's journal"):
        check_target(journal / "part-00002.dead.jsonl", input=source, journal=journal)
    check_target(journal / "dead.jsonl", input=source, journal=journal)  # beside them is fine
    with pytest.raises(JobFileError, match="does not exist"):
        check_target(tmp_path / "nowhere" / "dead.jsonl", input=source, journal=journal)
