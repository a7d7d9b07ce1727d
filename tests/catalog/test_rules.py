"""The listing rules, through the seller's real form and "add a service" page: every invalid
service is refused with a message on the right field, and nothing is saved."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Site

from marketplace.catalog.models import Service
from marketplace.rules.models import MarketplaceSettings
from tests.catalog.conftest import image_count, service_data, service_form

pytestmark = pytest.mark.django_db

NEW_SERVICE_URL = reverse("catalog:service_create")


def arabic(msgid, **params):
    with translation.override("ar"):
        message = gettext(msgid)
    return message % params if params else message


@pytest.fixture
def post_service(client, seller, png):
    """POST the "add a service" page as the seller; returns the response."""
    client.force_login(seller)

    def post(category, *, images=None, **overrides):
        if images is None:
            images = [png()]
        data = service_data(category, **overrides)
        if images:
            data["new_images"] = images
        return client.post(NEW_SERVICE_URL, data)

    return post


@pytest.fixture
def refused(post_service):
    """Post an invalid service; check it is refused on ``field`` and nothing was stored.
    Returns the field's errors."""

    def check(field, category, **kwargs):
        services_before, images_before = Service.objects.count(), image_count()
        response = post_service(category, **kwargs)
        assert response.status_code == 200  # the form again, not a redirect
        form = response.context["form"]
        assert field in form.errors, form.errors
        assert Service.objects.count() == services_before
        assert image_count() == images_before
        return form.errors[field]

    return check


def test_a_valid_service_is_saved_and_sent_for_review(tree, seller, post_service):
    response = post_service(tree.logo)
    assert response.status_code == 302
    assert response.url == reverse("catalog:my_services")
    service = Service.objects.get()
    assert service.seller == seller and service.moderation_status == "pending"
    assert image_count() == 1


# --- prices ----------------------------------------------------------------------------------


def test_price_below_the_minimum_is_refused(tree, refused):
    errors = refused("price", tree.logo, price="9.999")
    assert errors == [arabic("The lowest price of a service is %(minimum)s LYD.", minimum="10")]


def test_the_minimum_comes_from_the_marketplace_settings(tree, seller, refused):
    rules = MarketplaceSettings.for_site(Site.objects.get(is_default_site=True))
    rules.minimum_service_price = Decimal("25.500")
    rules.save()
    errors = refused("price", tree.logo, price="25.499")
    assert errors == [arabic("The lowest price of a service is %(minimum)s LYD.", minimum="25.500")]
    assert service_form(seller, tree.logo, price="25.5").is_valid()


def test_price_above_the_subcategory_cap_is_refused(tree, refused):
    errors = refused("price", tree.social, price="150.001")
    with translation.override("ar"):
        name = tree.social.name
    expected = arabic("The highest price in %(category)s is %(cap)s LYD.", category=name, cap="150")
    assert errors == [expected]


def test_the_parents_cap_applies_when_the_subcategory_has_none(tree, refused):
    assert tree.logo.price_cap is None
    errors = refused("price", tree.logo, price="2000.5")
    with translation.override("ar"):
        name = tree.logo.name
    expected = arabic(
        "The highest price in %(category)s is %(cap)s LYD.", category=name, cap="2,000"
    )
    assert errors == [expected]


@pytest.mark.parametrize(
    "category, price",
    [
        ("logo", "10"),  # exactly the minimum
        ("logo", "10.000"),
        ("social", "150"),  # exactly the subcategory's cap
        ("logo", "2000"),  # exactly the parent's cap
        ("translation", "250000"),  # no cap anywhere
    ],
)
def test_prices_at_the_limits_are_valid(tree, seller, category, price):
    form = service_form(seller, getattr(tree, category), price=price)
    assert form.is_valid(), form.errors


# --- title and delivery ----------------------------------------------------------------------


@pytest.mark.parametrize("title", ["قصير جدًا", "أ" * 9, "أ" * 81, "   "])
def test_title_outside_10_to_80_characters_is_refused(tree, refused, title):
    refused("title", tree.logo, title=title)


def test_title_length_message(tree, refused):
    errors = refused("title", tree.logo, title="تصميم شعر")  # 9 characters
    assert errors == [
        arabic(
            "The title must be between %(min)s and %(max)s characters (now %(count)s).",
            min=10,
            max=80,
            count=9,
        )
    ]


@pytest.mark.parametrize("title", ["أ" * 10, "ب" * 80, "  تصميم   شعار   جميل  "])
def test_titles_of_10_to_80_characters_are_valid(tree, seller, title):
    form = service_form(seller, tree.logo, title=title)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["title"] == " ".join(title.split())


@pytest.mark.parametrize("days", ["0", "91", "-1"])
def test_delivery_days_outside_1_to_90_are_refused(tree, refused, days):
    refused("delivery_days", tree.logo, delivery_days=days)


@pytest.mark.parametrize("days", ["1", "90"])
def test_delivery_days_at_the_limits_are_valid(tree, seller, days):
    assert service_form(seller, tree.logo, delivery_days=days).is_valid()


# --- images ----------------------------------------------------------------------------------


def test_a_service_without_images_is_refused(tree, refused):
    errors = refused("new_images", tree.logo, images=[])
    assert errors == [arabic("Add at least one image of your work.")]


def test_six_images_are_refused(tree, refused, png):
    images = [png(f"work{n}.png") for n in range(6)]
    errors = refused("new_images", tree.logo, images=images)
    with translation.override("ar"):
        expected = translation.ngettext(
            "A service has at most %(max)s image; remove some first.",
            "A service has at most %(max)s images; remove some first.",
            5,
        ) % {"max": 5}
    assert errors == [expected]


def test_five_images_are_accepted(tree, post_service, png):
    images = [png(f"work{n}.png") for n in range(5)]
    assert post_service(tree.logo, images=images).status_code == 302
    assert Service.objects.get().images.count() == 5
    assert image_count() == 5


def test_a_text_file_renamed_png_is_refused(tree, refused):
    fake = SimpleUploadedFile("work.png", b"this is not an image\n" * 20, content_type="image/png")
    refused("new_images", tree.logo, images=[fake])


def test_a_fake_image_next_to_a_real_one_is_refused_and_nothing_is_stored(tree, refused, png):
    fake = SimpleUploadedFile("evil.png", b"<?php echo 1; ?>", content_type="image/png")
    refused("new_images", tree.logo, images=[png("good.png"), fake])


# --- tags and extras -------------------------------------------------------------------------


def test_more_than_five_tags_are_refused(tree, refused):
    errors = refused("tags_text", tree.logo, tags_text="أ، ب، ت، ث، ج، ح")
    assert errors == [arabic("Use at most %(max)s tags.", max=5)]


def test_five_tags_with_arabic_commas_and_duplicates_are_valid(tree, seller):
    form = service_form(seller, tree.logo, tags_text="شعار، هوية، شعار, تصميم ,  لوجو ، علامة")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["tags_text"] == ["شعار", "هوية", "تصميم", "لوجو", "علامة"]


def test_more_than_five_extras_are_refused(tree, seller, post_service):
    extras = [(f"إضافة رقم {n}", 10, 1) for n in range(6)]
    response = post_service(tree.logo, extras=extras)
    assert response.status_code == 200
    form = response.context["form"]
    assert form.formsets["extras"].non_form_errors()
    assert not Service.objects.exists()
    assert image_count() == 0


def test_five_extras_are_saved(tree, seller, submit_service):
    extras = [(f"إضافة رقم {n}", 10 + n, n) for n in range(5)]
    service = submit_service(seller, tree.logo, extras=extras)
    saved = list(service.extras.values_list("title", "price", "extra_days"))
    assert saved == [(title, Decimal(price), days) for title, price, days in extras]


def test_an_extra_under_1_lyd_is_refused(tree, seller):
    form = service_form(seller, tree.logo, extras=[("إضافة", "0.5", 0)])
    assert not form.is_valid()
    assert form.formsets["extras"].forms[0].errors["price"] == [
        arabic("An extra costs at least 1 LYD.")
    ]


# --- description ----------------------------------------------------------------------------


def test_description_is_sanitised(tree, seller, submit_service):
    dirty = (
        "<p onclick=\"alert('x')\">وصف الخدمة بالتفصيل مع كل ما يحصل عليه المشتري من ملفات.</p>"
        "<script>alert('hacked')</script>"
        '<p><a href="javascript:alert(1)">رابط خطير</a> و '
        '<a href="https://example.ly/portfolio">أعمالي السابقة</a></p>'
        '<img src="x" onerror="alert(1)"><p style="color:red">نص</p>'
    )
    service = submit_service(seller, tree.logo, description=dirty)
    html = service.description
    assert "<script" not in html and "alert" not in html
    assert "onclick" not in html and "onerror" not in html and "style=" not in html
    assert "javascript:" not in html and "<img" not in html
    assert 'href="https://example.ly/portfolio"' in html
    assert 'rel="nofollow ugc noopener"' in html
    assert "رابط خطير" in html  # the text of the removed link stays


def test_plain_text_description_becomes_escaped_paragraphs(tree, seller):
    text = "سطر أول من وصف الخدمة & <تفاصيل>\nسطر ثان\n\nفقرة ثانية كاملة من الوصف الطويل للخدمة."
    form = service_form(seller, tree.logo, description=text)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["description"] == (
        "<p>سطر أول من وصف الخدمة &amp; &lt;تفاصيل&gt;<br>سطر ثان</p>"
        "<p>فقرة ثانية كاملة من الوصف الطويل للخدمة.</p>"
    )


def test_a_description_that_is_only_markup_is_too_short(tree, refused):
    refused("description", tree.logo, description="<script>" + "x" * 200 + "</script><p> </p>")
