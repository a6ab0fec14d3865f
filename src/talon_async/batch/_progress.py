"""The job's progress bar: how far through the input, how long to go, what came of it.

tqdm draws it: position is bytes read of the input file against its size (so percentage and
ETA mean something even before the line count is known), and the postfix carries the
succeeded/failed counts and the current completion rate in calls per second.
"""

from __future__ import annotations

import time
from typing import TextIO

from tqdm import tqdm

__all__ = ["JobProgress"]

_BAR_FORMAT = (
    "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}]{postfix}"
)


class JobProgress:
    """Bytes (or Parquet rows, ``unit="rows"``) of the input read, with ETA; ``ok``/``failed``
    counts and calls/s as postfix."""

    def __init__(
        self,
        total_bytes: int,
        desc: str,
        *,
        file: TextIO | None = None,
        interval: float = 0.5,
        unit: str = "B",
    ) -> None:
        self._bar = tqdm(
            total=total_bytes,
            desc=desc,
            unit=unit,
            unit_scale=True,
            unit_divisor=1024 if unit == "B" else 1000,
            bar_format=_BAR_FORMAT,
            dynamic_ncols=True,
            file=file,
        )
        self._interval = interval
        self._rate: float | None = None  # calls/s, exponentially smoothed
        self.succeeded = 0
        self.failed = 0
        self._counted = 0
        self._last = time.monotonic()

    def read_to(self, position: int) -> None:
        """The reader has consumed the input up to byte ``position``."""
        if position > self._bar.n:
            self._bar.update(position - self._bar.n)

    def finished(self, ok: bool) -> None:
        """One call ended (checkpointed or dead-lettered)."""
        if ok:
            self.succeeded += 1
        else:
            self.failed += 1
        now = time.monotonic()
        if now - self._last >= self._interval:
            self._refresh(now)

    def close(self) -> None:
        self._refresh(time.monotonic())
        self._bar.close()

    def _refresh(self, now: float) -> None:
        done = self.succeeded + self.failed
        elapsed = now - self._last
        if elapsed >= self._interval / 5:  # a sliver of time would make a spike, not a rate
            sample = (done - self._counted) / elapsed
            self._rate = sample if self._rate is None else 0.3 * sample + 0.7 * self._rate
            self._counted, self._last = done, now
        rate = self._rate or 0.0
        self._bar.set_postfix_str(
            f"ok={self.succeeded} failed={self.failed} {rate:.0f} calls/s", refresh=True
        )
