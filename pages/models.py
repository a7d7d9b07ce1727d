from django.conf import settings
from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from pages import seo
from pages.blocks import FaqTopicBlock, HomeStreamBlock


class BasePage(Page):
    """What every editorial page shares: the image shown when it is shared, and the
    description, alternates and sitemap entries its SEO tags are made of."""

    social_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared (1200×630 works best)."),
    )

    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]

    class Meta:
        abstract = True

    def get_meta_description(self) -> str:
        """The editor's search description, else the page's own summary."""
        return self.search_description or Truncator(self.summary_text()).chars(160)

    def summary_text(self) -> str:
        return ""

    def get_meta_image(self):
        return self.social_image

    def get_sitemap_urls(self, request=None):
        """Addressed from the requested host, with the page's other languages (and the
        Arabic one as x-default) as alternates."""
        alternates = seo.page_alternates(self, request)
        default = [alt for alt in alternates if alt["lang_code"] == settings.LANGUAGE_CODE]
        return [
            {
                "location": seo.absolute(request, self.get_url(request)),
                "lastmod": self.last_published_at or self.latest_revision_created_at,
                "alternates": alternates + [{**alt, "lang_code": "x-default"} for alt in default],
            }
        ]


class HomePage(BasePage):
    """The site's root page, built from blocks by editors."""

    body = StreamField(HomeStreamBlock(), blank=True, verbose_name=_("content"))

    content_panels = [*Page.content_panels, FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def summary_text(self) -> str:
        hero = next((block.value for block in self.body if block.block_type == "hero"), None)
        return hero["subtitle"] if hero else ""


class StandardPage(BasePage):
    """A plain editorial page: terms, privacy, guarantee and the like."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)
    body = RichTextField(_("body"), blank=True)

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def summary_text(self) -> str:
        return self.intro or strip_tags(self.body)


class FaqPage(BasePage):
    """Questions and answers grouped by topic, each answer with its own link (#anchor), and
    the FAQPage structured data search engines read."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(
        [("topic", FaqTopicBlock())], blank=True, verbose_name=_("questions by topic")
    )

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("FAQ page")

    def summary_text(self) -> str:
        return self.intro

    def topics(self) -> list[dict]:
        """Each topic with its questions, each question with a unique anchor made of its
        words (readable in the address bar in either language)."""
        used = set()
        topics = []
        for block in self.body:
            questions = []
            for item in block.value["questions"]:
                anchor = slugify(item["question"], allow_unicode=True)[:60] or "q"
                unique, number = anchor, 2
                while unique in used:
                    unique, number = f"{anchor}-{number}", number + 1
                used.add(unique)
                questions.append(
                    {"anchor": unique, "question": item["question"], "answer": item["answer"]}
                )
            topics.append({"title": block.value["title"], "questions": questions})
        return topics


# The landing pages' models live in their own module (pages/landing/), loaded with the app's.
from pages.landing.models import (  # noqa: E402, F401
    LandingFolderPage,
    LandingIndexPage,
    LandingPage,
    LandingSettings,
    LandingTemplate,
)
