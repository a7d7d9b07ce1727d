"""The demo's landing pages: `setup_demo` writes the three templates and publishes every
combination of the demo catalog with enough services, in both languages, once; and they meet
the quality gate's targets."""

import re
import xml.etree.ElementTree as ET
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from pages.landing.demo import TEMPLATES, load_landing_pages
from pages.landing.models import LandingPage, LandingTemplate
from tests.pages.landing.conftest import snapshot

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


def test_the_demo_pages_meet_the_quality_targets():
    call_command("setup_demo", stdout=StringIO())
    out = StringIO()
    call_command("landing_quality", stdout=out, stderr=StringIO())
    report = out.getvalue()
    assert "Every language meets the targets." in report
    for language in ("ar", "en"):
        line = next(line for line in report.splitlines() if line.startswith(f"[{language}]"))
        pages, overlap, unique = re.fullmatch(
            rf"\[{language}\] (\d+) pages · largest overlap ([\d.]+) · "
            r"smallest unique share ([\d.]+)%",
            line,
        ).groups()
        assert int(pages) == DEMO_PAGES // 2
        assert float(overlap) <= 0.5 and float(unique) >= 40


def test_the_quality_gate_fails_and_lists_the_worst_when_a_target_is_missed():
    call_command("setup_demo", stdout=StringIO())
    out = StringIO()
    with pytest.raises(CommandError, match="Targets missed"):
        call_command("landing_quality", "--max-overlap", "0.01", stdout=out, stderr=StringIO())
    assert "Most alike pairs:" in out.getvalue() and "/services/" in out.getvalue()
