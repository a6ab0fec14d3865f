"""Batch jobs: bounded concurrency, one request per entity at a time, nothing dropped.

``stream``/``run`` drive any async call over a (sync or async) iterable; the bulk helpers
chunk Talon.One's bulk endpoints and report per item. ``python -m talon_async batch`` wraps
them for JSONL files with checkpoints, dead letters and sharding (see ``talon_async._cli``).
"""

from ._bulk import BulkStream, bulk, update_customer_profile_audiences, update_customer_profiles_v2
from ._dask import DaskSummary, run_on_dask
from ._keys import Shard, stable_hash
from ._rate import AdaptiveRate
from ._runner import BatchResult, BatchStream, BatchSummary, CallCancelled, run, stream

__all__ = [
    "AdaptiveRate",
    "BatchResult",
    "BatchStream",
    "BatchSummary",
    "BulkStream",
    "CallCancelled",
    "DaskSummary",
    "Shard",
    "bulk",
    "run",
    "run_on_dask",
    "stable_hash",
    "stream",
    "update_customer_profile_audiences",
    "update_customer_profiles_v2",
]
