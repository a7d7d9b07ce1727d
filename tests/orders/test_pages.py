"""The order pages, the lists, the receipt and the wallet: what each person sees, what a
stranger does not (404, never a hint), and query counts that do not grow with the rows."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from marketplace.messaging import services as messaging
from marketplace.orders import cart as carts
from marketplace.orders.models import Cart, DeliveryFile, Order, OrderState
from marketplace.orders.services import perform, set_instructions
from marketplace.orders.views.receipts import pdf_available
from marketplace.payments.models import Payment
from tests.factories import ServiceFactory, UserFactory
from tests.messaging.conftest import pdf_upload
from tests.orders.conftest import books_and_order, buy, enable_bank_transfer

pytestmark = pytest.mark.django_db
D = Decimal


def actions_on(html: str) -> list[str]:
    """The action forms on the page, in no particular order (the page picks the order)."""
    return sorted(re.findall(r'data-action="(\w+)"', html))


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.content.decode()


def en(name, *args) -> str:
    with translation.override("en"):
        return reverse(name, args=args)


@pytest.fixture
def worked_order(order, buyer, seller):
    """Instructions, a start, a delivery with a file, and a conversation both sides wrote in."""
    set_instructions(order, buyer, "الألوان: أزرق وذهبي")
    perform(order, "start", seller)
    conversation = messaging.find_conversation(buyer, seller, order)
    messaging.send_message(conversation, buyer, "هل تحتاج شيئاً آخر؟")
    messaging.send_message(conversation, seller, "لا، شكراً")
    perform(order, "deliver", seller, note="هذا هو الشعار", files=[pdf_upload("logo.pdf")])
    return Order.objects.get(pk=order.pk)


# --- The order page --------------------------------------------------------------------------


def test_the_buyer_sees_everything_about_the_order(client, worked_order, buyer):
    client.force_login(buyer)
    html = page(client, en("orders:detail", worked_order.pk))
    assert "الألوان: أزرق وذهبي" in html
    assert "هذا هو الشعار" in html
    delivered = DeliveryFile.objects.get()
    assert en("orders:delivery_file", worked_order.pk, delivered.pk) in html
    assert "logo.pdf" in html
    assert "هل تحتاج شيئاً آخر؟" in html and "لا، شكراً" in html
    for description in (
        "Paid; the money is held in escrow",
        "The seller started working",
        "The seller delivered",
    ):
        assert description in html
    assert re.findall(r'data-event="(\w+)"', html) == ["pay", "start", "deliver"]
    assert actions_on(html) == sorted(["request_revision", "accept", "dispute"])
    assert en("orders:receipt", worked_order.payment_id) in html
    assert "50 LYD" in html


def test_the_seller_sees_only_their_actions(client, worked_order, seller):
    client.force_login(seller)
    html = page(client, en("orders:detail", worked_order.pk))
    assert actions_on(html) == ["dispute"]
    assert "الألوان: أزرق وذهبي" in html
    assert 'name="instructions"' not in html  # only the buyer edits them
    assert "Receipt" not in html


@pytest.mark.parametrize(
    ("steps", "buyer_actions", "seller_actions"),
    [
        ([], ["cancel"], ["start", "cancel"]),
        (["start"], ["dispute"], ["deliver", "cancel", "dispute"]),
        (["start", "deliver"], ["request_revision", "accept", "dispute"], ["dispute"]),
        (["start", "deliver", "accept"], [], []),
        (["cancel"], [], []),
        (["start", "deliver", "dispute"], [], []),
    ],
)
def test_each_role_sees_the_actions_the_table_allows(
    client, order, buyer, seller, steps, buyer_actions, seller_actions
):
    actors = {"start": seller, "deliver": seller, "accept": buyer, "cancel": buyer}
    for action in steps:
        perform(order, action, actors.get(action, buyer), note="x")
    for person, expected in ((buyer, buyer_actions), (seller, seller_actions)):
        client.force_login(person)
        assert actions_on(page(client, en("orders:detail", order.pk))) == sorted(expected)


def test_the_buyer_edits_instructions_until_delivery(client, order, buyer, seller):
    client.force_login(buyer)
    client.post(en("orders:instructions", order.pk), {"instructions": "  النص الجديد  "})
    assert Order.objects.get(pk=order.pk).instructions == "النص الجديد"
    client.force_login(seller)
    response = client.post(en("orders:instructions", order.pk), {"instructions": "من البائع"})
    assert response.status_code == 302
    assert Order.objects.get(pk=order.pk).instructions == "النص الجديد"


def test_the_page_steps_work_for_the_right_person(client, order, buyer, seller):
    client.force_login(seller)
    response = client.post(en("orders:act", order.pk, "start"), follow=True)
    assert [str(m) for m in response.context["messages"]] == [
        "You started the order. The buyer has been told."
    ]
    assert Order.objects.get(pk=order.pk).state == OrderState.IN_PROGRESS
    response = client.post(
        en("orders:act", order.pk, "deliver"),
        {"note": "تفضل", "files": [pdf_upload("a.pdf"), pdf_upload("b.pdf")]},
    )
    assert response.status_code == 302
    assert sorted(DeliveryFile.objects.values_list("name", flat=True)) == ["a.pdf", "b.pdf"]
    client.force_login(buyer)
    client.post(en("orders:act", order.pk, "accept"))
    assert Order.objects.get(pk=order.pk).state == OrderState.COMPLETED


def test_the_buyer_and_seller_download_delivered_files(client, worked_order, buyer, seller):
    delivered = DeliveryFile.objects.get()
    url = en("orders:delivery_file", worked_order.pk, delivered.pk)
    for person in (buyer, seller):
        client.force_login(person)
        response = client.get(url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF")
        assert 'attachment; filename="logo.pdf"' in response["Content-Disposition"]
        assert response["Content-Security-Policy"] == "sandbox"


def test_a_file_is_only_reached_through_its_own_order(client, worked_order, buyer, service):
    other = buy(buyer, ServiceFactory(price=D("20")))[2][0]
    delivered = DeliveryFile.objects.get()
    client.force_login(buyer)
    page(client, en("orders:delivery_file", other.pk, delivered.pk), status=404)


# --- Strangers learn nothing -----------------------------------------------------------------


def test_a_stranger_gets_404_everywhere(client, worked_order, buyer, stranger, moderator):
    delivered = DeliveryFile.objects.get()
    payment = worked_order.payment
    before = books_and_order(worked_order)
    for person in (stranger, moderator):
        client.force_login(person)
        for url in (
            en("orders:detail", worked_order.pk),
            en("orders:delivery_file", worked_order.pk, delivered.pk),
            en("orders:receipt", payment.pk),
            en("orders:receipt_pdf", payment.pk),
            en("payments:detail", payment.pk),
            en("payments:proof", payment.pk),
        ):
            page(client, url, status=404)
        for action in ("start", "deliver", "request_revision", "accept", "cancel", "dispute"):
            response = client.post(en("orders:act", worked_order.pk, action), {"note": "x"})
            assert response.status_code == 404
        response = client.post(en("orders:instructions", worked_order.pk), {"instructions": "x"})
        assert response.status_code == 404
        assert client.post(en("payments:cancel", payment.pk)).status_code == 404
        assert client.post(en("payments:detail", payment.pk), {"reference": "1"}).status_code == (
            404
        )
    assert books_and_order(worked_order) == before


def test_a_visitor_is_sent_to_log_in(client, worked_order):
    for url in (
        en("orders:detail", worked_order.pk),
        en("orders:purchases"),
        en("orders:sales"),
        en("orders:receipt", worked_order.payment_id),
        en("ledger:wallet"),
        en("payments:detail", worked_order.payment_id),
    ):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_seller_does_not_see_an_order_awaiting_payment(client, buyer, seller, service):
    enable_bank_transfer()
    payment, _result, (awaiting,) = buy(buyer, service, gateway="bank_transfer")
    client.force_login(seller)
    page(client, en("orders:detail", awaiting.pk), status=404)
    assert client.post(en("orders:act", awaiting.pk, "cancel")).status_code == 404
    assert f'data-order="{awaiting.pk}"' not in page(client, en("orders:sales"))
    page(client, en("payments:detail", payment.pk), status=404)

    client.force_login(buyer)
    html = page(client, en("orders:detail", awaiting.pk))
    assert payment.get_absolute_url() in html or en("payments:detail", payment.pk) in html
    assert actions_on(html) == []
    assert f'data-order="{awaiting.pk}"' in page(client, en("orders:purchases"))
    # No receipt for a payment that has not arrived.
    page(client, en("orders:receipt", payment.pk), status=404)


# --- Lists -----------------------------------------------------------------------------------


@pytest.fixture
def several(buyer, seller, service):
    """Orders of the buyer from the seller in four states, bought with two payments."""
    new, started = buy(buyer, service, ServiceFactory(seller=seller, price=D("20")))[2]
    done, cancelled = buy(
        buyer, ServiceFactory(seller=seller, price=D("30")), ServiceFactory(seller=seller)
    )[2]
    perform(started, "start", seller)
    perform(done, "start", seller)
    perform(done, "deliver", seller, note="x")
    perform(done, "accept", buyer)
    perform(cancelled, "cancel", buyer)
    return {"new": new, "in_progress": started, "completed": done, "cancelled": cancelled}


def listed(html) -> set[int]:
    return {int(pk) for pk in re.findall(r'data-order="(\d+)"', html)}


@pytest.mark.parametrize("side", ["purchases", "sales"])
def test_the_lists_filter_by_state(client, several, buyer, seller, side):
    client.force_login(buyer if side == "purchases" else seller)
    url = en(f"orders:{side}")
    assert listed(page(client, url)) == {order.pk for order in several.values()}
    for state, order in several.items():
        assert listed(page(client, f"{url}?state={state}")) == {order.pk}
    assert listed(page(client, f"{url}?state=delivered")) == set()
    assert listed(page(client, f"{url}?state=nonsense")) == {o.pk for o in several.values()}


def test_the_lists_show_only_ones_own_orders(client, several, stranger):
    client.force_login(stranger)
    assert listed(page(client, en("orders:purchases"))) == set()
    assert listed(page(client, en("orders:sales"))) == set()


def test_purchases_filter_by_payment(client, several, buyer):
    first = several["new"]
    client.force_login(buyer)
    html = page(client, f"{en('orders:purchases')}?payment={first.payment_id}")
    assert listed(html) == {several["new"].pk, several["in_progress"].pk}


# --- Receipts --------------------------------------------------------------------------------


def test_the_buyer_gets_a_receipt_per_payment(client, buyer, seller, service, stranger):
    payment, _result, orders = buy(buyer, service, ServiceFactory(price=D("12.250")))
    client.force_login(buyer)
    html = page(client, en("orders:receipt", payment.pk))
    assert payment.number in html
    assert "62.250 LYD" in html
    for order in orders:
        assert order.title in html
    for person in (seller, stranger):
        client.force_login(person)
        page(client, en("orders:receipt", payment.pk), status=404)
        page(client, en("orders:receipt_pdf", payment.pk), status=404)


@pytest.mark.skipif(not pdf_available(), reason="WeasyPrint needs the Pango library")
def test_the_receipt_as_a_pdf(client, buyer, order):
    client.force_login(buyer)
    response = client.get(en("orders:receipt_pdf", order.payment_id))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    number = Payment.objects.get(pk=order.payment_id).number
    assert f'filename="microlibya-receipt-{number}.pdf"' in response["Content-Disposition"]


# --- The wallet ------------------------------------------------------------------------------


def test_the_wallet_shows_balances_and_movements_with_links(client, buyer, seller, service):
    payment, _result, (first, second) = buy(buyer, service, ServiceFactory(price=D("20")))
    perform(second, "cancel", buyer)
    perform(first, "start", seller)
    perform(first, "deliver", seller, note="x")
    perform(first, "accept", buyer)

    client.force_login(buyer)
    html = page(client, en("ledger:wallet"))
    assert re.search(r"data-available>\s*450 LYD", html)
    assert re.search(r"data-pending>\s*0 LYD", html)
    for label in ("Payment received", "Order paid (held in escrow)", "Order refunded"):
        assert label in html
    assert f'href="{en("orders:detail", first.pk)}"' in html
    assert f'href="{en("orders:detail", second.pk)}"' in html
    assert html.count("data-entry=") == 4  # credit, two fundings, one refund

    client.force_login(seller)
    html = page(client, en("ledger:wallet"))
    assert re.search(r"data-available>\s*0 LYD", html)
    assert re.search(r"data-pending>\s*40 LYD", html)
    assert "Order completed" in html
    assert f'href="{en("orders:detail", first.pk)}"' in html
    assert html.count("data-entry=") == 1


# --- Query budgets ---------------------------------------------------------------------------


def fill_orders(buyer, seller, count):
    """``count`` orders, each started, delivered with a file, and talked about."""
    orders = []
    for _ in range(count):
        order = buy(buyer, ServiceFactory(seller=seller, price=D("10")))[2][0]
        perform(order, "start", seller)
        conversation = messaging.find_conversation(buyer, seller, order)
        messaging.send_message(conversation, buyer, "سؤال")
        perform(order, "deliver", seller, note="x", files=[pdf_upload()])
        orders.append(order)
    return orders


def fill_one_order(order, buyer, seller, count):
    """``count`` deliveries (with files), revisions and messages on one order."""
    perform(order, "start", seller)
    conversation = messaging.find_conversation(buyer, seller, order)
    for number in range(count):
        messaging.send_message(conversation, buyer, f"سؤال {number}", files=[pdf_upload()])
        messaging.send_message(conversation, seller, f"جواب {number}")
        perform(order, "deliver", seller, note=f"تسليم {number}", files=[pdf_upload()])
        if number < count - 1:
            perform(order, "request_revision", buyer, note="عدّل")


# Measured on SQLite with one row; the same budget must hold for five (nothing per row).
BUDGETS = {
    "purchases": 13,
    "sales": 13,
    "detail_buyer": 24,
    "detail_seller": 20,
    "receipt": 15,
    "wallet": 17,
    "cart": 18,
}


@pytest.mark.parametrize("count", [1, 5])
def test_query_budgets(client, buyer, seller, service, count, django_assert_max_num_queries):
    """``count`` orders in the lists, deliveries, revisions and messages on the order page,
    orders on the receipt, movements in the wallet and lines (with extras) in the cart."""
    fill_orders(buyer, seller, count)
    detailed = buy(buyer, service)[2][0]
    fill_one_order(detailed, buyer, seller, count)
    payment = buy(buyer, *[ServiceFactory(seller=seller, price=D("10")) for _ in range(count)])[0]
    cart = Cart.objects.get_or_create(user=buyer)[0]
    for _ in range(count):
        carts.add(cart, ServiceFactory(seller=UserFactory(), extras=[("x", "1", 0)]), buyer=buyer)
    pages = {
        "purchases": (buyer, en("orders:purchases")),
        "sales": (seller, en("orders:sales")),
        "detail_buyer": (buyer, en("orders:detail", detailed.pk)),
        "detail_seller": (seller, en("orders:detail", detailed.pk)),
        "receipt": (buyer, en("orders:receipt", payment.pk)),
        "wallet": (buyer, en("ledger:wallet")),
        "cart": (buyer, en("orders:cart")),
    }
    for name, (person, url) in pages.items():
        client.force_login(person)
        client.get(url)  # the first request fills the caches (site, settings, plugins)
        with django_assert_max_num_queries(BUDGETS[name], info=name):
            assert client.get(url).status_code == 200


# --- Languages -------------------------------------------------------------------------------

# English text each page shows; the Arabic page must show its translation instead.
HEADINGS = {
    "orders:detail": ["What you can do now", "Instructions from the buyer", "Timeline"],
    "orders:purchases": ["My purchases", "My sales"],
    "orders:receipt": ["Total paid", "Payment method"],
    "ledger:wallet": ["My wallet", "Available balance", "Pending earnings"],
}


@pytest.mark.parametrize("name", list(HEADINGS))
def test_arabic_by_default_and_english_under_en(client, worked_order, buyer, name):
    args = {"orders:detail": [worked_order.pk], "orders:receipt": [worked_order.payment_id]}
    client.force_login(buyer)
    with translation.override("ar"):
        arabic_url = reverse(name, args=args.get(name, []))
    assert not arabic_url.startswith("/en/")
    arabic = page(client, arabic_url)
    english = page(client, en(name, *args.get(name, [])))
    assert '<html lang="ar" dir="rtl">' in arabic
    assert '<html lang="en" dir="ltr">' in english
    for text in HEADINGS[name]:
        assert text in english
    untranslated = [text for text in HEADINGS[name] if text in arabic]
    assert untranslated == [], f"English on the Arabic page {arabic_url}"
