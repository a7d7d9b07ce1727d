"""What the index, category and tag listings list: that language's live posts, newest first,
ten a page."""

import re

import pytest

from blog.models import BlogCategory, BlogPostPage
from tests.blog.conftest import make_category, make_post

pytestmark = pytest.mark.django_db


def listed(response) -> list[str]:
    return re.findall(r'<h2 class="post-card__title"><a href="([^"]+)"', response.content.decode())


@pytest.fixture
def many_posts(blog):
    """Twelve Arabic posts, post-1 (1 October) the oldest."""
    return [make_post(blog, f"post-{day}", day=day) for day in range(1, 13)]


def test_index_lists_newest_first_ten_a_page(client, many_posts):
    first = listed(client.get("/blog/"))
    assert first == [f"/blog/post-{day}/" for day in range(12, 2, -1)]
    assert listed(client.get("/blog/?page=2")) == ["/blog/post-2/", "/blog/post-1/"]
    html = client.get("/blog/").content.decode()
    assert 'href="?page=2" rel="next"' in html


@pytest.mark.parametrize(
    ("value", "expected_page"), [("abc", 1), ("", 1), ("999", 2), ("0", 2), ("-1", 2), ("2.5", 1)]
)
def test_bad_page_numbers_give_the_first_or_last_page(client, many_posts, value, expected_page):
    response = client.get(f"/blog/?page={value}")
    assert response.status_code == 200
    assert len(listed(response)) == (10 if expected_page == 1 else 2)


def test_empty_blog_says_so(client, blog):
    response = client.get("/blog/?page=5")
    assert response.status_code == 200
    assert listed(response) == []


def test_listings_show_only_the_language_of_the_index(client, blog):
    make_post(blog, "both", english_tags=[])
    make_post(blog, "arabic-only")
    assert listed(client.get("/blog/")) == ["/blog/arabic-only/", "/blog/both/"]
    assert listed(client.get("/en/blog/")) == ["/en/blog/both/"]


def test_drafts_and_unpublished_posts_are_never_listed(client, blog):
    make_post(blog, "live", tags=["تصميم"])
    gone = make_post(blog, "gone", tags=["تصميم"])
    gone.unpublish()
    draft = BlogPostPage(slug="draft", title="مسودة", intro="م", body="<p>م</p>", live=False)
    draft.tags = [("tag", "تصميم")]
    blog.add_child(instance=draft)
    draft.save_revision()
    for path in ["/blog/", "/blog/tag/%D8%AA%D8%B5%D9%85%D9%8A%D9%85/"]:
        assert listed(client.get(path)) == ["/blog/live/"]
    assert client.get("/blog/draft/").status_code == 404


def test_category_listing_shows_only_its_posts_in_that_language(client, blog):
    design, money = make_category(), make_category("money", "المال", "Money")
    make_post(blog, "logo", category=design, english_tags=[])
    make_post(blog, "colours", category=design)
    make_post(blog, "wallet", category=money, english_tags=[])
    assert listed(client.get("/blog/category/design/")) == ["/blog/colours/", "/blog/logo/"]
    english = client.get("/en/blog/category/design/")
    assert listed(english) == ["/en/blog/logo/"]
    assert "<h1>Design</h1>" in english.content.decode()
    assert listed(client.get("/en/blog/category/money/")) == ["/en/blog/wallet/"]


def test_tag_listing_shows_only_posts_with_that_tag_in_that_language(client, blog):
    make_post(blog, "logo", tags=["تصميم", "شعار"], english_tags=["design", "logo"])
    make_post(blog, "colours", tags=["ألوان", "تصميم"], english_tags=["colours", "design"])
    make_post(blog, "wallet", tags=["محفظة"], english_tags=["wallet"])
    response = client.get("/blog/tag/%D8%B4%D8%B9%D8%A7%D8%B1/")
    assert listed(response) == ["/blog/logo/"]
    assert "<h1>شعار</h1>" in response.content.decode()
    assert listed(client.get("/en/blog/tag/design/")) == ["/en/blog/colours/", "/en/blog/logo/"]
    assert listed(client.get("/en/blog/tag/wallet/")) == ["/en/blog/wallet/"]


def test_tags_match_whole_slugs_only(client, blog):
    make_post(blog, "logos", tags=["logos"])
    assert client.get("/blog/tag/logo/").status_code == 404
    assert client.get("/blog/tag/logos/").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/blog/category/nothing/",
        "/en/blog/category/nothing/",
        "/blog/tag/nothing/",
        "/en/blog/tag/%D9%84%D8%A7/",
        "/blog/tag/Logo/",
        "/blog/tag/a%20b/",
    ],
)
def test_unknown_category_or_tag_is_not_found(client, blog, path):
    make_post(blog, "logo", tags=["logo"], category=make_category(), english_tags=["logo"])
    assert client.get(path).status_code == 404


def test_a_tag_or_category_of_the_other_language_leads_to_its_translation(client, blog):
    """What the language switcher does on a listing: the same address in the other language."""
    make_post(blog, "logo", tags=["ليبيا", "شعار"], english_tags=["libya", "logo"])
    response = client.get("/en/blog/tag/%D8%B4%D8%B9%D8%A7%D8%B1/")
    assert response.status_code == 302
    assert response["Location"] == "/en/blog/tag/logo/"

    make_category("design", "التصميم", "Design")
    BlogCategory.objects.filter(locale__language_code="en").update(slug="design-en")
    response = client.get("/en/blog/category/design/")
    assert response.status_code == 302
    assert response["Location"] == "/en/blog/category/design-en/"


def test_a_tag_listing_names_its_translated_tag_in_the_other_language(client, blog):
    import re

    from tests.blog.conftest import make_post

    make_post(blog, "logo", tags=["شعار", "تصميم"], english_tags=["logo", "design"])
    html = client.get("/blog/tag/تصميم/").content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert alternates["en"] == "http://testserver/en/blog/tag/design/"
    assert client.get("/en/blog/tag/design/").status_code == 200
