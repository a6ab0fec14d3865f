"""Stable hashing of entity keys, shared by shards (across processes) and bulk lanes."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["ARRAY_INDEX_VARIABLES", "Shard", "ShardError", "idempotency_key", "stable_hash"]

#: Where job-array platforms put a task's 0-based index, and where (if anywhere) its count.
#: Kubernetes Indexed Jobs and AWS Batch array jobs do not tell a task the count: pass it.
ARRAY_INDEX_VARIABLES: dict[str, tuple[str, str | None]] = {
    "Kubernetes Indexed Job": ("JOB_COMPLETION_INDEX", None),
    "Cloud Run Job": ("CLOUD_RUN_TASK_INDEX", "CLOUD_RUN_TASK_COUNT"),
    "AWS Batch array job": ("AWS_BATCH_JOB_ARRAY_INDEX", None),
}

_COUNT = re.compile(r"[0-9]{1,9}")  # ASCII digits only: int() would take " 3", "+3", "3_0", "٣"


class ShardError(ValueError):
    """``--shard auto`` found no job-array index, more than one, or values that are not a
    shard (not digits, index >= count); the message says what to fix."""


def stable_hash(key: str) -> int:
    """A 64-bit hash that is the same in every process and on every machine.

    Python's ``hash()`` is salted per process (PYTHONHASHSEED), so N processes would disagree
    about which shard owns a key; blake2b is in the standard library and fast enough.
    """
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big")


@dataclass(frozen=True, slots=True)
class Shard:
    """Shard ``index`` of ``count`` (0-based): owns the keys whose stable hash lands on it.

    Every key belongs to exactly one shard, so N workers reading the same input cover it
    completely and never write one entity from two places.
    """

    index: int = 0
    count: int = 1

    def __post_init__(self) -> None:
        if self.count < 1 or not 0 <= self.index < self.count:
            raise ValueError(f"shard must be I/N with 0 <= I < N, got {self.index}/{self.count}")

    @classmethod
    def parse(cls, text: str) -> Shard:
        """Parse ``"I/N"``, e.g. ``"0/4"`` .. ``"3/4"``."""
        left, sep, right = text.partition("/")
        if not sep:
            raise ValueError(f"shard must look like I/N (e.g. 0/4), got {text!r}")
        try:
            return cls(int(left), int(right))
        except ValueError as exc:
            raise ValueError(f"invalid shard {text!r}: {exc}") from None

    @classmethod
    def from_environment(cls, environ: Mapping[str, str], count: int | None = None) -> Shard:
        """The shard of this task of a job array (``--shard auto``, ``auto/N``).

        The index comes from the one platform variable that is set (see
        :data:`ARRAY_INDEX_VARIABLES`); the count from ``count`` (the array's size, which
        Kubernetes and AWS Batch do not expose) or ``CLOUD_RUN_TASK_COUNT``; both given must
        agree, so a task never silently splits the input by another N than its siblings.
        """
        found = [
            (platform, index_var, count_var)
            for platform, (index_var, count_var) in ARRAY_INDEX_VARIABLES.items()
            if index_var in environ
        ]
        if not found:
            names = ", ".join(v for v, _ in ARRAY_INDEX_VARIABLES.values())
            raise ShardError(
                f"--shard auto: no job-array index in the environment (looked for {names})"
            )
        if len(found) > 1:
            names = " and ".join(index_var for _, index_var, _ in found)
            raise ShardError(f"--shard auto: both {names} are set; use --shard I/N")
        platform, index_var, count_var = found[0]
        index = _digits(environ[index_var], index_var)
        if count_var is not None and count_var in environ:
            env_count = _digits(environ[count_var], count_var)
            if count is not None and count != env_count:
                raise ShardError(
                    f"--shard auto/{count}: {count_var}={env_count} says otherwise; "
                    "drop /N or make them agree"
                )
            count = env_count
        if count is None:
            raise ShardError(
                f"--shard auto: {platform} ({index_var}) does not give the number of tasks; "
                "pass it as --shard auto/N"
            )
        if count < 1 or index >= count:
            raise ShardError(
                f"--shard auto: {index_var}={index} is not a shard of {count} (needs index < count)"
            )
        return cls(index, count)

    def owns(self, key: str) -> bool:
        """Whether this shard handles the entity `key` (a stable hash, the same in every process)."""
        return self.count == 1 or stable_hash(key) % self.count == self.index

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def _digits(value: str, name: str) -> int:
    if not _COUNT.fullmatch(value):
        raise ShardError(f"--shard auto: {name}={value[:20]!r} is not a non-negative integer")
    return int(value)


def idempotency_key(job_id: str, line: int, raw: bytes) -> str:
    """``<job id>-<line>-<sha256 of the line's bytes, first 128 bits in hex>``.

    The job id is random per job and kept in its checkpoint, so two jobs (other files, other
    shards, or a rerun from scratch) never share a key while a resumed run of one job sends the
    same key for the same line; the line's hash keeps two different lines of one job apart
    even if the file is edited between runs. Only hex digits, digits and hyphens: safe in a
    header, 84 characters at most.
    """
    return f"{job_id}-{line}-{hashlib.sha256(raw).hexdigest()[:32]}"
