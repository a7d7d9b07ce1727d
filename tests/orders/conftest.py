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


def credit_earnings(user, amount) -> None:
    """Cleared earnings in a seller's wallet, as completed and cleared orders leave them (the
    only money a seller can withdraw), without placing the orders."""
    from uuid import uuid4

    amount, reference = Decimal(amount), f"test-earnings:{uuid4().hex[:12]}"
    ledger.transfer(
        ledger.gateway_clearing("test"),
        ledger.pending_earnings_of(user),
        amount,
        kind="order_completed",
        reference=reference,
        idempotency_key=f"{reference}:release",
    )
    ledger.transfer(
        ledger.pending_earnings_of(user),
        ledger.wallet_of(user),
        amount,
        kind="earnings_cleared",
        reference=reference,
        idempotency_key=f"{reference}:clear",
    )


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


# --- Shared by the workflow, timer, cart, page and bank-transfer tests ----------------------


def default_site():
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


def change_settings(**values):
    """Change the marketplace's rules (MarketplaceSettings) of the default site."""
    from marketplace.rules.models import MarketplaceSettings

    rules = MarketplaceSettings.for_site(default_site())
    for name, value in values.items():
        setattr(rules, name, value)
    rules.save()
    return rules


BANK_DETAILS = {
    "bank_name": "مصرف الجمهورية",
    "account_holder": "شركة مايكروليبي",
    "account_number": "LY83002048000020100120361",
}


def enable_bank_transfer(**details):
    """Switch on the bundled bank-transfer plugin with its bank details."""
    from plugins.services import save_plugin_settings, set_active

    site = default_site()
    save_plugin_settings("bank_transfer", site, {**BANK_DETAILS, **details})
    set_active("bank_transfer", site, True)


def books_and_order(order) -> dict:
    """Everything a refused action must leave untouched: the order's row, its events,
    deliveries and dispute, every ledger balance and transaction, and the notifications."""
    from django.forms.models import model_to_dict

    from marketplace.ledger.models import LedgerAccount, LedgerTransaction
    from marketplace.notifications.models import Notification
    from marketplace.orders.models import Delivery, Dispute, Order, OrderEvent

    return {
        "order": model_to_dict(Order.objects.get(pk=order.pk)),
        "events": list(OrderEvent.objects.filter(order=order).values_list("pk", flat=True)),
        "deliveries": Delivery.objects.filter(order=order).count(),
        "dispute": list(Dispute.objects.filter(order=order).values()),
        # Reading a balance may create an empty account: only money counts.
        "balances": sorted(LedgerAccount.objects.exclude(balance=0).values_list("pk", "balance")),
        "transactions": LedgerTransaction.objects.count(),
        "notifications": Notification.objects.count(),
    }


def assert_refused(order, action, actor=None, message=None, **kwargs):
    """``perform`` refuses ``action`` with ``message`` (in the active language) and nothing
    changes at all."""
    from marketplace.orders.services import WorkflowError, perform

    before = books_and_order(order)
    with pytest.raises(WorkflowError) as refused:
        perform(order, action, actor, **kwargs)
    if message is not None:
        assert str(refused.value) == str(message)
    assert str(refused.value).strip()
    assert books_and_order(order) == before
    return str(refused.value)


def notifications_of(user, event=None):
    from marketplace.notifications.models import Notification

    found = Notification.objects.filter(user=user)
    if event:
        found = found.filter(event=event)
    return found
