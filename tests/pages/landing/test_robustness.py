"""What editors and data can do to generated pages: an editor's unpublish is a 404, the
generator's a 410; pages cannot be moved or copied; a template with pages keeps its
dimensions; shared category names still give unique titles; one combination that cannot be
written does not stop the others; a dry run writes nothing at all; a deleted category or tag
takes its pages with it."""

from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse
from taggit.models import Tag

from marketplace.catalog.models import Service
from pages.landing.models import LandingFolderPage, LandingPage, LandingSettings
from pages.models import StandardPage
from tests.factories import CategoryFactory
from tests.pages.landing.conftest import generate, offer, pages_of, pause, use_only

pytestmark = pytest.mark.django_db


def test_a_page_the_generator_took_down_is_gone_but_one_an_editor_unpublished_is_not_found(
    client, tree, templates
):
    use_only(templates.sub_city)
    services = offer(tree.logo, "tripoli", 5)
    offer(tree.translation, "tripoli", 5)
    generate()
    pages_of(tree.translation, "tripoli")["ar"].unpublish()
    pause(services[0])
    generate()
    gone = client.get("/services/logo/tripoli/")
    assert gone.status_code == 410
    assert '<meta name="robots" content="noindex">' in gone.content.decode()
    assert client.get("/services/translation/tripoli/").status_code == 404


def test_landing_pages_cannot_be_moved_or_copied_in_the_admin(client, admin_user, tree, templates):
    use_only(templates.sub_city)
    offer(tree.logo, "tripoli", 5)
    offer(tree.translation, "tripoli", 5)
    generate()
    page = pages_of(tree.logo, "tripoli")["ar"]
    other_folder = pages_of(tree.translation, "tripoli")["ar"].get_parent()
    client.force_login(admin_user)
    move = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, other_folder.pk])
    assert client.post(move).status_code == 302
    copy = reverse("wagtailadmin_pages:copy", args=[page.pk])
    assert client.get(copy).status_code == 302
    page.refresh_from_db()
    assert page.url == "/services/logo/tripoli/"
    assert LandingPage.objects.count() == 4


def test_a_template_with_pages_keeps_its_dimensions(tree, templates):
    use_only(templates.sub_city)
    offer(tree.logo, "tripoli", 5)
    generate()
    templates.sub_city.dimensions = "subcategory_tag"
    templates.sub_city.title_ar = templates.sub_city.title_en = "{category}: {tag}"
    with pytest.raises(ValidationError) as error:
        templates.sub_city.full_clean()
    assert "dimensions" in error.value.message_dict


def test_two_categories_with_one_name_get_titles_that_name_their_parent(tree, templates):
    use_only(templates.sub_city)
    design_other = CategoryFactory(parent=tree.design, slug="design-other", name_ar="أخرى")
    writing_other = CategoryFactory(parent=tree.writing, slug="writing-other", name_ar="أخرى")
    offer(design_other, "tripoli", 5)
    offer(writing_other, "tripoli", 5)
    generate()
    titles = {
        pages_of(design_other, "tripoli")["ar"].title,
        pages_of(writing_other, "tripoli")["ar"].title,
    }
    assert titles == {"أخرى (تصميم) في طرابلس", "أخرى (كتابة وترجمة) في طرابلس"}


def test_a_combination_that_cannot_be_written_is_reported_and_the_others_follow_the_data(
    tree, templates
):
    use_only(templates.sub_city)
    offer(tree.logo, "tripoli", 5)
    offer(tree.translation, "benghazi", 5)
    generate()
    # Someone moved the logo page (in code: the admin refuses) where translation × Tripoli's
    # page would go.
    logo_page = pages_of(tree.logo, "tripoli")["ar"]
    translation_folder = LandingFolderPage.objects.get(
        category=tree.translation, locale=logo_page.locale
    )
    logo_page.move(translation_folder, pos="last-child")
    offer(tree.translation, "tripoli", 5)
    more = offer(tree.translation, "benghazi", 1, prices=["90"])
    report = generate()
    assert report.failed == 1 and report.created == 0
    assert pages_of(tree.translation, "benghazi")["ar"].max_price == more[0].price


def test_a_dry_run_writes_not_even_the_settings_row(tree, templates):
    offer(tree.logo, "tripoli", 5)
    LandingSettings.objects.all().delete()
    assert generate(dry_run=True).created == 2
    assert not LandingSettings.objects.exists() and not LandingPage.objects.exists()


def test_deleting_a_category_or_a_tag_deletes_its_landing_pages(client, tree, templates):
    use_only(templates.sub_city, templates.tag)
    offer(tree.logo, "tripoli", 3, tags=["restaurants"])
    offer(tree.logo, "misrata", 2, tags=["restaurants"])
    offer(tree.translation, "tripoli", 5)
    generate()
    assert LandingPage.objects.count() == 4  # logos × restaurants, translation × Tripoli
    Tag.objects.get(name="restaurants").delete()
    assert LandingPage.objects.count() == 2
    assert LandingFolderPage.objects.filter(slug="logo").exists()
    Service.objects.filter(category=tree.logo).delete()
    tree.logo.delete()
    assert not LandingFolderPage.objects.filter(slug="logo").exists()
    assert client.get("/services/translation/tripoli/").status_code == 200
    # The page tree's counts stay right: the index's child count is its real children.
    for folder in LandingFolderPage.objects.all():
        index = folder.get_parent()
        assert index.numchild == index.get_children().count()


def test_a_page_holding_the_services_address_stops_the_generation_with_a_message(home, tree):
    home.add_child(instance=StandardPage(title="خدماتنا", slug="services"))
    offer(tree.logo, "tripoli", 5)
    with pytest.raises(CommandError, match="move or rename it"):
        call_command("generate_landing_pages", stdout=StringIO(), stderr=StringIO())
    assert not LandingPage.objects.exists()
