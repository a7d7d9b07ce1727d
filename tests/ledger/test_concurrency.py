"""Real parallel connections on PostgreSQL: row locks, not luck, keep the books right.

Each test commits its data (``transaction=True``), then starts threads that wait at a barrier
and act at the same moment, each on its own database connection.
"""

import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from decimal import Decimal

import pytest
from django.db import connections
from django.test import RequestFactory

from marketplace.ledger import services as ledger
from marketplace.ledger.checks import check_ledger
from marketplace.ledger.models import LedgerTransaction
from marketplace.orders import cart as carts
from marketplace.orders.checkout import CheckoutError, checkout
from marketplace.orders.models import Cart, Order, OrderEvent, OrderState
from marketplace.orders.services import WorkflowError, perform
from marketplace.payments.models import Payment, PaymentStatus
from marketplace.payments.services import mark_succeeded
from tests.factories import ServiceFactory, UserFactory
from tests.orders import conftest as orders
from tests.parallel import TIMEOUT, run_together, running_balances

pytestmark = [
    pytest.mark.services,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("require_postgresql"),
]

D = Decimal


def wallet_checkout(buyer, service):
    """One browser session's checkout: its own cart (a visitor's, then paid while signed in)
    with one line for ``service``, paid from the wallet."""
    cart = Cart.objects.create()
    carts.add(cart, service, buyer=buyer)

    def pay():
        request = RequestFactory().post("/cart/checkout/")
        request.user = buyer
        payment, _result = checkout(Cart.objects.get(pk=cart.pk), buyer, "wallet", request)
        return payment

    return pay


def test_parallel_wallet_checkouts_never_spend_the_same_dinar():
    buyer = UserFactory(username="spender")
    orders.credit_wallet(buyer, "100")
    service = ServiceFactory(price=D("50.000"))
    attempts = [wallet_checkout(buyer, service) for _ in range(8)]

    results = run_together(attempts)

    paid = [result for result in results if isinstance(result, Payment)]
    refused = [result for result in results if isinstance(result, CheckoutError)]
    assert len(paid) == 2, results
    assert len(refused) == 6, results
    assert orders.wallet_balance(buyer) == 0
    wallet = ledger.wallet_of(buyer)
    assert min(running_balances(wallet)) >= 0
    assert running_balances(wallet)[-1] == 0
    assert Order.objects.filter(buyer=buyer).count() == 2
    assert set(Order.objects.values_list("state", flat=True)) == {OrderState.NEW}
    assert Payment.objects.filter(buyer=buyer, gateway="wallet").count() == 2
    assert LedgerTransaction.objects.filter(kind="order_funded").count() == 2
    for order in Order.objects.all():
        assert orders.escrow_balance(order) == D("50.000")
    assert check_ledger().ok


@pytest.mark.parametrize("clicks", [2, 4])
def test_a_double_clicked_accept_completes_the_order_once(clicks):
    buyer = UserFactory(username="clicker")
    orders.credit_wallet(buyer, "500")
    seller = UserFactory(username="maker")
    service = ServiceFactory(seller=seller, price=D("50.000"))
    order = orders.buy(buyer, service)[2][0]
    perform(order, "start", seller)
    perform(order, "deliver", seller, note="تفضل")

    results = run_together(
        [lambda: perform(Order.objects.get(pk=order.pk), "accept", buyer)] * clicks
    )

    done = [result for result in results if isinstance(result, Order)]
    refused = [result for result in results if isinstance(result, WorkflowError)]
    assert len(done) == 1, results
    assert len(refused) == clicks - 1, results
    order.refresh_from_db()
    assert order.state == OrderState.COMPLETED
    assert LedgerTransaction.objects.filter(kind="order_completed").count() == 1
    assert OrderEvent.objects.filter(order=order, action="accept").count() == 1
    assert orders.escrow_balance(order) == 0
    assert orders.pending_balance(seller) == D("40.000")
    assert orders.revenue_balance() == D("10.000")
    assert check_ledger().ok


def test_a_replayed_payment_success_credits_once():
    orders.enable_bank_transfer()
    buyer = UserFactory(username="transferer")
    service = ServiceFactory(price=D("50.000"))
    payment, _result, (order,) = orders.buy(buyer, service, gateway="bank_transfer")
    assert payment.status == PaymentStatus.PENDING
    staff = UserFactory(username="cashier", is_staff=True)

    results = run_together(
        [lambda: mark_succeeded(Payment.objects.get(pk=payment.pk), confirmed_by=staff)] * 5
    )

    assert all(isinstance(result, Payment) for result in results), results
    assert {result.status for result in results} == {PaymentStatus.SUCCEEDED}
    captured = LedgerTransaction.objects.filter(
        kind="payment_captured", reference=f"payment:{payment.pk}"
    )
    assert captured.count() == 1
    assert LedgerTransaction.objects.filter(kind="order_funded").count() == 1
    order.refresh_from_db()
    assert order.state == OrderState.NEW
    assert OrderEvent.objects.filter(order=order, action="pay").count() == 1
    assert orders.escrow_balance(order) == D("50.000")
    assert orders.wallet_balance(buyer) == 0
    assert ledger.balance_of(ledger.gateway_clearing("bank_transfer")) == D("-50.000")
    assert check_ledger().ok


def test_parallel_checkouts_and_completions_never_deadlock():
    """Twenty things at once: ten buyers check out from their wallets while ten orders of
    other buyers complete (three sellers share their earnings and the platform's revenue
    accounts) or are cancelled (refunds to wallets that are paying at the same moment)."""
    sellers = [UserFactory(username=f"seller{number}") for number in range(3)]
    services = [ServiceFactory(seller=seller, price=D("30.500")) for seller in sellers]
    buyers = [UserFactory(username=f"payer{number}") for number in range(10)]
    for buyer in buyers:
        orders.credit_wallet(buyer, "200")
    # Orders of the first seven buyers, delivered and waiting to be accepted; three more of
    # the last three buyers in progress, to be cancelled by their sellers.
    delivered, in_progress = [], []
    for number, buyer in enumerate(buyers):
        service = services[number % 3]
        order = orders.buy(buyer, service)[2][0]
        perform(order, "start", service.seller)
        if number < 7:
            perform(order, "deliver", service.seller, note="تفضل")
            delivered.append(order)
        else:
            in_progress.append(order)
    checkouts = [wallet_checkout(buyer, services[(n + 1) % 3]) for n, buyer in enumerate(buyers)]
    accepts = [
        (lambda order=order: perform(Order.objects.get(pk=order.pk), "accept", order.buyer))
        for order in delivered
    ]
    cancels = [
        (
            lambda order=order: perform(
                Order.objects.get(pk=order.pk), "cancel", order.seller, note="لا أستطيع"
            )
        )
        for order in in_progress
    ]
    work = checkouts + accepts + cancels
    barrier = threading.Barrier(len(work))

    def run(function):
        try:
            barrier.wait(timeout=TIMEOUT)
            return function()
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=len(work)) as pool:
        futures = [pool.submit(run, function) for function in work]
        finished, waiting = wait_for(futures, timeout=TIMEOUT * 2)
    assert not waiting, "some work never finished"
    errors = [future.exception() for future in futures if future.exception()]
    assert errors == []
    assert len(finished) == 20

    assert Order.objects.filter(state=OrderState.NEW).count() == 10
    assert Order.objects.filter(state=OrderState.COMPLETED).count() == 7
    assert Order.objects.filter(state=OrderState.CANCELLED).count() == 3
    for buyer in buyers:
        refunded = D("30.500") if buyer.username in {"payer7", "payer8", "payer9"} else 0
        assert orders.wallet_balance(buyer) == D("200") - 2 * D("30.500") + refunded
    for seller in sellers:
        completed = Order.objects.filter(seller=seller, state=OrderState.COMPLETED)
        assert orders.pending_balance(seller) == sum(o.seller_earnings for o in completed)
    assert orders.revenue_balance() == 7 * D("6.100")
    assert check_ledger().ok


def test_a_double_clicked_checkout_of_one_cart_pays_once():
    buyer = UserFactory(username="doubleclicker")
    orders.credit_wallet(buyer, "500")
    service = ServiceFactory(price=D("50.000"))
    cart = Cart.objects.get_or_create(user=buyer)[0]
    carts.add(cart, service, buyer=buyer)

    def pay():
        request = RequestFactory().post("/cart/checkout/")
        request.user = buyer
        return checkout(Cart.objects.get(pk=cart.pk), buyer, "wallet", request)[0]

    results = run_together([pay] * 3)

    assert len([result for result in results if isinstance(result, Payment)]) == 1, results
    assert all(isinstance(r, Payment | CheckoutError) for r in results), results
    assert Order.objects.filter(buyer=buyer).count() == 1
    assert orders.wallet_balance(buyer) == D("450.000")
    assert check_ledger().ok


def test_accept_and_dispute_at_once_only_one_wins():
    buyer = UserFactory(username="hesitant")
    orders.credit_wallet(buyer, "500")
    seller = UserFactory(username="worker")
    service = ServiceFactory(seller=seller, price=D("50.000"))
    order = orders.buy(buyer, service)[2][0]
    perform(order, "start", seller)
    perform(order, "deliver", seller, note="تفضل")

    results = run_together(
        [
            lambda: perform(Order.objects.get(pk=order.pk), "accept", buyer),
            lambda: perform(Order.objects.get(pk=order.pk), "dispute", seller, note="لم يدفع"),
        ]
    )

    done = [result for result in results if isinstance(result, Order)]
    assert len(done) == 1, results
    assert all(isinstance(r, Order | WorkflowError) for r in results), results
    order.refresh_from_db()
    assert order.state == done[0].state
    assert (
        OrderEvent.objects.filter(order=order)
        .exclude(action__in=["pay", "start", "deliver"])
        .count()
        == 1
    )
    if order.state == OrderState.COMPLETED:
        assert orders.escrow_balance(order) == 0
        assert orders.pending_balance(seller) == D("40.000")
    else:
        assert orders.escrow_balance(order) == D("50.000")
        assert orders.pending_balance(seller) == 0
    assert check_ledger().ok


def test_a_transfer_confirmed_while_it_expires_ends_one_way_or_the_other():
    from marketplace.payments.services import end_unpaid

    orders.enable_bank_transfer()
    buyer = UserFactory(username="latecomer")
    service = ServiceFactory(price=D("50.000"))
    payment, _result, (order,) = orders.buy(buyer, service, gateway="bank_transfer")

    results = run_together(
        [
            lambda: mark_succeeded(Payment.objects.get(pk=payment.pk)),
            lambda: end_unpaid(Payment.objects.get(pk=payment.pk), PaymentStatus.CANCELLED),
        ]
    )

    assert all(isinstance(result, Payment) for result in results), results
    payment.refresh_from_db()
    order.refresh_from_db()
    # The money arrived either way: in escrow if the order was still waiting for it, in the
    # wallet if the order had been cancelled first.
    assert payment.status == PaymentStatus.SUCCEEDED
    if order.state == OrderState.NEW:
        assert orders.escrow_balance(order) == D("50.000")
        assert orders.wallet_balance(buyer) == 0
    else:
        assert order.state == OrderState.CANCELLED
        assert orders.escrow_balance(order) == 0
        assert orders.wallet_balance(buyer) == D("50.000")
    assert LedgerTransaction.objects.filter(kind="payment_captured").count() == 1
    assert check_ledger().ok


def test_the_auto_complete_timer_and_a_revision_request_at_once_only_one_wins():
    from datetime import timedelta

    from marketplace.orders import tasks

    buyer = UserFactory(username="slowreader")
    orders.credit_wallet(buyer, "500")
    seller = UserFactory(username="waiter")
    service = ServiceFactory(seller=seller, price=D("50.000"))
    order = orders.buy(buyer, service)[2][0]
    perform(order, "start", seller)
    perform(order, "deliver", seller, note="تفضل")
    order.refresh_from_db()
    Order.objects.filter(pk=order.pk).update(delivered_at=order.delivered_at - timedelta(days=4))

    results = run_together(
        [
            tasks.auto_complete_delivered,
            lambda: perform(Order.objects.get(pk=order.pk), "request_revision", buyer, note="عدّل"),
        ]
    )

    completed, revision = results
    assert isinstance(completed, int), results
    order.refresh_from_db()
    if order.state == OrderState.COMPLETED:
        assert completed == 1
        assert isinstance(revision, WorkflowError)
        assert orders.pending_balance(seller) == D("40.000")
    else:
        assert order.state == OrderState.REVISION_REQUESTED
        assert completed == 0
        assert isinstance(revision, Order)
        assert orders.escrow_balance(order) == D("50.000")
    assert check_ledger().ok
