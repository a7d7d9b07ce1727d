from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.documents import urls as wagtaildocs_urls

from marketplace.payments.urls import webhook_urlpatterns
from pages.landing.sitemaps import LandingSitemap
from pages.sitemaps import SITEMAPS, sitemap_index
from pages.views import robots_txt

ALL_SITEMAPS = {**SITEMAPS, "landing": LandingSitemap}

urlpatterns = [
    path("api/v1/", include("marketplace.api.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    *webhook_urlpatterns,
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap_index, {"sitemaps": ALL_SITEMAPS}, name="sitemap_index"),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": ALL_SITEMAPS},
        name="sitemap_section",
    ),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Arabic at the root, English under /en/. The language switch lives inside the prefix so the
# page it was used on is resolved in its own language before being translated.
urlpatterns += i18n_patterns(
    path("i18n/setlang/", set_language, name="set_language"),
    path("", include("marketplace.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("", include("marketplace.notifications.urls")),
    path("", include("marketplace.messaging.urls")),
    path("", include("marketplace.payments.urls")),
    path("", include("marketplace.orders.urls")),
    path("", include("marketplace.projects.urls")),
    path("", include("marketplace.ledger.urls")),
    path("", include("marketplace.catalog.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
