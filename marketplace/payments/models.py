"""A payment is what a buyer pays at checkout, through exactly one gateway."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from marketplace.messaging.storage import private_storage

MONEY = {"max_digits": 14, "decimal_places": 3}


class PaymentStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("payment status", "Awaiting payment")
    AWAITING_CONFIRMATION = "awaiting_confirmation", _("Awaiting staff confirmation")
    SUCCEEDED = "succeeded", pgettext_lazy("payment status", "Paid")
    FAILED = "failed", pgettext_lazy("payment status", "Failed")
    CANCELLED = "cancelled", pgettext_lazy("payment status", "Cancelled")


OPEN_STATUSES = (PaymentStatus.PENDING, PaymentStatus.AWAITING_CONFIRMATION)


def proof_upload_to(instance, filename):
    return f"payment-proofs/{instance.buyer_id}/{filename}"


class Payment(models.Model):
    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("buyer"),
        on_delete=models.PROTECT,
        related_name="payments",
    )
    gateway = models.CharField(_("payment method"), max_length=40)
    amount = models.DecimalField(_("amount (LYD)"), **MONEY)
    status = models.CharField(
        _("status"), max_length=24, choices=PaymentStatus.choices, default=PaymentStatus.PENDING
    )
    # The gateway's own id for this payment (a Stripe PaymentIntent, say).
    external_id = models.CharField(_("gateway reference"), max_length=120, blank=True)
    # What the buyer tells us about an offline payment: the transfer's reference and a
    # photo or PDF of the receipt.
    payer_reference = models.CharField(_("transfer reference"), max_length=80, blank=True)
    proof = models.FileField(
        _("receipt of the transfer"),
        storage=private_storage,
        upload_to=proof_upload_to,
        blank=True,
    )
    proof_name = models.CharField(max_length=200, blank=True)
    failure_reason = models.TextField(_("reason"), blank=True)
    refunded_amount = models.DecimalField(_("refunded to the card"), **MONEY, default=0)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    paid_at = models.DateTimeField(_("paid"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)

    class Meta:
        verbose_name = _("payment")
        verbose_name_plural = _("payments")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="payment_amount_positive"),
            models.UniqueConstraint(
                fields=["gateway", "external_id"],
                condition=~Q(external_id=""),
                name="payment_unique_external_id",
            ),
        ]
        indexes = [models.Index(fields=["status", "expires_at"])]

    def __str__(self):
        return self.number

    def get_absolute_url(self):
        return reverse("payments:detail", args=[self.pk])

    @property
    def number(self) -> str:
        """The payment's number on receipts and in the ledger."""
        return f"P-{self.pk:06d}"

    @property
    def ledger_reference(self) -> str:
        return f"payment:{self.pk}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class WebhookEvent(models.Model):
    """A gateway event already handled: a replayed webhook finds its id here and does nothing."""

    gateway = models.CharField(max_length=40)
    event_id = models.CharField(max_length=200)
    kind = models.CharField(max_length=40)
    payment = models.ForeignKey(Payment, on_delete=models.SET_NULL, null=True, blank=True)
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("gateway event")
        verbose_name_plural = _("gateway events")
        constraints = [
            models.UniqueConstraint(fields=["gateway", "event_id"], name="webhook_event_once")
        ]

    def __str__(self):
        return f"{self.gateway}:{self.event_id}"


class Refund(models.Model):
    """Money sent back from a buyer's balance to the card or account a payment came from."""

    payment = models.ForeignKey(Payment, on_delete=models.PROTECT, related_name="refunds")
    amount = models.DecimalField(_("amount (LYD)"), **MONEY)
    external_id = models.CharField(_("gateway reference"), max_length=120, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("refund")
        verbose_name_plural = _("refunds")
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="refund_amount_positive")
        ]

    def __str__(self):
        return f"{self.payment} −{self.amount}"
