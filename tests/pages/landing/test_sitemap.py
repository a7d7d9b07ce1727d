"""The sitemap's landing section: live landing pages in both languages, with their alternates
and the date their data last changed; the pages section leaves the landing tree to it."""

import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest
from django.utils import timezone

from pages.landing.models import LandingPage
from tests.pages.conftest import standard_page
from tests.pages.landing.conftest import generate, mixed_catalog, offer, pages_of, pause, use_only

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
HOST = "http://testserver"


def sitemap(client, path) -> ET.Element:
    response = client.get(path)
    assert response.status_code == 200 and response["Content-Type"] == "application/xml"
    return ET.fromstring(response.content)


def entries(root) -> dict[str, dict]:
    """Each listed address with its lastmod and its alternates by language."""
    return {
        url.find("s:loc", NS).text: {
            "lastmod": url.findtext("s:lastmod", namespaces=NS),
            "alternates": {
                link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
            },
        }
        for url in root.findall("s:url", NS)
    }


@pytest.fixture
def landing_pages(tree, templates):
    """Six live landing pages (design × Tripoli, logo × Tripoli, logo × restaurants, in both
    languages); returns the tagged logo services of Tripoli."""
    tagged = mixed_catalog(tree)
    generate()
    assert LandingPage.objects.live().count() == 6
    return tagged


def test_the_landing_section_lists_live_pages_in_both_languages_dated_by_their_data(
    client, tree, landing_pages
):
    listed = entries(sitemap(client, "/sitemap-landing.xml"))
    paths = ["/services/design/tripoli/", "/services/logo/tripoli/", "/services/logo/restaurants/"]
    assert set(listed) == {f"{HOST}{prefix}{path}" for path in paths for prefix in ("", "/en")}
    for path in paths:
        alternates = {"ar": f"{HOST}{path}", "en": f"{HOST}/en{path}", "x-default": f"{HOST}{path}"}
        assert listed[f"{HOST}{path}"]["alternates"] == alternates
        assert listed[f"{HOST}/en{path}"]["alternates"] == alternates

    # The date is the data's, not the last publication's (an editor's paragraph is no news
    # for a crawler).
    LandingPage.objects.filter(category=tree.logo, slug="tripoli").update(
        data_changed_at=datetime(2026, 3, 4, 12, tzinfo=UTC),
        last_published_at=datetime(2026, 9, 9, 12, tzinfo=UTC),
    )
    listed = entries(sitemap(client, "/sitemap-landing.xml"))
    assert listed[f"{HOST}/services/logo/tripoli/"]["lastmod"] == "2026-03-04"
    assert listed[f"{HOST}/en/services/logo/tripoli/"]["lastmod"] == "2026-03-04"
    design = pages_of(tree.design, "tripoli")["ar"]
    today = timezone.localtime(design.data_changed_at).date().isoformat()
    assert listed[f"{HOST}/services/design/tripoli/"]["lastmod"] == today


def test_unpublished_landing_pages_are_never_listed(client, tree, landing_pages, admin_user):
    pause(landing_pages[0])  # logo × Tripoli and logo × restaurants fall under the minimum
    generate()
    pages_of(tree.design, "tripoli")["en"].unpublish(user=admin_user)  # by an editor
    listed = entries(sitemap(client, "/sitemap-landing.xml"))
    assert set(listed) == {f"{HOST}/services/design/tripoli/"}
    # Its English version is gone: no alternate names it.
    assert listed[f"{HOST}/services/design/tripoli/"]["alternates"] == {
        "ar": f"{HOST}/services/design/tripoli/",
        "x-default": f"{HOST}/services/design/tripoli/",
    }


def test_the_pages_section_lists_no_landing_pages(client, home, landing_pages):
    standard_page(home, slug="guarantee")
    listed = set(entries(sitemap(client, "/sitemap-pages.xml")))
    assert {f"{HOST}/", f"{HOST}/en/", f"{HOST}/guarantee/", f"{HOST}/en/guarantee/"} <= listed
    # Neither the landing pages, nor their index (/services/) and category folders.
    assert not any("/services/" in url for url in listed), listed


def test_the_landing_section_reads_a_fixed_number_of_queries(
    client, tree, templates, django_assert_max_num_queries
):
    use_only(templates.sub_city)
    offer(tree.logo, "tripoli", 5)
    generate()
    client.get("/sitemap-landing.xml")  # fills the site caches
    with django_assert_max_num_queries(10) as first:
        assert len(entries(sitemap(client, "/sitemap-landing.xml"))) == 2
    for category, city in [(tree.logo, "misrata"), (tree.logo, "zawiya"), (tree.social, "sabha")]:
        offer(category, city, 5)
    generate()
    with django_assert_max_num_queries(len(first.captured_queries)):
        assert len(entries(sitemap(client, "/sitemap-landing.xml"))) == 8
