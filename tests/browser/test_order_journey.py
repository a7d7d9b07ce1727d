"""An order's whole way, in Arabic, in a real headless Chromium: a buyer with money in the
wallet puts two services of two sellers in the cart (one with an extra) and pays from the
balance; the first seller starts, delivers a message and a PDF; the buyer downloads it, asks for
changes; the seller delivers again and the buyer accepts. Both wallets show the result.

The steps select by ``data-*`` attributes and form names, not by wording. Labels, headings,
buttons and messages are checked to be in Arabic (Arabic letters and no Latin ones), so a string
left in English fails the test while a better Arabic wording does not; the amounts are checked
as ``lyd`` formats them."""

import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from marketplace.orders.models import Order, OrderState
from tests.browser.actions import log_in
from tests.factories import ServiceFactory, UserFactory
from tests.messaging.conftest import PDF_BYTES
from tests.orders.conftest import credit_wallet, pending_balance, wallet_balance

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"

LOGO = "تصميم شعار احترافي لمتجرك الإلكتروني"
FAST = "تسليم سريع"
SOURCE = "ملف المصدر"
ARTICLE = "كتابة مقال تسويقي عن منتجك بالعربية"
FIRST_DELIVERY = "تفضل، هذا الشعار بثلاثة نماذج في الملف المرفق."
REVISION_NOTE = "جميل جدًا، لكن أرجو تكبير الخط في النموذج الثاني."
SECOND_DELIVERY = "كبّرت الخط في النموذج الثاني كما طلبت."
FILE_NAME = "الشعار-النهائي.pdf"

ORDER_URL = re.compile(r"/orders/[0-9]+/$")
CURRENCY = r"(د\.ل|دينار ليبي)"
# Translated text: some Arabic letters and no Latin ones.
ARABIC = re.compile(r"^[^A-Za-z]*[\u0621-\u064A][^A-Za-z]*$")


def amount(text):
    """The whole text of an element showing an amount as ``lyd`` formats it, with the currency
    in Arabic ("د.ل") on either side."""
    number = re.escape(text)
    return re.compile(rf"^\s*({number}\s+{CURRENCY}|{CURRENCY}\s+{number})\s*$")


def assert_arabic(page):
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.get_attribute("html", "lang") == "ar"


def expect_arabic(locator):
    """Every element ``locator`` finds (at least one) reads in Arabic."""
    elements = locator.all()
    assert elements, f"nothing found by {locator}"
    for element in elements:
        expect(element).to_have_text(ARABIC)


def expect_message(page):
    """The page shows the confirmation of what was just done, in Arabic."""
    expect(page.locator("ul.messages li")).to_have_count(1)
    expect_arabic(page.locator("ul.messages li"))


def shoot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=True)


def order_now(page, base, service, extras=()):
    """Open the public service page, tick ``extras`` (by title) and click "Order now"."""
    page.goto(base + service.get_absolute_url())
    assert_arabic(page)
    expect(page.locator("h1")).to_have_text(service.title)
    buy_box = page.locator("form.buy-box")
    for title in extras:
        buy_box.locator("fieldset.extras label", has_text=title).locator("input").check()
    button = buy_box.locator("button[type=submit]")
    expect(button).to_have_text("اطلب الآن")
    button.click()
    expect(page).to_have_url(base + reverse("orders:cart"))


def act(page, action, note=None, files=()):
    """Fill and send one of the order page's action forms; wait for the order page again."""
    form = page.locator(f'form[data-action="{action}"]')
    if note is not None:
        form.locator("textarea[name=note]").fill(note)
    if files:
        form.locator("input[type=file][name=files]").set_input_files(files)
    expect_arabic(form.locator("label, button"))
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    expect(page).to_have_url(ORDER_URL)
    assert_arabic(page)
    expect_message(page)
    expect_order_page_in_arabic(page)


def expect_order_page_in_arabic(page):
    """Headings, summary labels, the state, the action forms and the timeline read in Arabic."""
    expect_arabic(
        page.locator(
            "main h2, main dt, .listing-head--row [data-state], .timeline li,"
            " form[data-action] label, form[data-action] button"
        )
    )


def expect_state(page, state):
    expect(page.locator(".listing-head--row [data-state]")).to_have_attribute("data-state", state)


def test_buyer_pays_from_wallet_seller_delivers_buyer_accepts(live_server, page_at, tmp_path):
    buyer = UserFactory(username="salem")
    seller = UserFactory(username="maryam")
    other_seller = UserFactory(username="khaled")
    credit_wallet(buyer, "300")
    logo = ServiceFactory(
        seller=seller,
        title=LOGO,
        price=Decimal("50.000"),
        extras=[(FAST, "15.500", 0), (SOURCE, "20", 1)],
    )
    article = ServiceFactory(seller=other_seller, title=ARTICLE, price=Decimal("40.000"))
    upload = tmp_path / FILE_NAME
    upload.write_bytes(PDF_BYTES)
    base = live_server.url

    # 1. The buyer orders the logo with the fast delivery, then the article.
    buyer_page = page_at(1280, locale="ar-LY")
    log_in(buyer_page, base, buyer)
    order_now(buyer_page, base, logo, extras=[FAST])
    order_now(buyer_page, base, article)

    # The cart: both lines and the exact total.
    assert_arabic(buyer_page)
    expect(buyer_page.locator("h1")).to_have_text("السلة")
    lines = buyer_page.locator("[data-cart-line]")
    expect(lines).to_have_count(2)
    logo_line = lines.filter(has_text=LOGO)
    expect(logo_line.locator("[data-line-total]")).to_have_text(amount("65.500"))
    expect(logo_line.locator("label", has_text=FAST).locator("input")).to_be_checked()
    expect(logo_line.locator("label", has_text=SOURCE).locator("input")).not_to_be_checked()
    expect(lines.filter(has_text=ARTICLE).locator("[data-line-total]")).to_have_text(amount("40"))
    expect(logo_line).to_contain_text("التسليم خلال 3 أيام")
    expect_arabic(buyer_page.locator("main legend, main h2 + p, main button, ul.messages li"))
    expect(buyer_page.locator("[data-cart-total]")).to_have_text(amount("105.500"))
    pay = buyer_page.locator("[data-pay]")
    expect(pay).to_contain_text("105.500")
    expect(pay).to_have_text(ARABIC)
    # "My balance", the wallet gateway: there is enough in it, so it is offered.
    wallet_choice = buyer_page.locator("input[name=gateway][value=wallet]")
    expect(wallet_choice).to_have_count(1)
    expect_arabic(buyer_page.locator(".payment-methods label", has=wallet_choice).locator("strong"))
    wallet_choice.check()
    shoot(buyer_page, "order-cart.png")
    pay.click()

    # 2. Paid: the buyer lands on "my purchases", filtered to this payment.
    expect(buyer_page).to_have_url(re.compile(r"/orders/\?payment=[0-9]+$"))
    assert_arabic(buyer_page)
    expect(buyer_page.locator("tr[data-order]")).to_have_count(2)
    expect_message(buyer_page)
    logo_order = Order.objects.get(buyer=buyer, seller=seller)
    article_order = Order.objects.get(buyer=buyer, seller=other_seller)
    assert logo_order.total == Decimal("65.500") and article_order.total == Decimal("40.000")
    assert logo_order.state == article_order.state == OrderState.NEW
    assert [extra["title"] for extra in logo_order.extras] == [FAST]
    buyer_page.goto(base + reverse("orders:purchases"))
    assert_arabic(buyer_page)
    rows = buyer_page.locator("tr[data-order]")
    expect(rows).to_have_count(2)
    expect_arabic(buyer_page.locator("main h1, main .tabs a, main .chips a, main th"))
    expect_arabic(rows.locator("[data-state]"))
    logo_row = buyer_page.locator(f'tr[data-order="{logo_order.pk}"]')
    expect(logo_row).to_contain_text(LOGO)
    expect(logo_row).to_contain_text(logo_order.number)
    expect(logo_row.locator("td").nth(2)).to_have_text(amount("65.500"))
    expect(logo_row.locator("[data-state]")).to_have_attribute("data-state", OrderState.NEW)
    article_row = buyer_page.locator(f'tr[data-order="{article_order.pk}"]')
    expect(article_row).to_contain_text(ARTICLE)
    expect(article_row.locator("td").nth(2)).to_have_text(amount("40"))

    # 3. The first seller, in another browser context, finds the order in "my sales".
    seller_page = page_at(1280, locale="ar-LY")
    log_in(seller_page, base, seller)
    seller_page.goto(base + reverse("orders:sales"))
    assert_arabic(seller_page)
    expect(seller_page.locator("tr[data-order]")).to_have_count(1)
    expect_arabic(seller_page.locator("main h1, main th"))
    seller_page.locator(f'tr[data-order="{logo_order.pk}"] a').click()
    order_url = base + logo_order.get_absolute_url()
    expect(seller_page).to_have_url(order_url)
    assert_arabic(seller_page)
    expect_state(seller_page, OrderState.NEW)
    expect_order_page_in_arabic(seller_page)
    expect(seller_page.locator("[data-order-total]")).to_have_text(amount("65.500"))
    # What the seller earns is set when the order completes.
    expect(seller_page.locator("[data-earnings]")).to_have_count(0)

    # Start working, then deliver a message and a PDF.
    act(seller_page, "start")
    expect_state(seller_page, OrderState.IN_PROGRESS)
    act(seller_page, "deliver", note=FIRST_DELIVERY, files=[upload])
    expect_state(seller_page, OrderState.DELIVERED)
    deliveries = seller_page.locator("[data-delivery]")
    expect(deliveries).to_have_count(1)
    expect(deliveries).to_contain_text(FIRST_DELIVERY)
    expect(deliveries.locator(".delivery__files a")).to_have_text(FILE_NAME)
    # The seller waits for the buyer now: no action form but the dispute.
    expect(seller_page.locator("form[data-action]")).to_have_count(1)
    expect(seller_page.locator('form[data-action="dispute"]')).to_have_count(1)
    shoot(seller_page, "order-detail-seller.png")

    # 4. The buyer opens the order, reads the delivery and downloads the file.
    buyer_page.locator(f'tr[data-order="{logo_order.pk}"] a').click()
    expect(buyer_page).to_have_url(order_url)
    assert_arabic(buyer_page)
    expect_state(buyer_page, OrderState.DELIVERED)
    delivery = buyer_page.locator("[data-delivery]")
    expect(delivery).to_contain_text(FIRST_DELIVERY)
    link = delivery.locator(".delivery__files a")
    expect(link).to_have_text(FILE_NAME)
    shoot(buyer_page, "order-detail-buyer-delivered.png")
    with buyer_page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename == FILE_NAME
    assert Path(download.path()).read_bytes() == PDF_BYTES

    # The buyer asks for changes.
    act(buyer_page, "request_revision", note=REVISION_NOTE)
    expect_state(buyer_page, OrderState.REVISION_REQUESTED)
    expect(buyer_page.locator('li[data-event="request_revision"]')).to_contain_text(REVISION_NOTE)

    # 5. The seller sees the note and delivers again; the buyer accepts.
    seller_page.reload()
    expect_state(seller_page, OrderState.REVISION_REQUESTED)
    expect(seller_page.locator('li[data-event="request_revision"]')).to_contain_text(REVISION_NOTE)
    act(seller_page, "deliver", note=SECOND_DELIVERY)
    expect_state(seller_page, OrderState.DELIVERED)
    expect(seller_page.locator("[data-delivery]")).to_have_count(2)

    buyer_page.reload()
    expect_state(buyer_page, OrderState.DELIVERED)
    expect(buyer_page.locator("[data-delivery]", has_text=SECOND_DELIVERY)).to_have_count(1)
    act(buyer_page, "accept")
    expect_state(buyer_page, OrderState.COMPLETED)
    expect(buyer_page.locator("form[data-action]")).to_have_count(0)
    logo_order.refresh_from_db()
    assert logo_order.state == OrderState.COMPLETED
    assert logo_order.commission == Decimal("13.100")
    assert logo_order.seller_earnings == Decimal("52.400")
    # The seller's order page shows the commission taken and the earnings.
    seller_page.reload()
    expect_state(seller_page, OrderState.COMPLETED)
    expect_order_page_in_arabic(seller_page)
    expect(seller_page.locator("[data-earnings]")).to_have_text(amount("52.400"))

    # 6. The wallets: the buyer spent 105.500 of 300; the seller's 52.400 wait for clearance.
    assert wallet_balance(buyer) == Decimal("194.500")
    assert pending_balance(seller) == Decimal("52.400")
    assert wallet_balance(seller) == 0

    buyer_page.goto(base + reverse("ledger:wallet"))
    assert_arabic(buyer_page)
    expect(buyer_page.locator("[data-available]")).to_have_text(amount("194.500"))
    expect(buyer_page.locator("[data-pending]")).to_have_text(amount("0"))
    movements = buyer_page.locator("tr[data-entry]")
    # In: the bank transfer; out: each order paid into escrow.
    expect(movements.locator(".amount--in")).to_have_text(["+300"])
    expect(movements.locator(".amount--out")).to_have_count(2)
    out = sorted(movements.locator(".amount--out").all_inner_texts())
    assert out == ["−40", "−65.500"]
    expect_arabic(buyer_page.locator("main h1, main h2, main th, main p.muted"))
    expect_arabic(movements.locator("td:nth-child(4)"))
    shoot(buyer_page, "order-wallet-buyer.png")

    seller_page.goto(base + reverse("ledger:wallet"))
    assert_arabic(seller_page)
    expect(seller_page.locator("[data-available]")).to_have_text(amount("0"))
    expect(seller_page.locator("[data-pending]")).to_have_text(amount("52.400"))
    expect(seller_page.locator("tr[data-entry] .amount")).to_have_text(["+52.400"])
    expect_arabic(seller_page.locator("main h1, main h2, main th, tr[data-entry] td:nth-child(4)"))
    expect(
        seller_page.locator("tr[data-entry]").locator(f'a[href="{logo_order.get_absolute_url()}"]')
    ).to_have_count(1)
    shoot(seller_page, "order-wallet-seller.png")
