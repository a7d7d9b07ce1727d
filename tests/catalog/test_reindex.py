"""Category names are search keywords: renaming a category re-indexes its services."""

import pytest

from marketplace.catalog.search.query import search_services
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def test_renaming_a_category_reindexes_its_services(tree, django_capture_on_commit_callbacks):
    service = ServiceFactory(category=tree.logo, title="رسم علامة مميزة لمتجرك الجديد")
    assert not search_services(q="monograms").services.exists()

    tree.logo.name_en = "Monograms"
    with django_capture_on_commit_callbacks(execute=True):
        tree.logo.save()
    assert list(search_services(q="monograms").services) == [service]

    tree.design.name_ar = "فنون بصرية"
    with django_capture_on_commit_callbacks(execute=True):
        tree.design.save()
    assert list(search_services(q="الفنون البصرية").services) == [service]
