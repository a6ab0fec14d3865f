"""The typed operation groups, one per tag: what `TalonClient` exposes as attributes.

Rendered by openapi/templates/api_init.py.jinja, so a new group needs no hand-kept list.
Imports are for type checkers only: importing this package loads no operation module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .achievements import AchievementsOperations
    from .audiences import AudiencesOperations
    from .campaigns import CampaignsOperations
    from .catalogs import CatalogsOperations
    from .coupons import CouponsOperations
    from .customer_profiles import CustomerProfilesOperations
    from .customer_sessions import CustomerSessionsOperations
    from .events import EventsOperations
    from .loyalty import LoyaltyOperations
    from .loyalty_cards import LoyaltyCardsOperations
    from .referrals import ReferralsOperations

# group (client attribute and module) -> its operations class
GROUPS: dict[str, str] = {
    "achievements": "AchievementsOperations",
    "audiences": "AudiencesOperations",
    "campaigns": "CampaignsOperations",
    "catalogs": "CatalogsOperations",
    "coupons": "CouponsOperations",
    "customer_profiles": "CustomerProfilesOperations",
    "customer_sessions": "CustomerSessionsOperations",
    "events": "EventsOperations",
    "loyalty": "LoyaltyOperations",
    "loyalty_cards": "LoyaltyCardsOperations",
    "referrals": "ReferralsOperations",
}


class Groups:
    """One attribute per group, annotated for type checkers; the client sets them."""

    achievements: AchievementsOperations
    audiences: AudiencesOperations
    campaigns: CampaignsOperations
    catalogs: CatalogsOperations
    coupons: CouponsOperations
    customer_profiles: CustomerProfilesOperations
    customer_sessions: CustomerSessionsOperations
    events: EventsOperations
    loyalty: LoyaltyOperations
    loyalty_cards: LoyaltyCardsOperations
    referrals: ReferralsOperations
