"""The order timers (Celery beat tasks): each takes a system step of the workflow table only
once its time has come, takes it once, and leaves the books balanced."""

from contextlib import contextmanager
from datetime import timedelta
from decimal import Decimal
from unittest import mock

import pytest
from django.utils import timezone

from config.celery import app as celery_app
from marketplace.ledger.models import LedgerTransaction
from marketplace.orders import tasks
from marketplace.orders.models import Order, OrderEvent, OrderState
from marketplace.orders.services import perform
from marketplace.payments.models import PaymentStatus
from tests.factories import ServiceFactory
from tests.orders.conftest import (
    assert_books_balance,
    books_and_order,
    buy,
    change_settings,
    enable_bank_transfer,
    escrow_balance,
    notifications_of,
    pending_balance,
    revenue_balance,
    wallet_balance,
)

pytestmark = pytest.mark.django_db
D = Decimal


@contextmanager
def clock_at(moment):
    """Every ``timezone.now()`` answers ``moment`` (tasks, the workflow, auto_now fields)."""
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def run(task) -> int:
    """Run a beat task the way the worker does (eagerly, through Celery)."""
    return task.delay().get()


def backdate(order, **fields_ago):
    now = timezone.now()
    Order.objects.filter(pk=order.pk).update(
        **{name: now - delta for name, delta in fields_ago.items()}
    )


@pytest.fixture
def started(order, seller):
    return perform(order, "start", seller)


@pytest.fixture
def delivered(started, seller):
    return perform(started, "deliver", seller, note="تم التسليم")


def test_the_timers_are_on_the_beat_schedule():
    scheduled = {entry["task"] for entry in celery_app.conf.beat_schedule.values()}
    assert {
        "marketplace.orders.tasks.auto_complete_delivered",
        "marketplace.orders.tasks.mark_late_orders",
        "marketplace.orders.tasks.clear_earnings",
        "marketplace.orders.tasks.expire_unpaid_payments",
    } <= scheduled


# --- auto-complete -------------------------------------------------------------------------


def test_a_delivered_order_waits_the_full_review_period(delivered):
    backdate(delivered, delivered_at=timedelta(days=3) - timedelta(minutes=1))
    before = books_and_order(delivered)
    assert run(tasks.auto_complete_delivered) == 0
    assert books_and_order(delivered) == before
    assert Order.objects.get(pk=delivered.pk).state == OrderState.DELIVERED


def test_a_delivered_order_completes_by_itself_and_pays_the_seller(delivered, buyer, seller):
    backdate(delivered, delivered_at=timedelta(days=3, minutes=1))
    assert run(tasks.auto_complete_delivered) == 1
    completed = Order.objects.get(pk=delivered.pk)
    assert completed.state == OrderState.COMPLETED
    assert (completed.commission, completed.seller_earnings) == (D("10.000"), D("40.000"))
    assert escrow_balance(completed) == 0
    assert pending_balance(seller) == D("40.000")
    assert revenue_balance() == D("10.000")
    assert wallet_balance(buyer) == D("450.000")
    event = OrderEvent.objects.filter(order=completed).last()
    assert (event.action, event.actor) == ("auto_complete", None)
    assert notifications_of(buyer, "order.auto_completed").count() == 1
    assert notifications_of(seller, "order.completed").count() == 1
    assert_books_balance()

    # Run again: nothing more happens.
    before = books_and_order(completed)
    assert run(tasks.auto_complete_delivered) == 0
    assert books_and_order(completed) == before


def test_the_review_period_is_a_setting(delivered):
    change_settings(auto_complete_days=5)
    backdate(delivered, delivered_at=timedelta(days=4))
    assert run(tasks.auto_complete_delivered) == 0
    backdate(delivered, delivered_at=timedelta(days=5, seconds=1))
    assert run(tasks.auto_complete_delivered) == 1
    assert Order.objects.get(pk=delivered.pk).state == OrderState.COMPLETED


def test_the_clock_only_counts_from_the_last_delivery(delivered, buyer, seller):
    with clock_at(timezone.now() + timedelta(days=2)):
        perform(delivered, "request_revision", buyer, note="عدّل")
        perform(delivered, "deliver", seller, note="النسخة الثانية")
    with clock_at(timezone.now() + timedelta(days=4)):
        # Four days after the first delivery, two after the second one.
        assert run(tasks.auto_complete_delivered) == 0
    with clock_at(timezone.now() + timedelta(days=5, minutes=1)):
        assert run(tasks.auto_complete_delivered) == 1
    assert Order.objects.get(pk=delivered.pk).state == OrderState.COMPLETED


def test_orders_not_delivered_are_never_auto_completed(order, started, delivered, buyer):
    perform(delivered, "dispute", buyer, note="لم يعجبني")
    backdate(delivered, delivered_at=timedelta(days=30))
    assert run(tasks.auto_complete_delivered) == 0
    assert Order.objects.get(pk=delivered.pk).state == OrderState.DISPUTED
    assert escrow_balance(delivered) == D("50.000")


# --- late orders -----------------------------------------------------------------------------


def test_late_orders_are_marked_once_and_both_sides_told(started, buyer, seller, service):
    on_time = buy(buyer, service)[2][0]
    backdate(started, due_at=timedelta(minutes=1))
    before_money = books_and_order(started)
    assert run(tasks.mark_late_orders) == 1
    late = Order.objects.get(pk=started.pk)
    assert late.is_late and late.state == OrderState.IN_PROGRESS
    assert not Order.objects.get(pk=on_time.pk).is_late
    assert notifications_of(buyer, "order.late").count() == 1
    assert notifications_of(seller, "order.late").count() == 1
    after = books_and_order(late)
    assert (after["balances"], after["transactions"]) == (
        before_money["balances"],
        before_money["transactions"],
    )
    assert run(tasks.mark_late_orders) == 0
    assert notifications_of(buyer, "order.late").count() == 1
    assert notifications_of(seller, "order.late").count() == 1
    assert OrderEvent.objects.filter(order=late, action="mark_late").count() == 1
    assert_books_balance()


def test_a_late_order_can_still_be_delivered(started, seller):
    backdate(started, due_at=timedelta(hours=2))
    run(tasks.mark_late_orders)
    delivered = perform(started, "deliver", seller, note="متأخر قليلاً")
    assert delivered.state == OrderState.DELIVERED and delivered.is_late


def test_new_and_revision_orders_are_marked_late_too(order, buyer, seller, service):
    revising = buy(buyer, service)[2][0]
    perform(revising, "start", seller)
    perform(revising, "deliver", seller, note="x")
    perform(revising, "request_revision", buyer, note="y")
    delivered = buy(buyer, service)[2][0]
    perform(delivered, "start", seller)
    perform(delivered, "deliver", seller, note="x")
    for each in (order, revising, delivered):
        backdate(each, due_at=timedelta(days=1))
    assert run(tasks.mark_late_orders) == 2
    assert list(Order.objects.filter(is_late=True).order_by("pk")) == [order, revising]


# --- clearance -------------------------------------------------------------------------------


@pytest.fixture
def completed(delivered, buyer):
    return perform(delivered, "accept", buyer)


def test_earnings_clear_only_after_the_clearance_period_and_once(completed, seller):
    backdate(completed, closed_at=timedelta(days=7) - timedelta(minutes=1))
    assert run(tasks.clear_earnings) == 0
    assert (pending_balance(seller), wallet_balance(seller)) == (D("40.000"), 0)

    backdate(completed, closed_at=timedelta(days=7, minutes=1))
    assert run(tasks.clear_earnings) == 1
    cleared = Order.objects.get(pk=completed.pk)
    assert cleared.cleared_at is not None
    assert (pending_balance(seller), wallet_balance(seller)) == (0, D("40.000"))
    assert notifications_of(seller, "order.earnings_cleared").count() == 1
    assert_books_balance()

    transactions = LedgerTransaction.objects.count()
    assert run(tasks.clear_earnings) == 0
    assert LedgerTransaction.objects.count() == transactions
    assert wallet_balance(seller) == D("40.000")
    assert notifications_of(seller, "order.earnings_cleared").count() == 1


def test_the_clearance_period_is_a_setting(completed, seller):
    change_settings(clearance_days=1)
    backdate(completed, closed_at=timedelta(hours=23))
    assert run(tasks.clear_earnings) == 0
    backdate(completed, closed_at=timedelta(days=1, seconds=1))
    assert run(tasks.clear_earnings) == 1
    assert wallet_balance(seller) == D("40.000")


def test_cancelled_orders_have_no_earnings_to_clear(order, buyer, seller):
    perform(order, "cancel", buyer)
    backdate(order, closed_at=timedelta(days=30))
    assert run(tasks.clear_earnings) == 0
    assert (pending_balance(seller), wallet_balance(seller)) == (0, 0)
    assert_books_balance()


def test_each_order_clears_its_own_earnings(buyer, seller, service):
    orders = buy(buyer, service, service)[2]
    assert len(orders) == 1 and orders[0].quantity == 2  # the same line, twice the quantity
    other = buy(buyer, service, quantity=1)[2][0]
    for each in (orders[0], other):
        perform(each, "start", seller)
        perform(each, "deliver", seller, note="x")
        perform(each, "accept", buyer)
    backdate(orders[0], closed_at=timedelta(days=8))
    assert run(tasks.clear_earnings) == 1
    assert wallet_balance(seller) == D("80.000")
    assert pending_balance(seller) == D("40.000")
    assert_books_balance()


# --- unpaid bank transfers -------------------------------------------------------------------


@pytest.fixture
def transfer(buyer, service):
    """A checkout by bank transfer: one payment, two orders (50 + 20 LYD) awaiting it."""
    enable_bank_transfer()
    payment, _result, orders = buy(
        buyer, service, ServiceFactory(price=D("20")), gateway="bank_transfer"
    )
    assert payment.status == PaymentStatus.PENDING and payment.amount == D("70.000")
    assert [order.state for order in orders] == [OrderState.AWAITING_PAYMENT] * 2
    return payment, orders


def test_a_bank_transfer_payment_expires_after_the_setting(transfer, buyer, seller):
    payment, orders = transfer
    payment.refresh_from_db()
    assert abs(payment.expires_at - payment.created_at - timedelta(hours=72)) < timedelta(minutes=1)
    transactions = LedgerTransaction.objects.count()

    with clock_at(payment.created_at + timedelta(hours=71, minutes=59)):
        assert run(tasks.expire_unpaid_payments) == 0
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PENDING

    with clock_at(payment.created_at + timedelta(hours=72, minutes=1)):
        assert run(tasks.expire_unpaid_payments) == 1
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CANCELLED
    for order in orders:
        order.refresh_from_db()
        assert order.state == OrderState.CANCELLED
        assert OrderEvent.objects.filter(order=order).last().action == "expire"
        assert escrow_balance(order) == 0
    assert LedgerTransaction.objects.count() == transactions  # nothing was posted
    assert wallet_balance(buyer) == D("500.000")
    assert notifications_of(buyer, "payment.ended_unpaid").count() == 1
    assert notifications_of(seller).count() == 0  # the seller never heard of these orders
    assert_books_balance()

    with clock_at(payment.created_at + timedelta(hours=100)):
        assert run(tasks.expire_unpaid_payments) == 0
    assert notifications_of(buyer, "payment.ended_unpaid").count() == 1


def test_the_bank_transfer_expiry_is_a_setting(buyer, service):
    change_settings(bank_transfer_expiry_hours=24)
    enable_bank_transfer()
    payment = buy(buyer, service, gateway="bank_transfer")[0]
    payment.refresh_from_db()
    with clock_at(payment.created_at + timedelta(hours=23)):
        assert run(tasks.expire_unpaid_payments) == 0
    with clock_at(payment.created_at + timedelta(hours=24, minutes=1)):
        assert run(tasks.expire_unpaid_payments) == 1
    assert payment.orders.get().state == OrderState.CANCELLED


def test_paid_and_wallet_payments_never_expire(order, buyer):
    with clock_at(timezone.now() + timedelta(days=365)):
        assert run(tasks.expire_unpaid_payments) == 0
    order.refresh_from_db()
    assert order.state == OrderState.NEW
    assert escrow_balance(order) == D("50.000")
