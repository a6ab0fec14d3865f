"""One module per benchmarked client, all with the same interface (see ``base.py``).

A client module defines:

- ``TITLE``: the row label in the table and chart;
- ``KIND``: ``"async"`` (``async def create(cfg) -> AsyncRunner``), ``"threads"``
  (``def create(cfg) -> SyncRunner``, driven by N threads) or ``"external"`` (wrk, run by the
  driver itself);
- ``create(cfg)``: builds the client for ``cfg.concurrency`` requests in flight, or raises
  ``base.Skip(reason)`` when the client cannot run here (e.g. talon_async not written yet).

A runner's ``call()`` sends one ``PUT /v2/customer_sessions/{id}`` with the shared request body,
consumes the whole response as that client would in real use and returns how many effects it read
(the worker checks it against the body, so a client cannot skip the work).
"""

# Table/chart order. The first available of REFERENCE_ORDER is the ratio denominator.
ORDER = [
    "talon_async",
    "aiohttp_raw",
    "httpx_aiohttp",
    "httpx_raw",
    "generated",
    "official_sdk",
    "wrk",
]
REFERENCE_ORDER = ["talon_async", "aiohttp_raw"]
