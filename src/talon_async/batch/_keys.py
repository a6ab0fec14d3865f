"""Stable hashing of entity keys, shared by shards (across processes) and bulk lanes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

__all__ = ["Shard", "idempotency_key", "stable_hash"]


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

    def owns(self, key: str) -> bool:
        """Whether this shard handles the entity `key` (a stable hash, the same in every process)."""
        return self.count == 1 or stable_hash(key) % self.count == self.index

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def idempotency_key(job_id: str, line: int, raw: bytes) -> str:
    """``<job id>-<line>-<sha256 of the line's bytes, first 128 bits in hex>``.

    The job id is random per job and kept in its checkpoint, so two jobs (other files, other
    shards, or a rerun from scratch) never share a key while a resumed run of one job sends the
    same key for the same line; the line's hash keeps two different lines of one job apart
    even if the file is edited between runs. Only hex digits, digits and hyphens: safe in a
    header, 84 characters at most.
    """
    return f"{job_id}-{line}-{hashlib.sha256(raw).hexdigest()[:32]}"
