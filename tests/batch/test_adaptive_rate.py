"""rate="auto": the controller's algorithm on a virtual clock, and whole jobs against the
emulator's token bucket (every item succeeds, the controller sees every 429, few of them)."""

from __future__ import annotations

import asyncio
import itertools
import math
from pathlib import Path

import pytest

from talon_async import RetryPolicy, TalonClient, batch, errors, models
from talon_async._cli import main
from talon_async.batch import AdaptiveRate
from talon_async.batch._rate import adaptive_rate
from talon_async.testing import EmulatorServer

API_KEY = "adaptive-rate-key"


class VirtualClock:
    """Time that moves only when the controller sleeps or the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


def controller(clock: VirtualClock, **options: float) -> AdaptiveRate:
    return AdaptiveRate(clock=clock, sleep=clock.sleep, **options)


async def accepted(
    rate: AdaptiveRate, clock: VirtualClock, per_second: int, seconds: float
) -> None:
    """Send and answer 200 at `per_second` for `seconds` of virtual time."""
    for _ in range(int(per_second * seconds)):
        ticket = await rate.acquire()
        rate.record(ticket, 200)
        clock.now += 1 / per_second


async def test_unpaced_until_the_first_throttle() -> None:
    clock = VirtualClock()
    rate = controller(clock)
    for _ in range(1000):
        rate.record(await rate.acquire(), 200)
    assert rate.rate is None and clock.slept == [] and rate.cuts == 0


async def test_a_throttle_pauses_everyone_and_cuts_to_beta_times_the_accepted_rate() -> None:
    clock = VirtualClock()
    rate = controller(clock)
    await accepted(rate, clock, 200, 2.0)
    ticket = await rate.acquire()
    rate.record(ticket, 429, 2.0)
    assert rate.cuts == 1 and rate.throttles == 1
    assert rate.paused_until == clock.now + 2.0
    assert rate.rate == pytest.approx(0.7 * 200, rel=0.06)
    # requests sent before the cut say nothing new: no second cut, the pause still honoured
    rate.record(ticket, 429, 3.0)
    assert rate.cuts == 1 and rate.paused_until == clock.now + 3.0
    cut_at = clock.now
    await rate.acquire()
    assert clock.now == cut_at + 3.0  # nothing was sent before the pause passed


async def test_sends_are_spaced_at_the_rate_without_burst() -> None:
    clock = VirtualClock()
    rate = controller(clock, max_rate=50)
    sent = []
    for _ in range(5):
        await rate.acquire()
        sent.append(clock.now)
    assert [round(b - a, 9) for a, b in itertools.pairwise(sent)] == [0.02] * 4
    clock.now += 10  # idle time does not become a burst
    await rate.acquire()
    start = clock.now
    await rate.acquire()
    assert clock.now - start == pytest.approx(0.02)


async def test_recovery_follows_the_cubic_curve_then_probes_above_w() -> None:
    clock = VirtualClock()
    rate = controller(clock, recovery=4.0)
    await accepted(rate, clock, 100, 2.0)
    while rate.cuts == 0:  # no Retry-After: it takes more than 1% refused to cut
        rate.record(await rate.acquire(), 429)
    cut_at = clock.now
    w = rate.rate / 0.7  # type: ignore[operator]
    assert w == pytest.approx(100, rel=0.06)

    def at(t: float) -> float:
        clock.now = cut_at + t
        value = rate.rate
        assert value is not None
        return value

    assert at(0) == pytest.approx(0.7 * w)
    assert at(2) == pytest.approx(w * (1 - 0.3 / 8))  # concave: most of the way back at K/2
    assert at(4) == pytest.approx(w)
    assert at(6) == pytest.approx(w)  # capped at W: nothing was sent meanwhile
    clock.now = cut_at + 4
    sends = 0
    while clock.now < cut_at + 6:  # sending at the paced rate lifts the cap: it probes
        rate.record(await rate.acquire(), 200)
        sends += 1
    assert rate.rate == pytest.approx(w * (1 + 0.3 / 64 * 8), rel=0.01)
    assert sends > 2 * w


async def test_sporadic_refusals_do_not_cut_but_a_lower_limit_does() -> None:
    clock = VirtualClock()
    rate = controller(clock, tolerance=0.05)
    await accepted(rate, clock, 200, 2.0)
    rate.record(await rate.acquire(), 429)
    assert rate.cuts == 0  # 1 in 200 refused, no Retry-After: within the tolerance
    rate.record(await rate.acquire(), 429, 1.0)
    assert rate.cuts == 1
    await accepted(rate, clock, 140, 1.0)
    rate.record(await rate.acquire(), 429)  # recovering, 1 of 141 refused: sporadic
    assert rate.cuts == 1
    in_flight = [await rate.acquire() for _ in range(20)]
    for ticket in in_flight:  # most refused while recovering: the limit is lower than thought
        rate.record(ticket, 429)
    assert rate.cuts == 2  # once: the rest were sent before that cut
    await accepted(rate, clock, 100, 5.0)  # past recovery, nothing refused meanwhile
    rate.record(await rate.acquire(), 429)
    assert rate.cuts == 2  # 1 in the last second's ~70 answers is within the tolerance
    rate.record(await rate.acquire(), 429, 1.0)
    assert rate.cuts == 3  # a Retry-After is never sporadic


async def test_which_answers_are_throttles() -> None:
    clock = VirtualClock()
    rate = controller(clock)
    await accepted(rate, clock, 100, 2.0)
    for status in (200, 400, 409, 500, 503):  # a bare 503 is a fault, not the rate
        rate.record(await rate.acquire(), status)
    rate.record(await rate.acquire(), None)  # no answer at all: no signal
    assert rate.throttles == 0
    rate.record(await rate.acquire(), 503, 1.0)
    assert rate.throttles == 1 and rate.cuts == 1


async def test_an_early_first_throttle_starts_a_slow_start_and_ceilings_hold() -> None:
    clock = VirtualClock()
    rate = controller(clock, max_rate=500, min_rate=2)
    await accepted(rate, clock, 100, 0.2)  # 20 accepted in a young job: a lower bound
    rate.record(await rate.acquire(), 429, 1.0)
    cut_at = clock.now
    w = 20.0  # what the server accepted in the last window
    assert rate.rate == pytest.approx(0.7 * w)
    while clock.now < cut_at + 3:  # pause, then two windows of sending at the paced rate
        rate.record(await rate.acquire(), 200)
    # on the cubic curve it would still be below W; doubling per window it is well above
    assert rate.rate is not None and rate.rate > 1.5 * w
    clock.now = cut_at + 30
    assert rate.rate is not None and rate.rate <= 500


def test_bad_settings_are_refused() -> None:
    for options in ({"max_rate": 0}, {"beta": 1}, {"recovery": 0}, {"min_rate": math.nan}):
        with pytest.raises(ValueError):
            AdaptiveRate(**options)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'auto'"):
        adaptive_rate("fast", None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_rate"):
        adaptive_rate(100.0, 50.0)
    with pytest.raises(ValueError, match="max_rate"):
        batch.stream([1], asyncio.sleep, concurrency=1, rate=AdaptiveRate(), max_rate=5)
    assert adaptive_rate(None, None) is None and adaptive_rate(5.0, None) is None


async def test_a_plain_call_is_judged_by_what_it_raises() -> None:
    clock = VirtualClock()
    shared = controller(clock)

    async def call(i: int) -> int:
        clock.now += 0.01
        if i == 150:
            raise errors.RateLimited(429, retry_after=1.0)
        return i

    summary = await batch.run(range(200), call, concurrency=4, rate=shared)
    assert summary.failed == 1 and shared.throttles == 1 and shared.cuts == 1


# -- whole jobs against the emulator's token bucket ------------------------------------------
LIMIT = 10  # requests/s; far below what the emulator serves even on a loaded machine
ITEMS = 60
CONCURRENCY = 8


@pytest.fixture
def limited() -> EmulatorServer:
    server = EmulatorServer(api_key=API_KEY, rate_limit={"rate": LIMIT})
    with server:
        yield server  # type: ignore[misc]


async def test_auto_finishes_every_item_and_sees_every_429(limited: EmulatorServer) -> None:
    body = models.CustomerProfileIntegrationRequestV2.from_dict({"attributes": {"n": 1}})
    shared = AdaptiveRate()
    async with TalonClient(api_key=API_KEY, base_url=limited.url) as talon:

        async def update(i: int) -> object:
            return await talon.customer_profiles.update_customer_profile_v2(f"p{i}", body)

        summary = await batch.run(range(ITEMS), update, concurrency=CONCURRENCY, rate=shared)

    assert (summary.succeeded, summary.failed) == (ITEMS, 0), [
        repr(f.error) for f in summary.failures[:3]
    ]
    with limited.store.lock:
        assert len(limited.store.profiles) == ITEMS  # nothing lost
    refused = limited.rate_limiter.limited
    assert limited.requests("update_customer_profile_v2") == ITEMS + refused
    assert shared.throttles == refused  # retried attempts inside TalonClient included
    assert shared.cuts >= 1
    # each of the first throttles (measuring, then slow start overshooting) costs at most what
    # was in flight; after them the job keeps below R
    print(f"\nauto: {ITEMS} items, {refused} answered 429, {shared.cuts} cuts")
    assert refused <= 3 * CONCURRENCY, refused


async def test_fixed_concurrency_against_the_same_limit_is_refused_much_more(
    limited: EmulatorServer,
) -> None:
    """The same job without auto: the contrast the benchmark measures, in counts."""
    body = models.CustomerProfileIntegrationRequestV2.from_dict({"attributes": {"n": 1}})
    async with TalonClient(
        api_key=API_KEY, base_url=limited.url, retry=RetryPolicy(attempts=1)
    ) as talon:

        async def update(i: int) -> object:
            return await talon.customer_profiles.update_customer_profile_v2(f"p{i}", body)

        summary = await batch.run(range(ITEMS), update, concurrency=CONCURRENCY)
    assert summary.failed > 0
    assert all(isinstance(f.error, errors.RateLimited) for f in summary.failures)


def test_cli_takes_rate_auto_and_a_ceiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("")
    monkeypatch.setenv("TALON_API_KEY", "k")
    with pytest.raises(SystemExit) as exit_:
        main(["batch", "events", str(source), "--rate", "10", "--max-rate", "5"])
    assert exit_.value.code == 2 and "--max-rate" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["batch", "events", str(source), "--rate", "fast"])
    assert "invalid _rate value" in capsys.readouterr().err
    code = main(
        ["batch", "events", str(source), "--rate", "auto", "--max-rate", "5", "--no-progress"]
    )
    assert code == 0
