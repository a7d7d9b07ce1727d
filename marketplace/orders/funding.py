"""Orders react to their payment: paid → the orders are funded and become new; failed,
rejected or expired → the orders waiting for it are cancelled. Both run inside the
payment's transaction."""

from django.dispatch import receiver

from marketplace.orders.models import OrderState
from marketplace.orders.services import perform
from marketplace.payments.signals import payment_ended_unpaid, payment_succeeded


@receiver(payment_succeeded, dispatch_uid="orders.fund_paid_orders")
def fund_paid_orders(sender, payment, **kwargs):
    # Orders cancelled before a late payment arrived stay cancelled: the money stays in the
    # buyer's wallet.
    for order in payment.orders.filter(state=OrderState.AWAITING_PAYMENT).order_by("pk"):
        perform(order, "pay")


@receiver(payment_ended_unpaid, dispatch_uid="orders.cancel_unpaid_orders")
def cancel_unpaid_orders(sender, payment, **kwargs):
    for order in payment.orders.filter(state=OrderState.AWAITING_PAYMENT).order_by("pk"):
        perform(order, "expire")
