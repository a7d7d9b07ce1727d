"""The help center's pages as visitors see them, in Arabic (right to left) and English."""

import json
import re

import pytest
from django.utils import timezone

from help_center.models import HelpArticlePage
from pages.localization import english
from tests.factories import wagtail_image
from tests.help_center.conftest import make_article, make_category

pytestmark = pytest.mark.django_db


def structured_data(html: str, kind: str) -> dict:
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return next(data for data in map(json.loads, scripts) if data["@type"] == kind)


def related_section(html: str) -> str:
    start = html.index('id="help-related-title"')
    return html[start : html.index("</nav>", start)]


@pytest.fixture
def withdraw(payments):
    return make_article(payments, "withdraw", title="كيف تسحب أرباحك")


@pytest.mark.parametrize(
    ("path", "direction", "texts"),
    [
        ("/help/", "rtl", ["مركز المساعدة", "المدفوعات والأرباح", "كيف تسحب أرباحك"]),
        ("/en/help/", "ltr", ["Help center", "Payments and earnings", "Article withdraw"]),
        ("/help/payments/", "rtl", ["المدفوعات والأرباح", "كيف تسحب أرباحك", "ملخص قصير"]),
        ("/en/help/payments/", "ltr", ["Payments and earnings", "A short summary."]),
        ("/help/payments/withdraw/", "rtl", ["كيف تسحب أرباحك", "اسحب أرباحك من محفظتك"]),
        ("/en/help/payments/withdraw/", "ltr", ["Article withdraw", "Withdraw your earnings"]),
        ("/help/search/?q=سحب", "rtl", ["كيف تسحب أرباحك"]),
        ("/en/help/search/?q=withdraw", "ltr", ["Article withdraw"]),
    ],
)
def test_pages_render_in_each_language_and_direction(client, withdraw, path, direction, texts):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'dir="{direction}"' in html
    for text in texts:
        assert text in html
    assert "/static/help_center/help.css" in html
    search_action = "/en/help/search/" if path.startswith("/en/") else "/help/search/"
    assert f'action="{search_action}"' in html


def test_the_index_lists_its_categories_with_their_live_articles_in_order(client, payments):
    make_article(payments, "first", title="المقالة الأولى")
    make_article(payments, "second", title="المقالة الثانية")
    make_article(payments, "draft", title="مسودة لم تنشر").unpublish()
    make_category(payments.get_parent(), "selling", "البيع", "Selling")
    html = client.get("/help/").content.decode()
    assert html.index("المدفوعات والأرباح") < html.index("المقالة الأولى")
    assert html.index("المقالة الأولى") < html.index("المقالة الثانية") < html.index("البيع")
    assert 'href="/help/payments/first/"' in html
    assert 'href="/help/selling/"' in html
    assert "مسودة لم تنشر" not in html
    assert "مسودة لم تنشر" not in client.get("/help/payments/").content.decode()


def test_articles_are_shared_as_articles_with_their_summary(client, withdraw):
    html = client.get("/help/payments/withdraw/").content.decode()
    assert '<meta property="og:type" content="article">' in html
    assert '<meta name="description" content="ملخص قصير للمقالة.">' in html


def test_the_article_says_when_it_was_last_updated(client, withdraw):
    html = client.get("/help/payments/withdraw/").content.decode()
    withdraw.refresh_from_db()
    updated = timezone.localtime(withdraw.last_published_at)
    assert f'<time datetime="{updated.isoformat()}">' in html
    assert "Last updated" in client.get("/en/help/payments/withdraw/").content.decode()


def test_breadcrumbs_lead_from_home_to_the_article_with_their_structured_data(client, withdraw):
    html = client.get("/en/help/payments/withdraw/").content.decode()
    trail = structured_data(html, "BreadcrumbList")["itemListElement"]
    assert [(item["position"], item["name"], item["item"]) for item in trail] == [
        (1, "Home", "http://testserver/en/"),
        (2, "Help center", "http://testserver/en/help/"),
        (3, "Payments and earnings", "http://testserver/en/help/payments/"),
        (4, "Article withdraw", "http://testserver/en/help/payments/withdraw/"),
    ]
    assert '<span aria-current="page">Article withdraw</span>' in html


def test_search_results_add_their_crumb_and_are_kept_out_of_search_engines(client, withdraw):
    html = client.get("/help/search/?q=سحب").content.decode()
    names = [item["name"] for item in structured_data(html, "BreadcrumbList")["itemListElement"]]
    assert names[-2:] == ["مركز المساعدة", "بحث"]
    assert '<meta name="robots" content="noindex, follow">' in html


def test_the_articles_rich_text_shows_its_images(client, payments):
    image = wagtail_image(size=(900, 500))
    embed = f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt="لقطة"/>'
    body = f"<p>انظر الصورة:</p>{embed}"
    make_article(payments, "pictured", body=body, english=False)
    html = client.get("/help/payments/pictured/").content.decode()
    assert re.search(r'<img alt="لقطة"[^>]+src="/media/images/', html)


def test_related_articles_are_the_editors_choice_in_the_readers_language(client, payments):
    selling = make_category(payments.get_parent(), "selling", "البيع", "Selling")
    fees = make_article(selling, "fees", title="العمولة")
    withdraw = make_article(payments, "withdraw", title="السحب", related=[fees])
    make_article(payments, "other", title="مقالة أخرى")
    related = related_section(client.get("/help/payments/withdraw/").content.decode())
    assert 'href="/help/selling/fees/"' in related
    assert "مقالة أخرى" not in related
    english_withdraw = withdraw.get_translation(english())
    # wagtail-localize copies the choice as it is: the English article points at Arabic pages.
    assert [link.article_id for link in english_withdraw.related_links.all()] == [fees.pk]
    related = related_section(client.get("/en/help/payments/withdraw/").content.decode())
    assert '<a href="/en/help/selling/fees/">Article fees</a>' in related
    assert 'href="/help/' not in related


def test_a_related_article_not_translated_yet_is_shown_in_its_own_language(client, payments):
    untranslated = make_article(payments, "new", title="مقالة جديدة", english=False)
    make_article(payments, "withdraw", related=[untranslated])
    html = client.get("/en/help/payments/withdraw/").content.decode()
    assert '<a href="/help/payments/new/">مقالة جديدة</a>' in html


def test_without_a_choice_up_to_three_other_articles_of_the_category_are_related(client, payments):
    first = make_article(payments, "a-first")
    for slug in ("b", "c", "d"):
        make_article(payments, slug)
    make_article(make_category(payments.get_parent(), "selling", "البيع", "Selling"), "elsewhere")
    article = first.get_translation(english())
    assert [page.slug for page in article.related_articles()] == ["b", "c", "d"]
    related = related_section(client.get("/en/help/payments/a-first/").content.decode())
    assert related.count("<li>") == 3
    assert 'href="/en/help/payments/b/"' in related
    assert "elsewhere" not in related


def test_unpublished_related_articles_are_left_out(client, payments):
    gone = make_article(payments, "gone", english=False)
    article = make_article(payments, "withdraw", related=[gone], english=False)
    gone.unpublish()
    assert HelpArticlePage.objects.get(pk=article.pk).related_articles() == []


def test_search_terms_follow_the_published_text_and_the_category_title(payments):
    article = make_article(payments, "withdraw", english=False)
    assert " rسحب " in article.search_terms
    assert " مدفوع " in article.search_terms  # the category's title
    article.title = "تغيير كلمة المرور"
    article.save_revision()  # a draft: the live terms stay
    article.refresh_from_db()
    assert " rغير " not in article.search_terms
    article.get_latest_revision().publish()
    article.refresh_from_db()
    assert " تغيير " in article.search_terms
    payments.title = "الحساب والأمان"
    payments.save_revision().publish()
    article.refresh_from_db()
    assert " امان " in article.search_terms


def test_a_moved_article_is_found_by_its_new_categorys_title(payments):
    article = make_article(payments, "withdraw", english=False)
    security = make_category(payments.get_parent(), "security", "الأمان", "Security")
    article.move(security, pos="last-child")
    article.refresh_from_db()
    assert " امان " in article.search_terms
    assert " مدفوع " not in article.search_terms
