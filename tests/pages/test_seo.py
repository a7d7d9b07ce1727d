import json
import re
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import ServiceFactory
from tests.pages.conftest import standard_page

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def _links(html: str, rel: str) -> dict:
    return dict(re.findall(rf'<link rel="{rel}" hreflang="([^"]+)" href="([^"]+)">', html))


def test_an_editorial_page_names_its_canonical_address_alternates_and_social_tags(client, home):
    standard_page(home, search_description="وصف لمحركات البحث")
    html = client.get("/guarantee/").content.decode()
    assert '<link rel="canonical" href="http://testserver/guarantee/">' in html
    assert _links(html, "alternate") == {
        "ar": "http://testserver/guarantee/",
        "en": "http://testserver/en/guarantee/",
        "x-default": "http://testserver/guarantee/",
    }
    assert '<meta property="og:title" content="ضمان مايكروليبي">' in html
    assert '<meta property="og:description" content="وصف لمحركات البحث">' in html
    assert '<meta property="og:locale" content="ar_LY">' in html
    assert '<meta name="twitter:card" content="summary">' in html
    english = client.get("/en/guarantee/").content.decode()
    assert '<link rel="canonical" href="http://testserver/en/guarantee/">' in english
    assert '<meta property="og:description" content="Described for search engines">' in english


def test_the_seo_title_and_the_social_image_are_used_when_set(client, home):
    from tests.factories import wagtail_image

    page = standard_page(home, english=False, seo_title="عنوان للبحث")
    page.social_image = wagtail_image(name="share.png", size=(1400, 800))
    page.save_revision().publish()
    html = client.get("/guarantee/").content.decode()
    assert "<title>عنوان للبحث" in html
    image = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
    assert image.startswith("http://testserver/") and image.endswith(".jpg")
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_marketplace_views_have_alternates_in_both_languages(client, home):
    html = client.get("/services/").content.decode()
    assert '<link rel="canonical" href="http://testserver/services/">' in html
    assert _links(html, "alternate")["en"] == "http://testserver/en/services/"


def test_paginated_lists_keep_their_page_in_the_canonical_address(client, home):
    html = client.get("/services/?page=2&sort=price").content.decode()
    assert '<link rel="canonical" href="http://testserver/services/?page=2">' in html


def test_breadcrumbs_lead_home_with_their_structured_data(client, home):
    parent = standard_page(home, slug="about", title="عن الموقع")
    standard_page(parent, slug="team", title="فريقنا")
    html = client.get("/about/team/").content.decode()
    assert '<nav class="breadcrumbs"' in html
    payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(payload.group(1))
    assert data["@type"] == "BreadcrumbList"
    names = [item["name"] for item in data["itemListElement"]]
    assert names[1:] == ["عن الموقع", "فريقنا"]
    assert [item["position"] for item in data["itemListElement"]] == [1, 2, 3]
    assert data["itemListElement"][2]["item"] == "http://testserver/about/team/"


def test_the_language_switcher_leads_to_the_translated_page(client, home):
    standard_page(home, slug="guarantee")
    standard_page(home, slug="untranslated", english=False)
    html = client.get("/guarantee/").content.decode()
    assert 'name="next" value="/en/guarantee/"' in html
    assert 'action="/en/i18n/setlang/"' in html
    response = client.post("/en/i18n/setlang/", {"language": "en", "next": "/en/guarantee/"})
    assert response.url == "/en/guarantee/"
    # A page without a translation leads to the other language's home page.
    assert 'name="next" value="/en/"' in client.get("/untranslated/").content.decode()
    assert 'name="next" value="/guarantee/"' in client.get("/en/guarantee/").content.decode()


def _sitemap(client, path) -> ET.Element:
    response = client.get(path)
    assert response.status_code == 200 and response["Content-Type"] == "application/xml"
    return ET.fromstring(response.content)


def _locations(root) -> set:
    return {loc.text for loc in root.findall("s:url/s:loc", NS)}


def test_the_sitemap_index_lists_its_sections(client, home):
    root = _sitemap(client, "/sitemap.xml")
    sections = {loc.text for loc in root.findall("s:sitemap/s:loc", NS)}
    assert sections == {
        f"http://testserver/sitemap-{name}.xml"
        for name in ["pages", "categories", "services", "profiles", "landing"]
    }


def test_the_pages_sitemap_lists_both_languages_but_not_unpublished_or_private_pages(client, home):
    standard_page(home, slug="guarantee")
    draft = standard_page(home, slug="draft-page", english=False)
    draft.unpublish()
    private = standard_page(home, slug="staff-only", english=False)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    root = _sitemap(client, "/sitemap-pages.xml")
    locations = _locations(root)
    assert {
        "http://testserver/",
        "http://testserver/en/",
        "http://testserver/guarantee/",
        "http://testserver/en/guarantee/",
    } <= locations
    assert not any("draft-page" in url or "staff-only" in url for url in locations)
    entry = next(
        url
        for url in root.findall("s:url", NS)
        if url.find("s:loc", NS).text.endswith("/guarantee/")
    )
    alternates = {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", NS)}
    assert alternates["en"] == "http://testserver/en/guarantee/"
    assert alternates["x-default"] == "http://testserver/guarantee/"


def test_marketplace_sitemaps_list_categories_public_services_and_sellers_in_both_languages(
    client, home
):
    service = ServiceFactory()
    hidden = ServiceFactory()
    type(hidden).objects.filter(pk=hidden.pk).update(is_paused=True)
    services = _locations(_sitemap(client, "/sitemap-services.xml"))
    path = service.get_absolute_url()
    assert {f"http://testserver{path}", f"http://testserver/en{path}"} <= services
    assert not any(f"/{hidden.pk}-" in url for url in services)
    categories = _locations(_sitemap(client, "/sitemap-categories.xml"))
    assert f"http://testserver/en{service.category.get_absolute_url()}" in categories
    profiles = _locations(_sitemap(client, "/sitemap-profiles.xml"))
    assert profiles == {
        f"http://testserver/u/{service.seller.username}/",
        f"http://testserver/en/u/{service.seller.username}/",
    }


def test_robots_txt_keeps_crawlers_out_of_private_areas_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for area in ["/admin/", "/cart/", "/en/cart/", "/accounts/", "/en/accounts/", "/wallet/"]:
        assert f"Disallow: {area}" in lines
    assert "Disallow: /services/" not in lines and "Disallow: /" not in lines
    assert lines[-1] == "Sitemap: http://testserver/sitemap.xml"


def test_a_service_page_is_shared_with_its_title_description_and_cover(client, home):
    service = ServiceFactory(title="تصميم شعار لمتجرك الإلكتروني", images=1)
    html = client.get(service.get_absolute_url()).content.decode()
    assert '<meta property="og:title" content="تصميم شعار لمتجرك الإلكتروني">' in html
    assert '<meta property="og:description" content="وصف كامل للخدمة' in html
    assert re.search(r'<meta property="og:image" content="http://testserver/[^"]+\.jpg">', html)


def test_the_pages_sitemap_reads_a_fixed_number_of_queries(
    client, home, django_assert_max_num_queries
):
    for number in range(3):
        standard_page(home, slug=f"page-{number}")
    client.get("/sitemap-pages.xml")  # fills the site caches
    with django_assert_max_num_queries(10) as first:
        client.get("/sitemap-pages.xml")
    for number in range(3, 8):
        standard_page(home, slug=f"page-{number}")
    with django_assert_max_num_queries(len(first.captured_queries)):
        assert len(_locations(_sitemap(client, "/sitemap-pages.xml"))) == 2 + 2 * 8


def test_a_later_page_of_a_list_names_the_same_page_in_the_other_language(client, home):
    html = client.get("/services/?page=2").content.decode()
    assert _links(html, "alternate")["en"] == "http://testserver/en/services/?page=2"
