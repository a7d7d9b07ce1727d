import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import F, Q
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from marketplace.messaging.storage import private_storage

MESSAGE_MAX_LENGTH = 5000


def pair_key(first, second) -> str:
    """The same key for two users whichever of them starts: one thread per pair and subject."""
    low, high = sorted([first.pk, second.pk])
    return f"{low}:{high}"


class Conversation(models.Model):
    """A thread between two users, optionally about something (a service, later an order or a
    proposal): the subject is a generic link, so this app depends on none of those."""

    starter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="started_conversations",
        verbose_name=_("started by"),
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="received_conversations",
        verbose_name=_("with"),
    )
    pair = models.CharField(max_length=41, editable=False)
    subject_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    subject_id = models.PositiveBigIntegerField(null=True, blank=True)
    subject = GenericForeignKey("subject_type", "subject_id")
    created_at = models.DateTimeField(_("started"), default=timezone.now)
    last_message_at = models.DateTimeField(_("last message"), default=timezone.now)
    # The recipient's first answer: the seller's response time is measured from created_at.
    first_reply_at = models.DateTimeField(_("first reply"), null=True, blank=True)

    class Meta:
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")
        ordering = ["-last_message_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(starter=F("recipient")), name="conversation_between_two_people"
            ),
            models.UniqueConstraint(
                fields=["pair"],
                condition=Q(subject_type__isnull=True),
                name="conversation_one_general_thread_per_pair",
            ),
            models.UniqueConstraint(
                fields=["pair", "subject_type", "subject_id"],
                condition=Q(subject_type__isnull=False),
                name="conversation_one_thread_per_pair_and_subject",
            ),
        ]
        indexes = [
            models.Index(fields=["starter", "-last_message_at"], name="conversation_starter_inbox"),
            models.Index(
                fields=["recipient", "-last_message_at"], name="conversation_recipient_inbox"
            ),
            models.Index(fields=["recipient", "created_at"], name="conversation_response_time"),
        ]

    def __str__(self):
        return f"{self.starter} ↔ {self.recipient}"

    def save(self, *args, **kwargs):
        self.pair = pair_key(self.starter, self.recipient)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("messaging:thread", kwargs={"pk": self.pk})

    def has_party(self, user) -> bool:
        return user.is_authenticated and user.pk in (self.starter_id, self.recipient_id)

    def other_party(self, user):
        return self.recipient if user.pk == self.starter_id else self.starter


def attachment_path(instance, filename):
    extension = filename.rsplit(".", 1)[-1].lower()
    return f"messages/{instance.message.conversation_id}/{uuid.uuid4().hex}.{extension}"


class Message(models.Model):
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sent_messages"
    )
    # The other party, stored so that unread counts and digests are one indexed lookup.
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="received_messages"
    )
    body = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    # Filled when the sender chose to send contact details despite the warning.
    contact_kinds = models.JSONField(_("contact details shared"), default=list, blank=True)
    digested_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["conversation", "created_at"], name="message_thread_order"),
            models.Index(fields=["recipient", "read_at"], name="message_unread"),
        ]

    def __str__(self):
        return self.body[:60] or str(_("(attachment)"))


class Attachment(models.Model):
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(storage=private_storage, upload_to=attachment_path, max_length=200)
    name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=120)
    size = models.PositiveIntegerField(_("size"))

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("messaging:attachment", kwargs={"pk": self.pk})


class Block(models.Model):
    """``blocker`` no longer hears from ``blocked``; neither can write to the other."""

    blocker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks_made"
    )
    blocked = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks_received"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("block")
        verbose_name_plural = _("blocks")
        constraints = [
            models.UniqueConstraint(fields=["blocker", "blocked"], name="block_once"),
            models.CheckConstraint(condition=~Q(blocker=F("blocked")), name="block_not_self"),
        ]

    def __str__(self):
        return f"{self.blocker} ⊘ {self.blocked}"


class ReportReason(models.TextChoices):
    CONTACT_SHARED = "contact", _("Contact details shared (automatic)")
    SPAM = "spam", _("Spam or advertising")
    ABUSE = "abuse", _("Insults or harassment")
    SCAM = "scam", _("Fraud or a request to pay outside the site")
    OTHER = "other", _("Something else")


class ReportStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("report status", "Open")
    RESOLVED = "resolved", pgettext_lazy("report status", "Resolved")


class MessageReport(models.Model):
    """A message for staff to look at: reported by its recipient, or flagged automatically
    when its sender shared contact details despite the warning (no reporter)."""

    message = models.ForeignKey(
        Message, on_delete=models.CASCADE, related_name="reports", verbose_name=_("message")
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="message_reports",
        verbose_name=_("reported by"),
    )
    reason = models.CharField(_("reason"), max_length=10, choices=ReportReason.choices)
    note = models.TextField(_("details"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("reported"), default=timezone.now)
    status = models.CharField(
        _("status"), max_length=10, choices=ReportStatus.choices, default=ReportStatus.OPEN
    )
    resolution_note = models.TextField(_("what staff did"), max_length=1000, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("resolved by"),
    )
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)

    class Meta:
        verbose_name = _("message report")
        verbose_name_plural = _("message reports")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["message", "reporter"], name="report_once_per_reporter"
            ),
            models.UniqueConstraint(
                fields=["message"],
                condition=Q(reporter__isnull=True),
                name="report_one_automatic_flag",
            ),
        ]
        indexes = [models.Index(fields=["status", "-created_at"], name="report_queue")]

    def __str__(self):
        return f"{self.get_reason_display()}: {self.message}"

    def conversation_url(self) -> str:
        return reverse("messaging:thread", kwargs={"pk": self.message.conversation_id})


@receiver(post_delete, sender=Attachment)
def delete_attachment_file(sender, instance, **kwargs):
    """A deleted message (or user) takes its private files with it, once the deletion commits."""
    file = instance.file
    if file.name:
        transaction.on_commit(lambda: file.storage.delete(file.name))
