"""A landing page as visitors and search engines read it: its figures, best services, reviews
and answered questions in Arabic and English, the links to its neighbours, its structured data
and head tags, what it hides without waiting for the next generation, and its query count."""

import json
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from marketplace.catalog.models import Service
from marketplace.orders.reviews import hide_review
from tests.pages.landing.conftest import (
    figures,
    generate,
    offer,
    pages_of,
    pause,
    plain,
    review,
    seller_in,
    use_only,
)

pytestmark = pytest.mark.django_db

ARABIC, ENGLISH = "/services/logo/tripoli/", "/en/services/logo/tripoli/"


def get(client, path) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def structured_data(html: str) -> dict[str, dict]:
    """Every JSON-LD script of the page, parsed, by its @type."""
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = [json.loads(script) for script in scripts]
    assert len({item["@type"] for item in data}) == len(data), "a type appears twice"
    return {item["@type"]: item for item in data}


def links(html: str, rel: str) -> dict:
    return dict(re.findall(rf'<link rel="{rel}" hreflang="([^"]+)" href="([^"]+)">', html))


def related_links(html: str) -> list[str]:
    """The addresses the page's "related pages" navigation leads to, in order."""
    nav = re.search(r'<nav class="landing-links.*?</nav>', html, re.S).group(0)
    return re.findall(r'href="([^"]+)"', nav)


@pytest.fixture
def logos_in_tripoli(tree, templates):
    """Five logo services in Tripoli by four sellers, priced 10 to 55.5 LYD (median 30),
    delivered in 3 to 7 days (typically 5), the dearest reviewed (4 stars); generated with
    the subcategory × city template alone."""
    use_only(templates.sub_city)
    shared = seller_in("tripoli")
    services = offer(tree.logo, "tripoli", 2, prices=["10", "20"], days=[7, 3], seller=shared)
    services += offer(tree.logo, "tripoli", 3, prices=["30", "40", "55.5"], days=[5, 4, 6])
    written = review(services[4], "عمل رائع وتسليم قبل الموعد، أنصح به بشدة.", rating=4)
    generate()
    return {"services": services, "review": written}


def test_the_arabic_page_shows_the_figures_services_review_and_answers(client, logos_in_tripoli):
    services, written = logos_in_tripoli["services"], logos_in_tripoli["review"]
    html = get(client, ARABIC)
    assert '<html lang="ar" dir="rtl">' in html
    assert "<h1>تصميم شعارات في طرابلس</h1>" in html
    assert '<p class="lead">تبحث عن تصميم شعارات في طرابلس؟' in html
    # Services, prices, median price, typical delivery, sellers, rating (count).
    shown = figures(html)
    assert shown[:5] == [["5"], ["10", "55.500"], ["30"], ["5"], ["4"]]
    assert shown[5][0].replace(",", ".") == "4.0" and shown[5][1] == "1"  # Arabic says 4,0
    # Every service, the reviewed one (its completed order) first.
    cards = re.findall(r'<a class="service-card__link" href="([^"]+)">', html)
    assert cards[0] == services[4].get_absolute_url()
    assert sorted(cards) == sorted(service.get_absolute_url() for service in services)
    for service in services:
        assert service.title in html
    # The latest review: its words, its author and the service it is about.
    quote = re.search(r'<blockquote class="review.*?</blockquote>', html, re.S).group(0)
    assert "عمل رائع وتسليم قبل الموعد، أنصح به بشدة." in quote
    assert written.author.public_name in quote
    assert f'href="{services[4].get_absolute_url()}"' in quote
    # Questions answered from the figures: the cheapest and dearest prices, delivery days,
    # the sellers, the rating.
    faq = structured_data(html)["FAQPage"]["mainEntity"]
    answers = [plain(item["acceptedAnswer"]["text"]) for item in faq]
    assert len(answers) == 4
    assert "10 " in answers[0] and "55.500 " in answers[0] and "30 " in answers[0]
    assert re.findall(r"\d+", answers[1]) == ["5", "3"]  # typical, then fastest
    assert "4 " in answers[2] and "5 " in answers[2]
    assert "4,0" in answers[3]  # as in the figures above
    for item in faq:
        # Shown on the page too, not only to search engines.
        assert item["acceptedAnswer"]["text"] in html


def test_the_english_page_says_the_same_in_english(client, logos_in_tripoli):
    html = get(client, ENGLISH)
    assert '<html lang="en" dir="ltr">' in html
    assert "<h1>Logos in Tripoli</h1>" in html
    assert figures(html) == [["5"], ["10", "55.500"], ["30"], ["5"], ["4"], ["4.0", "1"]]
    assert "<dd>10 to 55.500 LYD</dd>" in html and "<dd>30 LYD</dd>" in html
    assert "<dd>5 days</dd>" in html
    assert "عمل رائع وتسليم قبل الموعد" in html  # reviews are shown as written
    questions = structured_data(html)["FAQPage"]["mainEntity"]
    for item in questions:
        item["acceptedAnswer"]["text"] = plain(item["acceptedAnswer"]["text"])
    assert [item["name"] for item in questions] == [
        "How much does Logos in Tripoli cost?",
        "How long does Logos in Tripoli take?",
        "How many sellers offer Logos in Tripoli?",
        "Are buyers happy with Logos in Tripoli?",
    ]
    assert questions[0]["acceptedAnswer"]["text"] == (
        "Prices for Logos in Tripoli run from 10 LYD to 55.500 LYD; half of the services "
        "cost 30 LYD or less."
    )
    assert questions[1]["acceptedAnswer"]["text"] == (
        "Most sellers of Logos in Tripoli deliver within 5 days; the fastest service takes 3 days."
    )
    assert questions[2]["acceptedAnswer"]["text"] == (
        "4 sellers offer 5 services for Logos in Tripoli right now."
    )
    assert questions[3]["acceptedAnswer"]["text"] == (
        "Buyers rate Logos in Tripoli 4.0 out of 5 on average, over 1 review."
    )


def test_the_page_links_its_neighbours_and_its_category(client, tree, templates):
    use_only(templates.sub_city)
    offer(tree.logo, "tripoli", 5)
    offer(tree.logo, "benghazi", 5)
    offer(tree.logo, "misrata", 4)  # too thin: no page to link to
    offer(tree.social, "tripoli", 5)
    offer(tree.translation, "tripoli", 6)
    offer(tree.translation, "benghazi", 5)
    generate()

    assert related_links(get(client, ARABIC)) == [
        "/services/logo/benghazi/",  # the same category in another city
        "/services/translation/tripoli/",  # the same city, other categories, largest first
        "/services/social/tripoli/",
        "/services/logo/",  # the category's own page
    ]
    html = get(client, ENGLISH)
    assert related_links(html) == [
        "/en/services/logo/benghazi/",
        "/en/services/translation/tripoli/",
        "/en/services/social/tripoli/",
        "/en/services/logo/",
    ]
    assert ">Logos in Benghazi</a>" in html and ">Translation in Tripoli</a>" in html
    for url in related_links(html):
        assert client.get(url).status_code == 200, url

    # A top category's page links the same template's pages only.
    templates.city.is_active = True
    templates.city.save()
    generate(templates.city)
    assert related_links(get(client, "/en/services/writing/tripoli/")) == [
        "/en/services/writing/benghazi/",
        "/en/services/design/tripoli/",
        "/en/services/writing/",
    ]


def test_a_service_that_stops_being_public_leaves_the_page_at_once(client, logos_in_tripoli):
    services = logos_in_tripoli["services"]
    pause(services[0])
    Service.objects.filter(pk=services[1].pk).update(is_suspended=True)
    type(services[2].seller).objects.filter(pk=services[2].seller_id).update(is_active=False)
    for path in (ARABIC, ENGLISH):
        html = get(client, path)
        cards = re.findall(r'<a class="service-card__link" href="([^"]+)">', html)
        listed = [item["url"] for item in structured_data(html)["ItemList"]["itemListElement"]]
        expected = [services[4].get_absolute_url(), services[3].get_absolute_url()]
        assert cards == expected
        assert listed == [f"http://testserver{url}" for url in expected]
        for service in services[:3]:
            assert service.get_absolute_url() not in html and service.title not in html


def test_a_hidden_review_leaves_the_page_at_once(client, logos_in_tripoli, admin_user):
    hide_review(logos_in_tripoli["review"], admin_user, "ألفاظ غير لائقة")
    for path in (ARABIC, ENGLISH):
        html = get(client, path)
        assert "عمل رائع وتسليم قبل الموعد" not in html
        assert '<blockquote class="review' not in html


def test_the_review_of_a_service_that_stops_being_public_leaves_the_page_too(
    client, logos_in_tripoli
):
    """The review names and links its service: once the service is paused the link leads
    nowhere, so the excerpt must go with the service's card."""
    reviewed = logos_in_tripoli["services"][4]
    pause(reviewed)
    html = get(client, ARABIC)
    assert client.get(reviewed.get_absolute_url()).status_code == 404
    assert reviewed.get_absolute_url() not in html
    assert "عمل رائع وتسليم قبل الموعد" not in html


def test_the_structured_data_lists_the_services_questions_and_breadcrumbs(client, logos_in_tripoli):
    services = logos_in_tripoli["services"]
    page = pages_of(services[0].category, "tripoli")["en"]
    for path, home, services_name in [(ARABIC, "/", "الخدمات"), (ENGLISH, "/en/", "Services")]:
        data = structured_data(get(client, path))
        assert set(data) == {"BreadcrumbList", "ItemList", "FAQPage"}
        items = data["ItemList"]["itemListElement"]
        assert [item["position"] for item in items] == [1, 2, 3, 4, 5]
        assert [item["url"] for item in items] == [
            f"http://testserver{Service.objects.get(pk=pk).get_absolute_url()}"
            for pk in page.top_service_ids
        ]
        assert items[0]["name"] == services[4].title
        questions = data["FAQPage"]["mainEntity"]
        assert len(questions) == 4
        assert all(
            item["@type"] == "Question" and item["acceptedAnswer"]["text"] for item in questions
        )
        trail = data["BreadcrumbList"]["itemListElement"]
        assert [item["item"] for item in trail] == [
            f"http://testserver{home}",
            f"http://testserver{home}services/",
            f"http://testserver{home}services/logo/",
            f"http://testserver{path}",
        ]
        assert trail[1]["name"] == services_name
        assert trail[-1]["name"] in ("تصميم شعارات في طرابلس", "Logos in Tripoli")


def test_the_head_names_the_canonical_address_and_both_languages(client, logos_in_tripoli):
    alternates = {
        "ar": f"http://testserver{ARABIC}",
        "en": f"http://testserver{ENGLISH}",
        "x-default": f"http://testserver{ARABIC}",
    }
    for path in (ARABIC, ENGLISH):
        html = get(client, path)
        assert f'<link rel="canonical" href="http://testserver{path}">' in html
        assert links(html, "alternate") == alternates
        description = re.search(r'<meta name="description" content="([^"]+)">', html).group(1)
        assert "10" in description and "55.500" in description
    english = get(client, ENGLISH)
    assert '<meta property="og:title" content="Logos in Tripoli">' in english
    assert "<title>Logos in Tripoli" in english


def test_the_editors_paragraph_is_shown(client, logos_in_tripoli, admin_user):
    page = pages_of(logos_in_tripoli["services"][0].category, "tripoli")["en"]
    page.editor_note = '<p>Ask for a <a href="https://example.ly/">sample</a> first.</p>'
    page.save_revision(user=admin_user).publish(user=admin_user)
    html = get(client, ENGLISH)
    assert 'Ask for a <a href="https://example.ly/">sample</a> first.' in html
    assert "Ask for a" not in get(client, ARABIC)


# --- Queries ------------------------------------------------------------------------------------


def count_queries(client, path) -> int:
    client.get(path)  # caches filled on the first view
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


# Measured: 24 queries in Arabic, 26 in English (the site shell, routing, breadcrumbs and
# hreflang alternates among them), the same with 5 services, 1 review and no neighbours as
# with 15 services (8 cards), 4 reviews (3 shown) and 4 neighbours.
BUDGETS = {ARABIC: 24, ENGLISH: 26}


@pytest.mark.parametrize("path", BUDGETS)
def test_the_query_count_does_not_grow_with_services_or_neighbours(
    client, tree, templates, path, django_assert_max_num_queries
):
    use_only(templates.sub_city)
    services = offer(tree.logo, "tripoli", 5)
    review(services[0], "خدمة ممتازة")
    generate()
    few = count_queries(client, path)

    more = offer(tree.logo, "tripoli", 10, prices=[str(20 + n) for n in range(10)])
    for service in more[:3]:
        review(service, f"مراجعة {service.pk}")
    for city in ("benghazi", "misrata"):
        offer(tree.logo, city, 5)
    for category in (tree.social, tree.translation):
        offer(category, "tripoli", 5)
    generate()
    page = pages_of(tree.logo, "tripoli")["ar"]
    assert (page.service_count, len(page.top_service_ids), len(page.review_ids)) == (15, 8, 3)
    html = get(client, path)
    assert len(re.findall(r'class="service-card__link"', html)) == 8
    assert len(related_links(html)) == 5
    many = count_queries(client, path)
    assert many == few, (few, many)
    with django_assert_max_num_queries(BUDGETS[path]):
        client.get(path)


def test_the_median_of_an_even_number_of_prices_is_their_middle(client, tree, templates):
    use_only(templates.sub_city)
    offer(tree.logo, "tripoli", 6, prices=["10", "20", "30", "45", "50", "60"])
    generate()
    assert pages_of(tree.logo, "tripoli")["en"].median_price == Decimal("37.5")
    assert figures(get(client, ENGLISH))[2] == ["37.500"]
