"""What a landing page shows besides its stored figures: its best services and latest reviews
(read live, so a service paused since the last generation is left out), the questions answered
from its figures, the links to its neighbouring combinations and its structured data."""

from django.db.models import Case, When
from django.utils.translation import get_language

from marketplace.catalog.models import Service, public_filter
from marketplace.orders.models import Review
from pages import seo
from pages.landing import wording

NEIGHBOURS = 8


def page_context(page, request) -> dict:
    language = (get_language() or "ar")[:2]
    services = _in_order(
        Service.objects.public().filter(pk__in=page.top_service_ids).for_cards(),
        page.top_service_ids,
    )
    reviews = (
        Review.objects.filter(public_filter("service__"), pk__in=page.review_ids, is_hidden=False)
        .select_related("author__profile", "service")
        .order_by("-created_at", "-pk")
    )
    questions = wording.questions(page, language)
    return {
        "services": services,
        "reviews": reviews,
        "questions": questions,
        "same_category": _neighbours(page, request, language, same="category"),
        "same_second": _neighbours(page, request, language, same="second"),
        "category_url": page.category.get_absolute_url(),
        "category_name": wording.category_name(page.category, language),
        "label": wording.label(page, language),
        "second_name": wording.second_name(page, language),
        "item_list": _item_list(services, request),
        "faq_topics": [{"questions": questions}],
    }


def gone_context(page, request) -> dict:
    """What the 410 page of a page taken down needs: where to look instead."""
    language = (get_language() or "ar")[:2]
    return {
        "same_category": _neighbours(page, request, language, same="category"),
        "category_url": page.category.get_absolute_url(),
        "category_name": wording.category_name(page.category, language),
    }


def _in_order(queryset, ids: list[int]) -> list:
    if not ids:
        return []
    order = Case(*[When(pk=pk, then=position) for position, pk in enumerate(ids)])
    return list(queryset.order_by(order))


def _neighbours(page, request, language: str, same: str) -> list[dict]:
    """Live pages of the same template sharing the category (other cities or tags) or the
    city or tag (other categories), the largest first."""
    pages = (
        type(page)
        .objects.live()
        .filter(landing_template_id=page.landing_template_id, locale_id=page.locale_id)
    )
    if same == "category":
        pages = pages.filter(category_id=page.category_id)
    elif page.city:
        pages = pages.filter(city=page.city)
    else:
        pages = pages.filter(tag_id=page.tag_id)
    pages = (
        pages.exclude(pk=page.pk)
        .select_related("category", "tag")
        .order_by("-service_count", "pk")[:NEIGHBOURS]
    )
    return [
        {"url": neighbour.get_url(request), "label": wording.label(neighbour, language)}
        for neighbour in pages
    ]


def _item_list(services, request) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "url": seo.absolute(request, service.get_absolute_url()),
                "name": service.title,
            }
            for position, service in enumerate(services, start=1)
        ],
    }
