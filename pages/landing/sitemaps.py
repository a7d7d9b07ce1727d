"""The landing section of the sitemap: live landing pages in every language, each with its
other language as an alternate and the date its data last changed."""

from pages.landing.models import LandingPage
from pages.sitemaps import PagesSitemap


class LandingSitemap(PagesSitemap):
    def items(self):
        return LandingPage.objects.live().public().order_by("pk")
