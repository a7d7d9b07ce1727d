"""Reviews after an order completes: the buyer and the seller rate each other once, within the
review window; the seller answers the buyer's review once; every refusal changes nothing."""

import threading
from datetime import timedelta
from decimal import Decimal
from unittest import mock

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError, connection, connections, transaction
from django.utils import timezone, translation

from marketplace.accounts.models import Profile
from marketplace.catalog.models import Service
from marketplace.notifications.links import neutral_path
from marketplace.notifications.models import Notification
from marketplace.orders import reviews
from marketplace.orders.models import Order, OrderState, Review
from marketplace.orders.reviews import (
    ReviewError,
    hide_review,
    leave_review,
    reply_to_review,
    review_refusal,
    show_review,
    window_closes_at,
)
from marketplace.orders.services import perform
from tests.conftest import missing_server
from tests.factories import ServiceFactory, UserFactory
from tests.orders.conftest import assert_books_balance, buy, change_settings, credit_wallet

D = Decimal
NOT_A_PARTY = "Only the buyer and the seller of an order review it."
NOT_COMPLETED = "You can leave a review once the order is completed."
TOO_LATE = "The time to review this order is over."
ALREADY = "You already reviewed this order."
BAD_RATING = "Choose a rating from 1 to 5 stars."
ONLY_THE_SELLER = "Only the seller answers a buyer's review of them."

pytestmark = pytest.mark.usefixtures("fast_passwords", "in_english")


def complete(order: Order) -> Order:
    perform(order, "start", order.seller)
    perform(order, "deliver", order.seller, note="done")
    return perform(order, "accept", order.buyer)


@pytest.fixture
def done(order):
    """The 50 LYD order of the buyer with the seller, completed."""
    return complete(order)


def snapshot():
    return {
        "reviews": sorted(
            Review.objects.values_list(
                "pk", "rating", "text", "reply", "is_hidden", "hidden_reason"
            )
        ),
        "profiles": sorted(
            Profile.objects.values_list(
                "pk",
                "seller_rating_average",
                "seller_rating_count",
                "buyer_rating_average",
                "buyer_rating_count",
            )
        ),
        "services": sorted(Service.objects.values_list("pk", "rating_average", "rating_count")),
        "notifications": Notification.objects.count(),
    }


def refused(function, *args, message=None) -> str:
    before = snapshot()
    with pytest.raises(ReviewError) as error:
        function(*args)
    assert snapshot() == before
    assert str(error.value).strip()
    if message is not None:
        assert str(error.value) == message
    return str(error.value)


def close_days_ago(order: Order, delta: timedelta) -> Order:
    Order.objects.filter(pk=order.pk).update(closed_at=timezone.now() - delta)
    return Order.objects.get(pk=order.pk)


def profile(user) -> Profile:
    return Profile.objects.get(user=user)


# --- Who may review ------------------------------------------------------------------------------


def test_the_buyer_reviews_the_seller_and_the_service(done, buyer, seller, service):
    review = leave_review(done, buyer, 5, "  Excellent work, fast and clear.  ")

    assert review.by_buyer is True
    assert review.author == buyer
    assert review.subject_id == seller.pk
    assert review.service_id == service.pk
    assert review.order_id == done.pk
    assert review.rating == 5
    assert review.text == "Excellent work, fast and clear."
    assert review.is_hidden is False


def test_the_seller_reviews_the_buyer(done, buyer, seller):
    review = leave_review(done, seller, 4, "Clear instructions.")

    assert review.by_buyer is False
    assert review.author == seller
    assert review.subject_id == buyer.pk
    assert review.service_id is None


def test_a_stranger_may_not_review(done, stranger):
    refused(leave_review, done, stranger, 1, "Never bought anything", message=NOT_A_PARTY)
    assert review_refusal(done, stranger) == NOT_A_PARTY
    assert review_refusal(done, AnonymousUser()) == NOT_A_PARTY


@pytest.mark.parametrize("who", ["buyer", "seller"])
@pytest.mark.parametrize("stage", ["new", "in_progress", "delivered", "revision_requested"])
def test_an_order_that_is_not_completed_cannot_be_reviewed(order, buyer, seller, who, stage):
    if stage != "new":
        perform(order, "start", seller)
    if stage in ("delivered", "revision_requested"):
        perform(order, "deliver", seller, note="done")
    if stage == "revision_requested":
        perform(order, "request_revision", buyer, note="change the colour")
    order.refresh_from_db()
    assert order.state == stage
    author = buyer if who == "buyer" else seller
    refused(leave_review, order, author, 5, "Great", message=NOT_COMPLETED)
    assert window_closes_at(order) is None


@pytest.mark.parametrize("who", ["buyer", "seller"])
def test_a_cancelled_order_cannot_be_reviewed(order, buyer, seller, who):
    perform(order, "cancel", seller, note="cannot do it")
    order.refresh_from_db()
    assert order.state == OrderState.CANCELLED
    assert order.closed_at is not None
    author = buyer if who == "buyer" else seller
    refused(leave_review, order, author, 1, "Cancelled on me", message=NOT_COMPLETED)
    assert window_closes_at(order) is None


# --- Once each -----------------------------------------------------------------------------------


def test_each_side_reviews_once(done, buyer, seller):
    leave_review(done, buyer, 5, "Great")
    refused(leave_review, done, buyer, 4, "Changed my mind", message=ALREADY)
    assert review_refusal(done, buyer) == ALREADY
    # The other side still may, once.
    assert review_refusal(done, seller) is None
    leave_review(done, seller, 5, "Great buyer")
    refused(leave_review, done, seller, 1, "Again", message=ALREADY)
    assert Review.objects.filter(order=done).count() == 2


def test_a_review_hidden_by_staff_still_counts_as_given(done, buyer, moderator):
    review = leave_review(done, buyer, 1, "Rude words")
    hide_review(review, moderator, "insults")
    refused(leave_review, done, buyer, 5, "Let me try again", message=ALREADY)


def test_the_database_allows_one_review_per_side(done, buyer, seller):
    leave_review(done, buyer, 5, "Great")
    with pytest.raises(IntegrityError), transaction.atomic():
        Review.objects.create(
            order=done, author=buyer, subject=seller, by_buyer=True, rating=4, text="again"
        )


def test_a_race_past_the_check_is_stopped_by_the_unique_constraint(done, buyer):
    """Both requests passed the "once" check before either wrote: the constraint refuses the
    second, and the service turns it into the same polite refusal."""
    leave_review(done, buyer, 5, "First")
    with mock.patch.object(reviews, "review_refusal", return_value=None):
        refused(leave_review, done, buyer, 1, "Second", message=ALREADY)
    assert list(Review.objects.filter(order=done).values_list("rating", flat=True)) == [5]


# --- The review window ---------------------------------------------------------------------------


def test_the_window_closes_review_window_days_after_completion(done):
    assert window_closes_at(done) == done.closed_at + timedelta(days=14)
    change_settings(review_window_days=30)
    assert window_closes_at(done) == done.closed_at + timedelta(days=30)


@pytest.mark.parametrize("who", ["buyer", "seller"])
def test_just_before_the_window_closes_a_review_is_accepted(done, buyer, seller, who):
    order = close_days_ago(done, timedelta(days=14) - timedelta(minutes=1))
    author = buyer if who == "buyer" else seller
    assert review_refusal(order, author) is None
    assert leave_review(order, author, 4, "Fine").rating == 4


@pytest.mark.parametrize("who", ["buyer", "seller"])
def test_just_after_the_window_closes_a_review_is_refused(done, buyer, seller, who):
    order = close_days_ago(done, timedelta(days=14, seconds=1))
    author = buyer if who == "buyer" else seller
    refused(leave_review, order, author, 4, "Late", message=TOO_LATE)


def test_the_window_is_a_setting(done, buyer):
    order = close_days_ago(done, timedelta(days=20))
    refused(leave_review, order, buyer, 4, "Late", message=TOO_LATE)
    change_settings(review_window_days=21)
    assert leave_review(order, buyer, 4, "In time").rating == 4


def test_at_the_very_end_of_the_window_a_review_is_still_accepted(done, buyer):
    closes = window_closes_at(done)
    with mock.patch("django.utils.timezone.now", return_value=closes):
        assert review_refusal(Order.objects.get(pk=done.pk), buyer) is None
    with mock.patch("django.utils.timezone.now", return_value=closes + timedelta(microseconds=1)):
        assert review_refusal(Order.objects.get(pk=done.pk), buyer) == TOO_LATE


# --- What a review holds -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rating", [0, 6, -1, 10, "x", "", " ", None, "4.5", 4.5, "five", "٥٫٥", [5], "1e0"]
)
def test_a_rating_outside_1_to_5_is_refused(done, buyer, rating):
    refused(leave_review, done, buyer, rating, "Great", message=BAD_RATING)
    assert Review.objects.count() == 0


@pytest.mark.parametrize(("rating", "stored"), [(1, 1), (5, 5), ("3", 3), (" 2 ", 2), ("٤", 4)])
def test_ratings_from_1_to_5_are_accepted(done, buyer, rating, stored):
    assert leave_review(done, buyer, rating, "ok").rating == stored
    assert Review.objects.get().rating == stored


@pytest.mark.parametrize("text", ["", "   ", "\n\t", None])
def test_an_empty_text_is_refused(done, buyer, text):
    refused(leave_review, done, buyer, 5, text, message="Write a few words about how it went.")


def test_a_text_over_2000_characters_is_refused(done, buyer):
    message = refused(leave_review, done, buyer, 5, "ج" * 2001)
    assert message == "Keep the review under 2000 characters."


def test_a_text_of_exactly_2000_characters_is_accepted(done, buyer):
    # Surrounding spaces do not count.
    review = leave_review(done, buyer, 5, "  " + "ج" * 2000 + "  ")
    assert len(review.text) == 2000


# --- Where a review counts -----------------------------------------------------------------------


def test_the_buyers_review_counts_on_the_sellers_profile_and_the_service(done, buyer, seller):
    leave_review(done, buyer, 4, "Good")

    assert (profile(seller).seller_rating_average, profile(seller).seller_rating_count) == (
        D("4.00"),
        1,
    )
    service = Service.objects.get(pk=done.service_id)
    assert (service.rating_average, service.rating_count) == (D("4.00"), 1)
    # Not on the buyer's profile, and not on the seller's rating as a buyer.
    assert profile(buyer).buyer_rating_count == 0
    assert profile(buyer).seller_rating_count == 0
    assert profile(seller).buyer_rating_count == 0


def test_the_sellers_review_counts_on_the_buyers_profile_only(done, buyer, seller):
    leave_review(done, seller, 3, "Slow to answer")

    buyer_profile = profile(buyer)
    assert (buyer_profile.buyer_rating_average, buyer_profile.buyer_rating_count) == (D("3.00"), 1)
    assert buyer_profile.seller_rating_count == 0
    assert profile(seller).seller_rating_count == 0
    service = Service.objects.get(pk=done.service_id)
    assert (service.rating_average, service.rating_count) == (D("0.00"), 0)


# --- The seller's reply --------------------------------------------------------------------------


def test_the_seller_replies_once(done, buyer, seller):
    review = leave_review(done, buyer, 3, "OK but late")
    replied = reply_to_review(review, seller, "  Sorry, the power was out.  ")

    assert replied.reply == "Sorry, the power was out."
    assert replied.replied_at is not None
    stored = Review.objects.get(pk=review.pk)
    assert stored.reply == "Sorry, the power was out."
    refused(
        reply_to_review,
        review,
        seller,
        "And another thing",
        message="You already replied to this review.",
    )
    assert Review.objects.get(pk=review.pk).reply == "Sorry, the power was out."


def test_the_buyer_cannot_reply(done, buyer):
    review = leave_review(done, buyer, 3, "OK")
    refused(reply_to_review, review, buyer, "Replying to myself", message=ONLY_THE_SELLER)


def test_another_seller_cannot_reply(done, buyer):
    rival = UserFactory(username="rival")
    ServiceFactory(seller=rival)
    review = leave_review(done, buyer, 1, "Bad")
    refused(reply_to_review, review, rival, "Come to me instead", message=ONLY_THE_SELLER)


def test_nobody_replies_to_the_sellers_review_of_the_buyer(done, buyer, seller):
    review = leave_review(done, seller, 2, "Never answered")
    refused(reply_to_review, review, buyer, "Not true", message=ONLY_THE_SELLER)
    refused(reply_to_review, review, seller, "Adding to my own", message=ONLY_THE_SELLER)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Write your reply."),
        ("   ", "Write your reply."),
        (None, "Write your reply."),
        ("ج" * 2001, "Keep the reply under 2000 characters."),
    ],
)
def test_an_empty_or_too_long_reply_is_refused(done, buyer, seller, text, message):
    review = leave_review(done, buyer, 3, "OK")
    refused(reply_to_review, review, seller, text, message=message)


# --- Notifications -------------------------------------------------------------------------------


def about_reviews():
    return Notification.objects.filter(event__startswith="review.")


def test_the_reviewed_person_is_told(done, buyer, seller):
    leave_review(done, buyer, 5, "Great")
    (told,) = about_reviews()
    assert (told.user, told.event) == (seller, "review.received")
    assert told.context["rating"] == 5
    assert told.context["number"] == done.number
    assert told.url == neutral_path(done.get_absolute_url())

    leave_review(done, seller, 4, "Nice buyer")
    told = about_reviews().get(user=buyer)
    assert (told.event, told.context["rating"]) == ("review.received", 4)


def test_the_buyer_is_told_of_the_sellers_reply(done, buyer, seller):
    review = leave_review(done, buyer, 5, "Great")
    reply_to_review(review, seller, "Thank you!")
    told = about_reviews().get(event="review.replied")
    assert told.user == buyer
    assert told.context["number"] == done.number


def test_the_author_is_told_when_staff_hide_the_review(done, buyer, moderator):
    review = leave_review(done, buyer, 1, "Insults")
    hide_review(review, moderator, "Insults are not allowed.")
    told = about_reviews().get(event="review.hidden")
    assert told.user == buyer
    assert told.context["reason"] == "Insults are not allowed."


def test_refused_reviews_notify_nobody(done, buyer, stranger):
    refused(leave_review, done, stranger, 5, "Spam")
    refused(leave_review, done, buyer, 9, "Great")
    assert about_reviews().count() == 0


@pytest.mark.parametrize("event", ["review.received", "review.replied", "review.hidden"])
def test_the_review_emails_can_be_written(done, buyer, seller, moderator, event):
    from marketplace.notifications.emails import build_email

    review = leave_review(done, buyer, 2, "Meh")
    reply_to_review(review, seller, "Sorry")
    hide_review(review, moderator, "off topic")
    notification = about_reviews().get(event=event)
    email = build_email(notification)
    assert done.number in email.body


# --- Hide and show -------------------------------------------------------------------------------


def test_hiding_needs_a_reason_and_happens_once(done, buyer, moderator):
    review = leave_review(done, buyer, 1, "Insults")
    refused(
        hide_review,
        review,
        moderator,
        "  ",
        message="Write why the review is hidden; its author will read it.",
    )
    hidden = hide_review(review, moderator, "insults")
    assert (hidden.is_hidden, hidden.hidden_by, hidden.hidden_reason) == (
        True,
        moderator,
        "insults",
    )
    assert hidden.hidden_at is not None
    refused(hide_review, review, moderator, "again", message="This review is already hidden.")
    shown = show_review(review, moderator)
    assert (shown.is_hidden, shown.hidden_by, shown.hidden_reason, shown.hidden_at) == (
        False,
        None,
        "",
        None,
    )
    refused(show_review, review, moderator, message="This review is not hidden.")
    assert_books_balance()


# --- A real race on PostgreSQL -------------------------------------------------------------------


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_reviews_by_one_side_create_one():
    if connection.vendor != "postgresql":
        missing_server("needs PostgreSQL (set DATABASE_URL)")
    buyer = UserFactory(username="eager")
    credit_wallet(buyer, "100")
    seller = UserFactory(username="maker")
    order = complete(buy(buyer, ServiceFactory(seller=seller, price=D("50")))[2][0])

    tries = 4
    barrier = threading.Barrier(tries)
    results: list = [None] * tries

    def write(index):
        try:
            with translation.override("en"):
                barrier.wait(timeout=60)
                results[index] = leave_review(
                    Order.objects.get(pk=order.pk), buyer, index + 1, f"try {index}"
                )
        except BaseException as error:  # reported to the test
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(n,), daemon=True) for n in range(tries)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not any(thread.is_alive() for thread in threads)

    made = [result for result in results if isinstance(result, Review)]
    assert len(made) == 1, results
    assert all(isinstance(r, ReviewError) and str(r) == ALREADY for r in results if r not in made)
    assert Review.objects.filter(order=order, author=buyer).count() == 1
    seller_profile = profile(seller)
    assert seller_profile.seller_rating_count == 1
    assert seller_profile.seller_rating_average == D(made[0].rating)
