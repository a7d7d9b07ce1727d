"""Query counts of the blog's pages: within a budget, and the same for 2 posts or 14.

Budgets measured (Arabic / English): index 18/20, category 19, tag 20, post 25/27 (of which
the site shell, routing, breadcrumbs and hreflang alternates are about 17), feeds 11/12."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.blog.conftest import make_category, make_post
from tests.factories import wagtail_image

pytestmark = pytest.mark.django_db

BUDGETS = {
    "/blog/": 20,
    "/en/blog/?page=2": 22,
    "/blog/category/design/": 21,
    "/en/blog/tag/logo/": 22,
    "/blog/post-1/": 28,
    "/en/blog/post-2/": 30,
    "/blog/feed/": 13,
    "/en/blog/feed/atom/": 14,
}


@pytest.fixture
def add_posts(blog, author):
    """Posts with everything a card and a post page show; one cover keeps the test quick
    (each post still gets its own image instance to render)."""
    design, cover = make_category(), wagtail_image(size=(900, 500))

    def add(days):
        for day in days:
            make_post(
                blog,
                f"post-{day}",
                day=day,
                tags=["تصميم", "شعار"],
                category=design,
                author=author,
                cover_image=cover,
                english_tags=["design", "logo"],
            )

    return add


def count_queries(client, path) -> int:
    client.get(path)  # renditions are made and caches filled on the first view
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


@pytest.mark.parametrize("path", BUDGETS)
def test_queries_are_bounded_and_do_not_grow_with_the_posts(
    client, add_posts, path, django_assert_max_num_queries
):
    add_posts([1, 2])
    few = count_queries(client, path)
    add_posts(range(3, 15))
    assert count_queries(client, path) == few
    with django_assert_max_num_queries(BUDGETS[path]):
        client.get(path)
