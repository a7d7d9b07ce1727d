"""`/sitemap.xml`: an index of sections for the editorial pages (every language), categories,
services and seller profiles (both languages, with hreflang alternates). Addresses are made
from the requested host, so the sitemap names the site the crawler is reading."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.contrib.sitemaps.views import SitemapIndexItem
from django.db.models import Exists, Max, OuterRef, Q
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, get_page_models

from marketplace.accounts.models import User
from marketplace.catalog.models import Category, Service
from pages.seo import preload_translations


class PagesSitemap(Sitemap):
    """Live, public Wagtail pages of the site in every language (Wagtail's own sitemap lists
    only the default language's tree), but for the page types another section lists (their
    ``sitemap_section``)."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_a_tree)
            .exclude(content_type__in=_listed_elsewhere())
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        """Each page with its alternates, the translations of the whole sitemap page read in
        one query (a page would otherwise read its own)."""
        pages = preload_translations(self.paginator.page(page).object_list)
        urls = [url for item in pages for url in item.get_sitemap_urls(self.request)]
        lastmods = {url.get("lastmod") for url in urls}
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


def _listed_elsewhere() -> list[ContentType]:
    models = [
        model
        for model in get_page_models()
        if getattr(model, "sitemap_section", "pages") != "pages"
    ]
    return list(ContentType.objects.get_for_models(*models).values())


class MarketplaceSitemap(Sitemap):
    """A section of the marketplace's own pages, in both languages with alternates (Django's
    own URL making; Wagtail's base class only lends it the request)."""

    _urls = DjangoSitemap._urls

    i18n = True
    alternates = True
    x_default = True
    languages = [code for code, _name in settings.LANGUAGES]

    def location(self, obj):
        return obj.get_absolute_url()

    def lastmod(self, obj):
        return getattr(obj, "lastmod", None)

    def get_domain(self, site=None):
        return self.request.get_host()

    def get_protocol(self, protocol=None):
        return self.request.scheme


class CategorySitemap(MarketplaceSitemap):
    def items(self):
        return Category.objects.order_by("pk")


class ServiceSitemap(MarketplaceSitemap):
    def items(self):
        return Service.objects.public().only("pk", "slug", "last_published_at").order_by("pk")

    def lastmod(self, service):
        return service.last_published_at


class ProfileSitemap(MarketplaceSitemap):
    """Sellers with at least one public service: a profile with nothing to show is thin."""

    def items(self):
        public = Service.objects.public().filter(seller=OuterRef("pk"))
        return (
            User.objects.filter(Exists(public))
            .annotate(lastmod=Max("services__last_published_at"))
            .only("pk", "username")
            .order_by("pk")
        )

    def location(self, user):
        return reverse("catalog:seller_profile", args=[user.username])


SITEMAPS = {
    "pages": PagesSitemap,
    "categories": CategorySitemap,
    "services": ServiceSitemap,
    "profiles": ProfileSitemap,
}


def sitemap_index(request, sitemaps):
    """The index of the sections and their pages, addressed from the requested host (Django's
    own index names the sites framework's domain and reads every row for its lastmod)."""
    locations = []
    for section, sitemap_class in sitemaps.items():
        url = request.build_absolute_uri(reverse("sitemap_section", kwargs={"section": section}))
        pages = sitemap_class(request).paginator.num_pages
        locations += [url] + [f"{url}?p={number}" for number in range(2, pages + 1)]
    return TemplateResponse(
        request,
        "sitemap_index.xml",
        {"sitemaps": [SitemapIndexItem(location, None) for location in locations]},
        content_type="application/xml",
    )
