"""What the SEO tags of a page are made of: its canonical address, its alternates in the other
language (hreflang), its breadcrumbs and the structured data (JSON-LD) search engines read.
Wagtail pages take them from the page tree; the marketplace's own views from their URL."""

import json
from collections import defaultdict

from django.conf import settings
from django.urls import translate_url
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

# The image shared on social networks: OpenGraph's recommended size, as a JPEG every
# network reads.
SOCIAL_RENDITION = "fill-1200x630|format-jpeg"

# hreflang codes and the matching OpenGraph locales.
OG_LOCALES = {"ar": "ar_LY", "en": "en_US"}


def absolute(request, url: str) -> str:
    if url.startswith(("http://", "https://")):
        return url
    if request is not None:
        return request.build_absolute_uri(url)
    return settings.SITE_URL.rstrip("/") + url


def live_translations(page: Page) -> list[Page]:
    """The live, public versions of ``page`` in every language (itself included; a private
    translation is never named), read once per page object: the head's alternates, the
    language switcher and the sitemap need them."""
    if not hasattr(page, "_live_translations"):
        translations = (
            page.get_translations(inclusive=True).live().public().select_related("locale")
        )
        page._live_translations = list(translations)
    return page._live_translations


def preload_translations(pages) -> list[Page]:
    """``pages`` as a list, each with its live, public translations read for all of them in
    one query (for lists of pages, such as the sitemap)."""
    pages = list(pages)
    translations = defaultdict(list)
    versions = (
        Page.objects.live()
        .public()
        .filter(translation_key__in={page.translation_key for page in pages})
        .select_related("locale")
    )
    for version in versions:
        translations[version.translation_key].append(version)
    for page in pages:
        page._live_translations = translations[page.translation_key]
    return pages


def page_alternates(page: Page, request=None) -> list[dict]:
    """The live versions of ``page`` in every language, as sitemap alternates:
    ``[{"lang_code": "ar", "location": "https://…/faq/"}, …]``."""
    alternates = []
    for translation in live_translations(page):
        url = translation.get_url(request)
        if url:
            alternates.append(
                {"lang_code": translation.locale.language_code, "location": absolute(request, url)}
            )
    return sorted(alternates, key=lambda alternate: alternate["lang_code"])


def view_alternates(request) -> list[dict]:
    """The current address in every language, for the marketplace's own views."""
    return [
        {"lang_code": code, "location": absolute(request, translate_url(request.path, code))}
        for code, _name in settings.LANGUAGES
    ]


def page_breadcrumbs(page: Page, request=None) -> list[tuple[str, str]]:
    """(title, url) from the home page down to ``page``; the home page is called "Home"."""
    ancestors = page.get_ancestors(inclusive=True).filter(depth__gte=2)
    trail = []
    for ancestor in ancestors:
        title = _("Home") if ancestor.depth == 2 else ancestor.title
        trail.append((title, ancestor.get_url(request)))
    return trail


def breadcrumb_list(trail: list[tuple[str, str]], request=None) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": absolute(request, url),
            }
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def ld_json(data) -> str:
    """A ``<script type="application/ld+json">`` element, escaped like ``json_script`` so no
    text in the data can close the element."""
    payload = json.dumps(data, ensure_ascii=False).translate(_json_script_escapes)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')


def social_image_url(request, image) -> str:
    """The shared image's address, or "" when there is none (or its file has gone missing:
    a page never fails for its social image)."""
    if image is None:
        return ""
    try:
        return absolute(request, image.get_rendition(SOCIAL_RENDITION).url)
    except SourceImageIOError:
        return ""
