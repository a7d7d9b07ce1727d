"""The help center and the blog on a phone, in Arabic, in a real headless Chromium."""

import pytest

from blog.demo import load_blog
from help_center.demo import load_help_center
from help_center.models import ArticleFeedback, HelpArticlePage
from marketplace.rules.models import MarketplaceSettings
from pages import demo
from pages.models import HomePage
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = 390


@pytest.fixture
def editorial_content(db):
    home = HomePage.objects.get(locale__language_code="ar")
    numbers = demo.rule_numbers(MarketplaceSettings.for_site(home.get_site()))
    demo.load_home(home, numbers)
    load_help_center(home, numbers)
    load_blog(home, numbers, author=UserFactory(username="editor", is_staff=True))
    return home


def _fits_the_phone(page):
    page.wait_for_load_state("networkidle")
    page.evaluate("document.fonts.ready")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE


def test_a_visitor_finds_a_help_article_by_another_word_form_and_rates_it(
    live_server, page_at, artifacts, editorial_content
):
    page = page_at(PHONE)
    assert page.goto(live_server.url + "/help/").status == 200
    _fits_the_phone(page)
    page.screenshot(path=str(artifacts / "help-center-ar-390.png"), full_page=True)

    # The article says "تسحب أرباحك"; the visitor types other forms of both words.
    page.fill("#help-search-q", "سحب الارباح")
    page.locator("form.help-search button").click()
    page.wait_for_url("**/help/search/?q=*")
    _fits_the_phone(page)
    article = HelpArticlePage.objects.get(slug="withdraw-your-earnings", locale__language_code="ar")
    page.get_by_role("link", name=article.title).first.click()
    page.wait_for_url(f"**{article.url}")
    _fits_the_phone(page)
    assert page.locator("nav.breadcrumbs").is_visible()
    assert page.locator("h1").inner_text() == article.title
    page.screenshot(path=str(artifacts / "help-article-ar-390.png"), full_page=True)

    page.locator(".help-feedback__form button[value=yes]").click()
    page.wait_for_load_state("networkidle")
    assert ArticleFeedback.objects.filter(article=article, helpful=True).count() == 1


def test_a_blog_post_reads_well_on_a_phone_in_both_languages(
    live_server, page_at, artifacts, editorial_content
):
    page = page_at(PHONE)
    assert page.goto(live_server.url + "/blog/").status == 200
    _fits_the_phone(page)
    page.locator("main article a, main .post-card a").first.click()
    page.wait_for_load_state("networkidle")
    _fits_the_phone(page)
    assert page.locator("article.blog-post h1").is_visible()
    assert page.locator("article.blog-post time").count() >= 1
    page.screenshot(path=str(artifacts / "blog-post-ar-390.png"), full_page=True)

    page.get_by_role("button", name="English").click()
    page.wait_for_load_state("networkidle")
    assert page.url.startswith(live_server.url + "/en/blog/")
    assert page.get_attribute("html", "dir") == "ltr"
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
    page.screenshot(path=str(artifacts / "blog-post-en-390.png"), full_page=True)
