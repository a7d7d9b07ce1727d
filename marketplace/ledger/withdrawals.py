"""Sellers' withdrawals: request, cancel, approve, export to a bank file, pay, reject.

The money moves at once and only through ``post``: a request takes it from the wallet into the
seller's payouts account; paying sends it out of the platform (to the method's clearing
account, the outside world's side); a rejection or cancellation brings it back. The seller's
two accounts are locked before the rules are checked, so parallel requests wait for each other
and can never take more than the balance or open more requests than the setting allows.

Only earnings can be withdrawn: the wallet also holds refunds of cancelled orders, which stay
there for purchases (otherwise a card payment, cancelled and withdrawn, would turn a stolen
card into cash). Staff never process their own request.
"""

from decimal import Decimal

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from marketplace.ledger import services as ledger
from marketplace.ledger.models import (
    OPEN_WITHDRAWAL_STATES,
    LedgerAccount,
    LedgerEntry,
    Withdrawal,
    WithdrawalStatus,
)
from marketplace.ledger.money import ZERO, format_lyd, parse_amount, to_money
from marketplace.ledger.payout_methods import WithdrawalMethod, get_method
from marketplace.notifications.services import notify
from marketplace.rules.models import MarketplaceSettings


class WithdrawalError(Exception):
    """A request or decision the rules refuse; the message is for the person who tried."""


def request_withdrawal(seller, amount, method: WithdrawalMethod | str, details: dict) -> Withdrawal:
    """Move ``amount`` from the seller's wallet to their payouts account and queue the request
    for staff. Raises WithdrawalError (nothing changed) when a rule refuses it."""
    amount = _checked_amount(amount)
    if isinstance(method, str):
        method = get_method(method)
    if method is None:
        raise WithdrawalError(_("This withdrawal method is not available."))
    details = _checked_details(method, details)
    rules = MarketplaceSettings.current()
    if amount < rules.minimum_withdrawal:
        raise WithdrawalError(
            _("The minimum withdrawal is %(amount)s LYD.")
            % {"amount": format_lyd(rules.minimum_withdrawal)}
        )
    wallet, payouts = ledger.wallet_of(seller), ledger.payouts_of(seller)
    with transaction.atomic():
        _lock(wallet, payouts)
        allowed = withdrawable(seller)
        if amount > allowed:
            raise WithdrawalError(
                _(
                    "You can withdraw up to %(amount)s LYD: the earnings of your sales. Refunds "
                    "stay in your balance for purchases."
                )
                % {"amount": format_lyd(allowed)}
            )
        waiting = Withdrawal.objects.filter(seller=seller, status__in=OPEN_WITHDRAWAL_STATES)
        if waiting.count() >= rules.max_pending_withdrawals:
            raise WithdrawalError(
                ngettext(
                    "You already have %(count)d withdrawal waiting; wait until it is paid or "
                    "cancel it.",
                    "You already have %(count)d withdrawals waiting; wait until one is paid or "
                    "cancel one.",
                    rules.max_pending_withdrawals,
                )
                % {"count": rules.max_pending_withdrawals}
            )
        withdrawal = Withdrawal.objects.create(
            seller=seller, method=method.id, details=details, amount=amount
        )
        ledger.transfer(
            wallet,
            payouts,
            amount,
            kind="withdrawal_requested",
            reference=withdrawal.ledger_reference,
            idempotency_key=f"{withdrawal.ledger_reference}:request",
            memo=f"Withdrawal {withdrawal.number} by {seller.username}",
        )
    return withdrawal


def withdrawable(seller) -> Decimal:
    """What the seller may withdraw now: the earnings cleared into the wallet, minus what was
    withdrawn or is being withdrawn, and never more than the wallet holds (earnings spent on
    purchases are gone)."""
    wallet = ledger.wallet_of(seller)
    earned = LedgerEntry.objects.filter(
        account=wallet, transaction__kind="earnings_cleared"
    ).aggregate(total=Sum("amount"))["total"]
    taken = Withdrawal.objects.filter(
        seller=seller, status__in=(*OPEN_WITHDRAWAL_STATES, WithdrawalStatus.PAID)
    ).aggregate(total=Sum("amount"))["total"]
    left = to_money(earned or ZERO) - to_money(taken or ZERO)
    return max(ZERO, min(ledger.balance_of(wallet), left))


def cancel_withdrawal(withdrawal: Withdrawal, seller) -> Withdrawal:
    """The seller takes back a request staff have not approved yet."""
    with transaction.atomic():
        withdrawal = _locked(withdrawal)
        if withdrawal.seller_id != seller.pk:
            raise WithdrawalError(_("This is not your withdrawal."))
        if withdrawal.status != WithdrawalStatus.PENDING:
            raise WithdrawalError(_("This withdrawal can no longer be cancelled."))
        _return_money(withdrawal, "cancelled by the seller")
        withdrawal.status = WithdrawalStatus.CANCELLED
        withdrawal.decided_at = timezone.now()
        withdrawal.save(update_fields=["status", "decided_at"])
    return withdrawal


def approve_withdrawal(withdrawal: Withdrawal, staff) -> Withdrawal:
    """Staff checked the request: it goes on the next payout file for the bank."""
    with transaction.atomic():
        withdrawal = _locked(withdrawal, staff)
        if withdrawal.status != WithdrawalStatus.PENDING:
            raise WithdrawalError(_("Only a request waiting for review can be approved."))
        withdrawal.status = WithdrawalStatus.APPROVED
        withdrawal.approved_at = timezone.now()
        withdrawal.decided_by = staff
        withdrawal.save(update_fields=["status", "approved_at", "decided_by"])
    return withdrawal


def mark_paid(withdrawal: Withdrawal, staff, bank_reference: str) -> Withdrawal:
    """The money was sent: it leaves the platform and the seller is told the reference."""
    bank_reference = (bank_reference or "").strip()
    if not bank_reference:
        raise WithdrawalError(_("Write the bank's reference of the transfer."))
    with transaction.atomic():
        withdrawal = _locked(withdrawal, staff)
        if not withdrawal.is_open:
            raise WithdrawalError(_("This withdrawal is already closed."))
        ledger.transfer(
            ledger.payouts_of(withdrawal.seller),
            ledger.gateway_clearing(f"payout:{withdrawal.method}"),
            withdrawal.amount,
            kind="withdrawal_paid",
            reference=withdrawal.ledger_reference,
            idempotency_key=f"{withdrawal.ledger_reference}:paid",
            memo=f"Withdrawal {withdrawal.number} paid, reference {bank_reference}"[:255],
        )
        withdrawal.status = WithdrawalStatus.PAID
        withdrawal.bank_reference = bank_reference[:100]
        withdrawal.decided_at = timezone.now()
        withdrawal.decided_by = staff
        withdrawal.save(update_fields=["status", "bank_reference", "decided_at", "decided_by"])
        _tell_seller(withdrawal, "withdrawal.paid", reference=withdrawal.bank_reference)
    return withdrawal


def reject_withdrawal(withdrawal: Withdrawal, staff, reason: str) -> Withdrawal:
    """Staff refuse the request (wrong details, say): the money goes back to the wallet."""
    reason = (reason or "").strip()
    if not reason:
        raise WithdrawalError(_("Write the reason; the seller will read it."))
    with transaction.atomic():
        withdrawal = _locked(withdrawal, staff)
        if not withdrawal.is_open:
            raise WithdrawalError(_("This withdrawal is already closed."))
        _return_money(withdrawal, "rejected")
        withdrawal.status = WithdrawalStatus.REJECTED
        withdrawal.rejection_reason = reason
        withdrawal.decided_at = timezone.now()
        withdrawal.decided_by = staff
        withdrawal.save(update_fields=["status", "rejection_reason", "decided_at", "decided_by"])
        _tell_seller(withdrawal, "withdrawal.rejected", reason=reason)
    return withdrawal


def take_for_bank_file(method_id: str, staff) -> list[Withdrawal]:
    """The approved requests of one method, oldest first, marked as sent in a bank file in
    the same transaction: a second export never lists them again. Staff never export their
    own request."""
    with transaction.atomic():
        approved = list(
            Withdrawal.objects.select_for_update(of=("self",))
            .filter(status=WithdrawalStatus.APPROVED, method=method_id)
            .exclude(seller=staff)
            .select_related("seller__profile")
            .order_by("approved_at", "pk")
        )
        now = timezone.now()
        Withdrawal.objects.filter(pk__in=[w.pk for w in approved]).update(
            status=WithdrawalStatus.SENT, exported_at=now
        )
    for withdrawal in approved:
        withdrawal.status, withdrawal.exported_at = WithdrawalStatus.SENT, now
    return approved


def withdrawn_total(seller) -> Decimal:
    """Everything paid out to the seller so far."""
    total = Withdrawal.objects.filter(seller=seller, status=WithdrawalStatus.PAID).aggregate(
        total=Sum("amount")
    )["total"]
    return to_money(total or ZERO)


def _checked_amount(amount) -> Decimal:
    """A Decimal or its text ("60.5"); floats and thousands separators are refused."""
    amount = parse_amount(amount)
    if amount is None or amount <= 0:
        raise WithdrawalError(_("Enter an amount in dinars with at most 3 decimal places."))
    return amount


def _checked_details(method: WithdrawalMethod, details: dict) -> dict:
    """The details as the method's own form cleans them (the IBAN check...), whoever calls."""
    form = method.form_class(data=details or {})
    if not form.is_valid():
        raise WithdrawalError(
            " ".join(
                f"{form.fields[name].label}: {' '.join(errors)}"
                if name in form.fields
                else " ".join(errors)
                for name, errors in form.errors.items()
            )
        )
    return method.clean_details(form.cleaned_data)


def _lock(*accounts: LedgerAccount) -> None:
    """Lock the accounts in id order, the same order ``post`` uses."""
    list(
        LedgerAccount.objects.select_for_update()
        .filter(pk__in=[account.pk for account in accounts])
        .order_by("pk")
    )


def _locked(withdrawal: Withdrawal, staff=None) -> Withdrawal:
    """The withdrawal's row, locked; refused to staff deciding their own request."""
    locked = (
        Withdrawal.objects.select_for_update(of=("self",))
        .select_related("seller")
        .get(pk=withdrawal.pk)
    )
    if staff is not None and staff.pk == locked.seller_id:
        raise WithdrawalError(_("Another staff member must process your own withdrawal."))
    return locked


def _return_money(withdrawal: Withdrawal, why: str) -> None:
    ledger.transfer(
        ledger.payouts_of(withdrawal.seller),
        ledger.wallet_of(withdrawal.seller),
        withdrawal.amount,
        kind="withdrawal_returned",
        reference=withdrawal.ledger_reference,
        idempotency_key=f"{withdrawal.ledger_reference}:return",
        memo=f"Withdrawal {withdrawal.number} {why}",
    )


def _tell_seller(withdrawal: Withdrawal, event: str, **context) -> None:
    notify(
        withdrawal.seller,
        event,
        url=withdrawal.get_absolute_url(),
        number=withdrawal.number,
        amount=format_lyd(withdrawal.amount),
        **context,
    )
