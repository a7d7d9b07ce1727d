"""A generated landing page (a category in a city) in a real headless Chromium, in Arabic on a
phone and a desktop, and its English twin."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from marketplace.accounts.services import ensure_profile
from marketplace.catalog import demo as demo_catalog
from marketplace.rules.models import MarketplaceSettings
from pages import demo
from pages.landing.demo import load_landing_pages
from pages.landing.models import LandingPage
from pages.models import HomePage
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = 390
DESKTOP = 1280
DESIGN_IN_TRIPOLI = "/services/design/tripoli/"
DESIGN_IN_MISRATA = "/services/design/misrata/"


@pytest.fixture
def landing_pages(db):
    """The demo catalog and the landing pages generated from it, as `setup_demo` loads them:
    the home page's English twin first (the generator writes a page per language), and the
    demo seller from Misrata, whose two design services give that city its page."""
    home = HomePage.objects.get(locale__language_code="ar")
    demo.load_home(home, demo.rule_numbers(MarketplaceSettings.for_site(home.get_site())))
    profile = ensure_profile(UserFactory(username="seller"))
    profile.city = "misrata"
    profile.save()
    demo_catalog.load_category_tree()
    demo_catalog.load_sellers()
    call_command("import_services", str(demo_catalog.SERVICES_FILE), stdout=StringIO())
    load_landing_pages()
    return LandingPage.objects.live().filter(category__slug="design")


def _landing(pages, city, language):
    return pages.get(city=city, locale__language_code=language)


def _fits(page, width, direction="rtl"):
    page.wait_for_load_state("networkidle")
    page.evaluate("document.fonts.ready")
    assert page.get_attribute("html", "dir") == direction
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def _structured_data_parses(page):
    scripts = page.locator('script[type="application/ld+json"]').all_inner_texts()
    assert scripts
    for script in scripts:
        json.loads(script)


@pytest.mark.parametrize("width", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_category_in_a_city_reads_well_and_leads_on(
    live_server, page_at, artifacts, landing_pages, width
):
    landing = _landing(landing_pages, "tripoli", "ar")
    assert landing.url == DESIGN_IN_TRIPOLI
    page = page_at(width)
    assert page.goto(live_server.url + DESIGN_IN_TRIPOLI).status == 200
    _fits(page, width)
    assert page.locator("h1").inner_text() == landing.title
    assert page.locator("dl.landing-figures dd").first.inner_text() == str(landing.service_count)
    cards = page.locator("ul.service-grid .service-card")
    assert cards.count() == len(landing.top_service_ids) == 8
    for card in cards.all():
        assert card.is_visible()
    questions = page.locator("details.faq-question")
    assert questions.first.get_attribute("open") is not None
    assert questions.first.locator("p").is_visible()
    assert questions.nth(1).get_attribute("open") is None
    _structured_data_parses(page)
    page.screenshot(path=str(artifacts / f"landing-ar-{width}.png"), full_page=True)

    # Another city's page of the same category.
    misrata = _landing(landing_pages, "misrata", "ar")
    page.locator(f'nav.landing-links a[href="{DESIGN_IN_MISRATA}"]').click()
    page.wait_for_url(f"**{DESIGN_IN_MISRATA}")
    _fits(page, width)
    assert page.locator("h1").inner_text() == misrata.title

    # All the category's services, in the catalog.
    page.locator("nav.landing-links a.button").click()
    page.wait_for_url("**/services/design/")
    _fits(page, width)


def test_the_english_twin(live_server, page_at, artifacts, landing_pages):
    landing = _landing(landing_pages, "tripoli", "en")
    page = page_at(DESKTOP)
    assert page.goto(live_server.url + "/en" + DESIGN_IN_TRIPOLI).status == 200
    _fits(page, DESKTOP, direction="ltr")
    assert page.locator("h1").inner_text() == landing.title
    assert page.locator("ul.service-grid .service-card").count() == 8
    _structured_data_parses(page)
    page.screenshot(path=str(artifacts / "landing-en-1280.png"), full_page=True)
