"""A transition is one database transaction: when any step fails after the money moved (the
event, the hook, the notification, the order's conversation), nothing happened at all."""

from datetime import timedelta
from decimal import Decimal
from unittest import mock

import pytest

from marketplace.ledger.models import LedgerTransaction
from marketplace.orders import tasks
from marketplace.orders.models import (
    Cart,
    Delivery,
    DeliveryFile,
    Dispute,
    Order,
    OrderEvent,
    OrderState,
)
from marketplace.orders.services import perform
from marketplace.payments.models import Payment, PaymentStatus
from marketplace.payments.services import mark_succeeded
from tests.images import image_upload
from tests.orders.conftest import (
    assert_books_balance,
    books_and_order,
    buy,
    enable_bank_transfer,
    escrow_balance,
    pending_balance,
    revenue_balance,
    wallet_balance,
)


class Boom(RuntimeError):
    """A step that fails for a reason the workflow does not know about."""


@pytest.fixture
def delivered(order, seller):
    perform(order, "start", seller)
    perform(order, "deliver", seller, note="تفضل العمل")
    order.refresh_from_db()
    return order


def assert_nothing_happened(before, order):
    assert books_and_order(order) == before
    assert_books_balance()


@pytest.mark.parametrize(
    "target",
    [
        pytest.param("marketplace.orders.services.notify", id="notification"),
        pytest.param("plugins.services.call_hook", id="hook"),
        pytest.param("marketplace.orders.services.OrderEvent.objects.create", id="event"),
        pytest.param("marketplace.orders.models.Order.save", id="order-save"),
    ],
)
def test_a_failing_step_rolls_the_acceptance_back(buyer, seller, delivered, target):
    before = books_and_order(delivered)
    transactions = LedgerTransaction.objects.count()
    with mock.patch(target, side_effect=Boom("down")), pytest.raises(Boom):
        perform(delivered, "accept", buyer)
    assert_nothing_happened(before, delivered)
    delivered.refresh_from_db()
    assert delivered.state == OrderState.DELIVERED
    assert delivered.closed_at is None
    assert delivered.seller_earnings is None
    assert escrow_balance(delivered) == Decimal("50.000")
    assert pending_balance(seller) == 0
    assert revenue_balance() == 0
    assert LedgerTransaction.objects.count() == transactions
    assert not OrderEvent.objects.filter(order=delivered, action="accept").exists()
    # Once the failure is gone the same click works, and posts its money once.
    perform(delivered, "accept", buyer)
    assert pending_balance(seller) == Decimal("40.000")
    assert revenue_balance() == Decimal("10.000")
    assert_books_balance()


def test_a_failing_notification_rolls_the_cancellation_back(buyer, seller, order):
    before = books_and_order(order)
    with (
        mock.patch("marketplace.orders.services.notify", side_effect=Boom("down")),
        pytest.raises(Boom),
    ):
        perform(order, "cancel", buyer, note="غيرت رأيي")
    assert_nothing_happened(before, order)
    assert wallet_balance(buyer) == Decimal("450.000")
    assert escrow_balance(order) == Decimal("50.000")


def test_a_failing_notification_rolls_the_dispute_decision_back(buyer, seller, moderator, order):
    perform(order, "start", seller)
    perform(order, "dispute", buyer, note="لم يبدأ البائع فعلا")
    before = books_and_order(order)
    with (
        mock.patch("marketplace.orders.services.notify", side_effect=Boom("down")),
        pytest.raises(Boom),
    ):
        perform(
            order,
            "resolve",
            moderator,
            as_staff=True,
            note="نقسم المبلغ",
            outcome="split",
            buyer_amount="20.500",
        )
    assert_nothing_happened(before, order)
    dispute = Dispute.objects.get(order=order)
    assert dispute.is_open
    assert dispute.outcome == ""
    assert wallet_balance(buyer) == Decimal("450.000")
    assert pending_balance(seller) == 0


def test_a_failing_delivery_leaves_no_row_and_no_file_behind(buyer, seller, order, settings):
    perform(order, "start", seller)
    before = books_and_order(order)
    with (
        mock.patch("marketplace.orders.services.notify", side_effect=Boom("down")),
        pytest.raises(Boom),
    ):
        perform(order, "deliver", seller, note="تفضل", files=[image_upload("work.png", (40, 30))])
    assert_nothing_happened(before, order)
    assert not Delivery.objects.exists()
    assert not DeliveryFile.objects.exists()
    private = settings.PRIVATE_MEDIA_ROOT
    stored = [path for path in private.rglob("*") if path.is_file()] if private.exists() else []
    assert stored == []


def test_a_failing_timer_step_rolls_that_order_back(buyer, seller, delivered):
    Order.objects.filter(pk=delivered.pk).update(
        delivered_at=delivered.delivered_at - timedelta(days=30)
    )
    before = books_and_order(delivered)
    with mock.patch("marketplace.orders.services.notify", side_effect=Boom("down")):
        # The failure is logged and the timer goes on with the other orders.
        assert tasks.auto_complete_delivered() == 0
    assert_nothing_happened(before, delivered)
    assert Order.objects.get(pk=delivered.pk).state == OrderState.DELIVERED
    assert tasks.auto_complete_delivered() == 1
    assert Order.objects.get(pk=delivered.pk).state == OrderState.COMPLETED


# --- pay: fails after the ledger moved the money into escrow --------------------------------


def test_a_wallet_checkout_that_fails_after_funding_creates_nothing(buyer, service):
    wallet = wallet_balance(buyer)
    transactions = LedgerTransaction.objects.count()
    payments = Payment.objects.count()
    with (
        mock.patch("marketplace.messaging.services.open_thread", side_effect=Boom("down")),
        pytest.raises(Boom),
    ):
        buy(buyer, service)
    assert wallet_balance(buyer) == wallet
    assert LedgerTransaction.objects.count() == transactions
    assert Payment.objects.count() == payments
    assert not Order.objects.exists()
    assert not OrderEvent.objects.exists()
    # The cart is as it was: the buyer can try again.
    cart = Cart.objects.get(user=buyer)
    assert cart.lines.count() == 1
    assert_books_balance()


def test_a_failing_order_event_at_checkout_creates_nothing(buyer, service):
    wallet = wallet_balance(buyer)
    transactions = LedgerTransaction.objects.count()
    with (
        mock.patch.object(OrderEvent.objects, "create", side_effect=Boom("down")),
        pytest.raises(Boom),
    ):
        buy(buyer, service)
    assert wallet_balance(buyer) == wallet
    assert LedgerTransaction.objects.count() == transactions
    assert not Order.objects.exists()
    assert_books_balance()


def test_a_bank_transfer_confirmation_that_fails_credits_nothing(buyer, seller, service):
    enable_bank_transfer()
    payment, _result, (order,) = buy(buyer, service, gateway="bank_transfer")
    assert order.state == OrderState.AWAITING_PAYMENT
    before = books_and_order(order)
    with (
        mock.patch("marketplace.messaging.services.open_thread", side_effect=Boom("down")),
        pytest.raises(Boom),
    ):
        mark_succeeded(payment)
    assert_nothing_happened(before, order)
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PENDING
    assert payment.paid_at is None
    assert wallet_balance(buyer) == Decimal("500.000")
    assert not LedgerTransaction.objects.filter(reference=payment.ledger_reference).exists()
    # Confirmed again once the failure is gone: credited and funded exactly once.
    mark_succeeded(payment)
    order.refresh_from_db()
    assert order.state == OrderState.NEW
    assert wallet_balance(buyer) == Decimal("500.000")
    assert escrow_balance(order) == Decimal("50.000")
    assert_books_balance()
