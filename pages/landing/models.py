"""Programmatic landing pages: the templates editors write, and the Wagtail pages the generator
makes from them, one per combination (a category in a city, a subcategory with a tag) and
language. See docs/landing.md."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpResponseGone, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.url_routing import RouteResult

from marketplace.accounts.cities import LIBYAN_CITIES
from pages.landing import patterns
from pages.models import BasePage

NOTE_FEATURES = ["bold", "italic", "link", "ol", "ul"]


@register_setting(icon="doc-full")
class LandingSettings(BaseSiteSetting):
    minimum_services = models.PositiveSmallIntegerField(
        _("minimum services per landing page"),
        default=5,
        validators=[MinValueValidator(2), MaxValueValidator(500)],
        help_text=_(
            "A combination needs at least this many public services to get a page. A page "
            "whose combination falls under it is unpublished at the next generation."
        ),
    )

    class Meta:
        verbose_name = _("landing page settings")
        verbose_name_plural = _("landing page settings")


class Dimensions(models.TextChoices):
    CATEGORY_CITY = "category_city", _("Top category × seller's city")
    SUBCATEGORY_CITY = "subcategory_city", _("Subcategory × seller's city")
    SUBCATEGORY_TAG = "subcategory_tag", _("Subcategory × service tag")


class LandingTemplate(models.Model):
    """What an editor writes once for thousands of pages: which dimensions combine, and the
    title, description and intro patterns in both languages."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"), max_length=40, unique=True, help_text=_("Names it on the command line.")
    )
    dimensions = models.CharField(
        _("dimensions"), max_length=20, choices=Dimensions.choices, unique=True
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("An inactive template's pages are unpublished at the next generation."),
    )
    title_ar = models.CharField(_("Arabic title"), max_length=120)
    title_en = models.CharField(_("English title"), max_length=120)
    description_ar = models.TextField(_("Arabic description"), max_length=300)
    description_en = models.TextField(_("English description"), max_length=300)
    intro_ar = models.TextField(_("Arabic introduction"), max_length=1000)
    intro_en = models.TextField(_("English introduction"), max_length=1000)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("dimensions"), FieldPanel("is_active")]),
        HelpPanel(
            content=_(
                "Placeholders: {category}, and {city} or {tag} by the dimensions; {services}, "
                "{sellers}, {min_price}, {max_price}, {median_price} and {delivery} from the "
                "data. The title must contain both names of its combination."
            )
        ),
        MultiFieldPanel(
            [FieldPanel("title_ar"), FieldPanel("description_ar"), FieldPanel("intro_ar")],
            heading=_("Arabic"),
        ),
        MultiFieldPanel(
            [FieldPanel("title_en"), FieldPanel("description_en"), FieldPanel("intro_en")],
            heading=_("English"),
        ),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("landing page template")
        verbose_name_plural = _("landing page templates")

    def __str__(self):
        return self.name

    @property
    def facet(self) -> str:
        """The second dimension: "city" or "tag"."""
        return self.dimensions.rsplit("_", 1)[1]

    @property
    def top_level(self) -> bool:
        return self.dimensions == Dimensions.CATEGORY_CITY

    def pattern(self, field: str, language: str) -> str:
        return getattr(self, f"{field}_{language}")

    def clean(self):
        if self.dimensions not in Dimensions.values:
            return  # the field's own error says so; the patterns depend on it
        if self.pk and self.pages.exists():
            saved = LandingTemplate.objects.get(pk=self.pk).dimensions
            if saved != self.dimensions:
                raise ValidationError(
                    {
                        "dimensions": _(
                            "This template has pages, so its dimensions stay: make a new "
                            "template (and switch this one off) for other dimensions."
                        )
                    }
                )
        errors = {}
        for field in ("title", "description", "intro"):
            for language in ("ar", "en"):
                name = f"{field}_{language}"
                try:
                    patterns.check(getattr(self, name), self.facet, required=field == "title")
                except ValidationError as error:
                    errors[name] = error
        if errors:
            raise ValidationError(errors)


class LandingIndexPage(BasePage):
    """The `/services/` node of the page tree the landing pages hang from (its address is the
    catalog's own category list, which Django serves first)."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.LandingFolderPage"]
    is_creatable = False
    max_count_per_parent = 1
    sitemap_section = "landing"

    class Meta:
        verbose_name = _("landing pages index")

    def serve(self, request, *args, **kwargs):
        return HttpResponsePermanentRedirect(reverse("catalog:category_index"))


class LandingFolderPage(BasePage):
    """One category's node (`/services/<category>/`, the catalog's category page): its
    children are the category's landing pages."""

    # Deleting a category deletes its landing pages through Wagtail first (landing.signals).
    category = models.ForeignKey(
        "catalog.Category",
        verbose_name=_("category"),
        on_delete=models.DO_NOTHING,
        related_name="+",
    )

    parent_page_types = ["pages.LandingIndexPage"]
    subpage_types = ["pages.LandingPage"]
    is_creatable = False
    sitemap_section = "landing"

    class Meta:
        verbose_name = _("landing pages of a category")

    def serve(self, request, *args, **kwargs):
        return HttpResponsePermanentRedirect(self.category.get_absolute_url())


class LandingPage(BasePage):
    """One combination's page in one language. The generator writes everything but the
    editor's note; an editor's revision never brings back figures the generator has since
    replaced (``with_content_json``)."""

    landing_template = models.ForeignKey(
        LandingTemplate,
        verbose_name=_("template"),
        on_delete=models.PROTECT,
        related_name="pages",
    )
    combination = models.CharField(_("combination"), max_length=120, editable=False)
    # Deleting a category or a tag deletes its landing pages through Wagtail first
    # (landing.signals): Django's own cascade would leave the page tree's counts wrong.
    category = models.ForeignKey(
        "catalog.Category",
        verbose_name=_("category"),
        on_delete=models.DO_NOTHING,
        related_name="+",
    )
    city = models.CharField(_("city"), max_length=30, choices=LIBYAN_CITIES, blank=True)
    tag = models.ForeignKey(
        "taggit.Tag",
        verbose_name=_("tag"),
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        related_name="+",
    )
    intro = models.TextField(_("introduction"), blank=True)
    service_count = models.PositiveIntegerField(_("services"), default=0)
    seller_count = models.PositiveIntegerField(_("active sellers"), default=0)
    min_price = models.DecimalField(max_digits=14, decimal_places=3, default=0)
    max_price = models.DecimalField(max_digits=14, decimal_places=3, default=0)
    median_price = models.DecimalField(max_digits=14, decimal_places=3, default=0)
    typical_delivery_days = models.PositiveSmallIntegerField(default=0)
    fastest_delivery_days = models.PositiveSmallIntegerField(default=0)
    rating_average = models.DecimalField(max_digits=3, decimal_places=2, default=0)
    rating_count = models.PositiveIntegerField(default=0)
    top_service_ids = models.JSONField(default=list, editable=False)
    review_ids = models.JSONField(default=list, editable=False)
    data_changed_at = models.DateTimeField(
        _("data last changed"), null=True, blank=True, editable=False
    )
    fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    # Unpublished by the generator because its combination fell under the minimum (it comes
    # back when the combination does); a page an editor unpublished stays so.
    is_thin = models.BooleanField(default=False, editable=False)
    editor_note = RichTextField(
        _("editor's paragraph"),
        blank=True,
        features=NOTE_FEATURES,
        help_text=_("Written by hand for this page only; the generator keeps it."),
    )

    # The figures and lists the generator computes from the data.
    DATA_FIELDS = (
        "service_count",
        "seller_count",
        "min_price",
        "max_price",
        "median_price",
        "typical_delivery_days",
        "fastest_delivery_days",
        "rating_average",
        "rating_count",
        "top_service_ids",
        "review_ids",
    )
    # What the generator owns: an editor's revision restores none of it.
    GENERATED_FIELDS = (
        "title",
        "draft_title",
        "slug",
        "seo_title",
        "search_description",
        "landing_template_id",
        "combination",
        "category_id",
        "city",
        "tag_id",
        "intro",
        *DATA_FIELDS,
        "data_changed_at",
        "fingerprint",
        "is_thin",
    )

    content_panels = [
        HelpPanel(
            template="landing/admin/generated_summary.html",
            heading=_("Generated from the marketplace's data"),
        ),
        FieldPanel("editor_note"),
    ]
    promote_panels = [FieldPanel("social_image")]
    template = "landing/landing_page.html"
    parent_page_types = ["pages.LandingFolderPage"]
    subpage_types = []
    is_creatable = False
    sitemap_section = "landing"
    # Thousands of generated pages: the reference index would only list the template and
    # the category, which PROTECT already guards.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("landing page")
        verbose_name_plural = _("landing pages")
        indexes = [
            models.Index(fields=["landing_template", "combination"]),
            models.Index(fields=["landing_template", "category", "-service_count"]),
            models.Index(fields=["landing_template", "city", "-service_count"]),
            models.Index(fields=["landing_template", "tag", "-service_count"]),
        ]

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        for field in self.GENERATED_FIELDS:
            setattr(obj, field, getattr(self, field))
        return obj

    def summary_text(self) -> str:
        return self.intro

    def route(self, request, path_components):
        """A page the generator took down (its combination fell under the minimum, became a
        near-copy, or its template was switched off) answers 410 Gone instead of Wagtail's
        404, with links to where such services are."""
        if not path_components and not self.live and self.is_thin:
            return RouteResult(self, kwargs={"gone": True})
        return super().route(request, path_components)

    def serve(self, request, *args, gone=False, **kwargs):
        if gone:
            response = TemplateResponse(
                request, "landing/landing_gone.html", self.get_context(request, gone=True)
            )
            response.status_code = HttpResponseGone.status_code
            return response
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, gone=False, **kwargs):
        from pages.landing.content import gone_context, page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(gone_context(self, request) if gone else page_context(self, request))
        return context

    def get_sitemap_urls(self, request=None):
        """Listed in the landing section of the sitemap, dated by its data."""
        urls = super().get_sitemap_urls(request)
        for url in urls:
            url["lastmod"] = self.data_changed_at or url["lastmod"]
        return urls
