"""Public pages cost a fixed number of queries whatever the size of the catalog: 3 services or
18 (with images, extras, tags, several sellers), the same budget holds."""

from decimal import Decimal

import pytest
from django.core.cache import cache
from django.urls import reverse

from marketplace.catalog.models import Service
from tests.factories import ServiceFactory, UserFactory

pytestmark = pytest.mark.django_db

# Measured on SQLite and PostgreSQL (anonymous visitor, caches warm), plus a little headroom.
BUDGETS = {
    "category index": 9,
    "top category": 12,
    "subcategory": 12,
    "search": 13,  # PostgreSQL also checks whether the words are broad (title matches)
    "service page": 16,  # + one page of reviews (count and rows)
    "seller profile": 14,  # + one page of reviews (count and rows)
    "api list": 6,
    "api search": 7,
    "api detail": 8,
}


def add_services(tree, sellers, count, start):
    made = []
    for n in range(start, start + count):
        service = ServiceFactory(
            seller=sellers[n % len(sellers)],
            category=[tree.logo, tree.logo, tree.social, tree.translation][n % 4],
            title=f"تصميم شعار رقم {n} لمتجرك الجديد",
            price=Decimal(20 + n),
            tags=["شعار", f"وسم {n}"],
            extras=[("تسليم مستعجل", "15", 0), ("ملف مصدر", "25", 2)],
            images=2,
        )
        Service.objects.filter(pk=service.pk).update(
            rating_average=Decimal("4.5"), rating_count=n, orders_completed=n
        )
        made.append(service)
    return made


@pytest.fixture
def pages(tree, seller):
    """The public pages to measure, each with the number of services it should list."""
    sellers = [seller, UserFactory(), UserFactory()]
    first = add_services(tree, sellers, 3, 0)

    def urls():
        total = Service.objects.count()
        by_seller = Service.objects.filter(seller=seller).count()
        in_design = Service.objects.filter(category__parent=tree.design).count()
        in_logo = Service.objects.filter(category=tree.logo).count()
        return {
            "category index": ("/services/", None),
            "top category": (reverse("catalog:category", args=["design"]), in_design),
            "subcategory": (reverse("catalog:category", args=["logo"]), in_logo),
            "search": (reverse("catalog:search") + "?q=مصمم+شعارات", total),
            "service page": (first[0].get_absolute_url(), None),
            "seller profile": (
                reverse("catalog:seller_profile", args=[seller.username]),
                by_seller,
            ),
            "api list": ("/api/v1/services/", total),
            "api search": ("/api/v1/services/?q=مصمم+شعارات", total),
            "api detail": (f"/api/v1/services/{first[0].pk}/", None),
        }

    def grow():
        add_services(tree, sellers, 15, 3)

    return urls, grow


def measure(client, url, expected_count, budget, django_assert_max_num_queries) -> int:
    client.get(url)  # the first visit makes the image renditions and fills the caches
    with django_assert_max_num_queries(budget) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    if expected_count is not None:  # the page really lists them all
        if url.startswith("/api/"):
            assert response.json()["count"] == expected_count
            assert len(response.json()["results"]) == expected_count
        else:
            assert len(response.context["page"].object_list) == expected_count
    return len(captured)


def test_public_pages_stay_within_their_query_budget(pages, client, django_assert_max_num_queries):
    urls, grow = pages
    small = {
        name: measure(client, url, count, BUDGETS[name], django_assert_max_num_queries)
        for name, (url, count) in urls().items()
    }
    grow()
    large = {
        name: measure(client, url, count, BUDGETS[name], django_assert_max_num_queries)
        for name, (url, count) in urls().items()
    }
    assert large == small  # not a single query more for six times the services


def test_a_logged_in_visitor_costs_the_same_whatever_the_data(
    pages, client, django_assert_max_num_queries
):
    client.force_login(UserFactory())
    urls, grow = pages
    names = ["top category", "search", "service page"]
    small = [
        measure(client, urls()[name][0], None, 30, django_assert_max_num_queries) for name in names
    ]
    grow()
    large = [
        measure(client, urls()[name][0], None, 30, django_assert_max_num_queries) for name in names
    ]
    assert large == small


def test_listing_queries_do_not_grow_even_with_a_cold_renditions_cache(
    pages, client, django_assert_max_num_queries
):
    urls, grow = pages
    url = urls()["top category"][0]

    def cold_count():
        client.get(url)  # renditions exist in the database...
        cache.clear()  # ...but not in the cache (expired, restarted, evicted)
        with django_assert_max_num_queries(100) as captured:
            client.get(url)
        return len(captured)

    small = cold_count()
    grow()
    assert cold_count() == small
