import pytest
from wagtail.images import get_image_model

from blog.demo import load_blog
from blog.demo_content import BLOG_CATEGORIES, BLOG_POSTS
from blog.models import BlogCategory, BlogPostPage
from tests.pages.conftest import NUMBERS

pytestmark = pytest.mark.django_db


def test_demo_blog_is_made_in_both_languages_and_only_once(client, home, author):
    assert load_blog(home, NUMBERS, author) == len(BLOG_POSTS) >= 3
    for language in ("ar", "en"):
        posts = BlogPostPage.objects.live().filter(locale__language_code=language)
        assert posts.count() == len(BLOG_POSTS)
        categories = BlogCategory.objects.filter(locale__language_code=language)
        assert categories.count() == len(BLOG_CATEGORIES)
        for post in posts.select_related("category__locale", "cover_image"):
            assert post.category.locale.language_code == language
            assert post.tag_slugs and post.cover_image and post.author == author
            assert "{" not in post.body + post.intro + post.title
    english = BlogPostPage.objects.get(locale__language_code="en", slug=BLOG_POSTS[0]["slug"])
    assert [block.value for block in english.tags] == BLOG_POSTS[0]["tags"]["en"]
    assert str(english.date) == BLOG_POSTS[0]["date"]

    html = client.get("/en/blog/").content.decode()
    assert html.count('class="post-card"') == len(BLOG_POSTS)
    assert client.get(english.url).status_code == 200

    images = get_image_model().objects.count()
    assert load_blog(home, NUMBERS, author) == len(BLOG_POSTS)
    assert BlogPostPage.objects.count() == 2 * len(BLOG_POSTS)
    assert BlogCategory.objects.count() == 2 * len(BLOG_CATEGORIES)
    assert get_image_model().objects.count() == images
