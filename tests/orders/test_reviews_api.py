"""The reviews API: the buyers' visible reviews of a public service and of an active seller,
with the seller's reputation figures and badges; hidden reviews and sellers' reviews of their
buyers never show."""

from types import SimpleNamespace

import pytest
from rest_framework.test import APIClient

from marketplace.accounts.models import Profile, User
from marketplace.catalog.models import Service
from marketplace.orders.reviews import hide_review, leave_review, reply_to_review
from marketplace.orders.services import perform
from tests.factories import ServiceFactory, UserFactory
from tests.orders.conftest import buy, credit_wallet


@pytest.fixture
def api():
    return APIClient()


def completed(buyer, service):
    order = buy(buyer, service)[2][0]
    perform(order, "start", service.seller)
    perform(order, "deliver", service.seller, note="done")
    perform(order, "accept", buyer)
    return order


def reviewed(service, rating, text, buyer=None):
    """A buyer's review of ``service`` after a completed order."""
    if buyer is None:
        buyer = UserFactory()
        credit_wallet(buyer, "100")
    return leave_review(completed(buyer, service), buyer, rating, text)


@pytest.fixture
def reviews(buyer, seller, service, moderator):
    """On ``service``: an older review, one with the seller's reply, a hidden one and the
    seller's review of a buyer; on another service of the seller, one more."""
    buyer.profile.display_name = "سالم المشتري"
    buyer.profile.save()
    older = reviewed(service, 4, "جيد جدا", buyer=buyer)
    leave_review(older.order, seller, 5, "مشتر متعاون")
    replied = reviewed(service, 5, "ممتاز")
    reply_to_review(replied, seller, "شكرا لك")
    hidden = reviewed(service, 1, "كلام مسيء")
    hide_review(hidden, moderator, "سبب")
    other_service = ServiceFactory(seller=seller)
    elsewhere = reviewed(other_service, 3, "لا بأس", buyer=buyer)
    return SimpleNamespace(older=older, replied=replied, elsewhere=elsewhere)


def ids(data) -> list[int]:
    return [item["id"] for item in data["results"]]


def test_a_services_reviews(api, service, reviews):
    response = api.get(f"/api/v1/services/{service.pk}/reviews/")
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 2 and data["next"] is None
    assert ids(data) == [reviews.replied.pk, reviews.older.pk]
    replied, older = data["results"]
    assert older == {
        "id": reviews.older.pk,
        "rating": 4,
        "text": "جيد جدا",
        "author": {"username": "buyer", "name": "سالم المشتري"},
        "created_at": older["created_at"],
        "reply": None,
        "replied_at": None,
    }
    assert (replied["rating"], replied["reply"]) == (5, "شكرا لك")
    assert replied["replied_at"] and replied["created_at"]


def test_only_public_services_show_their_reviews(api, service, reviews):
    Service.objects.filter(pk=service.pk).update(is_paused=True)
    assert api.get(f"/api/v1/services/{service.pk}/reviews/").status_code == 404
    assert api.get("/api/v1/services/999999/reviews/").status_code == 404


def test_a_sellers_reviews_and_reputation(api, seller, reviews):
    Profile.objects.filter(user=seller).update(identity_verified=True)
    response = api.get("/api/v1/sellers/seller/reviews/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 3
    assert ids(data) == [reviews.elsewhere.pk, reviews.replied.pk, reviews.older.pk]
    profile = Profile.objects.get(user=seller)
    assert data["seller"] == {
        "username": "seller",
        "name": seller.public_name,
        "url": "http://testserver/en/u/seller/",
        "completed_orders": 4,
        "on_time_percent": 100,
        "repeat_buyers": 1,
        "response_hours": None,  # no conversation answered yet
        "seller_rating_average": "4.00",
        "seller_rating_count": 3,
        "buyer_rating_average": "0.00",
        "buyer_rating_count": 0,
        "identity_verified": True,
        "badges": [{"slug": "verified", "label": "Verified identity"}],
    }
    assert profile.completed_orders == 4 and profile.seller_rating_count == 3


def test_seller_reviews_page(api, reviews):
    data = api.get("/api/v1/sellers/seller/reviews/", {"page_size": 1, "page": 2}).json()
    assert data["count"] == 3 and ids(data) == [reviews.replied.pk]
    assert "page=3" in data["next"] and data["previous"]
    assert data["seller"]["username"] == "seller"
    assert api.get("/api/v1/sellers/seller/reviews/", {"page": 9}).status_code == 404


def test_a_buyers_reviews_are_not_a_sellers(api, buyer, reviews):
    """The buyer was reviewed by the seller: that review is not public on this page."""
    data = api.get("/api/v1/sellers/buyer/reviews/").json()
    assert data["count"] == 0 and data["results"] == []
    assert data["seller"]["buyer_rating_count"] == 1
    assert data["seller"]["badges"] == []


def test_unknown_or_inactive_sellers_are_404(api, seller, reviews):
    assert api.get("/api/v1/sellers/nobody/reviews/").status_code == 404
    User.objects.filter(pk=seller.pk).update(is_active=False)
    assert api.get("/api/v1/sellers/seller/reviews/").status_code == 404


def test_the_lists_read_a_bounded_number_of_rows(
    api, seller, service, reviews, django_assert_max_num_queries
):
    for number in range(5):
        reviewed(service, 5, f"رائع {number}")
    api.get("/api/v1/services/")  # the site's theme settings are made on the first request
    # The site and theme, the service or seller, the count and the page (authors joined).
    with django_assert_max_num_queries(5):
        service_page = api.get(f"/api/v1/services/{service.pk}/reviews/")
    assert service_page.json()["count"] == 7
    # The seller and profile instead of the service (and the rules, unless cached, for badges).
    with django_assert_max_num_queries(6):
        seller_page = api.get("/api/v1/sellers/seller/reviews/")
    assert seller_page.json()["count"] == 8


def test_the_schema_documents_the_reviews_api(client, db):
    schema = client.get("/api/v1/schema/").content.decode()
    for path in ("/api/v1/services/{id}/reviews/", "/api/v1/sellers/{username}/reviews/"):
        assert f"{path}:" in schema
    assert "SellerReputation" in schema
