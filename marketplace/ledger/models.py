"""Double-entry bookkeeping: accounts, transactions and their entries.

An entry's amount is signed: positive adds to the account's balance, negative takes from it.
The entries of a transaction always sum to zero. Each account keeps its balance, updated
under a row lock in the same database transaction as its entries, so ``ledger_check`` can
prove that the stored balance equals the sum of the entries.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

MONEY = {"max_digits": 14, "decimal_places": 3}


class AccountKind(models.TextChoices):
    WALLET = "wallet", _("Wallet")
    PENDING_EARNINGS = "pending_earnings", _("Pending earnings")
    ESCROW = "escrow", _("Escrow")
    PLATFORM_REVENUE = "platform_revenue", _("Platform revenue")
    GATEWAY_CLEARING = "gateway_clearing", _("Gateway clearing")
    PAYOUTS = "payouts", _("Payouts")


# Accounts that hold someone's money and can never be overdrawn. A gateway's clearing
# account is the outside world's side of a payment: it goes negative as money comes in.
NEVER_NEGATIVE = (
    AccountKind.WALLET,
    AccountKind.PENDING_EARNINGS,
    AccountKind.ESCROW,
    AccountKind.PAYOUTS,
    AccountKind.PLATFORM_REVENUE,
)


class LedgerAccount(models.Model):
    kind = models.CharField(_("kind"), max_length=20, choices=AccountKind.choices)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ledger_accounts",
    )
    # What the account belongs to besides a person: "order:12" for an escrow, a gateway id
    # for its clearing account. Empty for wallets and the platform's revenue.
    reference = models.CharField(_("reference"), max_length=64, blank=True, default="")
    balance = models.DecimalField(_("balance"), **MONEY, default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("ledger account")
        verbose_name_plural = _("ledger accounts")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "owner", "reference"],
                name="ledger_account_unique_with_owner",
                condition=Q(owner__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["kind", "reference"],
                name="ledger_account_unique_without_owner",
                condition=Q(owner__isnull=True),
            ),
            models.CheckConstraint(
                condition=Q(balance__gte=0) | ~Q(kind__in=[kind.value for kind in NEVER_NEGATIVE]),
                name="ledger_account_not_overdrawn",
                violation_error_message=_("This account cannot go below zero."),
            ),
        ]

    def __str__(self):
        parts = [self.get_kind_display()]
        if self.owner_id:
            parts.append(str(self.owner))
        if self.reference:
            parts.append(self.reference)
        return " · ".join(parts)


class LedgerTransaction(models.Model):
    """One movement of money, made of entries that sum to zero."""

    kind = models.CharField(_("kind"), max_length=40)
    # What caused it, e.g. "order:12" or "payment:7"; pages link it back.
    reference = models.CharField(_("reference"), max_length=64, db_index=True)
    # The same key can only be posted once: a retried task or a replayed webhook is a no-op.
    idempotency_key = models.CharField(_("idempotency key"), max_length=120, unique=True)
    # A note for the audit trail, in English (pages describe a movement from kind and reference).
    memo = models.CharField(_("memo"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("ledger transaction")
        verbose_name_plural = _("ledger transactions")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.kind} {self.reference}"


class LedgerEntry(models.Model):
    transaction = models.ForeignKey(
        LedgerTransaction, on_delete=models.PROTECT, related_name="entries"
    )
    account = models.ForeignKey(LedgerAccount, on_delete=models.PROTECT, related_name="entries")
    amount = models.DecimalField(_("amount"), **MONEY)

    class Meta:
        verbose_name = _("ledger entry")
        verbose_name_plural = _("ledger entries")
        constraints = [
            models.CheckConstraint(condition=~Q(amount=0), name="ledger_entry_not_zero"),
        ]
        indexes = [models.Index(fields=["account", "transaction"])]

    def __str__(self):
        return f"{self.account}: {self.amount}"


# What each kind of transaction is called on the wallet page.
TRANSACTION_KIND_LABELS = {
    "payment_captured": _("Payment received"),
    "order_funded": _("Order paid (held in escrow)"),
    "order_completed": _("Order completed"),
    "order_refunded": _("Order refunded"),
    "dispute_split": _("Dispute decided"),
    "earnings_cleared": _("Earnings available"),
    "refund_to_source": _("Refunded to card or account"),
    "withdrawal_requested": _("Withdrawal requested"),
    "withdrawal_returned": _("Withdrawal returned to your balance"),
    "withdrawal_paid": _("Withdrawal paid out"),
}


class WithdrawalStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    APPROVED = "approved", _("Approved, being sent")
    SENT = "sent", _("In a bank file, being paid")
    PAID = "paid", _("Paid")
    REJECTED = "rejected", _("Rejected")
    CANCELLED = "cancelled", _("Cancelled")


# Requests whose money sits in the seller's payouts account.
OPEN_WITHDRAWAL_STATES = (
    WithdrawalStatus.PENDING,
    WithdrawalStatus.APPROVED,
    WithdrawalStatus.SENT,
)


class Withdrawal(models.Model):
    """A seller's request to be paid out. Its money leaves the wallet for the payouts account
    when it is made, and leaves the platform when staff mark it paid (or goes back when they
    reject it or the seller cancels it)."""

    seller = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("seller"),
        on_delete=models.PROTECT,
        related_name="withdrawals",
    )
    method = models.CharField(_("method"), max_length=40)
    # What the method needs to send the money (bank, holder, IBAN...), as given at request.
    details = models.JSONField(_("payment details"), default=dict)
    amount = models.DecimalField(_("amount (LYD)"), **MONEY)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=WithdrawalStatus.choices,
        default=WithdrawalStatus.PENDING,
    )
    bank_reference = models.CharField(_("payment reference"), max_length=100, blank=True)
    rejection_reason = models.TextField(_("reason for the rejection"), blank=True)
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    # When the request went into a payout file for the bank: it is never exported twice.
    exported_at = models.DateTimeField(_("put in a bank file"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("withdrawal")
        verbose_name_plural = _("withdrawals")
        ordering = ["-created_at", "-pk"]
        permissions = [("process_withdrawal", _("Can process withdrawals"))]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="withdrawal_amount_positive"),
        ]
        indexes = [
            models.Index(fields=["seller", "status"]),
            models.Index(fields=["status", "created_at"]),
        ]

    def __str__(self):
        return self.number

    def get_absolute_url(self):
        return reverse("ledger:withdrawals")

    @property
    def number(self) -> str:
        return f"W-{self.pk:06d}"

    @property
    def ledger_reference(self) -> str:
        return f"withdrawal:{self.pk}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_WITHDRAWAL_STATES
