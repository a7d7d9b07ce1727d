"""Posts: reading time, tags, related posts and their English translation."""

import pytest

from blog.models import BlogPostPage, word_count
from pages.localization import english, sync, translate
from tests.blog.conftest import make_category, make_post

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("html", "words"),
    [
        ("<p>سوق الخدمات المصغرة</p>", 3),
        ("<p>مُحَمَّدٌ يَكْتُبُ</p>", 2),  # tashkeel keeps a word whole
        ("<p>واحد</p><p>اثنان</p>", 2),  # paragraphs do not run together
        ("<p>نعم — لا &amp; ربما</p>", 3),  # punctuation is not a word
        ("<h2>Logo</h2><ul><li>one</li><li>two</li></ul>", 3),
        ("", 0),
    ],
)
def test_word_count(html, words):
    assert word_count(html) == words


@pytest.mark.parametrize(("words", "minutes"), [(0, 1), (1, 1), (200, 1), (201, 2), (1000, 5)])
def test_reading_time_is_a_minute_per_200_words_at_least_one(words, minutes):
    post = BlogPostPage(body="<p>" + " ".join(["كلمة"] * words) + "</p>")
    assert post.reading_time == minutes


def test_reading_time_is_shown_with_the_plural(client, blog):
    make_post(blog, "long", body="<p>" + "كلمة " * 900 + "</p>")
    make_post(blog, "short", body="<p>كلمة</p>")
    assert "مدة القراءة: 5 دقائق" in client.get("/blog/long/").content.decode()
    assert "مدة القراءة: دقيقة واحدة" in client.get("/blog/short/").content.decode()


def test_tag_slugs_are_kept_for_filtering(blog):
    post = make_post(blog, "tags", tags=["تصميم الشعارات", "Logo", "logo", "!!"])
    assert post.tag_slugs == " تصميم-الشعارات logo "
    assert post.tag_links == [("تصميم الشعارات", "تصميم-الشعارات"), ("Logo", "logo")]
    assert BlogPostPage.objects.tagged("logo").get() == post
    assert not BlogPostPage.objects.tagged("log").exists()
    assert make_post(blog, "no-tags").tag_slugs == ""


def test_related_posts_share_a_tag_or_the_category(blog):
    design, money = make_category(), make_category("money", "المال", "Money")
    post = make_post(blog, "post", day=5, tags=["أ", "ب", "ج"], category=design)
    two_tags_old = make_post(blog, "two-tags-old", day=1, tags=["أ", "ب"], category=money)
    one_tag_new = make_post(blog, "one-tag-new", day=9, tags=["ج"], category=money)
    same_category = make_post(blog, "same-category", day=8, category=design)
    make_post(blog, "unrelated", day=9, tags=["د"], category=money)
    make_post(blog, "withdrawn", day=9, tags=["أ", "ب", "ج"]).unpublish()
    assert post.related_posts() == [two_tags_old, one_tag_new, same_category]

    make_post(blog, "also-three", day=2, tags=["أ", "ب", "ج"])
    assert [related.slug for related in post.related_posts()] == [
        "also-three",
        "two-tags-old",
        "one-tag-new",
    ]


def test_related_posts_are_of_the_same_language(blog):
    post = make_post(blog, "post", tags=["شعار"], english_tags=["logo"])
    other = make_post(blog, "other", tags=["شعار"], english_tags=["logo"])
    english_post = post.get_translation(english())
    assert post.related_posts() == [other]
    assert english_post.related_posts() == [other.get_translation(english())]
    assert make_post(blog, "alone").related_posts() == []


def test_translation_gives_english_tags_and_the_english_category(blog):
    design = make_category()
    post = make_post(blog, "logo", tags=["تصميم", "شعار"], category=design)
    # The tags are segments of their own: translated like the rest of the text.
    twin = BlogPostPage(
        slug="logo",
        title="Post logo",
        intro="The post's intro.",
        body="<p>The post's text.</p><p>A second one.</p>",
        tags=[("tag", "Design"), ("tag", "Logos")],
    )
    english_post = translate(post, twin)
    assert english_post.live and english_post.url == "/en/blog/logo/"
    assert [block.value for block in english_post.tags] == ["Design", "Logos"]
    assert english_post.tag_slugs == " design logos "
    assert english_post.category == design.get_translation(english())
    assert english_post.category.name == "Design"

    # An edit of the Arabic post (a new tag) reaches the English one when synced; the new
    # tag keeps the Arabic wording until it is translated.
    post.tags.append(("tag", "ليبيا"))
    post.save_revision().publish()
    english_post = sync(post)[0]
    assert english_post.tag_slugs == " design logos ليبيا "
