"""The words of a landing page in one language: the names of its combination, the values of a
template's placeholders, and the questions answered from its figures. Numbers agree with their
nouns through the catalogs' plural forms (Arabic has six)."""

from decimal import Decimal

from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from marketplace.accounts.cities import LIBYAN_CITIES
from marketplace.ledger.money import format_lyd
from pages.landing import patterns

CITY_NAMES = dict(LIBYAN_CITIES)


def category_name(category, language: str, qualified: bool = False) -> str:
    """The category's name; ``qualified`` adds its parent's, for a name two categories share
    ("أخرى (تصميم)"), so that titles stay unique."""
    name = category.name_en if language == "en" and category.name_en else category.name_ar
    if qualified and category.parent_id:
        return f"{name} ({category_name(category.parent, language)})"
    return name


def second_name(page, language: str) -> str:
    """The city's name in ``language``, or the tag as sellers wrote it."""
    if page.city:
        with translation.override(language):
            return str(CITY_NAMES.get(page.city, page.city))
    return page.tag.name


def price(amount: Decimal) -> str:
    """A price such as "50 LYD", kept on one line (a no-break space)."""
    return (_("%(amount)s LYD") % {"amount": format_lyd(amount)}).replace(" ", "\u00a0")


def days(count: int) -> str:
    return ngettext("%(count)d day", "%(count)d days", count) % {"count": count}


def services(count: int) -> str:
    return ngettext("%(count)d service", "%(count)d services", count) % {"count": count}


def sellers(count: int) -> str:
    return ngettext("%(count)d seller", "%(count)d sellers", count) % {"count": count}


def placeholder_values(page, language: str, qualified: bool = False) -> dict[str, str]:
    """What ``{category}``, ``{city}``, ``{services}``… stand for on ``page`` (figures set)."""
    with translation.override(language):
        values = {
            "category": category_name(page.category, language, qualified),
            "services": services(page.service_count),
            "sellers": sellers(page.seller_count),
            "min_price": price(page.min_price),
            "max_price": price(page.max_price),
            "median_price": price(page.median_price),
            "delivery": days(page.typical_delivery_days),
        }
    values["city" if page.city else "tag"] = second_name(page, language)
    return values


def page_texts(template, page, language: str, qualified: bool = False) -> dict[str, str]:
    """The title, search description and intro of ``page`` from its template's patterns."""
    values = placeholder_values(page, language, qualified)
    return {
        "title": patterns.fill(template.pattern("title", language), values)[:255],
        "search_description": patterns.fill(template.pattern("description", language), values),
        "intro": patterns.fill(template.pattern("intro", language), values),
    }


def label(page, language: str) -> str:
    """A short name for links: "Logo design in Tripoli", "Logo design: restaurants"."""
    names = {
        "category": category_name(page.category, language),
        "other": second_name(page, language),
    }
    with translation.override(language):
        if page.city:
            return _("%(category)s in %(other)s") % names
        return _("%(category)s: %(other)s") % names


def questions(page, language: str) -> list[dict[str, str]]:
    """Questions a buyer asks about this combination, answered from its figures."""
    what = label(page, language)
    with translation.override(language):
        values = {
            "what": what,
            "min": price(page.min_price),
            "max": price(page.max_price),
            "median": price(page.median_price),
            "typical": days(page.typical_delivery_days),
            "fastest": days(page.fastest_delivery_days),
            "services": services(page.service_count),
            "sellers": sellers(page.seller_count),
        }
        faq = [
            {
                "question": _("How much does %(what)s cost?") % values,
                "answer": _(
                    "Prices for %(what)s run from %(min)s to %(max)s; half of the services "
                    "cost %(median)s or less."
                )
                % values,
            },
            {
                "question": _("How long does %(what)s take?") % values,
                "answer": _(
                    "Most sellers of %(what)s deliver within %(typical)s; the fastest service "
                    "takes %(fastest)s."
                )
                % values,
            },
            {
                "question": _("How many sellers offer %(what)s?") % values,
                "answer": _("%(sellers)s offer %(services)s for %(what)s right now.") % values,
            },
        ]
        if page.rating_count:
            rating = {
                **values,
                "rating": number_format(page.rating_average, 1),
                "reviews": ngettext("%(count)d review", "%(count)d reviews", page.rating_count)
                % {"count": page.rating_count},
            }
            faq.append(
                {
                    "question": _("Are buyers happy with %(what)s?") % values,
                    "answer": _(
                        "Buyers rate %(what)s %(rating)s out of 5 on average, over %(reviews)s."
                    )
                    % rating,
                }
            )
    return faq
