"""The blog's demo content for `make run`: its categories, the index and the posts (each with
a plain cover image), in Arabic with their English wagtail-localize translations. Nothing is
made when the home page has a blog already, so an editor's work is never touched."""

from datetime import date
from io import BytesIO

from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image, ImageDraw
from wagtail.images import get_image_model

from blog.demo_content import BLOG_CATEGORIES, BLOG_POSTS
from blog.models import BlogCategory, BlogIndexPage, BlogPostPage
from pages.localization import english, translate

BLOG_INDEX = {
    "ar": {
        "title": "المدونة",
        "intro": "نصائح وقصص من سوق مايكروليبي: كيف تشتري بثقة، وكيف تبيع خدماتك وتنمو.",
    },
    "en": {
        "title": "Blog",
        "intro": "Tips and stories from the MicroLibya marketplace: buying with confidence, "
        "selling your services and growing.",
    },
}
COVER_SIZE = (1200, 630)
COVER_COLOURS = ["#0f6b4f", "#c2410c", "#1d4ed8", "#7c3aed", "#0e7490", "#b45309"]


@transaction.atomic
def load_blog(home, numbers: dict, author) -> int:
    """Make the blog under ``home`` (the Arabic home page, already translated) unless it has
    one; return how many posts it has."""
    index = BlogIndexPage.objects.child_of(home).first()
    if index is None:
        categories = _categories(home.locale, numbers)
        index = _index(home)
        for position, spec in enumerate(BLOG_POSTS):
            _post(index, spec, numbers, author, categories[spec["category"]], position)
    return BlogPostPage.objects.child_of(index).count()


def _categories(locale, numbers: dict) -> dict[str, BlogCategory]:
    """The categories by slug, each with its English translation (made before the posts',
    which wagtail-localize points at it)."""
    categories = {}
    for spec in BLOG_CATEGORIES:
        category, _created = BlogCategory.objects.get_or_create(
            slug=spec["slug"], locale=locale, defaults={"name": spec["ar"].format(**numbers)}
        )
        if not category.has_translation(english()):
            translate(category, BlogCategory(slug=spec["slug"], name=spec["en"].format(**numbers)))
        categories[spec["slug"]] = category
    return categories


def _index(home) -> BlogIndexPage:
    index = BlogIndexPage(slug="blog", **BLOG_INDEX["ar"])
    home.add_child(instance=index)
    index.save_revision().publish()
    translate(index, BlogIndexPage(slug="blog", **BLOG_INDEX["en"]))
    return index


def _wording(spec: dict, language: str, numbers: dict) -> dict:
    text = spec[language]
    return {
        "slug": spec["slug"],
        "title": text["title"].format(**numbers),
        "intro": text["intro"].format(**numbers),
        "body": text["body"].format(**numbers),
        "tags": [("tag", tag.format(**numbers)) for tag in spec["tags"][language]],
    }


def _post(index, spec: dict, numbers: dict, author, category, position: int) -> BlogPostPage:
    post = BlogPostPage(
        **_wording(spec, "ar", numbers),
        date=date.fromisoformat(spec["date"]),
        author=author,
        category=category,
        cover_image=_cover(spec["slug"], COVER_COLOURS[position % len(COVER_COLOURS)]),
    )
    index.add_child(instance=post)
    post.save_revision(user=author).publish()
    translate(post, BlogPostPage(**_wording(spec, "en", numbers)))
    return post


def _cover(slug: str, colour: str):
    """A plain 1200×630 cover: the colour with a lighter disc. Decorative, so no alt text."""
    picture = Image.new("RGB", COVER_SIZE, colour)
    width, height = COVER_SIZE
    ImageDraw.Draw(picture, "RGBA").ellipse(
        (width * 0.55, -height * 0.3, width * 1.15, height * 0.85), fill="#ffffff33"
    )
    buffer = BytesIO()
    picture.save(buffer, format="PNG")
    return get_image_model().objects.create(
        title=f"Blog cover: {slug}", file=ImageFile(buffer, name=f"blog-{slug}.png")
    )
