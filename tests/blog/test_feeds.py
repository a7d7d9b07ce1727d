"""RSS 2.0 and Atom feeds: well-formed, absolute links, that language's live posts only."""

import xml.etree.ElementTree as ET

import pytest

from blog.feeds import FEED_SIZE
from tests.blog.conftest import make_category, make_post

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"


@pytest.fixture
def posts(blog, author):
    design = make_category()
    newest = make_post(
        blog, "newest", day=9, tags=["شعار"], category=design, author=author, english_tags=["logo"]
    )
    older = make_post(blog, "older", day=2, english_tags=[])
    make_post(blog, "arabic-only", day=5)
    withdrawn = make_post(blog, "withdrawn", day=7, english_tags=[])
    for page in withdrawn.get_translations(inclusive=True):
        page.specific.unpublish()
    return newest, older


def test_rss_feed_lists_the_live_posts_of_its_language(client, posts):
    response = client.get("/en/blog/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("link") == "http://testserver/en/blog/"
    assert channel.findtext("language") == "en"
    assert channel.findtext("title") == "Blog · MicroLibya"
    items = channel.findall("item")
    assert [item.findtext("link") for item in items] == [
        "http://testserver/en/blog/newest/",
        "http://testserver/en/blog/older/",
    ]
    newest = items[0]
    assert newest.findtext("title") == "Post newest"
    assert newest.findtext("description") == "The post's intro."
    assert "09 Oct 2026" in newest.findtext("pubDate")
    assert newest.findtext(f"{DC}creator") == "مريم الكاتبة"
    assert [category.text for category in newest.findall("category")] == ["Design", "logo"]


def test_arabic_rss_feed(client, posts):
    channel = ET.fromstring(client.get("/blog/feed/").content).find("channel")
    assert channel.findtext("language") == "ar"
    links = [item.findtext("link") for item in channel.findall("item")]
    assert links == [
        "http://testserver/blog/newest/",
        "http://testserver/blog/arabic-only/",
        "http://testserver/blog/older/",
    ]


def test_atom_feed(client, posts):
    response = client.get("/blog/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == "http://testserver/blog/feed/atom/"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}link").get("href") for entry in entries] == [
        "http://testserver/blog/newest/",
        "http://testserver/blog/arabic-only/",
        "http://testserver/blog/older/",
    ]
    newest = entries[0]
    assert newest.findtext(f"{ATOM}summary") == "مقدمة المقالة."
    assert newest.findtext(f"{ATOM}published").startswith("2026-10-09")
    assert newest.findtext(f"{ATOM}author/{ATOM}name") == "مريم الكاتبة"
    assert [c.get("term") for c in newest.findall(f"{ATOM}category")] == ["التصميم", "شعار"]


def test_feeds_carry_the_latest_posts_only(client, blog):
    for day in range(1, FEED_SIZE + 3):
        make_post(blog, f"post-{day}", day=day)
    items = ET.fromstring(client.get("/blog/feed/").content).find("channel").findall("item")
    assert len(items) == FEED_SIZE
    assert items[0].findtext("link") == f"http://testserver/blog/post-{FEED_SIZE + 2}/"
