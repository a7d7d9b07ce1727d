import pytest

from pages.demo import load_home
from pages.localization import translate
from pages.models import HomePage, StandardPage

NUMBERS = {
    "min_price": "10",
    "commission": "20",
    "auto_days": 3,
    "no_reply": 48,
    "clearance": 7,
    "min_withdrawal": "50",
    "review_days": 14,
    "project_days": 30,
    "proposals_month": 30,
    "bank_hours": 72,
}


@pytest.fixture
def home(db):
    """The Arabic home page with the demo blocks, and its English translation."""
    page = HomePage.objects.get(locale__language_code="ar")
    load_home(page, NUMBERS)
    page.refresh_from_db()
    return page


def standard_page(parent, slug="guarantee", english=True, **fields):
    """An Arabic standard page under ``parent``, published, with its English translation."""
    arabic = {"title": "ضمان مايكروليبي", "intro": "أموالك محفوظة.", "body": "<p>فقرة.</p>"}
    page = StandardPage(slug=slug, **{**arabic, **fields})
    parent.add_child(instance=page)
    page.save_revision().publish()
    if english:
        twin = StandardPage(
            slug=slug,
            title="The guarantee",
            intro="Your money is safe.",
            body="<p>A paragraph.</p>",
        )
        if page.search_description:
            twin.search_description = "Described for search engines"
        translate(page, twin)
    return page
