"""Badges on profiles and service cards, from the reputation figures and the settings.

- founding seller: joined inside the founding window (settings);
- top rated: enough reviews, completed orders and on-time deliveries at a high enough
  average (settings);
- verified identity: granted by staff after checking a document.
"""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from marketplace.accounts.models import Profile
from marketplace.rules.models import MarketplaceSettings


@dataclass(frozen=True)
class Badge:
    slug: str
    label: str
    description: str


FOUNDING_SELLER = Badge(
    "founding-seller",
    _("Founding seller"),
    _("One of the first sellers on the site."),
)
TOP_RATED = Badge(
    "top-rated",
    _("Top rated"),
    _("Consistently excellent reviews and on-time deliveries."),
)
VERIFIED_IDENTITY = Badge(
    "verified",
    _("Verified identity"),
    _("Staff checked this seller's identity document."),
)


def is_founding_seller(profile: Profile, rules: MarketplaceSettings) -> bool:
    start, end = rules.founding_sellers_from, rules.founding_sellers_until
    if not (start and end):
        return False
    joined = timezone.localdate(profile.user.date_joined)
    return start <= joined <= end


def is_top_rated(profile: Profile, rules: MarketplaceSettings) -> bool:
    # The on-time share is compared exactly (179 of 200 is under 90 %), not as the rounded
    # percentage the pages show.
    return (
        profile.seller_rating_count >= rules.top_rated_min_reviews
        and profile.seller_rating_average >= rules.top_rated_min_rating
        and profile.completed_orders >= rules.top_rated_min_orders
        and profile.on_time_orders * 100
        >= rules.top_rated_min_on_time_percent * profile.completed_orders
    )


def badges_for(profile: Profile | None, rules: MarketplaceSettings | None = None) -> list[Badge]:
    """The seller's badges, strongest first. Reads no rows besides the profile's user."""
    if profile is None:
        return []
    rules = rules or MarketplaceSettings.current()
    badges = []
    if is_top_rated(profile, rules):
        badges.append(TOP_RATED)
    if profile.identity_verified:
        badges.append(VERIFIED_IDENTITY)
    if is_founding_seller(profile, rules):
        badges.append(FOUNDING_SELLER)
    return badges
