"""Editors' screens: a generated page's edit view (the paragraph is theirs), the landing
templates' snippet screens and the minimum's setting."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from pages.landing.models import LandingSettings, LandingTemplate
from tests.factories import UserFactory
from tests.pages.landing.conftest import generate, offer, pages_of, use_only

pytestmark = pytest.mark.django_db

TEMPLATE_FORM = {
    "name": "خدمات المدن",
    "slug": "city-services",
    "dimensions": "category_city",
    "is_active": "on",
    "title_ar": "خدمات {category} في {city}",
    "title_en": "{category} services in {city}",
    "description_ar": "{services} من {min_price}.",
    "description_en": "{services} from {min_price}.",
    "intro_ar": "يقدم {sellers} خدماتهم في {city}.",
    "intro_en": "{sellers} offer their services in {city}.",
}


@pytest.fixture
def generated(tree, templates):
    use_only(templates.sub_city)
    offer(tree.logo, "tripoli", 5)
    generate()
    return pages_of(tree.logo, "tripoli")


def test_editors_can_open_the_landing_screens(client, admin_user, generated, templates):
    site = Site.objects.get(is_default_site=True)
    client.force_login(admin_user)
    screens = [
        reverse("wagtailadmin_pages:edit", args=[generated["ar"].pk]),
        reverse("wagtailadmin_pages:edit", args=[generated["en"].pk]),
        reverse("wagtailadmin_explore", args=[generated["ar"].get_parent().pk]),
        reverse("wagtailsnippets_pages_landingtemplate:list"),
        reverse("wagtailsnippets_pages_landingtemplate:add"),
        reverse("wagtailsnippets_pages_landingtemplate:edit", args=[templates.tag.pk]),
        reverse("wagtailsettings:edit", args=["pages", "landingsettings", site.pk]),
    ]
    for url in screens:
        assert client.get(url).status_code == 200, url
    html = client.get(screens[0]).content.decode()
    assert 'name="editor_note"' in html
    assert "تصنيف فرعي في مدينة" in html  # the summary names the template it was made from
    listing = client.get(screens[3]).content.decode()
    for template in (templates.city, templates.sub_city, templates.tag):
        assert template.name in listing


def test_an_editor_publishes_the_paragraph_from_the_edit_view(client, admin_user, generated):
    page = generated["en"]
    client.force_login(admin_user)
    data = nested_form_data(
        {
            "editor_note": rich_text("<p>Ask for a sample before you pay.</p>"),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    after = pages_of(page.category, "tripoli")["en"]
    assert "Ask for a sample before you pay." in after.editor_note
    assert after.live and after.title == page.title == "Logos in Tripoli"
    assert (after.fingerprint, after.service_count) == (page.fingerprint, page.service_count)
    assert "Ask for a sample before you pay." in client.get(page.url).content.decode()


def test_a_template_with_a_bad_pattern_is_refused_with_its_error(client, admin_user, db):
    client.force_login(admin_user)
    url = reverse("wagtailsnippets_pages_landingtemplate:add")
    response = client.post(url, {**TEMPLATE_FORM, "title_en": "{category} services in {town}"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "{town}" in html and "error-message" in html
    assert not LandingTemplate.objects.exists()

    response = client.post(url, TEMPLATE_FORM)
    assert response.status_code == 302
    assert LandingTemplate.objects.get().title_en == "{category} services in {city}"


def test_a_template_without_dimensions_is_refused_with_its_error(client, admin_user, db):
    client.force_login(admin_user)
    url = reverse("wagtailsnippets_pages_landingtemplate:add")
    response = client.post(url, {**TEMPLATE_FORM, "dimensions": ""})
    assert response.status_code == 200
    assert "error-message" in response.content.decode()
    assert not LandingTemplate.objects.exists()


def test_the_minimum_cannot_be_set_under_two(client, admin_user, home):
    site = Site.objects.get(is_default_site=True)
    client.force_login(admin_user)
    url = reverse("wagtailsettings:edit", args=["pages", "landingsettings", site.pk])
    assert client.post(url, {"minimum_services": "1"}).status_code == 200
    assert LandingSettings.for_site(site).minimum_services == 5
    assert client.post(url, {"minimum_services": "3"}).status_code == 302
    assert LandingSettings.for_site(site).minimum_services == 3


def test_the_editors_group_writes_templates_and_the_paragraph_but_not_the_minimum(
    client, generated
):
    editor = UserFactory(is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    assert editor.has_perms(["pages.add_landingtemplate", "pages.change_landingtemplate"])
    assert not editor.has_perm("pages.delete_landingtemplate")
    client.force_login(editor)
    assert client.get(reverse("wagtailsnippets_pages_landingtemplate:add")).status_code == 200
    page = generated["ar"]
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    site = Site.objects.get(is_default_site=True)
    settings_url = reverse("wagtailsettings:edit", args=["pages", "landingsettings", site.pk])
    assert client.get(settings_url).status_code == 302  # no permission: sent away
