"""The help center's demo content: every article in Arabic and English, made once."""

import pytest
from wagtail.models import Revision

from help_center.demo import load_help_center
from help_center.demo_content import HELP_CATEGORIES
from help_center.models import HelpArticlePage, HelpCategoryPage, HelpIndexPage
from tests.pages.conftest import NUMBERS

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(home):
    return load_help_center(home, NUMBERS)


def test_the_demo_makes_the_help_center_in_both_languages(client, home, loaded):
    arabic = HelpArticlePage.objects.live().filter(locale__language_code="ar")
    english = HelpArticlePage.objects.live().filter(locale__language_code="en")
    assert loaded == arabic.count() == english.count() >= 10
    assert HelpCategoryPage.objects.live().filter(locale__language_code="en").count() == len(
        HELP_CATEGORIES
    )
    assert client.get("/help/").status_code == 200
    html = client.get("/en/help/").content.decode()
    assert "Help center" in html
    assert all(spec["en"]["title"] in html for spec in HELP_CATEGORIES)


def test_the_demo_articles_point_at_their_related_articles_in_each_language(client, loaded):
    spec = HELP_CATEGORIES[0]["articles"][0]
    article = HelpArticlePage.objects.get(slug=spec["slug"], locale__language_code="en")
    assert [page.slug for page in article.related_articles()] == spec["related"]
    assert all(page.locale.language_code == "en" for page in article.related_articles())
    assert client.get(article.url).status_code == 200


def test_the_numbers_are_filled_in(loaded):
    for article in HelpArticlePage.objects.all():
        assert "{" not in article.title + article.summary + article.body


def test_loading_again_changes_nothing(home, loaded):
    revisions = Revision.objects.count()
    pages = HelpArticlePage.objects.count()
    assert load_help_center(home, NUMBERS) == loaded
    assert HelpArticlePage.objects.count() == pages
    assert HelpIndexPage.objects.count() == 2
    assert Revision.objects.count() == revisions
