"""Reviews from the order page and on the public pages: who may write, reply and read."""

import pytest
from django.urls import reverse

from marketplace.orders.models import Review
from marketplace.orders.reviews import hide_review, leave_review
from marketplace.orders.services import perform
from tests.factories import UserFactory
from tests.orders.conftest import assert_books_balance


@pytest.fixture
def completed(order, seller, buyer):
    perform(order, "start", seller)
    perform(order, "deliver", seller, note="تم")
    perform(order, "accept", buyer)
    order.refresh_from_db()
    return order


def post_review(client, order, **data):
    return client.post(reverse("orders:review", args=[order.pk]), data)


def test_the_buyer_reviews_from_the_order_page_and_the_service_page_shows_it(
    client, completed, buyer, service
):
    client.force_login(buyer)
    page = client.get(completed.get_absolute_url())
    assert b"data-review-form" in page.content
    response = post_review(client, completed, rating="4", text="عمل ممتاز وسريع")
    assert response.status_code == 302 and response["Location"].endswith("#reviews")
    review = Review.objects.get(order=completed)
    assert (review.rating, review.by_buyer, review.service_id) == (4, True, service.pk)
    page = client.get(completed.get_absolute_url())
    assert b"data-review-form" not in page.content
    assert "عمل ممتاز وسريع" in page.content.decode()
    service_page = client.get(service.get_absolute_url()).content.decode()
    assert "عمل ممتاز وسريع" in service_page and 'data-review="' in service_page
    assert_books_balance()


def test_a_bad_review_is_refused_with_a_message_and_nothing_saved(client, completed, buyer):
    client.force_login(buyer)
    response = post_review(client, completed, rating="9", text="نص", follow=True)
    response = client.get(completed.get_absolute_url())
    assert not Review.objects.exists()
    assert b"data-review-form" in response.content


def test_a_stranger_can_neither_see_nor_review_the_order(client, completed):
    client.force_login(UserFactory())
    assert client.get(completed.get_absolute_url()).status_code == 404
    assert post_review(client, completed, rating="5", text="ممتاز").status_code == 404
    assert not Review.objects.exists()


def test_no_review_form_before_completion(client, order, buyer):
    client.force_login(buyer)
    assert b"data-review-form" not in client.get(order.get_absolute_url()).content
    post_review(client, order, rating="5", text="ممتاز")
    assert not Review.objects.exists()


def test_the_seller_replies_once_from_the_order_page(client, completed, buyer, seller):
    review = leave_review(completed, buyer, 5, "رائع")
    client.force_login(seller)
    page = client.get(completed.get_absolute_url())
    assert b"data-reply-form" in page.content
    url = reverse("orders:review_reply", args=[completed.pk, review.pk])
    client.post(url, {"reply": "شكرًا لك"})
    client.post(url, {"reply": "مرة ثانية"})
    review.refresh_from_db()
    assert review.reply == "شكرًا لك"
    assert b"data-reply-form" not in client.get(completed.get_absolute_url()).content


def test_the_buyer_cannot_reply_to_their_own_review(client, completed, buyer):
    review = leave_review(completed, buyer, 5, "رائع")
    client.force_login(buyer)
    client.post(reverse("orders:review_reply", args=[completed.pk, review.pk]), {"reply": "x"})
    review.refresh_from_db()
    assert review.reply == ""


def test_a_hidden_review_leaves_the_public_pages(client, completed, buyer, seller, service):
    review = leave_review(completed, buyer, 2, "كلام مسيء")
    staff = UserFactory(is_staff=True)
    hide_review(review, staff, "ألفاظ مسيئة")
    profile = client.get(reverse("catalog:seller_profile", args=[seller.username]))
    assert "كلام مسيء" not in profile.content.decode()
    assert "كلام مسيء" not in client.get(service.get_absolute_url()).content.decode()
    client.force_login(buyer)
    own = client.get(completed.get_absolute_url()).content.decode()
    assert "data-hidden" in own and "ألفاظ مسيئة" in own  # the author reads why


def test_profile_reviews_are_paginated(client, seller, buyer, service):
    from tests.orders.conftest import buy, credit_wallet

    credit_wallet(buyer, "100")
    for _ in range(11):
        order = buy(buyer, service)[2][0]
        perform(order, "start", seller)
        perform(order, "deliver", seller, note="تم")
        perform(order, "accept", buyer)
        leave_review(order, buyer, 5, f"مراجعة الطلب {order.pk}")
    url = reverse("catalog:seller_profile", args=[seller.username])
    first = client.get(url).content.decode()
    assert first.count('data-review="') == 10
    assert "reviews=2#reviews" in first
    second = client.get(url + "?reviews=2").content.decode()
    assert second.count('data-review="') == 1


def test_a_hidden_review_cannot_be_answered(completed, buyer, seller):
    from marketplace.orders.reviews import ReviewError, reply_to_review

    review = leave_review(completed, buyer, 1, "سيئ")
    hide_review(review, UserFactory(is_staff=True), "إساءة")
    with pytest.raises(ReviewError):
        reply_to_review(review, seller, "رد")
    review.refresh_from_db()
    assert review.reply == ""


def test_saving_the_profile_keeps_figures_counted_meanwhile(completed, buyer, seller):
    """The profile form holds an old copy of the row; saving it must not undo a review that
    arrived in the meantime (or a badge staff granted)."""
    from marketplace.accounts.services import ensure_profile, update_profile

    stale = ensure_profile(seller)
    assert stale.seller_rating_count == 0
    leave_review(completed, buyer, 5, "ممتاز")
    update_profile(stale, display_name="مريم")
    stale.refresh_from_db()
    assert (stale.display_name, stale.seller_rating_count) == ("مريم", 1)
