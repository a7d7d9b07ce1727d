"""Payment records and what happens when money arrives, fails or goes back.

A successful payment posts the money from the gateway's clearing account to the buyer's
wallet (the wallet gateway needs no posting: the money is already there), then sends
``payment_succeeded`` in the same transaction so the orders are funded with it.
"""

import logging
from datetime import timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from marketplace.ledger import services as ledger
from marketplace.ledger.money import format_lyd, to_money
from marketplace.notifications.services import notify
from marketplace.payments.gateways import GatewayError, GatewayEvent
from marketplace.payments.models import (
    OPEN_STATUSES,
    Payment,
    PaymentStatus,
    Refund,
    WebhookEvent,
)
from marketplace.payments.signals import payment_ended_unpaid, payment_succeeded
from marketplace.payments.wallet import WALLET

logger = logging.getLogger(__name__)


class PaymentError(Exception):
    """The payment cannot do that now; the message is for the user."""


def create_payment(buyer, gateway_id: str, amount: Decimal, *, expires_in=None) -> Payment:
    amount = to_money(amount)
    if amount <= 0:
        raise PaymentError(_("There is nothing to pay."))
    expires_at = timezone.now() + expires_in if expires_in else None
    return Payment.objects.create(
        buyer=buyer, gateway=gateway_id, amount=amount, expires_at=expires_at
    )


def _locked(payment: Payment) -> Payment:
    return Payment.objects.select_for_update().get(pk=payment.pk)


def mark_succeeded(payment: Payment, *, external_id: str = "", confirmed_by=None) -> Payment:
    """Record that the money arrived. Idempotent: a second call changes nothing, unless it
    reports another charge of the gateway (then that money goes to the buyer's wallet).

    Money that arrives for a payment already cancelled (a transfer confirmed after the
    expiry, a late card payment) is still credited to the buyer's wallet.
    """
    with transaction.atomic():
        payment = _locked(payment)
        if payment.status == PaymentStatus.SUCCEEDED:
            if external_id and payment.external_id and external_id != payment.external_id:
                _credit_second_charge(payment, external_id)
            return payment
        if payment.gateway != WALLET:
            ledger.transfer(
                ledger.gateway_clearing(payment.gateway),
                ledger.wallet_of(payment.buyer),
                payment.amount,
                kind="payment_captured",
                reference=payment.ledger_reference,
                idempotency_key=f"{payment.ledger_reference}:capture",
                memo=f"Payment {payment.number}",
            )
        payment.status = PaymentStatus.SUCCEEDED
        payment.paid_at = timezone.now()
        payment.external_id = external_id or payment.external_id
        payment.confirmed_by = confirmed_by
        payment.failure_reason = ""
        payment.save()
        payment_succeeded.send(sender=Payment, payment=payment)
        if payment.gateway != WALLET:
            notify(
                payment.buyer,
                "payment.succeeded",
                url=payment.get_absolute_url(),
                number=payment.number,
                amount=format_lyd(payment.amount),
            )
        return payment


def submit_proof(payment: Payment, *, reference: str, proof=None, proof_name: str = "") -> Payment:
    """The buyer says an offline payment was made: it waits for staff to confirm it."""
    with transaction.atomic():
        payment = _locked(payment)
        if not payment.is_open:
            raise PaymentError(_("This payment is no longer waiting for a transfer."))
        payment.payer_reference = reference
        if proof is not None:
            if payment.proof:
                payment.proof.delete(save=False)
            payment.proof.save(proof_name, proof, save=False)
            payment.proof_name = proof_name
        payment.status = PaymentStatus.AWAITING_CONFIRMATION
        payment.save()
        return payment


def end_unpaid(payment: Payment, status: str, reason: str = "", *, notify_buyer=True) -> Payment:
    """The payment failed, was rejected or expired: its orders are cancelled."""
    with transaction.atomic():
        payment = _locked(payment)
        if not payment.is_open:
            return payment
        payment.status = status
        payment.failure_reason = reason
        payment.save()
        payment_ended_unpaid.send(sender=Payment, payment=payment)
        if notify_buyer:
            notify(
                payment.buyer,
                "payment.ended_unpaid",
                url=payment.get_absolute_url(),
                number=payment.number,
                status=payment.get_status_display(),
                reason=reason,
            )
        return payment


def cancel_pending(payment: Payment) -> Payment:
    """The buyer gives up a payment they have not paid yet. One reported as sent waits for
    staff, who may still find the money."""
    with transaction.atomic():
        payment = _locked(payment)
        if payment.status != PaymentStatus.PENDING:
            raise PaymentError(
                _("This payment can no longer be cancelled: it is “%(status)s”.")
                % {"status": payment.get_status_display()}
            )
        return end_unpaid(payment, PaymentStatus.CANCELLED, notify_buyer=False)


def reject(payment: Payment, staff, reason: str) -> Payment:
    if not reason.strip():
        raise ValidationError(_("Say why the payment is rejected; the buyer will read it."))
    return end_unpaid(payment, PaymentStatus.FAILED, reason.strip())


def expire_unpaid(now=None) -> int:
    """Cancel open payments past their expiry (the bank-transfer deadline). Beat task."""
    now = now or timezone.now()
    expired = 0
    for payment in Payment.objects.filter(status__in=OPEN_STATUSES, expires_at__lt=now):
        end_unpaid(payment, PaymentStatus.CANCELLED, _("Not paid in time."))
        expired += 1
    return expired


def apply_gateway_event(gateway_id: str, event: GatewayEvent) -> bool:
    """Apply one verified webhook event once; False when its id was seen before."""
    payment = Payment.objects.filter(pk=event.payment_id, gateway=gateway_id).first()
    with transaction.atomic():
        try:
            with transaction.atomic():
                WebhookEvent.objects.create(
                    gateway=gateway_id, event_id=event.event_id, kind=event.kind, payment=payment
                )
        except IntegrityError:
            return False
        if payment is None:
            logger.warning("%s event %s names no payment of ours", gateway_id, event.event_id)
            return True
        if event.kind == GatewayEvent.SUCCEEDED:
            if event.amount is not None and to_money(event.amount) != payment.amount:
                logger.error("%s paid %s for %s", gateway_id, event.amount, payment.number)
                raise PaymentError("The amount paid is not the amount asked.")
            _check_external_id(payment, event.external_id)
            mark_succeeded(payment, external_id=event.external_id)
        elif event.kind == GatewayEvent.FAILED:
            end_unpaid(payment, PaymentStatus.FAILED, event.reason)
        return True


def _check_external_id(payment: Payment, external_id: str) -> None:
    if (
        external_id
        and Payment.objects.filter(gateway=payment.gateway, external_id=external_id)
        .exclude(pk=payment.pk)
        .exists()
    ):
        raise PaymentError("This gateway reference belongs to another payment.")


def _credit_second_charge(payment: Payment, external_id: str) -> None:
    """The buyer was charged twice for one payment (two tabs, a double click on the
    gateway's page): the second charge is not lost, it goes to the buyer's wallet, from where
    staff can refund it to the card."""
    logger.warning("Second charge %s for %s credited to the wallet", external_id, payment.number)
    ledger.transfer(
        ledger.gateway_clearing(payment.gateway),
        ledger.wallet_of(payment.buyer),
        payment.amount,
        kind="payment_captured",
        reference=payment.ledger_reference,
        idempotency_key=f"{payment.ledger_reference}:capture:{external_id}",
        memo=f"Second charge for payment {payment.number}",
    )


def refundable_amount(payment: Payment) -> Decimal:
    """What may still go back to the payment's source: no more than was paid, nor more than
    the buyer holds in the wallet (refunds of orders land there first)."""
    if payment.status != PaymentStatus.SUCCEEDED or payment.gateway == WALLET:
        return Decimal("0.000")
    left = payment.amount - payment.refunded_amount
    return max(min(left, ledger.balance_of(ledger.wallet_of(payment.buyer))), Decimal("0.000"))


def refund_to_source(payment: Payment, amount: Decimal, requested_by) -> Refund:
    """Send wallet money back to the card or account it came from, through the gateway.

    The wallet is debited first, under its lock, in the same transaction as the gateway
    call: if the gateway refuses, nothing moves.
    """
    from marketplace.payments.registry import get_gateway

    amount = to_money(amount)
    gateway = get_gateway(payment.gateway)
    if gateway is None or not gateway.supports_refunds:
        raise PaymentError(_("This payment method cannot refund."))
    with transaction.atomic():
        payment = _locked(payment)
        if amount <= 0 or amount > refundable_amount(payment):
            raise PaymentError(
                _("At most %(amount)s LYD can be refunded.")
                % {"amount": format_lyd(refundable_amount(payment))}
            )
        refund = Refund.objects.create(payment=payment, amount=amount, requested_by=requested_by)
        ledger.transfer(
            ledger.wallet_of(payment.buyer),
            ledger.gateway_clearing(payment.gateway),
            amount,
            kind="refund_to_source",
            reference=payment.ledger_reference,
            idempotency_key=f"refund:{refund.pk}",
            memo=f"Refund of payment {payment.number}",
        )
        payment.refunded_amount += amount
        payment.save(update_fields=["refunded_amount"])
        try:
            refund.external_id = gateway.refund(payment, amount)
        except GatewayError as error:
            raise PaymentError(str(error)) from error
        refund.save(update_fields=["external_id"])
        return refund


def bank_transfer_expiry() -> timedelta:
    from marketplace.rules.models import MarketplaceSettings

    return timedelta(hours=MarketplaceSettings.current().bank_transfer_expiry_hours)
