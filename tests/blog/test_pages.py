"""The blog's pages as visitors see them, in Arabic (right to left) and English."""

import json
import re

import pytest

from tests.blog.conftest import make_category, make_post
from tests.factories import wagtail_image

pytestmark = pytest.mark.django_db


def structured_data(html: str, kind: str) -> dict:
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return next(data for data in map(json.loads, scripts) if data["@type"] == kind)


@pytest.fixture
def post(blog, author):
    return make_post(
        blog,
        "logo-tips",
        title="كيف تختار شعارًا لمحلك",
        tags=["تصميم", "شعار"],
        category=make_category(),
        author=author,
        cover_image=wagtail_image(size=(1300, 700)),
        english_tags=["design", "logo"],
    )


@pytest.mark.parametrize(
    ("path", "direction", "text"),
    [
        ("/blog/", "rtl", "المدونة"),
        ("/en/blog/", "ltr", "Tips from the market."),
        ("/blog/category/design/", "rtl", "التصميم"),
        ("/en/blog/category/design/", "ltr", "Design"),
        ("/blog/tag/%D8%AA%D8%B5%D9%85%D9%8A%D9%85/", "rtl", "تصميم"),
        ("/en/blog/tag/logo/", "ltr", "logo"),
        ("/blog/logo-tips/", "rtl", "كيف تختار شعارًا لمحلك"),
        ("/en/blog/logo-tips/", "ltr", "Post logo-tips"),
    ],
)
def test_pages_render_in_each_language_and_direction(client, post, path, direction, text):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'dir="{direction}"' in html
    assert text in html
    assert "/static/blog/blog.css" in html
    prefix = "/en" if path.startswith("/en/") else ""
    assert f'href="{prefix}/blog/feed/"' in html
    assert f'href="{prefix}/blog/feed/atom/"' in html


def test_listing_shows_cards_with_cover_date_reading_time_and_intro(client, post):
    html = client.get("/blog/").content.decode()
    card = html[html.index('<article class="post-card">') :]
    assert 'href="/blog/logo-tips/"' in card
    assert '<time datetime="2026-10-01">' in card
    assert "مقدمة المقالة." in card
    assert 'loading="lazy"' in card
    assert 'type="image/avif"' in card and 'type="image/webp"' in card
    assert 'alt=""' in card and 'width="800"' in card and 'height="420"' in card


def test_post_page_shows_author_date_category_tags_cover_and_reading_time(client, post):
    html = client.get("/blog/logo-tips/").content.decode()
    assert "مريم الكاتبة" in html
    assert '<time datetime="2026-10-01">' in html
    assert 'href="/blog/category/design/">التصميم</a>' in html
    assert 'href="/blog/tag/%D8%AA%D8%B5%D9%85%D9%8A%D9%85/" rel="tag">تصميم</a>' in html
    assert re.search(r"<picture>.*image/avif.*image/webp.*<img[^>]*width=\"1200\"", html, re.S)
    assert 'property="og:type" content="article"' in html
    english = client.get("/en/blog/logo-tips/").content.decode()
    assert 'href="/en/blog/tag/design/" rel="tag">design</a>' in english
    assert 'href="/en/blog/category/design/">Design</a>' in english
    assert "1 minute read" in english


def test_post_has_blogposting_structured_data(client, post):
    data = structured_data(client.get("/en/blog/logo-tips/").content.decode(), "BlogPosting")
    assert data["headline"] == "Post logo-tips"
    assert data["inLanguage"] == "en"
    assert data["author"] == {"@type": "Person", "name": "مريم الكاتبة"}
    assert data["datePublished"].startswith("2026-10-01")
    assert data["dateModified"]
    assert data["image"].startswith("http://testserver/") and data["image"].endswith(".jpg")
    assert data["mainEntityOfPage"] == "http://testserver/en/blog/logo-tips/"


def test_cover_is_the_shared_image_unless_a_social_image_is_set(client, post):
    html = client.get("/blog/logo-tips/").content.decode()
    assert re.search(r'property="og:image" content="http://testserver/[^"]+\.jpg"', html)
    social = wagtail_image(name="social.png", size=(1300, 700))
    post.social_image = social
    assert post.get_meta_image() == social


def test_category_listing_has_a_breadcrumb_to_itself(client, post):
    html = client.get("/en/blog/category/design/").content.decode()
    trail = structured_data(html, "BreadcrumbList")["itemListElement"]
    assert [item["name"] for item in trail] == ["Home", "Blog", "Design"]
    assert trail[-1]["item"] == "http://testserver/en/blog/category/design/"
