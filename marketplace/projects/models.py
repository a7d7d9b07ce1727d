"""Open projects a buyer posts, and the proposals sellers send them."""

import html
import re

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, RevisionMixin, WorkflowMixin

from marketplace.catalog.models import DESCRIPTION_FEATURES
from marketplace.messaging.storage import private_storage

MONEY = {"max_digits": 14, "decimal_places": 3}
TAG = re.compile(r"<[^>]*>")
MAX_DAYS = 90
MAX_ATTACHMENTS = 5
MAX_SKILLS = 8


class ProjectState(models.TextChoices):
    PENDING = "pending", _("Awaiting review")
    REJECTED = "rejected", _("Changes requested")
    OPEN = "open", pgettext_lazy("project state", "Open")
    IN_PROGRESS = "in_progress", pgettext_lazy("project state", "In progress")
    COMPLETED = "completed", pgettext_lazy("project state", "Completed")
    CLOSED = "closed", pgettext_lazy("project state", "Closed")
    CANCELLED = "cancelled", pgettext_lazy("project state", "Cancelled")
    EXPIRED = "expired", pgettext_lazy("project state", "Expired")


# Projects the buyer may still edit (they have not been published yet).
EDITABLE_STATES = (ProjectState.PENDING, ProjectState.REJECTED)
# Projects the buyer may close: nobody is hired yet.
CLOSABLE_STATES = (ProjectState.PENDING, ProjectState.REJECTED, ProjectState.OPEN)
# Projects that reached an order (for the buyer's hire rate).
HIRED_STATES = (ProjectState.IN_PROGRESS, ProjectState.COMPLETED, ProjectState.CANCELLED)


class ProjectQuerySet(models.QuerySet):
    def open(self):
        """What sellers browse and may propose on: approved, waiting for proposals, not past
        its time (the expiry task then marks it expired)."""
        return self.filter(
            state=ProjectState.OPEN, expires_at__gt=timezone.now(), buyer__is_active=True
        )


class TaggedProject(TaggedItemBase):
    content_object = ParentalKey(
        "projects.Project", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Project(WorkflowMixin, DraftStateMixin, RevisionMixin, ClusterableModel):
    """A buyer's request for proposals. It goes through the moderators' review (a Wagtail
    workflow, as services do) before it is open; it is only edited before that, so the row
    always holds what the buyer last wrote."""

    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("buyer"),
        on_delete=models.CASCADE,
        related_name="projects",
    )
    title = models.CharField(_("title"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=True, blank=True)
    description = RichTextField(_("description"), features=DESCRIPTION_FEATURES)
    category = models.ForeignKey(
        "catalog.Category",
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="projects",
        limit_choices_to={"parent__isnull": False},
    )
    skills = ClusterTaggableManager(verbose_name=_("skills"), through=TaggedProject, blank=True)
    budget_min = models.DecimalField(_("budget from (LYD)"), **MONEY)
    budget_max = models.DecimalField(_("budget up to (LYD)"), **MONEY)
    duration_days = models.PositiveSmallIntegerField(
        _("expected duration (days)"),
        validators=[MinValueValidator(1), MaxValueValidator(MAX_DAYS)],
    )

    # Operational state: kept from the row when a revision is published.
    state = models.CharField(
        _("state"), max_length=12, choices=ProjectState.choices, default=ProjectState.PENDING
    )
    rejection_reason = models.TextField(_("reason for the requested changes"), blank=True)
    created_at = models.DateTimeField(_("posted"), auto_now_add=True)
    expires_at = models.DateTimeField(_("open until"), null=True, blank=True)
    closed_at = models.DateTimeField(_("ended"), null=True, blank=True)
    proposal_count = models.PositiveIntegerField(_("proposals"), default=0)
    # The catalog's processed search terms of the title, skills and description.
    search_terms = models.TextField(blank=True, editable=False)

    objects = ProjectQuerySet.as_manager()

    OPERATIONAL_FIELDS = (
        "buyer_id",
        "state",
        "rejection_reason",
        "created_at",
        "expires_at",
        "closed_at",
        "proposal_count",
    )

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(budget_max__gte=models.F("budget_min")),
                name="project_budget_range",
            ),
        ]
        indexes = [
            models.Index(fields=["state", "-first_published_at"], name="project_state_newest"),
            models.Index(fields=["state", "expires_at"], name="project_state_expiry"),
            models.Index(fields=["buyer", "-created_at"], name="project_buyer"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title, allow_unicode=True)[:120] or "project"
        super().save(*args, **kwargs)

    def with_content_json(self, content):
        """A revision restores what the buyer wrote, never the project's state."""
        obj = super().with_content_json(content)
        for field in self.OPERATIONAL_FIELDS:
            setattr(obj, field, getattr(self, field))
        return obj

    def get_absolute_url(self):
        return reverse("projects:detail", kwargs={"pk": self.pk, "slug": self.slug or "-"})

    @property
    def summary(self) -> str:
        """The description as plain text, for cards and meta descriptions: every tag is a word
        break, so list items do not run together."""
        return " ".join(html.unescape(TAG.sub(" ", self.description)).split())

    @property
    def is_open(self) -> bool:
        return self.state == ProjectState.OPEN and (
            self.expires_at is None or self.expires_at > timezone.now()
        )

    @property
    def is_public(self) -> bool:
        """Anyone may read a project once it was approved, as long as its buyer is active."""
        return self.live and self.buyer.is_active

    def is_visible_to(self, user) -> bool:
        if self.is_public:
            return True
        return bool(
            user.is_authenticated
            and (user.pk == self.buyer_id or user.has_perm("projects.publish_project"))
        )


def _attachment_path(instance, filename):
    return f"{instance.UPLOAD_DIRECTORY}/{instance.owner_id}/{filename}"


class FileAttachment(models.Model):
    """A checked file (type from its bytes, size) kept outside MEDIA_ROOT, served by a view
    that checks who may read it."""

    file = models.FileField(storage=private_storage, upload_to=_attachment_path, max_length=200)
    name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=120)
    size = models.PositiveIntegerField(_("size"))

    class Meta:
        abstract = True
        ordering = ["pk"]

    def __str__(self):
        return self.name


class ProjectAttachment(FileAttachment):
    UPLOAD_DIRECTORY = "projects"
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="attachments")

    class Meta(FileAttachment.Meta):
        verbose_name = _("project attachment")
        verbose_name_plural = _("project attachments")

    def get_absolute_url(self):
        return reverse("projects:project_file", kwargs={"pk": self.pk})

    @property
    def owner_id(self):
        return self.project_id


class ProposalState(models.TextChoices):
    SUBMITTED = "submitted", pgettext_lazy("proposal state", "Sent")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    DECLINED = "declined", pgettext_lazy("proposal state", "Declined")
    WITHDRAWN = "withdrawn", pgettext_lazy("proposal state", "Withdrawn")
    ACCEPTED = "accepted", pgettext_lazy("proposal state", "Accepted")
    NOT_SELECTED = "not_selected", _("Not chosen")


# Proposals still in the running: the seller may edit or withdraw them, the buyer accept them.
LIVE_PROPOSAL_STATES = (ProposalState.SUBMITTED, ProposalState.SHORTLISTED)
# The states a seller sees: a shortlist is the buyer's private note, shown to the seller as sent.
SELLER_STATE_CHOICES = [
    (value, label) for value, label in ProposalState.choices if value != ProposalState.SHORTLISTED
]


def seller_state_filter(state: str) -> models.Q:
    """Proposals in ``state`` as their seller sees it ("sent" includes the shortlisted)."""
    if state == ProposalState.SUBMITTED:
        return Q(state__in=LIVE_PROPOSAL_STATES)
    return Q(state=state)


class Proposal(models.Model):
    """One seller's offer for one project. The buyer sees every proposal; a seller only their
    own."""

    project = models.ForeignKey(
        Project, verbose_name=_("project"), on_delete=models.CASCADE, related_name="proposals"
    )
    seller = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("seller"),
        on_delete=models.CASCADE,
        related_name="proposals",
    )
    price = models.DecimalField(_("price (LYD)"), **MONEY)
    days = models.PositiveSmallIntegerField(
        _("delivery time (days)"), validators=[MinValueValidator(1), MaxValueValidator(MAX_DAYS)]
    )
    cover_letter = models.TextField(_("cover letter"), max_length=5000)
    state = models.CharField(
        _("state"), max_length=12, choices=ProposalState.choices, default=ProposalState.SUBMITTED
    )
    decline_reason = models.TextField(_("reason for declining"), blank=True)
    # The order the accepted proposal became (cleared again if its payment never arrives).
    order = models.OneToOneField(
        "orders.Order",
        verbose_name=_("order"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="proposal",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    # When it was last sent (a withdrawn proposal may be sent again): the monthly limit counts it.
    sent_at = models.DateTimeField(_("sent"))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        ordering = ["sent_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["project", "seller"], name="one_proposal_per_seller"),
            models.CheckConstraint(condition=Q(price__gt=0), name="proposal_price_positive"),
        ]
        indexes = [models.Index(fields=["seller", "sent_at"], name="proposal_seller_sent")]

    def __str__(self):
        # Shown as a conversation's subject ("About: …") to the buyer and the seller.
        return gettext("Proposal on “%(title)s”") % {"title": self.project.title}

    def get_absolute_url(self):
        return reverse("projects:proposal", kwargs={"pk": self.pk})

    @property
    def is_live(self) -> bool:
        return self.state in LIVE_PROPOSAL_STATES

    @property
    def seller_state(self) -> str:
        """The state as the seller sees it (never "shortlisted")."""
        return ProposalState.SUBMITTED if self.state == ProposalState.SHORTLISTED else self.state

    def get_seller_state_display(self) -> str:
        return ProposalState(self.seller_state).label


class ProposalAttachment(FileAttachment):
    UPLOAD_DIRECTORY = "proposals"
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="attachments")

    class Meta(FileAttachment.Meta):
        verbose_name = _("proposal attachment")
        verbose_name_plural = _("proposal attachments")

    def get_absolute_url(self):
        return reverse("projects:proposal_file", kwargs={"pk": self.pk})

    @property
    def owner_id(self):
        return self.proposal_id
