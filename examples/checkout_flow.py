"""One customer's checkout, end to end, through TalonClient: the flow `make demo` shows.

A shopper signs up, fills a cart, redeems a coupon and a friend's referral code, pays (the
session is closed), earns loyalty points, sends one item back, looks at what they own, and
finally types a coupon code that does not exist. Each step prints what Talon.One answered and
checks it: if a step does not behave as expected the script says which one and exits 1, so
the demo doubles as a smoke test of the client against a server.

The campaigns it relies on are the emulator's built-in ones (talon_async.testing): coupon
WELCOME10 (10% off), a referral campaign that rewards the advocate with points, and one
loyalty point per currency unit in program 1. Ids get a per-run suffix, so the script can be
run again and again against the same server.

Run:  python -m talon_async.testing --port 9000 &   # or: make demo
      TALON_BASE_URL=http://127.0.0.1:9000 TALON_API_KEY=any python examples/checkout_flow.py
"""

from __future__ import annotations

import asyncio
import os
import secrets
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from talon_async import TalonClient, errors, models

DEFAULT_BASE_URL = "http://127.0.0.1:9000"
# The emulator accepts any key unless started with --api-key; a real deployment needs its own.
DEFAULT_API_KEY = "local-emulator-key"
COUPON = "WELCOME10"
LOYALTY_PROGRAM_ID = 1
CART = (
    ("COFFEE-500G", "Espresso beans 500 g", 2, 8.99),
    ("OAT-1L", "Oat milk 1 l", 4, 2.49),
    ("MUG-01", "Ceramic mug", 1, 12.00),
)

Say = Callable[[str], None]
Content = models.IntegrationRequestResponseContentItem


class StepFailed(Exception):
    """A step got an answer, but not the one the flow expects."""


@dataclass
class Summary:
    """What the flow saw; tests and callers can check it without parsing the output."""

    customer_id: str
    advocate_id: str
    session_id: str
    referral_code: str = ""
    cart_total: float = 0.0
    discounted_total: float = 0.0
    points_after_close: float = 0.0
    points_after_return: float = 0.0
    advocate_points: float = 0.0
    rejection_reason: str = ""
    steps: list[str] = field(default_factory=list)


# ----------------------------------------------------------------------------- helpers
def props(effect: models.Effect) -> dict[str, Any]:
    """An effect's properties as plain wire-format data (typed model or raw mapping alike)."""
    return effect.props.to_dict()


def describe(effect: models.Effect) -> str:
    """One short line per effect, with the properties a reader cares about."""
    p, kind = props(effect), effect.effect_type
    if kind in ("setDiscount", "rollbackDiscount"):
        sign = "-" if kind == "setDiscount" else "+"
        return f"{kind:<27} {p.get('name', '')}: {sign}{p.get('value', 0):.2f}"
    if kind in ("acceptCoupon", "acceptReferral"):
        return f"{kind:<27} {p.get('value')}"
    if kind in ("rejectCoupon", "rejectReferral"):
        return f"{kind:<27} {p.get('value')} (reason: {p.get('rejectionReason')})"
    if kind in ("addLoyaltyPoints", "rollbackAddedLoyaltyPoints"):
        sign = "+" if kind == "addLoyaltyPoints" else "-"
        who = p.get("recipientIntegrationId") or p.get("cardIdentifier") or "?"
        return f"{kind:<27} {sign}{p.get('value', 0):g} points for {who} (program {p.get('programId')})"
    return f"{kind:<27} {p}"


def effects_of(effects: Sequence[models.Effect], kind: str) -> list[dict[str, Any]]:
    return [props(e) for e in effects if e.effect_type == kind]


def expect(condition: object, message: str) -> None:
    if not condition:
        raise StepFailed(message)


def money(value: float) -> str:
    return f"{value:.2f}"


# ----------------------------------------------------------------------------- the flow
async def checkout_flow(
    talon: TalonClient, *, suffix: str | None = None, say: Say = print
) -> Summary:
    """Run every step against `talon`; raise StepFailed when an answer is not the expected one."""
    suffix = suffix or f"{time.strftime('%H%M%S')}-{secrets.token_hex(2)}"
    summary = Summary(
        customer_id=f"dana-{suffix}", advocate_id=f"alex-{suffix}", session_id=f"order-{suffix}"
    )
    customer, advocate, session_id = summary.customer_id, summary.advocate_id, summary.session_id
    sessions = talon.customer_sessions
    step_no = 0

    def step(title: str) -> None:
        nonlocal step_no
        step_no += 1
        summary.steps.append(title)
        say(f"\n[{step_no}] {title}")

    def show(effects: Sequence[models.Effect]) -> None:
        for effect in effects:
            say(f"      {describe(effect)}")
        if not effects:
            say("      (no effects)")

    # 1. Profiles: the shopper and the friend who refers them.
    step("Create the customer profiles")
    for integration_id, name in ((customer, "Dana"), (advocate, "Alex")):
        answer = await talon.customer_profiles.update_customer_profile_v2(
            integration_id,
            models.CustomerProfileIntegrationRequestV2(
                attributes=models.CustomerProfileIntegrationRequestV2Attributes.from_dict(
                    {"Name": name, "City": "Berlin", "NewsletterOptIn": True}
                ),
                response_content=[
                    models.CustomerProfileIntegrationRequestV2ResponseContentItem.CUSTOMERPROFILE
                ],
            ),
        )
        profile = answer.customer_profile
        expect(profile, f"profile {integration_id}: the answer has no customerProfile")
        assert profile  # for the type checker
        expect(profile.integration_id == integration_id, f"profile id is {profile.integration_id}")
        say(f"    {integration_id}: attributes {profile.attributes.to_dict()}")

    # 2. A referral code for the advocate, in the campaign that runs referrals.
    step("Create a referral code for the advocate")
    listing = await talon.campaigns.integration_get_all_campaigns()
    referral_campaign = next((c for c in listing.data if "referrals" in c.features), None)
    expect(referral_campaign, "no running campaign has the referrals feature")
    assert referral_campaign
    referral = await talon.referrals.create_referral(
        models.NewReferral(
            campaign_id=referral_campaign.id,
            advocate_profile_integration_id=advocate,
            usage_limit=1,
        )
    )
    expect(referral.code, "the new referral has no code")
    summary.referral_code = referral.code
    say(f"    code {referral.code} for {advocate} in campaign {referral_campaign.name!r}")

    # 3. The cart, without any codes yet.
    step("Build the cart")
    cart_items = [
        models.CartItem(sku=sku, name=name, quantity=qty, price=price)
        for sku, name, qty, price in CART
    ]
    state = await sessions.update_customer_session_v2(
        session_id,
        models.IntegrationRequest(
            customer_session=models.NewCustomerSessionV2(
                profile_id=customer, cart_items=cart_items
            ),
            response_content=[Content.CUSTOMERSESSION],
        ),
    )
    expected_total = round(sum(qty * price for _, _, qty, price in CART), 2)
    current = state.customer_session
    expect(current, "the session answer has no customerSession")
    assert current
    summary.cart_total = current.cart_item_total
    expect(
        abs(current.cart_item_total - expected_total) < 0.005,
        f"cart total {current.cart_item_total}, expected {expected_total}",
    )
    for item in current.cart_items:
        say(f"    {item.quantity} x {item.name or item.sku} at {money(item.price or 0)}")
    say(f"    cart total {money(current.cart_item_total)}; session state {current.state}")
    show(state.effects)

    # 4. The coupon and the referral code, in one update.
    step(f"Apply coupon {COUPON} and referral code {referral.code}")
    state = await sessions.update_customer_session_v2(
        session_id,
        models.IntegrationRequest(
            customer_session=models.NewCustomerSessionV2(
                coupon_codes=[COUPON], referral_code=referral.code
            ),
            response_content=[Content.CUSTOMERSESSION],
        ),
    )
    show(state.effects)
    accepted = [p["value"] for p in effects_of(state.effects, "acceptCoupon")]
    expect(accepted == [COUPON], f"coupon {COUPON} was not accepted (accepted: {accepted})")
    referrals = [p["value"] for p in effects_of(state.effects, "acceptReferral")]
    expect(referrals == [referral.code], f"referral {referral.code} was not accepted")
    discount = sum(p["value"] for p in effects_of(state.effects, "setDiscount"))
    expect(discount > 0, "no setDiscount effect for the coupon and the referral")
    current = state.customer_session
    assert current
    summary.discounted_total = round(current.cart_item_total - discount, 2)
    say(
        f"    cart {money(current.cart_item_total)} - discounts {money(discount)}"
        f" = {money(summary.discounted_total)} to pay"
    )

    # 5. Payment: closing the session confirms the coupon, the referral and the points.
    step("Close the session (the order is paid)")
    state = await sessions.update_customer_session_v2(
        session_id,
        models.IntegrationRequest(
            customer_session=models.NewCustomerSessionV2(
                state=models.NewCustomerSessionV2State.CLOSED
            ),
            response_content=[Content.CUSTOMERSESSION, Content.LOYALTY],
        ),
    )
    show(state.effects)
    current = state.customer_session
    assert current
    expect(current.state == "closed", f"session state is {current.state}, expected closed")
    recipients = {
        p.get("recipientIntegrationId") for p in effects_of(state.effects, "addLoyaltyPoints")
    }
    expect(customer in recipients, "closing the session gave the customer no loyalty points")
    expect(advocate in recipients, "closing the session gave the advocate no referral points")
    say(f"    session state {current.state}")

    # 6. The points are on the ledgers now.
    step("Check the loyalty balances")
    balances = await talon.loyalty.get_loyalty_balances(
        LOYALTY_PROGRAM_ID, customer, include_tiers=True
    )
    balance = balances.balance
    expect(balance and balance.active_points, f"{customer} has no active points after closing")
    assert balance
    summary.points_after_close = float(balance.active_points or 0)
    tier = balance.current_tier.name if balance.current_tier else "none"
    say(
        f"    {customer}: {summary.points_after_close:g} active points, tier {tier}"
        + (
            f", {balance.points_to_next_tier:g} to {balance.next_tier_name}"
            if balance.next_tier_name
            else ""
        )
    )
    advocate_balance = await talon.loyalty.get_loyalty_balances(LOYALTY_PROGRAM_ID, advocate)
    summary.advocate_points = float(
        (advocate_balance.balance and advocate_balance.balance.active_points) or 0
    )
    expect(summary.advocate_points > 0, f"{advocate} got no points for the referral")
    say(f"    {advocate}: {summary.advocate_points:g} active points for the referral")

    # 7. One mug goes back: the discount and the points of that item are rolled back.
    step("Return the mug")
    mug_position = next(i for i, (sku, *_) in enumerate(CART) if sku == "MUG-01")
    state = await sessions.return_cart_items(
        session_id,
        models.ReturnIntegrationRequest(
            return_=models.NewReturn(
                returned_cart_items=[models.ReturnedCartItem(position=mug_position, quantity=1)]
            ),
            response_content=[
                models.ReturnIntegrationRequestResponseContentItem.CUSTOMERSESSION,
                models.ReturnIntegrationRequestResponseContentItem.LOYALTY,
            ],
        ),
    )
    show(state.effects)
    current = state.customer_session
    assert current
    expect(
        current.state == "partially_returned",
        f"session state is {current.state}, expected partially_returned",
    )
    expect(
        effects_of(state.effects, "rollbackAddedLoyaltyPoints"),
        "the return rolled back no loyalty points",
    )
    after = await talon.loyalty.get_loyalty_balances(LOYALTY_PROGRAM_ID, customer)
    summary.points_after_return = float((after.balance and after.balance.active_points) or 0)
    expect(
        summary.points_after_return < summary.points_after_close,
        f"points did not go down after the return ({summary.points_after_return:g})",
    )
    say(
        f"    session state {current.state}; cart total now {money(current.cart_item_total)};"
        f" points {summary.points_after_close:g} -> {summary.points_after_return:g}"
    )

    # 8. What the two customers own now.
    step("List the inventories")
    inventory = await talon.customer_profiles.get_customer_inventory(
        customer, coupons=True, referrals=True, loyalty=True
    )
    programs = inventory.loyalty.programs.additional_properties if inventory.loyalty else {}
    expect(programs, f"{customer}'s inventory lists no loyalty program")
    for program in programs.values():
        say(f"    {customer}: program {program.title!r}: {program.ledger.current_balance:g} points")
    for coupon in inventory.coupons or []:
        say(f"    {customer}: coupon {coupon.value} (used {coupon.usage_counter} times)")
    if not inventory.coupons:
        say(f"    {customer}: no personal coupons ({COUPON} is a public code)")
    advocate_inventory = await talon.customer_profiles.get_customer_inventory(
        advocate, coupons=True, referrals=True, loyalty=True
    )
    codes = {r.code: r for r in advocate_inventory.referrals or []}
    expect(referral.code in codes, f"{advocate}'s inventory does not list {referral.code}")
    used = codes[referral.code]
    say(
        f"    {advocate}: referral {used.code}, used {used.usage_counter}/{used.usage_limit},"
        f" referred {', '.join(used.referred_customers) or 'nobody'}"
    )

    # 9. A mistyped coupon on the next visit is rejected, and Talon.One says why. A dry run:
    #    the rules are evaluated, nothing is stored.
    step("Try a coupon that does not exist (dry run)")
    bogus = f"WELC0ME-{suffix}".upper()
    state = await sessions.update_customer_session_v2(
        f"{session_id}-next",
        models.IntegrationRequest(
            customer_session=models.NewCustomerSessionV2(
                profile_id=customer, coupon_codes=[bogus], cart_items=cart_items[:1]
            ),
            response_content=[Content.RULEFAILUREREASONS],
        ),
        dry=True,
    )
    show(state.effects)
    rejected = effects_of(state.effects, "rejectCoupon")
    expect(rejected, f"coupon {bogus} was not rejected")
    expect(not effects_of(state.effects, "setDiscount"), f"coupon {bogus} still gave a discount")
    summary.rejection_reason = str(rejected[0].get("rejectionReason", ""))
    expect(summary.rejection_reason, "the rejectCoupon effect carries no rejectionReason")
    say(f"    {bogus} rejected: {summary.rejection_reason}")

    return summary


# ----------------------------------------------------------------------------- entry point
async def run(base_url: str, api_key: str, say: Say = print) -> Summary:
    say(f"Checkout flow against {base_url}")
    async with TalonClient(api_key=api_key, base_url=base_url) as talon:
        summary = await checkout_flow(talon, say=say)
    say(
        f"\nDone: {len(summary.steps)} steps passed. Paid {money(summary.discounted_total)}"
        f" for a {money(summary.cart_total)} cart; {summary.points_after_return:g} points kept"
        " after the return."
    )
    return summary


def main() -> int:
    base_url = os.environ.get("TALON_BASE_URL") or DEFAULT_BASE_URL
    api_key = os.environ.get("TALON_API_KEY") or DEFAULT_API_KEY
    try:
        asyncio.run(run(base_url, api_key))
    except StepFailed as exc:
        print(f"\nFAILED: {exc}", file=sys.stderr)
        return 1
    except errors.ConnectionError as exc:
        print(
            f"\nFAILED: cannot reach {base_url} ({exc}). Start the emulator with"
            " `python -m talon_async.testing --port 9000`, or run `make demo`.",
            file=sys.stderr,
        )
        return 1
    except errors.TalonError as exc:
        print(f"\nFAILED: the server refused a step: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
