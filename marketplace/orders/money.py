"""How an order's money moves through the ledger: fund, release, refund, split, clear.

Each movement has an idempotency key made of the order and the step, so it can never be
posted twice for the same order.
"""

from decimal import Decimal

from marketplace.ledger import services as ledger
from marketplace.ledger.money import ZERO, percent_of
from marketplace.orders.models import Order
from marketplace.rules.models import MarketplaceSettings


def commission_rate(seller) -> Decimal:
    """The platform-wide commission, or what a promotion plugin sets through the
    ``commission_rate`` hook. Never negotiated per seller, never above 100 %."""
    from plugins.services import first_result

    rate = MarketplaceSettings.current().commission_percent
    promoted = first_result("commission_rate", rate=rate, seller=seller)
    if isinstance(promoted, Decimal) and Decimal(0) <= promoted <= Decimal(100):
        return promoted
    return rate


def fund(order: Order) -> None:
    """Buyer's wallet → the order's escrow (raises InsufficientFunds)."""
    ledger.transfer(
        ledger.wallet_of(order.buyer),
        ledger.escrow_for(order.ledger_reference),
        order.total,
        kind="order_funded",
        reference=order.ledger_reference,
        idempotency_key=f"{order.ledger_reference}:fund",
        memo=f"Order {order.number}: {order.title}",
    )


def settle(order: Order, *, to_buyer: Decimal, step: str) -> None:
    """Empty the escrow: ``to_buyer`` back to the buyer's wallet, the rest to the seller's
    pending earnings minus the commission, which goes to the platform. One transaction."""
    to_seller = order.total - to_buyer
    rate = commission_rate(order.seller) if to_seller else ZERO
    commission = percent_of(to_seller, rate)
    earnings = to_seller - commission
    legs = [ledger.Leg(ledger.escrow_for(order.ledger_reference), -order.total)]
    if to_buyer:
        legs.append(ledger.Leg(ledger.wallet_of(order.buyer), to_buyer))
    if earnings:
        legs.append(ledger.Leg(ledger.pending_earnings_of(order.seller), earnings))
    if commission:
        legs.append(ledger.Leg(ledger.platform_revenue(), commission))
    ledger.post(
        {"release": "order_completed", "refund": "order_refunded"}.get(step, "dispute_split"),
        order.ledger_reference,
        f"{order.ledger_reference}:{step}",
        legs,
        memo=f"Order {order.number}: {order.title}",
    )
    order.refunded = to_buyer
    if to_seller:
        order.commission_rate = rate
        order.commission = commission
        order.seller_earnings = earnings


def clear(order: Order) -> None:
    """Seller's pending earnings → wallet, once the clearance period is over."""
    ledger.transfer(
        ledger.pending_earnings_of(order.seller),
        ledger.wallet_of(order.seller),
        order.seller_earnings,
        kind="earnings_cleared",
        reference=order.ledger_reference,
        idempotency_key=f"{order.ledger_reference}:clear",
        memo=f"Earnings of order {order.number}",
    )
