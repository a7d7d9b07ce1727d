"""Badges: founding seller (joined inside the window, in local dates), top rated (every threshold
met, each a setting) and verified identity (granted by staff)."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from marketplace.accounts.badges import (
    FOUNDING_SELLER,
    TOP_RATED,
    VERIFIED_IDENTITY,
    badges_for,
    is_founding_seller,
    is_top_rated,
)
from marketplace.accounts.models import Profile
from marketplace.orders.models import Order
from marketplace.orders.reviews import hide_review, leave_review, show_review
from marketplace.orders.services import perform
from marketplace.rules.models import MarketplaceSettings
from tests.factories import ServiceFactory, UserFactory
from tests.orders.conftest import assert_books_balance, buy, change_settings, credit_wallet

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("fast_passwords", "in_english"),
]

D = Decimal


def rules(**values) -> MarketplaceSettings:
    """The default thresholds (as a new site has them), with ``values`` changed; not saved."""
    return MarketplaceSettings(**values)


def seller_profile(
    rating="4.70", reviews=5, orders=10, on_time=None, verified=False, joined=None
) -> Profile:
    user = UserFactory()
    if joined is not None:
        user.date_joined = joined
        user.save(update_fields=["date_joined"])
    profile = Profile.objects.get(user=user)
    profile.seller_rating_average = D(rating)
    profile.seller_rating_count = reviews
    profile.completed_orders = orders
    profile.on_time_orders = orders if on_time is None else on_time
    profile.identity_verified = verified
    profile.save()
    return Profile.objects.select_related("user").get(pk=profile.pk)


def test_the_default_thresholds():
    defaults = MarketplaceSettings.current()
    assert defaults.top_rated_min_rating == D("4.70")
    assert defaults.top_rated_min_reviews == 5
    assert defaults.top_rated_min_orders == 10
    assert defaults.top_rated_min_on_time_percent == 90
    assert defaults.founding_sellers_from is None
    assert defaults.founding_sellers_until is None
    assert rules().top_rated_min_rating == D("4.70")


# --- Top rated ----------------------------------------------------------------------------------


def test_exactly_at_every_threshold_is_top_rated():
    profile = seller_profile(rating="4.70", reviews=5, orders=10, on_time=9)
    assert profile.on_time_percent == 90
    assert is_top_rated(profile, rules())
    assert badges_for(profile, rules()) == [TOP_RATED]


@pytest.mark.parametrize(
    ("figures", "why"),
    [
        ({"rating": "4.69"}, "rating"),
        ({"reviews": 4}, "reviews"),
        ({"orders": 9, "on_time": 9}, "orders"),
        ({"orders": 20, "on_time": 17}, "on time (85%)"),
        ({"orders": 10, "on_time": 8}, "on time (80%)"),
        ({"orders": 0, "on_time": 0, "reviews": 5}, "no orders at all"),
        ({"rating": "0", "reviews": 0, "orders": 0, "on_time": 0}, "a new seller"),
    ],
)
def test_just_below_any_threshold_is_not_top_rated(figures, why):
    values = {"rating": "4.70", "reviews": 5, "orders": 10, "on_time": 9, **figures}
    profile = seller_profile(**values)
    assert not is_top_rated(profile, rules()), why
    assert TOP_RATED not in badges_for(profile, rules())


@pytest.mark.parametrize(("orders", "on_time"), [(200, 179), (1000, 899)])
def test_an_on_time_share_just_under_the_minimum_is_not_top_rated(orders, on_time):
    profile = seller_profile(orders=orders, on_time=on_time)
    assert 100 * on_time / orders < 90
    assert not is_top_rated(profile, rules())


def test_well_above_every_threshold_is_top_rated():
    profile = seller_profile(rating="5.00", reviews=200, orders=300, on_time=300)
    assert is_top_rated(profile, rules())


@pytest.mark.parametrize(
    ("setting", "value", "top_rated"),
    [
        ("top_rated_min_rating", D("4.71"), False),
        ("top_rated_min_rating", D("4.50"), True),
        ("top_rated_min_reviews", 6, False),
        ("top_rated_min_reviews", 1, True),
        ("top_rated_min_orders", 11, False),
        ("top_rated_min_orders", 1, True),
        ("top_rated_min_on_time_percent", 91, False),
        ("top_rated_min_on_time_percent", 0, True),
    ],
)
def test_each_threshold_is_a_setting(setting, value, top_rated):
    profile = seller_profile(rating="4.70", reviews=5, orders=10, on_time=9)
    assert is_top_rated(profile, rules(**{setting: value})) is top_rated


def test_badges_read_the_sites_settings_when_none_are_given():
    profile = seller_profile(rating="4.60", reviews=5, orders=10, on_time=10)
    assert badges_for(profile) == []
    change_settings(top_rated_min_rating=D("4.60"))
    assert badges_for(profile) == [TOP_RATED]


# --- Verified identity ---------------------------------------------------------------------------


def test_verified_identity_comes_from_the_flag():
    assert badges_for(seller_profile(orders=0, verified=True), rules()) == [VERIFIED_IDENTITY]
    assert badges_for(seller_profile(orders=0, verified=False), rules()) == []


def test_badges_for_nobody():
    assert badges_for(None) == []
    assert badges_for(None, rules()) == []


# --- Founding seller ----------------------------------------------------------------------------

WINDOW = {"founding_sellers_from": date(2026, 1, 1), "founding_sellers_until": date(2026, 3, 31)}


def joined_at(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_the_site_is_in_libya():
    # Tripoli is UTC+2 all year: a local midnight is 22:00 UTC the evening before.
    local = timezone.localtime(joined_at(2025, 12, 31, 22, 0))
    assert (local.date(), local.hour) == (date(2026, 1, 1), 0)


@pytest.mark.parametrize(
    ("joined", "founding"),
    [
        (joined_at(2025, 12, 31, 21, 59, 59), False),  # 23:59:59 on 31 Dec, local
        (joined_at(2025, 12, 31, 22, 0, 0), True),  # 00:00 on 1 Jan, local: the first day
        (joined_at(2026, 1, 1, 12, 0), True),
        (joined_at(2026, 2, 14, 9, 30), True),
        (joined_at(2026, 3, 31, 21, 59, 59), True),  # 23:59:59 on 31 Mar, local: the last day
        (joined_at(2026, 3, 31, 22, 0, 0), False),  # 00:00 on 1 Apr, local
        (joined_at(2026, 4, 1, 12, 0), False),
        (joined_at(2024, 6, 1, 12, 0), False),
    ],
)
def test_founding_seller_window_is_inclusive_in_local_dates(joined, founding):
    profile = seller_profile(orders=0, joined=joined)
    assert is_founding_seller(profile, rules(**WINDOW)) is founding
    assert (FOUNDING_SELLER in badges_for(profile, rules(**WINDOW))) is founding


@pytest.mark.parametrize(
    "window",
    [
        {},
        {"founding_sellers_from": date(2026, 1, 1)},
        {"founding_sellers_until": date(2026, 3, 31)},
    ],
)
def test_without_a_complete_window_nobody_is_a_founding_seller(window):
    profile = seller_profile(orders=0, joined=joined_at(2026, 2, 1, 12, 0))
    assert not is_founding_seller(profile, rules(**window))
    assert badges_for(profile, rules(**window)) == []


def test_a_one_day_window():
    day = {"founding_sellers_from": date(2026, 1, 1), "founding_sellers_until": date(2026, 1, 1)}
    inside = seller_profile(orders=0, joined=joined_at(2026, 1, 1, 21, 0))
    outside = seller_profile(orders=0, joined=joined_at(2026, 1, 1, 22, 0))
    assert is_founding_seller(inside, rules(**day))
    assert not is_founding_seller(outside, rules(**day))


def test_all_three_badges_strongest_first():
    profile = seller_profile(
        rating="4.90",
        reviews=30,
        orders=40,
        on_time=39,
        verified=True,
        joined=joined_at(2026, 1, 15, 10, 0),
    )
    assert badges_for(profile, rules(**WINDOW)) == [TOP_RATED, VERIFIED_IDENTITY, FOUNDING_SELLER]
    assert [badge.slug for badge in badges_for(profile, rules(**WINDOW))] == [
        "top-rated",
        "verified",
        "founding-seller",
    ]


# --- End to end: real orders and reviews ---------------------------------------------------------


def complete(order, *, late=False):
    perform(order, "start", order.seller)
    if late:
        Order.objects.filter(pk=order.pk).update(due_at=timezone.now() - timedelta(minutes=5))
        perform(order, "mark_late")
    perform(order, "deliver", order.seller, note="done")
    return perform(order, "accept", order.buyer)


def test_a_seller_becomes_top_rated_through_real_orders_and_reviews(db):
    change_settings(
        top_rated_min_rating=D("4.50"),
        top_rated_min_reviews=2,
        top_rated_min_orders=3,
        top_rated_min_on_time_percent=60,
    )
    seller = UserFactory(username="rising")
    service = ServiceFactory(seller=seller, price=D("40"))
    buyers = []
    for number in range(3):
        buyer = UserFactory(username=f"fan{number}")
        credit_wallet(buyer, "100")
        buyers.append(buyer)

    def current_badges():
        return badges_for(Profile.objects.select_related("user").get(user=seller))

    first = complete(buy(buyers[0], service)[2][0])
    five = leave_review(first, buyers[0], 5, "Perfect")
    second = complete(buy(buyers[1], service)[2][0])
    leave_review(second, buyers[1], 4, "Good")
    assert current_badges() == []  # two orders: one short of the minimum

    complete(buy(buyers[2], service)[2][0], late=True)
    profile = Profile.objects.get(user=seller)
    assert (profile.completed_orders, profile.on_time_orders, profile.on_time_percent) == (3, 2, 67)
    assert (profile.seller_rating_average, profile.seller_rating_count) == (D("4.50"), 2)
    assert current_badges() == [TOP_RATED]

    # Staff hide the five-star review: one review left, at 4.00, and the badge goes.
    moderator = UserFactory(username="mod", is_staff=True)
    hide_review(five, moderator, "written by a friend")
    assert current_badges() == []

    # A stricter on-time rule takes it away too, even with the review back.
    show_review(five, moderator)
    assert current_badges() == [TOP_RATED]
    change_settings(top_rated_min_on_time_percent=70)
    assert current_badges() == []
    assert_books_balance()
