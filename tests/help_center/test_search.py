"""The help center's search: any form of the query's words, in the reader's language only."""

import re

import pytest

from tests.help_center.conftest import make_article, make_category

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(payments):
    selling = make_category(payments.get_parent(), "selling", "البيع", "Selling")
    return {
        "withdraw": make_article(
            payments,
            "withdraw",
            title="السحب إلى حسابك المصرفي",
            summary="متى وكيف تنقل المال من محفظتك.",
            body="<p>اسحب أرباحك من محفظتك متى شئت.</p>",
            english_body="<p>Withdraw your earnings whenever you like.</p>",
        ),
        "design": make_article(
            selling,
            "design-services",
            title="بيع خدمات التصميم",
            summary="نصائح لعرض أعمالك.",
            body="<p>اعرض نماذج التصميم التي أنجزتها.</p>",
            english_body="<p>Show the designs you made.</p>",
        ),
        "arabic-only": make_article(
            selling,
            "arabic-only",
            title="مقالة بالعربية فقط",
            body="<p>سحب الأرباح شرح آخر.</p>",
            english=False,
        ),
    }


def search(client, query: str, prefix: str = "") -> str:
    response = client.get(f"{prefix}/help/search/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def found(client, query: str, prefix: str = "") -> list[str]:
    """The addresses of the articles found, in order."""
    html = search(client, query, prefix)
    return re.findall(r'class="help-article-item__title"><a href="([^"]+)"', html)


def test_a_query_finds_articles_written_with_other_forms_of_its_words(client, articles):
    assert found(client, "سحب الأرباح") == [
        "/help/payments/withdraw/",
        "/help/selling/arabic-only/",
    ]
    assert found(client, "مصمم") == ["/help/selling/design-services/"]


def test_results_show_title_summary_and_category_and_keep_the_query(client, articles):
    html = search(client, "سحب الأرباح")
    assert "السحب إلى حسابك المصرفي" in html
    assert "متى وكيف تنقل المال من محفظتك." in html
    assert '<a href="/help/payments/">المدفوعات والأرباح</a>' in html
    assert 'name="q" value="سحب الأرباح"' in html
    assert html.count('value="سحب الأرباح"') == 1  # not in the header's search for services


def test_matches_of_the_title_then_of_the_summary_come_first(client, articles):
    selling = articles["design"].get_parent()
    make_article(selling, "earnings", title="أرباحك", english=False)
    make_article(selling, "summary", summary="عن الأرباح", english=False)
    assert found(client, "الأرباح") == [
        "/help/selling/earnings/",
        "/help/selling/summary/",
        "/help/payments/withdraw/",
        "/help/selling/arabic-only/",
    ]


def test_only_the_readers_language_is_searched(client, articles):
    assert found(client, "withdrawing earnings", prefix="/en") == ["/en/help/payments/withdraw/"]
    assert found(client, "سحب", prefix="/en") == []
    assert found(client, "withdraw") == []


def test_drafts_are_not_found(client, articles):
    articles["withdraw"].unpublish()
    assert found(client, "سحب") == ["/help/selling/arabic-only/"]


def test_a_search_without_results_says_so_and_offers_the_topics(client, articles):
    html = search(client, "كلمة غير موجودة إطلاقا")
    assert "No articles match your search" in search(client, "nothing-like-it", prefix="/en")
    assert 'class="card help-empty stack" role="status"' in html
    assert 'name="q" value="كلمة غير موجودة إطلاقا"' in html
    assert 'href="/help/payments/withdraw/"' in html  # the topics to browse instead
    assert 'class="help-article-item"' not in html


def test_only_function_words_match_nothing(client, articles):
    assert found(client, "في من") == []


@pytest.mark.parametrize("query", ["", "   "])
def test_an_empty_query_leads_back_to_the_help_center(client, articles, query):
    response = client.get("/en/help/search/", {"q": query})
    assert response.status_code == 302
    assert response["Location"] == "/en/help/"
    assert client.get("/help/search/").headers["Location"] == "/help/"
