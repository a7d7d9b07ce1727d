"""Editors' screens: the post form, the category snippets and wagtail-localize's editor."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from pages.localization import english
from tests.blog.conftest import make_category, make_post

pytestmark = pytest.mark.django_db


def test_editors_can_open_the_blog_screens(client, admin_user, blog):
    post = make_post(blog, "logo", tags=["تصميم"], category=make_category(), english_tags=["x"])
    client.force_login(admin_user)
    add_post = reverse("wagtailadmin_pages:add", args=["blog", "blogpostpage", blog.pk])
    screens = [
        add_post,
        reverse("wagtailadmin_pages:edit", args=[post.pk]),
        reverse("wagtailadmin_pages:edit", args=[blog.pk]),
        reverse("wagtailsnippets_blog_blogcategory:list"),
        reverse("wagtailsnippets_blog_blogcategory:add") + "?locale=ar",
    ]
    for url in screens:
        assert client.get(url).status_code == 200, url
    # The English post opens in wagtail-localize's translation editor, tags among its strings.
    english_post = post.get_translation(english())
    html = client.get(reverse("wagtailadmin_pages:edit", args=[english_post.pk])).content.decode()
    assert 'class="js-translation-editor"' in html
    assert "&quot;contentPath&quot;: &quot;tags." in html


def test_a_new_post_can_be_previewed(client, admin_user, blog):
    make_post(blog, "older", tags=["تصميم"])
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:preview_on_add", args=["blog", "blogpostpage", blog.pk])
    data = nested_form_data(
        {
            "title": "مقالة جديدة",
            "slug": "new-post",
            "date": "2026-10-05",
            "intro": "مقدمة.",
            "body": rich_text("<p>نص المقالة.</p>"),
            "tags": streamfield([("tag", "تصميم")]),
            "comments": inline_formset([]),
        }
    )
    assert client.post(url, data).json()["is_valid"]
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "مقالة جديدة" in html and 'href="/blog/older/"' in html


def test_editors_may_file_posts_under_new_categories(client):
    from django.contrib.auth.models import Group

    from tests.factories import UserFactory

    editor = UserFactory(is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    assert editor.has_perms(["blog.add_blogcategory", "blog.change_blogcategory"])
    assert not editor.has_perm("blog.delete_blogcategory")
    client.force_login(editor)
    url = reverse("wagtailsnippets_blog_blogcategory:add") + "?locale=ar"
    assert client.get(url).status_code == 200
