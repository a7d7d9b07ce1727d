"""The demo's landing pages: `setup_demo` writes the three templates and publishes every
combination of the demo catalog with enough services, in both languages, once."""

import xml.etree.ElementTree as ET
from io import StringIO

import pytest
from django.core.management import call_command

from landing.demo import TEMPLATES, load_landing_pages
from landing.models import LandingPage, LandingTemplate
from tests.landing.conftest import snapshot

pytestmark = pytest.mark.django_db

# 14 combinations of the demo catalog, all of the top category × city template.
DEMO_PAGES = 28


def test_setup_demo_publishes_the_landing_pages_once(client):
    out = StringIO()
    call_command("setup_demo", stdout=out)
    assert f"Demo landing pages: {DEMO_PAGES} published from the catalog's data." in out.getvalue()
    assert set(LandingTemplate.objects.values_list("slug", flat=True)) == {
        spec["slug"] for spec in TEMPLATES
    }
    pages = list(LandingPage.objects.live().select_related("locale"))
    assert len(pages) == DEMO_PAGES
    by_key = {}
    for page in pages:
        by_key.setdefault(page.translation_key, set()).add(page.locale.language_code)
        assert page.service_count >= 5 and "{" not in page.title + page.intro
    assert list(by_key.values()) == [{"ar", "en"}] * (DEMO_PAGES // 2)
    english = next(page for page in pages if page.locale.language_code == "en")
    assert english.url.startswith("/en/services/")
    for path in (english.url, english.url.removeprefix("/en")):
        assert client.get(path).status_code == 200, path
    root = ET.fromstring(client.get("/sitemap-landing.xml").content)
    assert len(root) == DEMO_PAGES

    before = snapshot()
    report = load_landing_pages()
    assert (report.created, report.updated, report.unpublished) == (0, 0, 0)
    assert report.unchanged == DEMO_PAGES
    assert snapshot() == before
    call_command("setup_demo", stdout=StringIO())
    assert LandingPage.objects.count() == DEMO_PAGES
    assert LandingTemplate.objects.count() == len(TEMPLATES)
