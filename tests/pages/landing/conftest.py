"""Fixtures of the landing page tests: a small catalog tree, sellers in Libyan cities, the
demo's three landing templates, and helpers that add public services, run a generation and
find the pages it made."""

import re
from decimal import Decimal
from types import SimpleNamespace

import pytest
from wagtail.models import Page, PageLogEntry, Revision, Site

from marketplace.catalog.models import Service
from marketplace.orders.models import Review
from marketplace.orders.reviews import leave_review
from marketplace.orders.services import perform
from pages.landing.demo import TEMPLATES
from pages.landing.generator import Generator
from pages.landing.models import LandingPage, LandingSettings, LandingTemplate
from tests.factories import CategoryFactory, ServiceFactory, UserFactory
from tests.orders.conftest import buy, credit_wallet


@pytest.fixture(autouse=True)
def _fast_passwords(fast_passwords):
    """Many sellers and buyers are made and none logs in with a password."""


@pytest.fixture
def tree(home):
    """Two top categories with subcategories, above the Arabic home page and its English
    translation the landing pages hang from:

    design ("تصميم", Design) › logo ("تصميم شعارات", Logos), social (Social media)
    writing ("كتابة وترجمة", Writing) › translation ("ترجمة", Translation)
    """
    design = CategoryFactory(slug="design", name_ar="تصميم", name_en="Design")
    writing = CategoryFactory(slug="writing", name_ar="كتابة وترجمة", name_en="Writing")
    return SimpleNamespace(
        design=design,
        logo=CategoryFactory(parent=design, slug="logo", name_ar="تصميم شعارات", name_en="Logos"),
        social=CategoryFactory(
            parent=design, slug="social", name_ar="تصاميم التواصل", name_en="Social media"
        ),
        writing=writing,
        translation=CategoryFactory(
            parent=writing, slug="translation", name_ar="ترجمة", name_en="Translation"
        ),
    )


@pytest.fixture
def templates(db):
    """The demo's three templates: ``.city`` (top category × city, "خدمات {category} في
    {city}" / "{category} services in {city}"), ``.sub_city`` (subcategory × city,
    "{category} في {city}" / "{category} in {city}") and ``.tag`` (subcategory × tag,
    "{category}: {tag}")."""
    made = {spec["slug"]: LandingTemplate.objects.create(**spec) for spec in TEMPLATES}
    return SimpleNamespace(
        city=made["category-city"],
        sub_city=made["subcategory-city"],
        tag=made["subcategory-tag"],
    )


def seller_in(city: str, **fields):
    """A seller whose profile names ``city`` ("" for none)."""
    user = UserFactory(**fields)
    user.profile.city = city
    user.profile.save()
    return user


def offer(category, city, count=1, *, prices=None, days=None, seller=None, tags=()):
    """``count`` public services of ``category``, each by its own new seller in ``city`` (or
    all by ``seller``), priced ``prices[i]`` LYD (50 by default), delivered in ``days[i]``
    days (3 by default) and tagged ``tags``."""
    return [
        ServiceFactory(
            seller=seller or seller_in(city),
            category=category,
            price=Decimal(prices[number]) if prices else Decimal("50"),
            delivery_days=days[number] if days else 3,
            tags=tags,
        )
        for number in range(count)
    ]


def use_only(*kept):
    """Switch every other template off: a test of one template's pages is then not mixed with
    the near-copy rule (a subcategory × city that holds all its top category's services in
    that city gets no page of its own)."""
    LandingTemplate.objects.exclude(pk__in=[template.pk for template in kept]).update(
        is_active=False
    )


def generate(*templates, dry_run=False):
    """One generation of ``templates`` (of every template when none is given)."""
    return Generator(templates or None, dry_run=dry_run).run()


def outcome(report) -> dict[str, int]:
    """What a generation did, leaving out what it did not do at all."""
    return {name: count for name, count in report.as_dict().items() if count}


def plain(text: str) -> str:
    """``text`` with its no-break spaces (prices are kept on one line) as plain spaces."""
    return text.replace("\u00a0", " ")


def mixed_catalog(tree) -> list:
    """A catalog that gives each template one page and no near-copies, and leaves five
    combinations too thin; returns the three tagged logo services of Tripoli first:

    - design × Tripoli (8 services), logo × Tripoli (5), logo × "restaurants" (5: 3 in
      Tripoli, 2 in Benghazi);
    - too thin: design × Benghazi, writing × Benghazi, logo × Benghazi, social × Tripoli,
      translation × Benghazi.
    """
    tagged = offer(tree.logo, "tripoli", 3, tags=["restaurants"])
    offer(tree.logo, "tripoli", 2)
    offer(tree.logo, "benghazi", 2, tags=["restaurants"])
    offer(tree.social, "tripoli", 3)
    offer(tree.translation, "benghazi", 2)
    return tagged


def set_minimum(count: int):
    """The default site's minimum of public services per landing page."""
    setting = LandingSettings.for_site(Site.objects.get(is_default_site=True))
    setting.minimum_services = count
    setting.save()


def pages_of(category, slug: str) -> dict[str, LandingPage]:
    """The landing pages of ``category`` whose address ends in ``slug`` (a city code or a tag's
    slug), by language, read afresh."""
    pages = LandingPage.objects.filter(category=category, slug=slug).select_related("locale")
    return {page.locale.language_code: page for page in pages}


def snapshot() -> dict:
    """Every page row (landing pages with all their fields), and how many revisions and log
    entries there are: what a generation that changes nothing must leave as it was."""
    return {
        "pages": list(Page.objects.order_by("pk").values()),
        "landing": list(LandingPage.objects.order_by("pk").values()),
        "revisions": Revision.objects.count(),
        "log": PageLogEntry.objects.count(),
    }


def pause(service):
    """The seller pauses ``service`` (it stops being public at once)."""
    Service.objects.filter(pk=service.pk).update(is_paused=True)


def resume(service):
    Service.objects.filter(pk=service.pk).update(is_paused=False)


def review(service, text: str, rating: int = 5) -> Review:
    """A completed order of ``service`` by a new buyer, and the buyer's review of it."""
    buyer = UserFactory()
    credit_wallet(buyer, str(service.price + 10))
    order = buy(buyer, service)[2][0]
    perform(order, "start", service.seller)
    perform(order, "deliver", service.seller, note="تم")
    perform(order, "accept", buyer)
    return leave_review(order, buyer, rating, text)


def figures(html: str) -> list[list[str]]:
    """The numbers of each figure a landing page shows, in order (services, prices, median
    price, typical delivery, sellers, rating): "من 5 إلى 80 د.ل" gives ["5", "80"]."""
    return [re.findall(r"\d[\d,.]*", dd) for dd in re.findall(r"<dd>(.*?)</dd>", html, re.S)]
