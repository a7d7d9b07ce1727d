import json
import re

import pytest

from pages.demo import load_editorial_pages, load_faq
from pages.models import FaqPage, StandardPage
from tests.pages.conftest import NUMBERS

pytestmark = pytest.mark.django_db


def _ld_json(html: str, kind: str) -> dict:
    for payload in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(payload)
        if data["@type"] == kind:
            return data
    raise AssertionError(f"no {kind} structured data")


def test_the_faq_groups_questions_by_topic_with_a_link_to_each_answer(client, home):
    questions = load_faq(home, NUMBERS)
    assert questions >= 15
    page = FaqPage.objects.get(locale__language_code="ar")
    html = client.get("/faq/").content.decode()
    assert 'dir="rtl"' in html
    anchors = [item["anchor"] for topic in page.topics() for item in topic["questions"]]
    assert len(anchors) == len(set(anchors)) == questions
    for anchor in anchors:
        assert f'id="{anchor}"' in html and f'href="#{anchor}"' in html
    english = client.get("/en/faq/").content.decode()
    assert 'dir="ltr"' in english and "Frequently asked questions" in english


@pytest.mark.parametrize("path, language", [("/faq/", "ar"), ("/en/faq/", "en")])
def test_faq_structured_data_is_valid_json_ld_with_every_question(client, home, path, language):
    load_faq(home, NUMBERS)
    html = client.get(path).content.decode()
    data = _ld_json(html, "FAQPage")
    page = FaqPage.objects.get(locale__language_code=language)
    expected = [item["question"] for topic in page.topics() for item in topic["questions"]]
    assert data["@context"] == "https://schema.org"
    assert [entity["name"] for entity in data["mainEntity"]] == expected
    for entity in data["mainEntity"]:
        assert entity["@type"] == "Question"
        assert entity["acceptedAnswer"]["@type"] == "Answer"
        assert (
            entity["acceptedAnswer"]["text"].strip() and "<" not in entity["acceptedAnswer"]["text"]
        )


def test_faq_anchors_stay_unique_when_two_questions_read_the_same(home):
    question = {"question": "كيف أدفع؟", "answer": "<p>ج</p>"}
    page = FaqPage(
        title="أسئلة",
        slug="faq",
        body=[("topic", {"title": "ت", "questions": [question, question]})],
    )
    home.add_child(instance=page)
    anchors = [item["anchor"] for item in page.topics()[0]["questions"]]
    assert anchors == ["كيف-أدفع", "كيف-أدفع-2"]


def test_guarantee_terms_and_privacy_state_the_sites_rules_in_both_languages(client, home):
    load_editorial_pages(home, NUMBERS)
    assert StandardPage.objects.filter(slug__in=["guarantee", "terms", "privacy"]).count() == 6
    terms = client.get("/terms/").content.decode()
    assert 'dir="rtl"' in terms and "20%" in terms and "رصيد" in terms
    english = client.get("/en/terms/").content.decode()
    assert 'dir="ltr"' in english and "20%" in english and "never from the buyer" in english
    assert "balance" in client.get("/en/guarantee/").content.decode()
    assert client.get("/privacy/").status_code == client.get("/en/privacy/").status_code == 200


def test_footer_links_resolve_to_the_editorial_pages(client, home):
    load_editorial_pages(home, NUMBERS)
    load_faq(home, NUMBERS)
    html = client.get("/").content.decode()
    for path in ["/faq/", "/guarantee/", "/terms/", "/privacy/"]:
        assert f'href="{path}"' in html
        assert client.get(path).status_code == 200
    english = client.get("/en/").content.decode()
    for path in ["/en/faq/", "/en/guarantee/", "/en/terms/", "/en/privacy/"]:
        assert f'href="{path}"' in english
