"""The generation of the landing pages: which combinations get a page, in both languages and at
which address; how pages follow the data (updated, unpublished when too thin and answering
410, brought back); that a second run changes nothing; that the editor's paragraph and old
revisions never fight the generator; the command's options and the templates' checks."""

import re
from decimal import Decimal
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from wagtail.models import Revision

from marketplace.catalog.models import Service
from pages.landing.generator import lock_key
from pages.landing.models import (
    Dimensions,
    LandingFolderPage,
    LandingIndexPage,
    LandingPage,
    LandingTemplate,
)
from tests.pages.landing.conftest import (
    figures,
    generate,
    mixed_catalog,
    offer,
    outcome,
    pages_of,
    pause,
    plain,
    resume,
    set_minimum,
    snapshot,
    use_only,
)

pytestmark = pytest.mark.django_db

NOINDEX = '<meta name="robots" content="noindex">'


def command(*args) -> str:
    out = StringIO()
    call_command("generate_landing_pages", *args, verbosity=0, stdout=out, stderr=StringIO())
    return out.getvalue().strip()


def counts(output: str) -> dict[str, int]:
    """The figures of the command's report line: {"created": 2, "too thin": 1, …}."""
    found = re.findall(
        r"(\d+) (created|updated|unchanged|unpublished|too thin|near-copies)", output
    )
    return {name: int(count) for count, name in found}


# --- Which combinations get a page --------------------------------------------------------------


def test_a_combination_under_the_minimum_gets_no_page(client, tree, templates):
    use_only(templates.sub_city)
    offer(tree.logo, "tripoli", 4)
    assert outcome(generate(templates.sub_city)) == {"too_thin": 1}
    assert not LandingPage.objects.exists()
    assert client.get("/services/logo/tripoli/").status_code == 404
    assert client.get("/en/services/logo/tripoli/").status_code == 404


def test_exactly_the_minimum_is_published_in_arabic_and_english(client, tree, templates):
    use_only(templates.sub_city)
    offer(tree.logo, "tripoli", 5, prices=["10", "20", "30", "40", "60"])
    offer(tree.logo, "", 3)  # sellers who name no city are in no city's page
    assert outcome(generate(templates.sub_city)) == {"created": 2}

    pages = pages_of(tree.logo, "tripoli")
    arabic, english = pages["ar"], pages["en"]
    assert (arabic.url, english.url) == ("/services/logo/tripoli/", "/en/services/logo/tripoli/")
    assert arabic.title == "تصميم شعارات في طرابلس"
    assert english.title == "Logos in Tripoli"
    assert arabic.translation_key == english.translation_key
    for page in (arabic, english):
        assert page.live and not page.is_thin and not page.has_unpublished_changes
        assert page.landing_template == templates.sub_city
        assert (page.city, page.tag_id, page.category) == ("tripoli", None, tree.logo)
        assert (page.service_count, page.seller_count) == (5, 5)
        assert (page.min_price, page.max_price) == (Decimal("10"), Decimal("60"))
        assert page.median_price == Decimal("30")
        assert page.data_changed_at is not None and len(page.fingerprint) == 64
    description = plain(english.search_description)
    assert description == "Order Logos from 5 sellers in Tripoli: 5 services from 10 LYD to 60 LYD."
    assert plain(english.intro).startswith("Looking for Logos in Tripoli? Here are 5 services by ")
    assert arabic.intro.startswith("تبحث عن تصميم شعارات في طرابلس؟")
    # The tree the pages hang from: /services/ and the category's folder, in both languages.
    for language in ("ar", "en"):
        index = LandingIndexPage.objects.get(locale__language_code=language)
        folder = LandingFolderPage.objects.get(locale__language_code=language)
        assert folder.category == tree.logo and folder.get_parent().pk == index.pk
        assert pages[language].get_parent().pk == folder.pk
    for page in (arabic, english):
        response = client.get(page.url)
        assert response.status_code == 200
        assert f"<h1>{page.title}</h1>" in response.content.decode()


def test_the_top_category_template_adds_up_its_subcategories(client, tree, templates):
    offer(tree.logo, "benghazi", 3)
    offer(tree.social, "benghazi", 2)
    # Design × Benghazi only: each subcategory alone is too thin.
    assert outcome(generate()) == {"created": 2, "too_thin": 2}
    pages = pages_of(tree.design, "benghazi")
    assert pages["ar"].url == "/services/design/benghazi/"
    assert pages["ar"].title == "خدمات تصميم في بنغازي"
    assert pages["en"].title == "Design services in Benghazi"
    assert pages["en"].service_count == 5
    assert not pages_of(tree.logo, "benghazi") and not pages_of(tree.social, "benghazi")
    assert client.get("/en/services/design/benghazi/").status_code == 200


def test_a_subcategory_holding_its_categorys_services_gets_no_page_of_its_own(
    client, tree, templates
):
    """The near-copy rule: logo × Tripoli would show what design × Tripoli shows."""
    offer(tree.logo, "tripoli", 5)
    extra = offer(tree.social, "tripoli", 1)
    assert outcome(generate()) == {"created": 2, "too_thin": 1, "near_copies": 1}
    assert set(pages_of(tree.design, "tripoli")) == {"ar", "en"}
    assert not pages_of(tree.logo, "tripoli")

    # Two more social services: logo × Tripoli is 5 of design's 7, a page of its own.
    extra += offer(tree.social, "tripoli", 1)
    assert outcome(generate()) == {"created": 2, "updated": 2, "too_thin": 1}
    assert all(page.live for page in pages_of(tree.logo, "tripoli").values())

    # Back to a near-copy: its pages go, as a too thin one's do.
    for service in extra:
        pause(service)
    report = generate()
    assert (report.unpublished, report.near_copies) == (2, 1)
    assert not any(page.live for page in pages_of(tree.logo, "tripoli").values())
    assert client.get("/services/logo/tripoli/").status_code == 410
    assert client.get("/services/design/tripoli/").status_code == 200


def test_the_tag_template_makes_a_page_per_subcategory_and_tag(client, tree, templates):
    use_only(templates.tag)
    offer(tree.logo, "tripoli", 3, tags=["restaurants"])
    offer(tree.logo, "misrata", 2, tags=["restaurants"])
    offer(tree.logo, "misrata", 5, tags=["مطاعم"])
    offer(tree.social, "misrata", 4, tags=["restaurants"])
    assert outcome(generate(templates.tag)) == {"created": 4, "too_thin": 1}

    pages = pages_of(tree.logo, "restaurants")
    assert pages["ar"].url == "/services/logo/restaurants/"
    assert pages["en"].url == "/en/services/logo/restaurants/"
    assert pages["ar"].title == "تصميم شعارات: restaurants"
    assert pages["en"].title == "Logos: restaurants"
    assert pages["en"].tag.name == "restaurants" and pages["en"].city == ""
    assert pages["en"].service_count == 5 and pages["en"].seller_count == 5
    assert client.get("/services/logo/restaurants/").status_code == 200
    # An Arabic tag gets an Arabic address.
    arabic_tag = pages_of(tree.logo, "مطاعم")
    assert arabic_tag["ar"].title == "تصميم شعارات: مطاعم"
    assert arabic_tag["en"].url == "/en/services/logo/%D9%85%D8%B7%D8%A7%D8%B9%D9%85/"
    assert client.get("/services/logo/%D9%85%D8%B7%D8%A7%D8%B9%D9%85/").status_code == 200
    assert client.get("/en/services/social/restaurants/").status_code == 404


def test_a_tag_named_like_a_city_never_takes_the_citys_address(client, tree, templates):
    use_only(templates.sub_city, templates.tag)
    offer(tree.logo, "tripoli", 5, tags=["tripoli"])
    assert outcome(generate()) == {"created": 2, "too_thin": 1}
    page = LandingPage.objects.get(locale__language_code="ar", slug="tripoli")
    assert page.landing_template == templates.sub_city and page.tag is None
    assert (
        "<h1>تصميم شعارات في طرابلس</h1>" in client.get("/services/logo/tripoli/").content.decode()
    )


def test_the_minimum_setting_decides(tree, templates):
    use_only(templates.sub_city)
    offer(tree.logo, "tripoli", 3)
    assert outcome(generate()) == {"too_thin": 1}
    assert not LandingPage.objects.exists()
    set_minimum(3)
    assert outcome(generate()) == {"created": 2}
    assert all(page.live for page in pages_of(tree.logo, "tripoli").values())
    set_minimum(4)
    assert outcome(generate()) == {"unpublished": 2, "too_thin": 1}
    assert not any(page.live for page in pages_of(tree.logo, "tripoli").values())


# --- Pages follow the data ---------------------------------------------------------------------


def _suspended(service, suspended):
    Service.objects.filter(pk=service.pk).update(is_suspended=suspended)


def _seller_gone(service, gone):
    type(service.seller).objects.filter(pk=service.seller_id).update(is_active=not gone)


def _no_city(service, away):
    service.seller.profile.city = "" if away else "tripoli"
    service.seller.profile.save()


LEAVING = {
    "paused": lambda service, leave: (pause if leave else resume)(service),
    "suspended": _suspended,
    "seller deactivated": _seller_gone,
    "seller names no city any more": _no_city,
}


@pytest.mark.parametrize("how", LEAVING)
def test_a_combination_that_falls_under_the_minimum_is_unpublished_and_comes_back(
    client, tree, templates, how
):
    use_only(templates.sub_city)
    services = offer(tree.logo, "tripoli", 5)
    offer(tree.logo, "benghazi", 5)
    generate()
    before = pages_of(tree.logo, "tripoli")

    LEAVING[how](services[0], True)
    assert outcome(generate()) == {"unchanged": 2, "unpublished": 2, "too_thin": 1}
    pages = pages_of(tree.logo, "tripoli")
    for language, page in pages.items():
        assert not page.live and page.is_thin and page.pk == before[language].pk
        response = client.get(page.url)
        assert response.status_code == 410, page.url
        html = response.content.decode()
        assert NOINDEX in html and 'rel="canonical"' not in html
        assert page.title in html
        # The way on: the same category in another city, and the category.
        prefix = "/en" if language == "en" else ""
        assert f'href="{prefix}/services/logo/benghazi/"' in html
        assert f'href="{prefix}/services/logo/"' in html
    assert all(page.live for page in pages_of(tree.logo, "benghazi").values())

    LEAVING[how](services[0], False)
    assert outcome(generate()) == {"updated": 2, "unchanged": 2}
    for language, page in pages_of(tree.logo, "tripoli").items():
        assert page.live and not page.is_thin and page.pk == before[language].pk
        assert page.service_count == 5
        response = client.get(page.url)
        assert response.status_code == 200 and NOINDEX not in response.content.decode()
    assert LandingPage.objects.count() == 4


def test_a_page_an_editor_unpublished_stays_unpublished(client, tree, templates, admin_user):
    use_only(templates.sub_city)
    services = offer(tree.logo, "tripoli", 6)
    generate()
    pages_of(tree.logo, "tripoli")["ar"].unpublish(user=admin_user)

    assert outcome(generate()) == {"unchanged": 2}
    offer(tree.logo, "tripoli", 1)  # the data changes: the figures follow, still unpublished
    assert outcome(generate()) == {"updated": 2}
    pages = pages_of(tree.logo, "tripoli")
    assert not pages["ar"].live and pages["ar"].service_count == 7 and not pages["ar"].is_thin
    assert pages["en"].live and pages["en"].service_count == 7

    # Under the minimum and back: the generator brings back only what it put away.
    for service in services[:3]:
        pause(service)
    assert outcome(generate()) == {"unpublished": 1, "too_thin": 1}
    for service in services[:3]:
        resume(service)
    generate()
    pages = pages_of(tree.logo, "tripoli")
    assert pages["en"].live
    assert not pages["ar"].live and not pages["ar"].is_thin
    assert client.get("/en/services/logo/tripoli/").status_code == 200
    assert client.get("/services/logo/tripoli/").status_code in (404, 410)


def test_a_price_change_updates_the_figures_and_the_date_of_the_data(client, tree, templates):
    use_only(templates.sub_city)
    services = offer(tree.logo, "tripoli", 5, prices=["20", "30", "40", "50", "60"])
    offer(tree.social, "tripoli", 5)
    generate()
    before = pages_of(tree.logo, "tripoli")
    untouched = rows(pages_of(tree.social, "tripoli"))

    Service.objects.filter(pk=services[0].pk).update(price=Decimal("7.500"))
    Service.objects.filter(pk=services[4].pk).update(price=Decimal("95"))
    assert outcome(generate()) == {"updated": 2, "unchanged": 2}

    after = pages_of(tree.logo, "tripoli")
    for language, page in after.items():
        assert (page.min_price, page.max_price) == (Decimal("7.5"), Decimal("95"))
        assert page.median_price == Decimal("40")
        assert page.data_changed_at > before[language].data_changed_at
        assert page.fingerprint != before[language].fingerprint
        assert page.title == before[language].title
    assert "7.500 LYD" in plain(after["en"].intro)
    assert "7.500 LYD" not in plain(before["en"].intro)
    assert "95 LYD" in plain(after["en"].search_description)
    assert rows(pages_of(tree.social, "tripoli")) == untouched
    html = client.get("/en/services/logo/tripoli/").content.decode()
    assert figures(html)[1:3] == [["7.500", "95"], ["40"]]


def rows(pages: dict) -> dict:
    return {
        language: (page.fingerprint, page.data_changed_at, page.last_published_at, page.title)
        for language, page in pages.items()
    }


def test_a_second_run_with_the_same_data_changes_nothing(tree, templates):
    tagged = mixed_catalog(tree)
    assert outcome(generate()) == {"created": 6, "too_thin": 5}
    before = snapshot()
    assert outcome(generate()) == {"unchanged": 6, "too_thin": 5}
    assert snapshot() == before

    # The same once pages were unpublished: they are not unpublished again. (Logo × Tripoli
    # and logo × restaurants fall to 4; design × Tripoli changes.)
    pause(tagged[0])
    assert outcome(generate()) == {"updated": 2, "unpublished": 4, "too_thin": 7}
    before = snapshot()
    assert outcome(generate()) == {"unchanged": 2, "too_thin": 7}
    assert snapshot() == before


def test_a_changed_template_rewrites_its_pages_titles(tree, templates):
    use_only(templates.sub_city)
    offer(tree.logo, "tripoli", 5)
    generate()
    templates.sub_city.title_en = "Hire {category} freelancers in {city}"
    templates.sub_city.save()
    assert outcome(generate()) == {"updated": 2}
    pages = pages_of(tree.logo, "tripoli")
    assert pages["en"].title == pages["en"].draft_title == "Hire Logos freelancers in Tripoli"
    assert pages["ar"].title == "تصميم شعارات في طرابلس"
    assert pages["en"].url == "/en/services/logo/tripoli/"


def test_an_inactive_templates_pages_are_unpublished(client, tree, templates):
    offer(tree.logo, "tripoli", 5)
    offer(tree.social, "tripoli", 2)
    assert outcome(generate()) == {"created": 4, "too_thin": 1}
    templates.sub_city.is_active = False
    templates.sub_city.save()
    # Design × Tripoli no longer leaves the logo services to the logo page: it features them
    # first (updated).
    assert outcome(generate()) == {"updated": 2, "unpublished": 2}
    assert not any(page.live for page in pages_of(tree.logo, "tripoli").values())
    assert all(page.live for page in pages_of(tree.design, "tripoli").values())
    assert client.get("/services/logo/tripoli/").status_code == 410

    templates.sub_city.is_active = True
    templates.sub_city.save()
    assert outcome(generate()) == {"updated": 4, "too_thin": 1}
    assert all(page.live for page in pages_of(tree.logo, "tripoli").values())


def test_a_renamed_category_moves_its_pages_to_its_new_address(client, tree, templates):
    """The pages live at /services/<category's slug>/<city>/, under a folder titled with the
    category's name (the breadcrumbs): both follow a rename at the next generation."""
    use_only(templates.sub_city)
    offer(tree.logo, "tripoli", 5)
    generate()
    tree.logo.slug, tree.logo.name_en = "logo-design", "Logo design"
    tree.logo.save()
    assert outcome(generate()) == {"updated": 2}  # the English title names the category

    pages = pages_of(tree.logo, "tripoli")
    assert pages["en"].title == "Logo design in Tripoli"
    assert pages["en"].url == "/en/services/logo-design/tripoli/"
    assert pages["ar"].url == "/services/logo-design/tripoli/"
    assert pages["en"].get_parent().title == "Logo design"
    response = client.get("/en/services/logo-design/tripoli/")
    assert response.status_code == 200
    assert '<a href="/en/services/logo-design/">Logo design</a>' in response.content.decode()


# --- The editor's paragraph and revisions -------------------------------------------------------


def test_the_editors_paragraph_survives_regeneration_and_old_revisions_bring_no_old_figures(
    client, tree, templates, admin_user
):
    use_only(templates.sub_city)
    services = offer(tree.logo, "tripoli", 5, prices=["20", "30", "40", "50", "60"])
    generate()
    page = pages_of(tree.logo, "tripoli")["ar"]
    page.editor_note = "<p>نصيحة المحرر: اطلب نموذجاً قبل الدفع.</p>"
    first_revision = page.save_revision(user=admin_user)
    first_revision.publish(user=admin_user)

    Service.objects.filter(pk=services[0].pk).update(price=Decimal("5"))
    offer(tree.logo, "tripoli", 1, prices=["80"])
    assert outcome(generate()) == {"updated": 2}
    page = pages_of(tree.logo, "tripoli")["ar"]
    assert page.editor_note == "<p>نصيحة المحرر: اطلب نموذجاً قبل الدفع.</p>"
    assert (page.service_count, page.min_price, page.max_price) == (6, 5, 80)
    html = client.get("/services/logo/tripoli/").content.decode()
    assert "نصيحة المحرر: اطلب نموذجاً قبل الدفع." in html
    assert figures(html)[:2] == [["6"], ["5", "80"]]
    generated = {name: getattr(page, name) for name in LandingPage.GENERATED_FIELDS}

    # The editor rewrites the paragraph, then publishes the first revision again: its
    # paragraph comes back, the figures it was saved with (5 services, 20 to 60) do not.
    page.editor_note = "<p>فقرة ثانية.</p>"
    page.save_revision(user=admin_user).publish(user=admin_user)
    Revision.objects.get(pk=first_revision.pk).publish(user=admin_user)
    page = pages_of(tree.logo, "tripoli")["ar"]
    assert page.live
    assert page.editor_note == "<p>نصيحة المحرر: اطلب نموذجاً قبل الدفع.</p>"
    assert {name: getattr(page, name) for name in LandingPage.GENERATED_FIELDS} == generated
    html = client.get("/services/logo/tripoli/").content.decode()
    assert figures(html)[:2] == [["6"], ["5", "80"]]
    # The revision an editor would open next shows the generator's figures too.
    latest = page.get_latest_revision_as_object()
    assert (latest.min_price, latest.service_count) == (5, 6)
    # And the generator still sees nothing to do.
    assert outcome(generate()) == {"unchanged": 2}


# --- The command ---------------------------------------------------------------------------------


def test_a_dry_run_reports_and_writes_nothing(tree, templates):
    services = offer(tree.logo, "tripoli", 5)
    offer(tree.logo, "benghazi", 2)
    before = snapshot()
    output = command("--dry-run")
    assert output.startswith("Dry run, nothing written. Would have: ")
    # Design × Tripoli; logo × Tripoli is a near-copy of it; both Benghazi ones are too thin.
    assert counts(output) == {
        "created": 2,
        "updated": 0,
        "unchanged": 0,
        "unpublished": 0,
        "too thin": 2,
        "near-copies": 1,
    }
    assert snapshot() == before and not LandingPage.objects.exists()

    output = command()
    assert output.startswith("Landing pages: ") and counts(output)["created"] == 2
    Service.objects.filter(pk=services[1].pk).update(price=Decimal("99"))
    before = snapshot()
    output = command("--dry-run", "--template", "category-city")
    assert (counts(output)["updated"], counts(output)["too thin"]) == (2, 1)
    pause(services[0])
    output = command("--dry-run")
    assert (counts(output)["unpublished"], counts(output)["too thin"]) == (2, 4)
    assert snapshot() == before


def test_the_command_generates_one_template_or_refuses_an_unknown_one(tree, templates):
    mixed_catalog(tree)
    with pytest.raises(CommandError, match="No landing template “nope”") as refused:
        command("--template", "nope")
    known = str(refused.value).split("Templates: ")[1].rstrip(".").split(", ")
    assert sorted(known) == ["category-city", "subcategory-city", "subcategory-tag"]
    assert not LandingPage.objects.exists()

    assert counts(command("--template", "subcategory-tag"))["created"] == 2
    assert set(LandingPage.objects.values_list("landing_template__slug", flat=True)) == {
        "subcategory-tag"
    }
    # The other templates' pages are left alone by a run of one.
    output = counts(command())
    assert (output["created"], output["unchanged"]) == (4, 2)


def test_a_running_generation_is_not_started_twice(tree, templates):
    use_only(templates.sub_city)
    offer(tree.logo, "tripoli", 5)
    cache.add(lock_key(), 1, 60)
    with pytest.raises(CommandError, match="Another generation"):
        command()
    assert not LandingPage.objects.exists()
    # A dry run writes nothing: it needs no lock.
    assert counts(command("--dry-run"))["created"] == 2
    cache.delete(lock_key())
    assert counts(command())["created"] == 2
    assert cache.add(lock_key(), 1, 1)  # the run let the lock go


# --- The templates' checks -----------------------------------------------------------------------


def template(**fields) -> LandingTemplate:
    spec = {
        "name": "Test",
        "slug": "test",
        "dimensions": Dimensions.SUBCATEGORY_CITY,
        "title_ar": "{category} في {city}",
        "title_en": "{category} in {city}",
        "description_ar": "{services} من {min_price}",
        "description_en": "{services} from {min_price}",
        "intro_ar": "مقدمة {sellers} و{delivery}.",
        "intro_en": "Intro {sellers} {median_price} {max_price}.",
    }
    return LandingTemplate(**{**spec, **fields})


def test_a_template_with_good_patterns_is_valid(db):
    template().full_clean()
    tag = template(dimensions=Dimensions.SUBCATEGORY_TAG, title_ar="{category}: {tag}")
    tag.title_en = "{tag}+{category}"
    tag.full_clean()


@pytest.mark.parametrize(
    "field, pattern, message",
    [
        ("title_en", "{category} in {city} by {foo}", "Unknown placeholder {foo}."),
        ("description_ar", "خدمات {category في {city}", "A brace is not closed"),
        ("intro_en", "Prices from {min_price", "A brace is not closed"),
        ("intro_ar", "أسعار} {category}", "A brace is not closed"),
        ("title_ar", "خدمات {category}", "The title must name its combination: add {city}."),
        ("title_en", "Services in {city}", "The title must name its combination: add {category}."),
        ("description_en", "{min_price:>9} and {max_price}", "Unknown placeholder {min_price}."),
        ("intro_en", "{city!r}", "Unknown placeholder {city}."),
        ("title_en", "{category} in {city} {}", "Unknown placeholder {}."),
    ],
)
def test_a_bad_pattern_is_refused_on_its_field(db, in_english, field, pattern, message):
    with pytest.raises(ValidationError) as refused:
        template(**{field: pattern}).full_clean()
    assert list(refused.value.message_dict) == [field]
    assert refused.value.message_dict[field][0].startswith(message)


def test_a_tag_templates_patterns_may_not_name_a_city(db, in_english):
    bad = template(
        dimensions=Dimensions.SUBCATEGORY_TAG, title_ar="{category}: {tag}", title_en="{category}"
    )
    with pytest.raises(ValidationError) as refused:
        bad.full_clean()
    assert list(refused.value.message_dict) == ["title_en"]
    assert "add {tag}" in refused.value.message_dict["title_en"][0]
    bad.title_en = "{category} in {city} ({tag})"
    with pytest.raises(ValidationError) as refused:
        bad.full_clean()
    assert refused.value.message_dict["title_en"][0].startswith("Unknown placeholder {city}.")


def test_a_template_without_dimensions_is_refused_with_a_message(db, in_english):
    """An editor who forgets to choose the dimensions gets a form error, not a crash."""
    with pytest.raises(ValidationError) as refused:
        template(dimensions="").full_clean()
    assert "dimensions" in refused.value.message_dict
