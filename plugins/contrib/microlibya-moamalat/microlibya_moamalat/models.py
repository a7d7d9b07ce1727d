from django.db import models
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    """A notification from Moamalat whose SecureHash was correct, kept for the record.

    Moamalat signs only the amount, currency, date and time, merchant and terminal of a
    notification, not which transaction or payment it is about. So one signature may stand
    for one transaction only: a notification that reuses a signature already seen for another
    transaction (another SystemReference or MerchantReference) is refused.
    """

    secure_hash = models.CharField(_("secure hash"), max_length=128, unique=True)
    system_reference = models.CharField(_("Moamalat reference"), max_length=64)
    network_reference = models.CharField(_("network reference"), max_length=64, blank=True)
    merchant_reference = models.CharField(_("our reference"), max_length=64)
    txn_type = models.CharField(_("transaction type"), max_length=8, blank=True)
    action_code = models.CharField(_("action code"), max_length=8, blank=True)
    amount_dirhams = models.BigIntegerField(_("amount (dirhams)"))
    payload = models.JSONField(_("notification"), default=dict)
    received_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        verbose_name = _("Moamalat notification")
        verbose_name_plural = _("Moamalat notifications")
        ordering = ["-received_at", "-pk"]

    def __str__(self):
        return f"{self.system_reference} → {self.merchant_reference}"

    def same_transaction(self, other: "Notification") -> bool:
        return (
            self.system_reference,
            self.merchant_reference,
            self.txn_type,
            self.action_code,
            self.amount_dirhams,
        ) == (
            other.system_reference,
            other.merchant_reference,
            other.txn_type,
            other.action_code,
            other.amount_dirhams,
        )
