from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from plugins.context import current_site

register = template.Library()

# Footer destinations, in order: (page slug, label). A link shows once its page is published.
FOOTER_PAGES = [
    ("help", _("Help center")),
    ("faq", _("FAQ")),
    ("guarantee", _("Guarantee")),
    ("terms", _("Terms of use")),
    ("privacy", _("Privacy policy")),
    ("blog", _("Blog")),
]


@register.simple_tag
def optional_url(name, *args):
    """The URL of a route, or "" when that part of the site is not installed."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context):
    request = context.get("request")
    site = current_site()
    links = []
    if site is not None:
        root = site.root_page.localized
        pages = {
            page.slug: page
            for page in Page.objects.live()
            .child_of(root)
            .filter(slug__in=[slug for slug, _label in FOOTER_PAGES], locale=Locale.get_active())
        }
        links = [
            (label, pages[slug].get_url(request)) for slug, label in FOOTER_PAGES if slug in pages
        ]
    return {"links": links}


@register.simple_tag(takes_context=True)
def page_url(context, number, param="page"):
    """The current URL's query string with ``param`` set to ``number`` (filters kept), so a
    page can paginate two lists (its services and its reviews) independently."""
    params = context["request"].GET.copy()
    params[param] = number
    return "?" + params.urlencode()
