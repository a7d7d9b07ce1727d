"""A buyer with money in the wallet, a seller with a public service (with extras), staff who
decide disputes, and helpers that buy through the real cart and checkout."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.test import RequestFactory

from marketplace.accounts.staff import MODERATORS_GROUP
from marketplace.ledger import services as ledger
from marketplace.ledger.checks import check_ledger
from marketplace.orders import cart as carts
from marketplace.orders.checkout import checkout
from marketplace.orders.models import Cart
from marketplace.payments.services import create_payment, mark_succeeded
from tests.factories import ServiceFactory, UserFactory


def credit_wallet(user, amount) -> None:
    """Money in through a confirmed bank transfer with no orders (gateway → wallet)."""
    mark_succeeded(create_payment(user, "bank_transfer", Decimal(amount)))


def wallet_balance(user) -> Decimal:
    return ledger.balance_of(ledger.wallet_of(user))


def pending_balance(user) -> Decimal:
    return ledger.balance_of(ledger.pending_earnings_of(user))


def escrow_balance(order) -> Decimal:
    return ledger.balance_of(ledger.escrow_for(order.ledger_reference))


def revenue_balance() -> Decimal:
    return ledger.balance_of(ledger.platform_revenue())


def buy(buyer, *services, gateway="wallet", extras=(), quantity=1):
    """Put ``services`` in the buyer's cart and check out; return (payment, result, orders)."""
    cart = Cart.objects.get_or_create(user=buyer)[0]
    for service in services:
        carts.add(cart, service, extras, quantity, buyer=buyer)
    request = RequestFactory().post("/cart/checkout/")
    request.user = buyer
    payment, result = checkout(cart, buyer, gateway, request)
    return payment, result, list(payment.orders.order_by("pk"))


def assert_books_balance():
    report = check_ledger()
    assert report.ok, (report.unbalanced_transactions, report.wrong_balances)


@pytest.fixture
def buyer(db):
    user = UserFactory(username="buyer")
    credit_wallet(user, "500")
    return user


@pytest.fixture
def seller(db):
    return UserFactory(username="seller")


@pytest.fixture
def stranger(db):
    return UserFactory(username="stranger")


@pytest.fixture
def service(seller):
    return ServiceFactory(
        seller=seller,
        price=Decimal("50.000"),
        delivery_days=3,
        extras=[("تسليم سريع", "15.500", 0), ("ملف المصدر", "20", 1)],
    )


@pytest.fixture
def moderator(db):
    from django.apps import apps

    from marketplace.orders.apps import grant_moderators_order_permissions

    user = UserFactory(username="moderator", is_staff=True)
    group, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    grant_moderators_order_permissions(apps.get_app_config("orders"))
    user.groups.add(group)
    return user


@pytest.fixture
def order(buyer, service):
    """A paid order of 50 LYD, state new."""
    return buy(buyer, service)[2][0]
