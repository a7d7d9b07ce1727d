"""Query counts of the help center's pages: within a budget, and the same for 2 categories of
2 articles or 3 categories of 8.

Measured (Arabic / English): index 17/19, category 18/20, article 21/23 (of which the site
shell, routing, breadcrumbs and hreflang alternates are about 15), search 16/18, search without
results 20 (it lists the topics instead). Budgets leave two queries of room."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.help_center.conftest import make_article, make_category

pytestmark = pytest.mark.django_db

BUDGETS = {
    "/help/": 19,
    "/en/help/": 21,
    "/help/payments/": 20,
    "/en/help/payments/": 22,
    "/help/payments/article-1/": 23,
    "/en/help/payments/article-1/": 25,
    "/help/payments/article-2/": 23,
    "/help/search/?q=سحب": 18,
    "/en/help/search/?q=withdraw": 20,
    "/help/search/?q=لا-يوجد": 22,
}


@pytest.fixture
def add_articles(payments):
    """Articles in both languages in two categories, then a third: article-1 points at two
    of them, article-2 at none (so it shows others of its category)."""
    index = payments.get_parent()
    selling = make_category(index, "selling", "البيع", "Selling")
    tips = [make_article(selling, f"tip-{number}") for number in (1, 2)]
    make_article(payments, "article-1", related=tips)
    make_article(payments, "article-2")

    def add(numbers):
        account = make_category(index, "account", "الحساب", "Account")
        for number in numbers:
            for category in (payments, selling, account):
                make_article(category, f"article-{number}")

    return add


def count_queries(client, path) -> int:
    client.get(path)  # caches filled on the first view
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


@pytest.mark.parametrize("path", BUDGETS)
def test_queries_are_bounded_and_do_not_grow_with_the_articles(
    client, add_articles, path, django_assert_max_num_queries
):
    few = count_queries(client, path)
    add_articles(range(3, 9))
    assert count_queries(client, path) == few
    with django_assert_max_num_queries(BUDGETS[path]):
        client.get(path)
