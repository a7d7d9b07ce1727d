"""Staff moderate reviews in the admin: hide an abusive one with a reason its author reads,
show it again; the seller's and the service's ratings follow."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission

from marketplace.accounts.models import Profile
from marketplace.catalog.models import Service
from marketplace.orders.models import Review
from marketplace.orders.reviews import leave_review
from marketplace.orders.services import perform
from tests.orders.conftest import buy, notifications_of

LIST_URL = "/admin/snippets/orders/review/"


def hide_url(review):
    return f"/admin/reviews/{review.pk}/hide/"


def show_url(review):
    return f"/admin/reviews/{review.pk}/show/"


def completed(order, buyer, seller):
    perform(order, "start", seller)
    perform(order, "deliver", seller, note="done")
    perform(order, "accept", buyer)
    return order


@pytest.fixture
def reviews(buyer, seller, service, order):
    """The buyer rated two orders of the service: 5 stars, then 1 (abusive)."""
    second = buy(buyer, service)[2][0]
    good = leave_review(completed(order, buyer, seller), buyer, 5, "عمل ممتاز وسريع")
    bad = leave_review(completed(second, buyer, seller), buyer, 1, "نصاب ولص، لا تتعاملوا معه")
    return good, bad


def ratings(seller, service):
    profile = Profile.objects.get(user=seller)
    service = Service.objects.get(pk=service.pk)
    return (
        profile.seller_rating_average,
        profile.seller_rating_count,
        service.rating_average,
        service.rating_count,
    )


def test_people_without_the_permission_cannot_moderate(client, reviews, stranger):
    good, bad = reviews
    for url in (LIST_URL, hide_url(bad)):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert "/admin/login/" in client.post(hide_url(bad), {"reason": "x"})["Location"]
    stranger.is_staff = True
    stranger.save()
    stranger.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(stranger)
    assert LIST_URL not in client.get("/admin/").content.decode()  # no menu item
    for response in (
        client.get(LIST_URL),
        client.get(hide_url(bad)),
        client.post(hide_url(bad), {"reason": "شتائم"}),
        client.post(show_url(good)),
    ):
        assert response.status_code == 403 or (
            response.status_code == 302 and "/admin/" in response["Location"]
        )
    assert not Review.objects.filter(is_hidden=True).exists()


def test_moderators_list_newest_first_filter_and_search(client, reviews, moderator):
    good, bad = reviews
    Review.objects.filter(pk=good.pk).update(reply="شكرا لك")
    client.force_login(moderator)
    assert LIST_URL in client.get("/admin/").content.decode()  # the menu item
    html = client.get(LIST_URL).content.decode()
    assert html.index("نصاب ولص") < html.index("عمل ممتاز")  # newest first
    assert bad.order.number in html and "buyer" in html and "seller" in html
    assert "★☆☆☆☆" in html and "★★★★★" in html and "شكرا لك" in html
    assert hide_url(bad) in html

    found = client.get(LIST_URL, {"q": "ممتاز"}).content.decode()
    assert "عمل ممتاز" in found and "نصاب ولص" not in found
    Review.objects.filter(pk=bad.pk).update(is_hidden=True)
    hidden = client.get(LIST_URL, {"is_hidden": "true"}).content.decode()
    assert "نصاب ولص" in hidden and "عمل ممتاز" not in hidden
    assert show_url(bad) in hidden
    visible = client.get(LIST_URL, {"is_hidden": "false"}).content.decode()
    assert "عمل ممتاز" in visible and "نصاب ولص" not in visible


def test_hide_and_show_again_recompute_the_ratings(
    client, reviews, buyer, seller, service, moderator
):
    good, bad = reviews
    assert ratings(seller, service) == (Decimal("3.00"), 2, Decimal("3.00"), 2)
    client.force_login(moderator)
    page = client.get(hide_url(bad))
    assert page.status_code == 200 and "نصاب ولص" in page.content.decode()

    response = client.post(hide_url(bad), {"reason": "شتائم وألفاظ مسيئة"})
    assert response.status_code == 302 and response["Location"] == LIST_URL
    bad.refresh_from_db()
    assert (bad.is_hidden, bad.hidden_reason, bad.hidden_by) == (
        True,
        "شتائم وألفاظ مسيئة",
        moderator,
    )
    assert ratings(seller, service) == (Decimal("5.00"), 1, Decimal("5.00"), 1)
    told = notifications_of(buyer, "review.hidden").get()
    assert told.context["reason"] == "شتائم وألفاظ مسيئة"

    assert client.get(show_url(bad)).status_code == 405  # POST only
    response = client.post(show_url(bad), {"next": f"{LIST_URL}?is_hidden=true"})
    assert response.status_code == 302 and response["Location"] == f"{LIST_URL}?is_hidden=true"
    bad.refresh_from_db()
    assert (bad.is_hidden, bad.hidden_reason, bad.hidden_by) == (False, "", None)
    assert ratings(seller, service) == (Decimal("3.00"), 2, Decimal("3.00"), 2)


def test_hiding_needs_a_reason(client, reviews, buyer, seller, service, moderator):
    good, bad = reviews
    client.force_login(moderator)
    for reason in ("", "   "):
        response = client.post(hide_url(bad), {"reason": reason})
        assert response.status_code == 400
    bad.refresh_from_db()
    assert not bad.is_hidden
    assert ratings(seller, service) == (Decimal("3.00"), 2, Decimal("3.00"), 2)
    assert not notifications_of(buyer, "review.hidden").exists()


def test_an_off_site_next_is_ignored(client, reviews, moderator):
    good, bad = reviews
    Review.objects.filter(pk=bad.pk).update(is_hidden=True)
    client.force_login(moderator)
    response = client.post(show_url(bad), {"next": "https://evil.example/"})
    assert response["Location"] == LIST_URL
