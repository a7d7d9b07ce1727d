"""Checkout: turn the cart into one payment for its exact total and one order per line,
then hand the payment to the gateway the buyer chose."""

from django.db import transaction
from django.utils.translation import gettext as _

from marketplace.ledger.money import format_lyd
from marketplace.ledger.services import InsufficientFunds, balance_of, wallet_of
from marketplace.orders.cart import cart_total, priced_lines
from marketplace.orders.models import Cart, Order
from marketplace.payments.gateways import GatewayError
from marketplace.payments.registry import available_gateways
from marketplace.payments.services import PaymentError, create_payment
from marketplace.payments.wallet import WALLET
from plugins.context import site_scope


class CheckoutError(Exception):
    """Checkout cannot go on; nothing was created. The message is for the buyer."""


def checkout(cart: Cart, buyer, gateway_id: str, request) -> tuple:
    """Return ``(payment, StartResult)``. With the wallet, the orders are paid and funded
    before this returns, or nothing happened at all (not enough balance, say)."""
    with site_scope(), transaction.atomic():
        # One checkout of a cart at a time: a double click waits, then finds the cart empty.
        Cart.objects.select_for_update().filter(pk=cart.pk).first()
        lines = priced_lines(cart, buyer)
        if not lines:
            raise CheckoutError(_("Your cart is empty."))
        if any(line.problem for line in lines):
            raise CheckoutError(_("Some items in your cart changed. Check them before paying."))
        gateway, payment = open_payment(buyer, gateway_id, cart_total(lines))
        for priced in lines:
            service = priced.line.service
            Order.objects.create(
                buyer=buyer,
                seller=service.seller,
                service=service,
                payment=payment,
                title=service.title,
                unit_price=service.price,
                extras=[
                    {"title": extra.title, "price": str(extra.price), "days": extra.extra_days}
                    for extra in priced.extras
                ],
                quantity=priced.line.quantity,
                total=priced.total,
                delivery_days=priced.delivery_days,
            )
        cart.lines.all().delete()
        return payment, start_payment(gateway, payment)


def order_outside_cart(buyer, seller, gateway_id: str, *, title: str, price, days: int) -> tuple:
    """An order for something agreed outside the cart (an accepted project proposal): one
    payment of ``price``, one order waiting for it. Returns ``(gateway, payment, order)``;
    the caller links the order, then calls ``start_payment`` in the same transaction."""
    gateway, payment = open_payment(buyer, gateway_id, price)
    order = Order.objects.create(
        buyer=buyer,
        seller=seller,
        payment=payment,
        title=title[:80],
        unit_price=price,
        total=price,
        delivery_days=days,
    )
    return gateway, payment, order


def open_payment(buyer, gateway_id: str, total):
    """The chosen gateway, if it is offered to ``buyer`` for ``total``, and a new payment."""
    gateway = next((g for g in available_gateways(buyer, total) if g.id == gateway_id), None)
    if gateway is None and gateway_id == WALLET:
        raise CheckoutError(wallet_shortfall_message(buyer, total))
    if gateway is None:
        raise CheckoutError(_("Choose one of the payment methods offered."))
    return gateway, create_payment(buyer, gateway.id, total)


def start_payment(gateway, payment, request=None):
    """Hand ``payment`` to its gateway (the wallet pays at once); a refusal raises
    CheckoutError so the caller's transaction undoes everything."""
    try:
        result = gateway.start(payment, request)
    except InsufficientFunds as error:  # the balance was spent meanwhile
        raise CheckoutError(wallet_shortfall_message(payment.buyer, payment.amount)) from error
    except (GatewayError, PaymentError) as error:
        raise CheckoutError(str(error)) from error
    payment.refresh_from_db()  # the gateway may have moved it on (the wallet pays at once)
    return result


def wallet_shortfall_message(buyer, total) -> str:
    """Why the balance cannot pay ``total``: how much more is needed."""
    missing = total - balance_of(wallet_of(buyer))
    return _(
        "Your balance is not enough: %(amount)s LYD more is needed. Choose another payment method."
    ) % {"amount": format_lyd(missing)}
