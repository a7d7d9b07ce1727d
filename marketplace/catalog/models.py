from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    WorkflowMixin,
)

from marketplace.catalog.icons import CATEGORY_ICONS

DESCRIPTION_FEATURES = ["bold", "italic", "ol", "ul", "link"]
MAX_IMAGES = 5
MAX_EXTRAS = 5
EXTRA_DAYS_MAX = 30
MAX_TAGS = 5
CARD_RENDITION = "fill-480x300|format-webp"


def localized(arabic: str, english: str) -> str:
    """The English text on English pages when there is one, the Arabic otherwise."""
    if english and (get_language() or "ar").startswith("en"):
        return english
    return arabic


class CategoryQuerySet(models.QuerySet):
    def top_level(self):
        return self.filter(parent__isnull=True)


class Category(models.Model):
    """A node of the two-level category tree. Services belong to subcategories."""

    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent category"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        limit_choices_to={"parent__isnull": True},
        help_text=_("Empty for a top category."),
    )
    name_ar = models.CharField(_("Arabic name"), max_length=80)
    name_en = models.CharField(_("English name"), max_length=80, blank=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True, allow_unicode=True)
    icon = models.CharField(_("icon"), max_length=30, choices=CATEGORY_ICONS, default="category")
    description_ar = models.CharField(_("Arabic description"), max_length=240, blank=True)
    description_en = models.CharField(_("English description"), max_length=240, blank=True)
    price_cap = models.DecimalField(
        _("price cap (LYD)"),
        max_digits=14,
        decimal_places=3,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("1"))],
        help_text=_("Highest price of a service here. Empty: the parent's cap, or none."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = CategoryQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name_ar"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        constraints = [
            models.UniqueConstraint(fields=["parent", "name_ar"], name="unique_category_name"),
        ]

    def __str__(self):
        if self.parent_id:
            return f"{self.parent.name} › {self.name}"
        return self.name

    def get_absolute_url(self):
        return reverse("catalog:category", kwargs={"slug": self.slug})

    @property
    def name(self) -> str:
        return localized(self.name_ar, self.name_en)

    @property
    def description(self) -> str:
        return localized(self.description_ar, self.description_en)

    @property
    def is_top_level(self) -> bool:
        return self.parent_id is None

    @property
    def effective_price_cap(self) -> Decimal | None:
        if self.price_cap is not None:
            return self.price_cap
        return self.parent.price_cap if self.parent_id else None

    def clean(self):
        if self.slug and self.slug[0].isdigit():
            raise ValidationError({"slug": _("The slug cannot start with a digit.")})
        if self.parent_id:
            if self.parent.parent_id:
                raise ValidationError(
                    {"parent": _("Categories have two levels: choose a top category.")}
                )
            if self.pk and self.children.exists():
                raise ValidationError(
                    {"parent": _("This category has subcategories, so it must stay on top.")}
                )


class ServiceQuerySet(models.QuerySet):
    def public(self):
        """What visitors may see: approved, live, not paused, not suspended, seller active."""
        return self.filter(public_filter())

    def for_cards(self):
        """With what a service card shows, including the cover's thumbnail rendition."""
        from wagtail.images import get_image_model

        images = get_image_model().objects.prefetch_renditions(CARD_RENDITION)
        return self.select_related("category__parent", "seller__profile").prefetch_related(
            models.Prefetch(
                "images",
                queryset=ServiceImage.objects.prefetch_related(
                    models.Prefetch("image", queryset=images)
                ),
            )
        )


# A public service: these conditions on its own row (the partial indexes use them; an index
# cannot look at the seller) and an active seller. The one definition of "public".
PUBLIC_ROW = {"live": True, "is_paused": False, "is_suspended": False}
PUBLIC = models.Q(**PUBLIC_ROW)


def public_filter(prefix: str = "") -> models.Q:
    """The public services, seen from a model that reaches them through ``prefix`` (e.g.
    ``services__`` from a category)."""
    conditions = {**PUBLIC_ROW, "seller__is_active": True}
    return models.Q(**{f"{prefix}{field}": value for field, value in conditions.items()})


class ModerationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PENDING = "pending", _("Awaiting review")
    REJECTED = "rejected", _("Changes requested")
    APPROVED = "approved", _("Approved")


class Service(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, ClusterableModel):
    """A seller's productised offer. The row holds the live (last approved) version; a pending
    edit lives in a Wagtail revision until staff approve it."""

    seller = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("seller"),
        on_delete=models.CASCADE,
        related_name="services",
    )
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="services",
        limit_choices_to={"parent__isnull": False},
    )
    title = models.CharField(_("title"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=True, blank=True)
    description = RichTextField(_("description"), features=DESCRIPTION_FEATURES)
    requirements = models.TextField(_("what you need from the buyer"), max_length=2000)
    price = models.DecimalField(_("price (LYD)"), max_digits=14, decimal_places=3)
    delivery_days = models.PositiveSmallIntegerField(
        _("delivery time (days)"), validators=[MinValueValidator(1), MaxValueValidator(90)]
    )
    tags = ClusterTaggableManager(through="catalog.TaggedService", blank=True)

    # Operational state: kept from the live row when a revision is published.
    moderation_status = models.CharField(
        _("review"), max_length=10, choices=ModerationStatus.choices, default="draft"
    )
    rejection_reason = models.TextField(_("reason for the requested changes"), blank=True)
    is_paused = models.BooleanField(_("paused by the seller"), default=False)
    is_suspended = models.BooleanField(_("suspended by staff"), default=False)
    suspension_reason = models.TextField(_("reason for the suspension"), blank=True)
    external_id = models.CharField(
        _("external id"), max_length=100, null=True, blank=True, unique=True, editable=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    # Reputation figures, kept up to date by the orders and reviews.
    rating_average = models.DecimalField(
        _("average rating"), max_digits=3, decimal_places=2, default=Decimal("0")
    )
    rating_count = models.PositiveIntegerField(_("ratings"), default=0)
    orders_completed = models.PositiveIntegerField(_("completed orders"), default=0)

    objects = ServiceQuerySet.as_manager()

    OPERATIONAL_FIELDS = (
        "seller_id",
        "moderation_status",
        "rejection_reason",
        "is_paused",
        "is_suspended",
        "suspension_reason",
        "external_id",
        "created_at",
        "rating_average",
        "rating_count",
        "orders_completed",
    )

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        # Listings read public services only, in the orders of search/query.py.
        indexes = [
            models.Index(
                fields=["-first_published_at", "-id"], condition=PUBLIC, name="public_newest"
            ),
            models.Index(
                fields=["category", "-first_published_at", "-id"],
                condition=PUBLIC,
                name="public_category_newest",
            ),
            models.Index(fields=["price", "id"], condition=PUBLIC, name="public_price"),
            models.Index(
                fields=["category", "price", "id"], condition=PUBLIC, name="public_category_price"
            ),
            models.Index(fields=["seller", "-created_at"], name="service_seller"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title, allow_unicode=True)[:100] or "service"
        super().save(*args, **kwargs)

    def with_content_json(self, content):
        """A revision restores what the seller wrote, never the operational state (pause,
        suspension, review status, ratings) that changed since it was saved."""
        obj = super().with_content_json(content)
        for field in self.OPERATIONAL_FIELDS:
            setattr(obj, field, getattr(self, field))
        return obj

    def get_absolute_url(self):
        return reverse("catalog:service", kwargs={"pk": self.pk, "slug": self.slug or "-"})

    @property
    def is_public(self) -> bool:
        row = all(getattr(self, field) == value for field, value in PUBLIC_ROW.items())
        return row and self.seller.is_active

    @property
    def has_pending_edit(self) -> bool:
        return self.live and self.moderation_status == ModerationStatus.PENDING

    @property
    def cover(self):
        images = list(self.images.all())
        return images[0].image if images else None

    def is_visible_to(self, user) -> bool:
        """Public services to everyone; the others to their seller and to moderators."""
        if self.is_public:
            return True
        return bool(
            user.is_authenticated
            and (user.pk == self.seller_id or user.has_perm("catalog.publish_service"))
        )


class TaggedService(TaggedItemBase):
    content_object = ParentalKey(Service, on_delete=models.CASCADE, related_name="tagged_items")


class ServiceExtra(Orderable):
    """An optional add-on the buyer can order with the service."""

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="extras")
    title = models.CharField(_("extra"), max_length=80)
    price = models.DecimalField(_("price (LYD)"), max_digits=14, decimal_places=3)
    extra_days = models.PositiveSmallIntegerField(
        _("extra days"), default=0, validators=[MaxValueValidator(EXTRA_DAYS_MAX)]
    )

    class Meta(Orderable.Meta):
        verbose_name = _("extra")
        verbose_name_plural = _("extras")

    def __str__(self):
        return self.title


class ServiceImage(Orderable):
    """One gallery image; the file is a Wagtail image, so renditions make the thumbnails."""

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta(Orderable.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class ServiceSearchEntry(models.Model):
    """The processed text of one public service (see catalog/text.py). Only public services
    have one, so a match is already visible; the backends add their own index on top."""

    service = models.OneToOneField(
        Service, on_delete=models.CASCADE, primary_key=True, related_name="search_entry"
    )
    title_terms = models.TextField()
    keyword_terms = models.TextField()
    body_terms = models.TextField()
    # Folded title and tags, for typo-tolerant (trigram) matching on PostgreSQL.
    phrase = models.TextField()
    # PostgreSQL only (SQLite uses FTS5): the weighted tsvector of all terms, GIN-indexed, for
    # matching, and a small one of the title and keywords for ranking, which then never reads
    # the large vectors (stored out of line) of thousands of matches.
    vector = SearchVectorField(null=True, editable=False)
    rank_vector = SearchVectorField(null=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"search entry of service {self.service_id}"


class ServiceViewDay(models.Model):
    """How many visitors opened a service's page on one day (each visitor counted once a
    day, the seller never). The seller's dashboard reads it for views and conversion."""

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="view_days")
    day = models.DateField()
    views = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["service", "day"], name="service_view_day_unique")
        ]

    def __str__(self):
        return f"{self.service_id} {self.day}: {self.views}"
