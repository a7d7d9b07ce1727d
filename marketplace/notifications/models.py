from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from marketplace.notifications.events import EVENTS


class EmailStatus(models.TextChoices):
    PENDING = "pending", _("pending")
    SENDING = "sending", _("sending")
    SENT = "sent", _("sent")
    FAILED = "failed", _("failed")
    SKIPPED = "skipped", _("not sent")


class Notification(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    event = models.CharField(_("event"), max_length=100)
    context = models.JSONField(_("context"), default=dict, blank=True)
    url = models.CharField(
        _("link"), max_length=500, blank=True, help_text=_("A path on this site, e.g. /orders/12/")
    )
    # Makes notify() idempotent for callers that must never notify twice about one thing.
    dedupe_key = models.CharField(
        _("deduplication key"), max_length=200, unique=True, null=True, blank=True
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    # False when the user wants this kind by e-mail only: the row then just carries the e-mail.
    in_site = models.BooleanField(_("shown in the site"), default=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    email_status = models.CharField(
        _("e-mail"), max_length=10, choices=EmailStatus.choices, default=EmailStatus.PENDING
    )
    email_claimed_at = models.DateTimeField(_("e-mail claimed at"), null=True, blank=True)
    email_sent_at = models.DateTimeField(_("e-mail sent at"), null=True, blank=True)
    email_attempts = models.PositiveSmallIntegerField(_("e-mail attempts"), default=0)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [
            models.Index(fields=["user", "read_at"], name="notification_user_unread"),
            models.Index(fields=["email_status", "created_at"], name="notification_email_queue"),
        ]

    def __str__(self):
        return f"{self.event} → {self.user_id}"

    @property
    def is_read(self) -> bool:
        return self.read_at is not None

    @property
    def title(self) -> str:
        """The title in the active language."""
        kind = EVENTS.get(self.event)
        if kind is None:
            return self.event
        try:
            return str(kind.title) % self.context
        except (KeyError, TypeError, ValueError):
            return str(kind.title)


class NotificationPreference(models.Model):
    """A user's choice for one kind of notification; without a row the kind's default holds."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    event = models.CharField(_("event"), max_length=100)
    in_site = models.BooleanField(_("in the site"), default=True)
    email = models.BooleanField(_("by e-mail"), default=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [
            models.UniqueConstraint(fields=["user", "event"], name="notification_preference_once")
        ]

    def __str__(self):
        return f"{self.user_id} {self.event}"
