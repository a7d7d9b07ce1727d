from datetime import date

import pytest
from wagtail.models import Locale

from blog.models import BlogCategory, BlogIndexPage, BlogPostPage
from pages.localization import translate
from tests.factories import UserFactory

ARABIC_BODY = "<p>نص المقالة عن التصميم والشعارات في ليبيا.</p><p>فقرة ثانية قصيرة.</p>"
ENGLISH_BODY = "<p>The post's text about design and logos in Libya.</p><p>A short second one.</p>"


@pytest.fixture
def blog(home):
    """The Arabic blog index at /blog/, translated at /en/blog/."""
    index = BlogIndexPage(slug="blog", title="المدونة", intro="نصائح من السوق.")
    home.add_child(instance=index)
    index.save_revision().publish()
    translate(index, BlogIndexPage(slug="blog", title="Blog", intro="Tips from the market."))
    return index


@pytest.fixture
def author(db):
    user = UserFactory(is_staff=True)
    user.profile.display_name = "مريم الكاتبة"
    user.profile.save()
    return user


def make_category(slug="design", ar="التصميم", en="Design") -> BlogCategory:
    """An Arabic category with its English translation."""
    category = BlogCategory.objects.create(slug=slug, name=ar, locale=Locale.get_default())
    translate(category, BlogCategory(slug=slug, name=en))
    return category


def make_post(blog, slug, *, tags=(), category=None, day=1, english_tags=None, **fields):
    """A published Arabic post of ``blog``, dated 2026-10-``day``; given ``english_tags`` it
    is translated too, titled "Post <slug>" (a custom ``body`` must then keep the two
    paragraphs of ENGLISH_BODY)."""
    post = BlogPostPage(
        slug=slug,
        title=fields.pop("title", f"مقالة {slug}"),
        intro=fields.pop("intro", "مقدمة المقالة."),
        body=fields.pop("body", ARABIC_BODY),
        tags=[("tag", tag) for tag in tags],
        category=category,
        date=date(2026, 10, day),
        **fields,
    )
    blog.add_child(instance=post)
    post.save_revision().publish()
    if english_tags is not None:
        twin = BlogPostPage(
            slug=slug,
            title=f"Post {slug}",
            intro="The post's intro.",
            body=ENGLISH_BODY,
            tags=[("tag", tag) for tag in english_tags],
        )
        translate(post, twin)
    return post
