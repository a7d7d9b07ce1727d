"""Editors' screens: the help center's page forms, previews and translations."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from pages.localization import english
from tests.help_center.conftest import make_article

pytestmark = pytest.mark.django_db


def test_editors_can_open_the_help_center_screens(client, admin_user, help_index, payments):
    article = make_article(payments, "withdraw")
    client.force_login(admin_user)
    screens = [
        reverse("wagtailadmin_pages:add", args=["help_center", "helpcategorypage", help_index.pk]),
        reverse("wagtailadmin_pages:add", args=["help_center", "helparticlepage", payments.pk]),
        reverse("wagtailadmin_pages:edit", args=[help_index.pk]),
        reverse("wagtailadmin_pages:edit", args=[payments.pk]),
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[article.pk]),
    ]
    for url in screens:
        assert client.get(url).status_code == 200, url
    # The English article opens in wagtail-localize's translation editor.
    english_article = article.get_translation(english())
    html = client.get(reverse("wagtailadmin_pages:edit", args=[english_article.pk])).content
    assert b'class="js-translation-editor"' in html


def test_a_new_article_can_be_previewed_with_its_related_articles(client, admin_user, payments):
    older = make_article(payments, "older", title="مقالة سابقة", english=False)
    client.force_login(admin_user)
    url = reverse(
        "wagtailadmin_pages:preview_on_add", args=["help_center", "helparticlepage", payments.pk]
    )
    data = nested_form_data(
        {
            "title": "مقالة جديدة",
            "slug": "new-article",
            "summary": "ملخص.",
            "body": rich_text("<p>نص المقالة.</p>"),
            "related_links": inline_formset([{"article": older.pk}]),
            "comments": inline_formset([]),
        }
    )
    assert client.post(url, data).json()["is_valid"]
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "مقالة جديدة" in html
    assert '<a href="/help/payments/older/">مقالة سابقة</a>' in html


def test_an_article_has_at_most_five_related_articles(client, admin_user, payments):
    others = [make_article(payments, f"other-{number}", english=False) for number in range(6)]
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:add", args=["help_center", "helparticlepage", payments.pk])
    data = nested_form_data(
        {
            "title": "مقالة",
            "slug": "too-many",
            "summary": "ملخص.",
            "body": rich_text("<p>نص.</p>"),
            "related_links": inline_formset([{"article": other.pk} for other in others]),
            "comments": inline_formset([]),
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200  # the form again, with its error
    assert not payments.get_children().filter(slug="too-many").exists()
