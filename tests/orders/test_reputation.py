"""The reputation figures on profiles and services are exact: counted again from the orders and
reviews after every change (a review written, hidden, shown again; an order completed)."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marketplace.accounts.models import Profile
from marketplace.catalog.models import Service
from marketplace.orders.models import Order, OrderState, Review
from marketplace.orders.reputation import average, refresh_seller
from marketplace.orders.reviews import ReviewError, hide_review, leave_review, show_review
from marketplace.orders.services import perform
from tests.factories import ServiceFactory, UserFactory
from tests.orders.conftest import assert_books_balance, buy, credit_wallet

D = Decimal

pytestmark = pytest.mark.usefixtures("fast_passwords", "in_english")


def complete(order: Order, *, late=False, delivered_after_deadline=False) -> Order:
    perform(order, "start", order.seller)
    if late or delivered_after_deadline:
        Order.objects.filter(pk=order.pk).update(due_at=timezone.now() - timedelta(minutes=5))
    if late:
        perform(order, "mark_late")  # the timer, as the system
    perform(order, "deliver", order.seller, note="done")
    return perform(order, "accept", order.buyer)


def completed_order(buyer, service, **kwargs) -> Order:
    return complete(buy(buyer, service)[2][0], **kwargs)


def new_buyer(name: str):
    user = UserFactory(username=name)
    credit_wallet(user, "1000")
    return user


def profile(user) -> Profile:
    return Profile.objects.get(user=user)


def rating_of(thing) -> tuple[Decimal, int]:
    if isinstance(thing, Service):
        thing = Service.objects.get(pk=thing.pk)
        return thing.rating_average, thing.rating_count
    found = profile(thing)
    return found.seller_rating_average, found.seller_rating_count


# --- average() -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "count", "expected"),
    [
        (None, 0, D("0.00")),
        (0, 0, D("0.00")),
        (5, 1, D("5.00")),
        (13, 3, D("4.33")),  # 4.333…
        (14, 3, D("4.67")),  # 4.666…
        (2, 3, D("0.67")),
        (37, 8, D("4.63")),  # 4.625: half-up, not to even
        (35, 8, D("4.38")),  # 4.375
        (47, 10, D("4.70")),
        (939, 200, D("4.70")),  # 4.695
        (938, 200, D("4.69")),
    ],
)
def test_average_is_exact_and_rounded_half_up(total, count, expected):
    assert average(total, count) == expected
    assert str(average(total, count)) == str(expected)


# --- Adds and hides ------------------------------------------------------------------------------


@pytest.fixture
def world(db):
    """A seller with two services and three buyers with money."""
    seller = UserFactory(username="maker")
    first = ServiceFactory(seller=seller, price=D("50"))
    second = ServiceFactory(seller=seller, price=D("30"))
    buyers = [new_buyer(f"client{n}") for n in range(3)]
    return seller, first, second, buyers


def test_aggregates_after_adds_hides_and_shows(world, moderator):
    seller, service, _second, buyers = world
    written = [
        leave_review(completed_order(buyer, service), buyer, rating, "text")
        for buyer, rating in zip(buyers, [5, 4, 4], strict=True)
    ]
    assert rating_of(seller) == (D("4.33"), 3)
    assert rating_of(service) == (D("4.33"), 3)

    hide_review(written[0], moderator, "paid review")
    assert rating_of(seller) == (D("4.00"), 2)
    assert rating_of(service) == (D("4.00"), 2)

    show_review(written[0], moderator)
    assert rating_of(seller) == (D("4.33"), 3)
    assert rating_of(service) == (D("4.33"), 3)

    for review in written:
        hide_review(review, moderator, "spam wave")
    assert rating_of(seller) == (D("0.00"), 0)
    assert rating_of(service) == (D("0.00"), 0)
    assert_books_balance()


def test_each_service_has_its_own_average_and_the_profile_averages_all(world):
    seller, first, second, buyers = world
    leave_review(completed_order(buyers[0], first), buyers[0], 5, "a")
    leave_review(completed_order(buyers[1], first), buyers[1], 4, "b")
    leave_review(completed_order(buyers[2], second), buyers[2], 2, "c")
    completed_order(buyers[0], second)  # completed, not reviewed

    assert rating_of(first) == (D("4.50"), 2)
    assert rating_of(second) == (D("2.00"), 1)
    assert rating_of(seller) == (D("3.67"), 3)  # 11 / 3, not the mean of the two averages
    assert Service.objects.get(pk=first.pk).orders_completed == 2
    assert Service.objects.get(pk=second.pk).orders_completed == 2
    assert profile(seller).completed_orders == 4


def test_the_sellers_reviews_of_buyers_never_count_as_the_sellers_rating(world):
    seller, service, _second, buyers = world
    order = completed_order(buyers[0], service)
    leave_review(order, seller, 1, "rude")
    other = completed_order(buyers[1], service)
    leave_review(other, seller, 4, "fine")

    assert rating_of(seller) == (D("0.00"), 0)
    assert rating_of(service) == (D("0.00"), 0)
    assert (profile(buyers[0]).buyer_rating_average, profile(buyers[0]).buyer_rating_count) == (
        D("1.00"),
        1,
    )
    assert (profile(buyers[1]).buyer_rating_average, profile(buyers[1]).buyer_rating_count) == (
        D("4.00"),
        1,
    )


def test_a_buyers_rating_as_a_buyer_averages_the_sellers_reviews_of_them(world, moderator):
    seller, first, _second, buyers = world
    other_seller = UserFactory(username="other")
    other_service = ServiceFactory(seller=other_seller, price=D("20"))
    buyer = buyers[0]
    leave_review(completed_order(buyer, first), seller, 5, "good")
    late_payer = leave_review(completed_order(buyer, other_service), other_seller, 2, "slow")

    assert (profile(buyer).buyer_rating_average, profile(buyer).buyer_rating_count) == (
        D("3.50"),
        2,
    )
    hide_review(late_payer, moderator, "personal attack")
    assert (profile(buyer).buyer_rating_average, profile(buyer).buyer_rating_count) == (
        D("5.00"),
        1,
    )


# --- Orders --------------------------------------------------------------------------------------


def test_order_figures_completed_on_time_and_repeat_buyers(world):
    seller, first, second, buyers = world
    loyal, twice_late, once = buyers
    completed_order(loyal, first)
    completed_order(loyal, second)
    completed_order(loyal, first)
    completed_order(twice_late, first, late=True)
    completed_order(twice_late, second)
    completed_order(once, second, late=True)

    seller_profile = profile(seller)
    assert seller_profile.completed_orders == 6
    assert seller_profile.on_time_orders == 4
    assert seller_profile.on_time_percent == 67
    # loyal (3 orders) and twice_late (2 orders) each count once; once does not count.
    assert seller_profile.repeat_buyers == 2
    assert Service.objects.get(pk=first.pk).orders_completed == 3
    assert Service.objects.get(pk=second.pk).orders_completed == 3
    assert_books_balance()


def test_a_late_order_is_flagged_and_not_on_time(world):
    seller, service, _second, buyers = world
    order = completed_order(buyers[0], service, late=True)
    assert order.is_late is True
    assert (profile(seller).completed_orders, profile(seller).on_time_orders) == (1, 0)
    assert profile(seller).on_time_percent == 0


def test_open_and_cancelled_orders_do_not_count(world):
    seller, service, _second, buyers = world
    completed_order(buyers[0], service)
    cancelled = buy(buyers[1], service)[2][0]
    perform(cancelled, "cancel", seller, note="busy")
    in_progress = buy(buyers[2], service)[2][0]
    perform(in_progress, "start", seller)
    perform(in_progress, "deliver", seller, note="done")

    assert profile(seller).completed_orders == 1
    assert profile(seller).repeat_buyers == 0
    assert Service.objects.get(pk=service.pk).orders_completed == 1
    assert profile(seller).on_time_percent == 100


def test_an_order_completed_by_a_dispute_split_counts(world, moderator):
    seller, service, _second, buyers = world
    order = buy(buyers[0], service)[2][0]
    perform(order, "start", seller)
    perform(order, "dispute", buyers[0], note="half done")
    perform(
        order,
        "resolve",
        moderator,
        as_staff=True,
        note="half each",
        outcome="split",
        buyer_amount="25",
    )
    order.refresh_from_db()
    assert order.state == OrderState.COMPLETED
    assert profile(seller).completed_orders == 1
    assert Service.objects.get(pk=service.pk).orders_completed == 1
    assert_books_balance()


def test_an_order_delivered_after_its_deadline_is_not_on_time_even_before_the_timer_runs(world):
    seller, service, _second, buyers = world
    order = completed_order(buyers[0], service, delivered_after_deadline=True)
    assert order.delivered_at > order.due_at
    assert profile(seller).on_time_orders == 0


def test_refreshing_again_changes_nothing(world):
    seller, service, _second, buyers = world
    leave_review(completed_order(buyers[0], service), buyers[0], 4, "ok")
    leave_review(completed_order(buyers[1], service, late=True), buyers[1], 3, "late")
    before = Profile.objects.filter(user=seller).values().get()
    refresh_seller(seller.pk)
    after = Profile.objects.filter(user=seller).values().get()
    before.pop("updated_at"), after.pop("updated_at")
    assert after == before


# --- Property: any sequence of adds, hides and shows ---------------------------------------------

ORDERS_IN_WORLD = 6
steps = st.lists(
    st.one_of(
        st.tuples(
            st.just("add"),
            st.integers(0, ORDERS_IN_WORLD - 1),
            st.sampled_from(["buyer", "seller"]),
            st.integers(1, 5),
        ),
        st.tuples(st.just("hide"), st.integers(0, 11)),
        st.tuples(st.just("show"), st.integers(0, 11)),
    ),
    min_size=1,
    max_size=15,
)


def expected_average(ratings: list[int]) -> tuple[Decimal, int]:
    if not ratings:
        return D("0.00"), 0
    exact = D(sum(ratings)) / D(len(ratings))
    return exact.quantize(D("0.01"), rounding="ROUND_HALF_UP"), len(ratings)


@pytest.fixture
def property_world(world, moderator):
    """Six completed orders: three buyers, each with one order of each service."""
    seller, first, second, buyers = world
    orders = [completed_order(buyer, service) for buyer in buyers for service in (first, second)]
    return seller, (first, second), buyers, orders, moderator


@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(actions=steps)
def test_any_sequence_of_adds_hides_and_shows_keeps_the_figures_exact(property_world, actions):
    seller, services, buyers, orders, moderator = property_world
    # Each example starts from the same six completed orders and no reviews.
    with transaction.atomic():
        written: list[tuple[Review, dict]] = []  # (review, {"hidden": bool})
        given_by = set()
        for action in actions:
            if action[0] == "add":
                _kind, index, side, rating = action
                order = orders[index]
                author = order.buyer if side == "buyer" else order.seller
                if (order.pk, author.pk) in given_by:
                    with pytest.raises(ReviewError):
                        leave_review(order, author, rating, "again")
                    continue
                review = leave_review(order, author, rating, "text")
                given_by.add((order.pk, author.pk))
                written.append((review, {"hidden": False}))
            else:
                kind, index = action
                if not written:
                    continue
                review, model = written[index % len(written)]
                if kind == "hide":
                    if model["hidden"]:
                        with pytest.raises(ReviewError):
                            hide_review(review, moderator, "reason")
                        continue
                    hide_review(review, moderator, "reason")
                    model["hidden"] = True
                else:
                    if not model["hidden"]:
                        with pytest.raises(ReviewError):
                            show_review(review, moderator)
                        continue
                    show_review(review, moderator)
                    model["hidden"] = False
            check_figures(seller, services, buyers, written)
        transaction.set_rollback(True)


def check_figures(seller, services, buyers, written):
    """The stored figures equal the ones counted here from what was written and hidden."""
    visible = [review for review, model in written if not model["hidden"]]
    by_buyers = [review for review in visible if review.by_buyer]
    assert rating_of(seller) == expected_average([r.rating for r in by_buyers])
    for service in services:
        assert rating_of(service) == expected_average(
            [r.rating for r in by_buyers if r.service_id == service.pk]
        )
    for buyer in buyers:
        stored = profile(buyer)
        assert (stored.buyer_rating_average, stored.buyer_rating_count) == expected_average(
            [r.rating for r in visible if not r.by_buyer and r.subject_id == buyer.pk]
        )
        # A buyer is never rated as a seller by these orders.
        assert stored.seller_rating_count == 0
    seller_profile = profile(seller)
    assert seller_profile.buyer_rating_count == 0
    assert seller_profile.completed_orders == ORDERS_IN_WORLD


def test_both_sides_review_every_order_and_the_books_still_balance(property_world):
    seller, services, buyers, orders, moderator = property_world
    for order in orders:
        leave_review(order, order.buyer, 5, "great")
        leave_review(order, order.seller, 4, "good")
    assert rating_of(seller) == (D("5.00"), 6)
    assert all(rating_of(service) == (D("5.00"), 3) for service in services)
    assert all(profile(buyer).buyer_rating_average == D("4.00") for buyer in buyers)
    assert Order.objects.filter(state=OrderState.COMPLETED).count() == ORDERS_IN_WORLD
    assert_books_balance()
