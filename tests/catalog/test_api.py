"""The read API over the public catalog: its JSON, its paging, the same ranking as the search
page, and a clear 400 for every bad parameter."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from marketplace.catalog.models import Service
from marketplace.catalog.search import paging
from tests.factories import ServiceFactory, UserFactory

pytestmark = pytest.mark.django_db

LIST_URL = "/api/v1/services/"


def api(client, **params):
    response = client.get(LIST_URL, params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


def ids(data) -> list[int]:
    return [item["id"] for item in data["results"]]


@pytest.fixture
def logo(tree, published):
    service = published(
        title="تصميم شعار احترافي لشركتك",
        tags=["شعار", "هوية"],
        extras=[("تسليم مستعجل", "40", 0), ("ملف مصدر", "25.500", 2)],
        price=Decimal("120"),
        delivery_days=4,
    )
    Service.objects.filter(pk=service.pk).update(
        rating_average=Decimal("4.75"), rating_count=4, orders_completed=9
    )
    return service


def test_list_json_shape(logo, seller, client):
    seller.profile.display_name = "أحمد المصمم"
    seller.profile.save()
    data = api(client)
    assert data == {
        "count": 1,
        "count_is_capped": False,
        "next": None,
        "previous": None,
        "results": [
            {
                "id": logo.pk,
                "title": "تصميم شعار احترافي لشركتك",
                "price": "120.000",
                "currency": "LYD",
                "delivery_days": 4,
                "category": {"slug": "logo", "name": "تصميم شعارات", "parent": "design"},
                "seller": {"username": "seller", "name": "أحمد المصمم"},
                "url": "http://testserver" + logo.get_absolute_url(),
                "rating": "4.75",
            }
        ],
    }


def test_detail(logo, client):
    response = client.get(f"/api/v1/services/{logo.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {
        "id",
        "title",
        "price",
        "currency",
        "delivery_days",
        "category",
        "seller",
        "url",
        "rating",
        "description",
        "requirements",
        "tags",
        "extras",
        "rating_count",
        "orders_completed",
    }
    assert data["id"] == logo.pk and data["title"] == logo.title
    assert data["description"] == logo.description
    assert sorted(data["tags"]) == ["شعار", "هوية"]
    assert [(e["title"], e["price"], e["extra_days"]) for e in data["extras"]] == [
        ("تسليم مستعجل", "40.000", 0),
        ("ملف مصدر", "25.500", 2),
    ]
    assert (data["rating_count"], data["orders_completed"]) == (4, 9)


def test_detail_of_a_hidden_or_unknown_service_is_404(logo, client):
    Service.objects.filter(pk=logo.pk).update(is_suspended=True)
    assert client.get(f"/api/v1/services/{logo.pk}/").status_code == 404
    assert client.get("/api/v1/services/999999/").status_code == 404


def test_twenty_a_page_by_default_and_page_size_up_to_50(db, published, client):
    made = [published(title=f"خدمة ترجمة رقم {n} للوثائق") for n in range(52)]
    first = api(client)
    assert first["count"] == 52
    assert len(first["results"]) == 20
    assert first["previous"] is None
    assert first["next"].startswith("http://testserver/api/v1/services/?page=2")
    # Newest first, like the search page without a query.
    assert ids(first) == [service.pk for service in reversed(made)][:20]

    third = client.get(first["next"].replace("page=2", "page=3")).json()
    assert len(third["results"]) == 12 and third["next"] is None

    assert len(api(client, page_size=50)["results"]) == 50
    small = api(client, page_size=5, page=2)
    assert ids(small) == [service.pk for service in reversed(made)][5:10]
    assert "page_size=5" in small["next"] and "page_size=5" in small["previous"]


def test_a_page_past_the_end_is_404(logo, client):
    assert client.get(LIST_URL, {"page": 2}).status_code == 404


@pytest.fixture
def catalog(tree, published):
    other = UserFactory()
    made = [
        published(title="تصميم شعار احترافي لشركتك", price=Decimal("120"), tags=["شعار"]),
        published(title="شعار نصي بالخط العربي", price=Decimal("45"), delivery_days=2),
        published(title="تصميم هوية بصرية كاملة لمتجرك", price=Decimal("900"), delivery_days=10),
        published(
            title="منشورات إنستغرام بتصميم موحد",
            category=tree.social,
            price=Decimal("80"),
            seller=other,
        ),
        published(title="ترجمة وثائق رسمية بدقة", category=tree.translation, price=Decimal("60")),
        published(title="ترجمة مواقع إلكترونية", category=tree.translation, price=Decimal("300")),
    ]
    for service, (rating, orders) in zip(
        made, [("4.9", 3), ("4.2", 40), ("3.5", 1), ("4.9", 12), ("0", 0), ("4.6", 7)], strict=True
    ):
        Service.objects.filter(pk=service.pk).update(
            rating_average=Decimal(rating), rating_count=orders, orders_completed=orders
        )
    return made


@pytest.mark.parametrize(
    "params",
    [
        {"q": "تصميم"},
        {"q": "مصمم شعارات"},
        {"q": "ترجمة"},
        {"q": "تصميم", "sort": "price_asc"},
        {"sort": "best_selling"},
        {"sort": "rating"},
        {"sort": "price_desc", "category": "design"},
        {"category": "logo", "min_price": "50", "max_price": "1000"},
        {"delivery_days": "3", "min_rating": "4"},
        {},
    ],
)
def test_same_order_as_the_search_page(catalog, client, params):
    page = client.get(reverse("catalog:search"), params)
    assert page.status_code == 200
    expected = [service.pk for service in page.context["page"].object_list]
    assert expected, "the case should find something"
    assert ids(api(client, **params)) == expected


def test_filters(catalog, client):
    logo, lettering, identity, social, documents, websites = catalog
    assert set(ids(api(client, category="design"))) == {
        logo.pk,
        lettering.pk,
        identity.pk,
        social.pk,
    }
    assert set(ids(api(client, category="translation"))) == {documents.pk, websites.pk}
    assert set(ids(api(client, min_price="100", max_price="300"))) == {logo.pk, websites.pk}
    assert set(ids(api(client, delivery_days="2"))) == {lettering.pk}
    assert set(ids(api(client, min_rating="4.9"))) == {logo.pk, social.pk}
    assert ids(api(client, q="ترجمة", category="translation", sort="price_desc")) == [
        websites.pk,
        documents.pk,
    ]


def test_a_query_without_matches_is_an_empty_page(catalog, client):
    assert api(client, q="غواصات نووية") == {
        "count": 0,
        "next": None,
        "previous": None,
        "count_is_capped": False,
        "results": [],
    }


def arabic(msgid, **params):
    with translation.override("ar"):
        return gettext(msgid) % params if params else gettext(msgid)


@pytest.mark.parametrize(
    "params, field, message",
    [
        ({"colour": "red"}, "detail", "Unknown parameter(s): colour."),
        (
            {"q": "x", "pagesize": "5", "ordering": "x"},
            "detail",
            "Unknown parameter(s): ordering, pagesize.",
        ),
        ({"page_size": "0"}, "page_size", ["Must be a whole number between 1 and 50."]),
        ({"page_size": "51"}, "page_size", ["Must be a whole number between 1 and 50."]),
        ({"page_size": "-3"}, "page_size", ["Must be a whole number between 1 and 50."]),
        ({"page_size": "ten"}, "page_size", ["Must be a whole number between 1 and 50."]),
        ({"page": "0"}, "page", ["Must be a whole number at least 1."]),
        ({"page": "last"}, "page", ["Must be a whole number at least 1."]),
    ],
)
def test_bad_parameters_are_a_400_with_a_clear_message(db, client, params, field, message):
    response = client.get(LIST_URL, params, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response.json() == {field: message}


def test_bad_parameter_messages_are_in_arabic_by_default(db, client):
    unknown = client.get(LIST_URL, {"colour": "red"}).json()
    assert unknown == {"detail": arabic("Unknown parameter(s): %(names)s.", names="colour")}
    paging = client.get(LIST_URL, {"page_size": "0"}).json()
    expected = arabic("Must be a whole number between %(low)s and %(high)s.", low=1, high=50)
    assert paging == {"page_size": [expected]}
    assert expected != "Must be a whole number between 1 and 50."


def test_bad_filter_values_are_a_400_naming_the_field(tree, client):
    for params, field in [
        ({"min_price": "abc"}, "min_price"),
        ({"max_price": "-1"}, "max_price"),
        ({"delivery_days": "0"}, "delivery_days"),
        ({"delivery_days": "91"}, "delivery_days"),
        ({"min_rating": "6"}, "min_rating"),
        ({"sort": "bogus"}, "sort"),
        ({"category": "no-such"}, "category"),
        ({"min_price": "500", "max_price": "100"}, "max_price"),
    ]:
        response = client.get(LIST_URL, params)
        assert response.status_code == 400, params
        errors = response.json()
        assert list(errors) == [field], params
        assert all(isinstance(m, str) and m for m in errors[field])
    errors = client.get(LIST_URL, {"category": "no-such"}).json()
    assert errors == {"category": [arabic("There is no category “%(slug)s”.", slug="no-such")]}
    errors = client.get(LIST_URL, {"min_price": "500", "max_price": "100"}).json()
    assert errors == {"max_price": [arabic("The maximum price is below the minimum price.")]}
    assert "bogus" in client.get(LIST_URL, {"sort": "bogus"}).json()["sort"][0]


def test_the_api_is_read_only(logo, client):
    assert client.post(LIST_URL, {"title": "x"}).status_code in (403, 405)
    assert client.delete(f"/api/v1/services/{logo.pk}/").status_code in (403, 405)
    assert Service.objects.filter(pk=logo.pk).exists()


def test_docs_and_schema(db, client):
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200
    assert b"swagger" in docs.content.lower()
    schema = client.get("/api/v1/schema/")
    assert schema.status_code == 200
    text = schema.content.decode()
    assert "/api/v1/services/" in text
    assert "/api/v1/services/{id}/" in text
    assert "page_size" in text and "min_price" in text
    assert "/admin/" not in text


def test_a_search_count_is_capped(tree, client, monkeypatch):
    """Counting tens of thousands of matches costs more than the page: searches count up to a
    cap and say so."""
    monkeypatch.setattr(paging, "RESULT_CAP", 3)
    for number in range(5):
        ServiceFactory(category=tree.logo, title=f"تصميم شعار رقم {number} لمتجرك الإلكتروني")
    data = client.get("/api/v1/services/", {"q": "شعار"}).json()
    assert data["count"] == 3 and data["count_is_capped"] is True
    assert len(data["results"]) == 3
    listing = client.get("/api/v1/services/").json()
    assert listing["count"] == 5 and listing["count_is_capped"] is False
    page = client.get("/search/", {"q": "شعار"})
    assert page.context["page"].paginator.is_capped
