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
        total = cart_total(lines)
        gateway = next((g for g in available_gateways(buyer, total) if g.id == gateway_id), None)
        if gateway is None and gateway_id == WALLET:
            raise CheckoutError(wallet_shortfall_message(buyer, total))
        if gateway is None:
            raise CheckoutError(_("Choose one of the payment methods offered."))
        payment = create_payment(buyer, gateway.id, total)
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
        try:
            result = gateway.start(payment, request)
        except InsufficientFunds as error:  # the balance was spent meanwhile
            raise CheckoutError(wallet_shortfall_message(buyer, total)) from error
        except (GatewayError, PaymentError) as error:
            raise CheckoutError(str(error)) from error
        payment.refresh_from_db()  # the gateway may have moved it on (the wallet pays at once)
        return payment, result


def wallet_shortfall_message(buyer, total) -> str:
    """Why the balance cannot pay ``total``: how much more is needed."""
    missing = total - balance_of(wallet_of(buyer))
    return _(
        "Your balance is not enough for this cart: %(amount)s LYD more is needed. "
        "Choose another payment method."
    ) % {"amount": format_lyd(missing)}
