"""Near-copies get no page, across templates and within one; overlapping pages feature
different services; the nightly task runs the generation and gives way to one already running."""

import pytest
from django.core.cache import cache

from config.celery import app
from marketplace.catalog.models import Service
from pages.landing.generator import lock_key
from pages.landing.models import LandingPage
from pages.tasks import generate_landing_pages
from tests.pages.landing.conftest import generate, offer, pages_of

pytestmark = pytest.mark.django_db


def test_a_subcategory_with_the_same_services_as_its_top_category_gets_no_page(tree, templates):
    offer(tree.logo, "sabha", 5)
    report = generate(templates.city, templates.sub_city)
    assert (report.created, report.near_copies) == (2, 1)
    assert set(pages_of(tree.design, "sabha")) == {"ar", "en"}
    assert pages_of(tree.logo, "sabha") == {}


def test_a_near_copy_is_judged_against_every_active_template_even_when_one_is_named(
    tree, templates
):
    offer(tree.logo, "sabha", 5)
    generate(templates.city)
    report = generate(templates.sub_city)
    assert (report.created, report.near_copies) == (0, 1)


def test_a_subcategory_that_is_only_part_of_its_top_category_gets_its_page(tree, templates):
    offer(tree.logo, "sabha", 5)
    offer(tree.social, "sabha", 5)
    report = generate(templates.city, templates.sub_city)
    assert (report.created, report.near_copies) == (6, 0)  # design, logos, social × 2


def test_two_tags_on_the_same_services_make_one_page(tree, templates):
    offer(tree.logo, "tripoli", 3, tags=["restaurants", "مطاعم"])
    offer(tree.logo, "misrata", 2, tags=["restaurants", "مطاعم"])
    report = generate(templates.tag)
    assert (report.created, report.near_copies) == (2, 1)


def test_a_tag_page_with_the_services_of_a_city_page_is_a_near_copy(tree, templates):
    offer(tree.logo, "tripoli", 5, tags=["restaurants"])
    report = generate()
    assert (report.created, report.near_copies) == (2, 2)  # design × Tripoli only


def test_the_generation_runs_every_night():
    schedule = {entry["task"] for entry in app.conf.beat_schedule.values()}
    assert "pages.tasks.generate_landing_pages" in schedule


def test_the_nightly_task_generates_and_reports(tree, templates):
    offer(tree.logo, "tripoli", 5)
    report = generate_landing_pages.delay().get()
    assert report["created"] == 2
    assert generate_landing_pages.delay().get()["unchanged"] == 2


def test_the_nightly_task_gives_way_to_a_running_generation(tree, templates):
    offer(tree.logo, "tripoli", 5)
    cache.add(lock_key(), 1)
    try:
        assert generate_landing_pages.delay().get() is None
    finally:
        cache.delete(lock_key())
    assert pages_of(tree.design, "tripoli") == {}
    assert pages_of(tree.logo, "tripoli") == {}


def test_overlapping_pages_feature_different_services(tree, templates):
    logos = offer(tree.logo, "tripoli", 10)
    offer(tree.social, "tripoli", 8)
    for rank, service in enumerate(logos):
        Service.objects.filter(pk=service.pk).update(orders_completed=100 - rank)
    generate()
    logo_page = pages_of(tree.logo, "tripoli")["ar"]
    design_page = pages_of(tree.design, "tripoli")["ar"]
    # The logo page (fewer services, so it chooses first) features its best eight; the design
    # page features the two logo services left over before any the logo page shows.
    assert logo_page.top_service_ids == [service.pk for service in logos[:8]]
    assert design_page.top_service_ids[:2] == [logos[8].pk, logos[9].pk]
    assert len(design_page.top_service_ids) == 8
    assert generate().as_dict()["unchanged"] == 6  # and the choice is stable


def test_two_tags_for_the_same_thing_make_one_page_the_one_used_more(tree, templates):
    # Spread over cities, so that no city page holds them all.
    both = [
        *offer(tree.logo, "tripoli", 2, tags=["للمطاعم", "شعار للمطاعم"]),
        *offer(tree.logo, "misrata", 1, tags=["للمطاعم", "شعار للمطاعم"]),
    ]
    offer(tree.logo, "sabha", 3, tags=["للمطاعم"])
    offer(tree.logo, "derna", 2, tags=["شعار للمطاعم"])
    report = generate(templates.tag)
    assert (report.created, report.near_copies) == (2, 1)  # 3 of the 5 are the other's
    page = LandingPage.objects.get(locale__language_code="ar")
    assert page.tag.name == "للمطاعم" and page.service_count == 6
    assert set(page.top_service_ids) >= {service.pk for service in both}
