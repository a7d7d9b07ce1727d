from django import template
from django.urls import translate_url
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from pages import seo

register = template.Library()


def _wagtail_page(context) -> Page | None:
    # "page" is also what the marketplace's paginated lists call their page of results.
    page = context.get("page")
    return page if isinstance(page, Page) else None


def _routed_suffix(page: Page, request) -> str:
    """What a routable page's sub-address adds to its own (``category/tips/`` of
    ``/blog/category/tips/``), so its alternates keep it."""
    url = page.get_url(request) or ""
    return request.path[len(url) :] if url and request.path.startswith(url) else ""


@register.inclusion_tag("includes/seo_tags.html", takes_context=True)
def seo_tags(context):
    """Canonical address, hreflang alternates, OpenGraph and Twitter card tags. A Wagtail page
    gives its own title, description and image; other views may put ``seo_title``,
    ``seo_description`` and ``seo_image`` (a Wagtail image) in their context."""
    request = context["request"]
    page = _wagtail_page(context)
    number = request.GET.get("page", "")
    page_query = f"?page={number}" if number.isdigit() and number != "1" else ""
    tags = {
        "canonical": seo.absolute(request, request.path + page_query),
        "og_locale": seo.OG_LOCALES.get(get_language(), "ar_LY"),
        "title": context.get("seo_title", ""),
        "description": context.get("seo_description", ""),
        "image": seo.social_image_url(request, context.get("seo_image")),
        "type": "website",
        "site_name": _("MicroLibya"),
    }
    if context.get("seo_alternates") is not None:
        # A routed sub-page whose address differs by language (a translated tag).
        alternates = context["seo_alternates"]
    elif page is None:
        alternates = seo.view_alternates(request)
    else:
        suffix = _routed_suffix(page, request)
        alternates = [
            {**alternate, "location": alternate["location"] + suffix}
            for alternate in seo.page_alternates(page, request)
        ]
    if page is not None:
        specific = page.specific_deferred
        tags["title"] = tags["title"] or page.seo_title or page.title
        if hasattr(specific, "get_meta_description"):
            tags["description"] = tags["description"] or specific.get_meta_description()
            tags["image"] = seo.social_image_url(request, specific.get_meta_image())
        tags["type"] = getattr(specific, "og_type", "website")
    # The same page of a paginated list in each language.
    tags["alternates"] = [
        {**alternate, "location": alternate["location"] + page_query} for alternate in alternates
    ]
    tags["x_default"] = next(
        (alt["location"] for alt in tags["alternates"] if alt["lang_code"] == "ar"), ""
    )
    return tags


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None, *extra):
    """The trail to ``page`` (a Wagtail page), or to the page in the context, then any extra
    (title, url) pairs given as flat arguments, with its BreadcrumbList structured data."""
    request = context.get("request")
    page = page or _wagtail_page(context)
    trail = seo.page_breadcrumbs(page, request) if page is not None else []
    trail += list(zip(extra[::2], extra[1::2], strict=True))
    return {"trail": trail, "structured_data": seo.breadcrumb_list(trail, request)}


@register.simple_tag(takes_context=True)
def translated_url(context, language_code: str) -> str:
    """Where the language switcher leads: the current Wagtail page's translation (or that
    language's home page when the page is not translated); other views, the same address in
    that language."""
    request = context["request"]
    page = _wagtail_page(context)
    if page is None:
        return translate_url(request.get_full_path(), language_code)
    translation = next(
        (
            version
            for version in seo.live_translations(page)
            if version.locale.language_code == language_code
        ),
        None,
    )
    if translation is not None:
        return translation.get_url(request) + _routed_suffix(page, request)
    home = page.get_site().root_page.get_translations(inclusive=True).live()
    home = home.filter(locale__language_code=language_code).first()
    return home.get_url(request) if home is not None else translate_url("/", language_code)


@register.filter
def ld_json(data):
    return seo.ld_json(data)
