"""The cart and checkout, through their pages: exact totals, the limits, lines that changed
since they were added, a visitor's cart joining the account's at log-in, and checkout that
creates one funded order per line — or nothing at all."""

from decimal import Decimal
from unittest import mock

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation

from marketplace.catalog import services as catalog
from marketplace.catalog.models import Service
from marketplace.ledger.models import LedgerTransaction
from marketplace.notifications.models import Notification
from marketplace.orders.models import Cart, CartLine, Order, OrderState
from marketplace.payments.models import Payment
from tests.factories import PASSWORD, ServiceFactory, UserFactory
from tests.orders.conftest import (
    assert_books_balance,
    change_settings,
    credit_wallet,
    enable_bank_transfer,
    escrow_balance,
    notifications_of,
    wallet_balance,
)

pytestmark = pytest.mark.django_db
D = Decimal
CHANGED = "Some items in your cart changed. Check them before paying."
OFFERED = "Choose one of the payment methods offered."


@pytest.fixture(autouse=True)
def english():
    """Pages under /en/, so the messages read as their msgids."""
    with translation.override("en"):
        yield


def shown(response) -> list[str]:
    """The messages the step left (the pages are followed, so they are read once)."""
    return [str(message) for message in get_messages(response.wsgi_request)]


def landed(response) -> str:
    """Where the step redirected to."""
    assert response.redirect_chain, "the step did not redirect"
    return response.redirect_chain[0][0]


def extra_ids(service, *prices) -> list[int]:
    return [service.extras.get(price=D(price)).pk for price in prices]


def add(client, service, quantity=1, extras=()):
    return client.post(
        reverse("orders:cart_add"),
        {"service": service.pk, "quantity": quantity, "extras": list(extras)},
        follow=True,
    )


def cart_page(client):
    response = client.get(reverse("orders:cart"))
    assert response.status_code == 200
    return response


def lines_of(user):
    return list(CartLine.objects.filter(cart__user=user).order_by("pk"))


def nothing_bought() -> bool:
    """No order, and no payment besides the money put in the buyers' wallets beforehand."""
    return not Order.objects.exists() and not Payment.objects.filter(gateway="wallet").exists()


@pytest.fixture
def shopper(client, buyer):
    client.force_login(buyer)
    return client


def checkout(client, gateway="wallet"):
    return client.post(reverse("orders:checkout"), {"gateway": gateway}, follow=True)


# --- Adding ----------------------------------------------------------------------------------


def test_add_with_extras_and_quantity_gives_the_exact_total(shopper, buyer, service):
    response = add(shopper, service, quantity=3, extras=extra_ids(service, "15.500"))
    assert landed(response) == reverse("orders:cart")
    assert shown(response) == [f"“{service.title}” is in your cart."]
    (line,) = lines_of(buyer)
    assert (line.quantity, line.unit_price_seen) == (3, D("65.500"))
    page = cart_page(shopper)
    (priced,) = page.context["lines"]
    assert (priced.unit_price, priced.total, priced.problem) == (D("65.500"), D("196.500"), "")
    assert priced.delivery_days == 3
    assert page.context["total"] == D("196.500")
    html = page.content.decode()
    assert "196.500 LYD" in html
    assert [gateway.id for gateway in page.context["gateways"]] == ["wallet"]


def test_both_extras_add_their_price_and_days(shopper, buyer, service):
    add(shopper, service, quantity=2, extras=extra_ids(service, "15.500", "20"))
    (priced,) = cart_page(shopper).context["lines"]
    assert (priced.unit_price, priced.total, priced.delivery_days) == (
        D("85.500"),
        D("171.000"),
        4,
    )


def test_the_same_service_and_extras_add_to_the_quantity(shopper, buyer, service):
    extra = extra_ids(service, "15.500")
    add(shopper, service, quantity=2, extras=extra)
    add(shopper, service, quantity=3, extras=extra)
    add(shopper, service, quantity=1)  # other extras: a line of its own
    first, second = lines_of(buyer)
    assert (first.quantity, [e.pk for e in first.extras.all()]) == (5, extra)
    assert (second.quantity, list(second.extras.all())) == (1, [])
    assert cart_page(shopper).context["total"] == D("65.500") * 5 + D("50.000")


@pytest.mark.parametrize("quantity", [0, 11, -1, "abc", "", "2.5", "1e3"])
def test_quantities_outside_1_to_10_are_refused(shopper, buyer, service, quantity):
    response = add(shopper, service, quantity=quantity)
    assert landed(response) == service.get_absolute_url()
    assert shown(response) == ["The quantity must be between 1 and 10."]
    assert lines_of(buyer) == []


def test_adding_to_a_line_cannot_pass_10(shopper, buyer, service):
    add(shopper, service, quantity=6)
    response = add(shopper, service, quantity=5)
    assert shown(response) == ["The quantity must be between 1 and 10."]
    assert [line.quantity for line in lines_of(buyer)] == [6]
    add(shopper, service, quantity=4)
    assert [line.quantity for line in lines_of(buyer)] == [10]


def test_extras_of_another_service_are_refused(shopper, buyer, service):
    other = ServiceFactory(extras=[("إضافة أخرى", "5", 0)])
    response = add(shopper, service, extras=[other.extras.get().pk])
    assert shown(response) == ["Choose extras of this service only."]
    response = add(shopper, service, extras=[*extra_ids(service, "20"), 999999])
    assert shown(response) == ["Choose extras of this service only."]
    assert lines_of(buyer) == []


def test_a_seller_cannot_order_their_own_service(client, seller, service):
    client.force_login(seller)
    response = add(client, service)
    assert shown(response) == ["You cannot order your own service."]
    assert not CartLine.objects.exists()


def test_an_unknown_service_is_not_found(shopper):
    assert shopper.post(reverse("orders:cart_add"), {"service": 999999}).status_code == 404
    assert shopper.post(reverse("orders:cart_add"), {}).status_code == 404
    assert not CartLine.objects.exists()


@pytest.mark.parametrize("how", ["paused", "suspended", "draft"])
def test_a_service_that_is_not_public_cannot_be_added(shopper, buyer, seller, moderator, how):
    service = ServiceFactory(seller=seller, publish=how != "draft")
    if how == "paused":
        catalog.pause(service, seller)
    elif how == "suspended":
        catalog.suspend(service, moderator, "مخالفة")
    response = add(shopper, service)
    assert shown(response) == ["This service cannot be ordered now."]
    assert lines_of(buyer) == []


# --- Lines that changed after they were added ----------------------------------------------


SHORT_BY_155 = "Your balance is not enough: 155 LYD more is needed. Choose another payment method."


def assert_checkout_refused(client, buyer, message, gateway="wallet"):
    lines = [(line.pk, line.quantity, line.unit_price_seen) for line in lines_of(buyer)]
    balance = wallet_balance(buyer)
    transactions = LedgerTransaction.objects.count()
    notifications = Notification.objects.count()
    payments = Payment.objects.count()
    response = checkout(client, gateway)
    assert landed(response) == reverse("orders:cart")
    assert shown(response) == [message]
    assert nothing_bought()
    assert [(line.pk, line.quantity, line.unit_price_seen) for line in lines_of(buyer)] == lines
    assert wallet_balance(buyer) == balance
    assert LedgerTransaction.objects.count() == transactions
    assert Notification.objects.count() == notifications
    assert Payment.objects.count() == payments


@pytest.mark.parametrize("how", ["paused", "suspended"])
def test_a_line_whose_service_went_away_blocks_checkout_until_removed(
    shopper, buyer, seller, moderator, service, how
):
    kept = ServiceFactory(price=D("20"))
    add(shopper, service)
    add(shopper, kept)
    if how == "paused":
        catalog.pause(service, seller)
    else:
        catalog.suspend(service, moderator, "مخالفة")
    page = cart_page(shopper)
    problems = [line.problem for line in page.context["lines"]]
    assert problems == ["This service is not available any more. Remove it to continue.", ""]
    assert page.context["has_problems"]
    assert "data-pay" not in page.content.decode()
    assert_checkout_refused(shopper, buyer, CHANGED)

    # "Updating" a service that is gone does not help; removing it does.
    gone, _kept = lines_of(buyer)
    shopper.post(reverse("orders:cart_update", args=[gone.pk]), {"quantity": 1}, follow=True)
    assert_checkout_refused(shopper, buyer, CHANGED)
    response = shopper.post(reverse("orders:cart_remove", args=[gone.pk]), follow=True)
    assert shown(response) == ["Removed from your cart."]
    assert [line.service for line in lines_of(buyer)] == [kept]

    response = checkout(shopper)
    assert shown(response) == ["Paid. Your orders are with the sellers now."]
    (order,) = Order.objects.all()
    assert (order.service, order.total, order.state) == (kept, D("20.000"), OrderState.NEW)
    assert wallet_balance(buyer) == D("480.000")
    assert lines_of(buyer) == []


def test_a_paused_service_that_resumes_is_payable_again(shopper, buyer, seller, service):
    add(shopper, service)
    catalog.pause(service, seller)
    assert_checkout_refused(shopper, buyer, CHANGED)
    catalog.resume(service, seller)
    assert cart_page(shopper).context["has_problems"] is False
    assert shown(checkout(shopper)) == ["Paid. Your orders are with the sellers now."]


def test_a_price_change_is_flagged_until_the_buyer_updates_the_line(shopper, buyer, service):
    add(shopper, service, quantity=2, extras=extra_ids(service, "15.500"))
    Service.objects.filter(pk=service.pk).update(price=D("60.000"))
    (priced,) = cart_page(shopper).context["lines"]
    assert priced.problem == "The price changed from 65.500 to 75.500 LYD since you added it."
    assert priced.total == D("151.000")  # shown at today's price
    assert_checkout_refused(shopper, buyer, CHANGED)

    (line,) = lines_of(buyer)
    shopper.post(
        reverse("orders:cart_update", args=[line.pk]),
        {"quantity": 2, "extras": extra_ids(service, "15.500")},
        follow=True,
    )
    (priced,) = cart_page(shopper).context["lines"]
    assert (priced.problem, priced.total) == ("", D("151.000"))
    assert shown(checkout(shopper)) == ["Paid. Your orders are with the sellers now."]
    (order,) = Order.objects.all()
    assert (order.unit_price, order.total) == (D("60.000"), D("151.000"))
    assert wallet_balance(buyer) == D("349.000")


def test_a_price_change_of_an_extra_is_flagged_too(shopper, buyer, service):
    add(shopper, service, extras=extra_ids(service, "20"))
    service.extras.filter(price=D("20")).update(price=D("25"))
    (priced,) = cart_page(shopper).context["lines"]
    assert priced.problem == "The price changed from 70 to 75 LYD since you added it."
    assert_checkout_refused(shopper, buyer, CHANGED)


def test_updating_a_line_changes_quantity_and_extras(shopper, buyer, service):
    add(shopper, service)
    (line,) = lines_of(buyer)
    url = reverse("orders:cart_update", args=[line.pk])
    shopper.post(url, {"quantity": 4, "extras": extra_ids(service, "15.500", "20")}, follow=True)
    assert cart_page(shopper).context["total"] == D("342.000")
    for bad in (0, 11, "x"):
        response = shopper.post(url, {"quantity": bad}, follow=True)
        assert shown(response) == ["The quantity must be between 1 and 10."]
    other = ServiceFactory(extras=[("x", "1", 0)])
    response = shopper.post(url, {"quantity": 1, "extras": [other.extras.get().pk]}, follow=True)
    assert shown(response) == ["Choose extras of this service only."]
    line.refresh_from_db()
    assert (line.quantity, line.unit_price_seen, line.extras.count()) == (4, D("85.500"), 2)


def test_removing_a_line(shopper, buyer, service):
    add(shopper, service)
    (line,) = lines_of(buyer)
    response = shopper.post(reverse("orders:cart_remove", args=[line.pk]), follow=True)
    assert shown(response) == ["Removed from your cart."]
    assert lines_of(buyer) == []
    assert "Your cart is empty." in cart_page(shopper).content.decode()
    assert shopper.post(reverse("orders:cart_remove", args=[line.pk])).status_code == 404


def test_the_cart_pages_take_post_only(shopper, buyer, service):
    add(shopper, service)
    (line,) = lines_of(buyer)
    assert shopper.get(reverse("orders:cart_add")).status_code == 405
    assert shopper.get(reverse("orders:cart_remove", args=[line.pk])).status_code == 405
    assert shopper.get(reverse("orders:checkout")).status_code == 405
    assert len(lines_of(buyer)) == 1


def test_nobody_else_changes_or_removes_a_line(client, shopper, buyer, stranger, service):
    add(shopper, service, quantity=2)
    (line,) = lines_of(buyer)
    other = UserFactory()
    other_client = client.__class__()
    other_client.force_login(other)
    add(other_client, ServiceFactory())  # the other user has a cart of their own
    visitor = client.__class__()
    add(visitor, ServiceFactory())  # and a visitor too
    for intruder in (other_client, visitor):
        update = intruder.post(reverse("orders:cart_update", args=[line.pk]), {"quantity": 9})
        assert update.status_code == 404
        assert intruder.post(reverse("orders:cart_remove", args=[line.pk])).status_code == 404
    stranger_client = client.__class__()
    stranger_client.force_login(stranger)  # no cart at all
    assert stranger_client.post(reverse("orders:cart_remove", args=[line.pk])).status_code == 404
    line.refresh_from_db()
    assert line.quantity == 2


# --- A visitor's cart ------------------------------------------------------------------------


def log_in(client, user):
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[:500]
    assert response.wsgi_request.user == user
    return response


def test_a_visitors_cart_lives_in_the_session(client, service):
    add(client, service, quantity=2)
    page = cart_page(client)
    assert page.context["total"] == D("100.000")
    assert "Log in to pay" in page.content.decode()
    assert page.context["gateways"] == []
    (cart,) = Cart.objects.all()
    assert cart.user is None and client.session["cart_id"] == cart.pk
    response = checkout(client)
    assert landed(response).startswith(reverse("account_login"))
    assert nothing_bought()


def test_a_visitors_cart_joins_the_accounts_at_log_in(client, buyer, service):
    extra = extra_ids(service, "15.500")
    # The buyer already has the same line, and another, in the account's cart.
    account_cart = Cart.objects.create(user=buyer)
    from marketplace.orders import cart as carts

    carts.add(account_cart, service, extra, 2, buyer=buyer)
    other = ServiceFactory(price=D("30"))
    carts.add(account_cart, other, (), 1, buyer=buyer)

    add(client, service, quantity=3, extras=extra)
    cheap = ServiceFactory(price=D("12"))
    add(client, cheap)
    # The price of the visitor's line changes before the visitor logs in.
    Service.objects.filter(pk=cheap.pk).update(price=D("15"))
    visitor_cart = Cart.objects.get(user=None)

    log_in(client, buyer)
    assert not Cart.objects.filter(pk=visitor_cart.pk).exists()
    assert "cart_id" not in client.session
    lines = {line.service: line for line in lines_of(buyer)}
    assert lines[service].quantity == 5
    assert lines[other].quantity == 1
    assert lines[cheap].unit_price_seen == D("12.000")
    problems = {p.line.service: p.problem for p in cart_page(client).context["lines"]}
    assert problems == {
        service: "",
        other: "",
        cheap: "The price changed from 12 to 15 LYD since you added it.",
    }
    assert_checkout_refused(client, buyer, CHANGED)


def test_a_visitors_line_for_their_own_service_is_dropped_at_log_in(client, seller, service):
    add(client, service)
    log_in(client, seller)
    assert lines_of(seller) == []
    assert not Cart.objects.filter(user=None).exists()


# --- Checkout --------------------------------------------------------------------------------


def test_one_order_per_line_each_with_its_own_escrow(shopper, buyer, seller, service):
    other_seller = UserFactory()
    other = ServiceFactory(seller=other_seller, price=D("12.250"), delivery_days=2)
    add(shopper, service, quantity=2, extras=extra_ids(service, "20"))
    add(shopper, other)
    add(shopper, service)
    response = checkout(shopper)
    payment = Payment.objects.latest("pk")
    assert landed(response) == f"{reverse('orders:purchases')}?payment={payment.pk}"
    assert shown(response) == ["Paid. Your orders are with the sellers now."]
    assert (payment.gateway, payment.status, payment.amount) == (
        "wallet",
        "succeeded",
        D("202.250"),
    )
    orders = list(payment.orders.order_by("pk"))
    assert [(o.seller, o.quantity, o.total, o.delivery_days) for o in orders] == [
        (seller, 2, D("140.000"), 4),
        (other_seller, 1, D("12.250"), 2),
        (seller, 1, D("50.000"), 3),
    ]
    assert orders[0].extras == [{"title": "ملف المصدر", "price": "20.000", "days": 1}]
    for order in orders:
        assert order.state == OrderState.NEW
        assert escrow_balance(order) == order.total
    assert wallet_balance(buyer) == D("500.000") - D("202.250")
    assert notifications_of(seller, "order.new").count() == 2
    assert notifications_of(other_seller, "order.new").count() == 1
    assert lines_of(buyer) == []
    assert_books_balance()


def test_checkout_of_an_empty_cart(shopper, buyer, service):
    add(shopper, service)
    (line,) = lines_of(buyer)
    shopper.post(reverse("orders:cart_remove", args=[line.pk]), follow=True)
    assert_checkout_refused(shopper, buyer, "Your cart is empty.")


def test_checkout_without_enough_balance_says_so_and_keeps_the_cart(shopper, buyer, service):
    add(shopper, service, quantity=10, extras=extra_ids(service, "15.500"))  # 655 LYD
    page = cart_page(shopper)
    assert page.context["gateways"] == []
    # The page must not blame the site: the balance is what is missing.
    assert "No payment method is available right now" not in page.content.decode()
    # The wallet is not offered; posting it anyway is refused with the reason.
    assert_checkout_refused(shopper, buyer, SHORT_BY_155)


def test_a_balance_spent_meanwhile_is_refused_and_nothing_is_created(shopper, buyer, service):
    from marketplace.payments.wallet import WalletGateway

    add(shopper, service, quantity=10, extras=extra_ids(service, "15.500"))  # 655 LYD
    # The page offered the wallet, then the balance went elsewhere before the click.
    with mock.patch.object(WalletGateway, "is_available_for", return_value=True):
        assert_checkout_refused(shopper, buyer, SHORT_BY_155)


def test_checkout_spends_the_balance_to_the_dirham(client, seller):
    """Two transfers of 10.100 and 20.200 pay a 30.300 service exactly."""
    buyer = UserFactory()
    credit_wallet(buyer, "10.100")
    credit_wallet(buyer, "20.200")
    odd = ServiceFactory(seller=seller, price=D("30.300"))
    client.force_login(buyer)
    add(client, odd)
    assert shown(checkout(client)) == ["Paid. Your orders are with the sellers now."]
    assert wallet_balance(buyer) == 0
    assert escrow_balance(Order.objects.get()) == D("30.300")
    assert_books_balance()


@pytest.mark.parametrize("gateway", ["bank_transfer", "stripe", "nope", ""])
def test_a_gateway_that_is_not_offered_is_refused(shopper, buyer, service, gateway):
    add(shopper, service)
    assert_checkout_refused(shopper, buyer, OFFERED, gateway=gateway)


def test_a_bank_transfer_without_bank_details_is_not_offered(shopper, buyer, service):
    enable_bank_transfer(account_number="")
    add(shopper, service)
    assert [g.id for g in cart_page(shopper).context["gateways"]] == ["wallet"]
    assert_checkout_refused(shopper, buyer, OFFERED, gateway="bank_transfer")


def test_the_bank_transfer_is_offered_once_configured(shopper, buyer, service):
    enable_bank_transfer()
    change_settings(bank_transfer_expiry_hours=48)
    add(shopper, service)
    assert [g.id for g in cart_page(shopper).context["gateways"]] == ["wallet", "bank_transfer"]
    response = checkout(shopper, "bank_transfer")
    payment = Payment.objects.latest("pk")
    assert landed(response) == payment.get_absolute_url()
    assert (payment.gateway, payment.status, payment.amount) == (
        "bank_transfer",
        "pending",
        D("50.000"),
    )
    assert payment.orders.get().state == OrderState.AWAITING_PAYMENT
    assert wallet_balance(buyer) == D("500.000")
    assert lines_of(buyer) == []
