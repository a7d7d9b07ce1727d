from decimal import Decimal

from marketplace.orders.models import OrderState
from marketplace.orders.services import perform
from tests.orders.conftest import (
    assert_books_balance,
    escrow_balance,
    pending_balance,
    revenue_balance,
    wallet_balance,
)


def test_buy_deliver_accept(buyer, seller, order):
    assert order.state == OrderState.NEW
    assert wallet_balance(buyer) == Decimal("450.000")
    assert escrow_balance(order) == Decimal("50.000")
    perform(order, "start", seller)
    perform(order, "deliver", seller, note="تفضل")
    perform(order, "accept", buyer)
    order.refresh_from_db()
    assert order.state == OrderState.COMPLETED
    assert escrow_balance(order) == 0
    assert pending_balance(seller) == Decimal("40.000")
    assert revenue_balance() == Decimal("10.000")
    assert_books_balance()
