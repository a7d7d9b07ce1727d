"""The seller's dashboard and monthly commission statements: the signed-in seller's own figures
after real orders (never another seller's), exact sums, months cut at midnight Libyan time,
the PDF, and a query count that does not grow with the services and orders."""

import re
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from marketplace.catalog.models import Service, ServiceViewDay
from marketplace.ledger.withdrawals import mark_paid, request_withdrawal
from marketplace.orders.models import Order
from marketplace.orders.services import perform
from marketplace.orders.views import dashboard as dashboard_views
from marketplace.orders.views.receipts import pdf_available
from plugins.services import set_active
from tests.factories import ServiceFactory, UserFactory
from tests.orders.conftest import buy, credit_earnings, credit_wallet, default_site

pytestmark = pytest.mark.django_db
D = Decimal
TRIPOLI = timezone.get_default_timezone()
IBAN_DETAILS = {
    "bank": "jumhouria",
    "account_holder": "سالم علي",
    "iban": "LY83002048000020100120361",
}


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def en(name, *args) -> str:
    with translation.override("en"):
        return reverse(name, args=args)


def page(client, url, status=200) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.content.decode()


def complete(order, buyer, seller) -> Order:
    perform(order, "start", seller)
    perform(order, "deliver", seller, note="done")
    return perform(order, "accept", buyer)


def attr(html: str, name: str, value: str | None = None) -> str:
    """The text of the element carrying ``data-<name>`` (``="value"`` when given)."""
    selector = f'data-{name}="{value}"' if value is not None else f"data-{name}"
    found = re.search(rf"<(\w+)[^>]*\b{re.escape(selector)}[^>]*>(.*?)</\1>", html, re.S)
    assert found, selector
    return re.sub(r"<[^>]+>", "", found.group(2)).strip()


def row(html: str, name: str, value) -> str:
    found = re.search(rf'<tr data-{name}="{value}">(.*?)</tr>', html, re.S)
    assert found, (name, value)
    return found.group(1)


def closed_at_local(order, *args) -> None:
    """Pretend the order completed at this local (Tripoli) wall-clock time."""
    when = timezone.make_aware(datetime(*args), TRIPOLI)
    Order.objects.filter(pk=order.pk).update(closed_at=when)


@pytest.fixture
def rival(db):
    """Another seller whose orders (bought by the same buyer) must never show."""
    return UserFactory(username="rival")


@pytest.fixture
def rival_service(rival):
    return ServiceFactory(seller=rival, price=D("80.000"))


# --- Access -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, args",
    [
        ("orders:dashboard", ()),
        ("orders:statements", ()),
        ("orders:statement", ("2026-03",)),
        ("orders:statement_pdf", ("2026-03",)),
    ],
)
def test_the_pages_need_a_signed_in_user(client, name, args):
    response = client.get(en(name, *args))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_user_menu_links_to_the_dashboard(client, seller):
    client.force_login(seller)
    assert f'href="{en("orders:dashboard")}"' in page(client, en("orders:sales"))


def test_someone_without_sales_sees_an_empty_dashboard(client, buyer):
    client.force_login(buyer)
    html = page(client, en("orders:dashboard"))
    assert attr(html, "earnings", "pending") == "0 LYD"
    assert attr(html, "earnings", "available") == "500 LYD"  # the buyer's own wallet
    assert "You have no services yet." in html
    assert "No completed orders yet." in html


# --- The dashboard after real orders -------------------------------------------------------------


@pytest.fixture
def sales(buyer, seller, service, rival, rival_service):
    """The seller: one order completed (50 → 40 earned), one in progress, one new, and 200 LYD
    of earlier money of which 70 were paid out and 60.500 are being paid out. The rival: two
    completed orders and one new, from the same buyer."""
    credit_wallet(buyer, "500")
    first, second, third = (buy(buyer, service)[2][0] for _ in range(3))
    complete(first, buyer, seller)
    perform(second, "start", seller)
    for _ in range(2):
        complete(buy(buyer, rival_service)[2][0], buyer, rival)
    buy(buyer, rival_service)
    set_active("libyan_bank", default_site(), True)
    credit_earnings(seller, "200")
    staff = UserFactory(is_staff=True)
    mark_paid(request_withdrawal(seller, "70", "libyan_bank", IBAN_DETAILS), staff, "TRX-1")
    request_withdrawal(seller, "60.500", "libyan_bank", IBAN_DETAILS)
    return Order.objects.get(pk=first.pk), second, third


def test_the_seller_sees_their_own_earnings(client, seller, sales):
    client.force_login(seller)
    html = page(client, en("orders:dashboard"))
    assert attr(html, "earnings", "pending") == "40 LYD"
    assert attr(html, "earnings", "available") == "69.500 LYD"
    assert attr(html, "earnings", "paying_out") == "60.500 LYD"
    assert attr(html, "earnings", "withdrawn") == "70 LYD"
    for name in ("ledger:wallet", "ledger:withdrawal_new", "ledger:withdrawals"):
        assert f'href="{en(name)}"' in html


def test_active_orders_are_counted_by_state_with_links_to_the_sales_list(client, seller, sales):
    client.force_login(seller)
    html = page(client, en("orders:dashboard"))
    counts = dict(re.findall(r'data-open-state="(\w+)">.*?<strong data-count>(\d+)<', html, re.S))
    assert counts == {
        "new": "1",
        "in_progress": "1",
        "delivered": "0",
        "revision_requested": "0",
        "disputed": "0",
    }
    for state in counts:
        assert f'href="{en("orders:sales")}?state={state}"' in html
    # The sales list filters by exactly these states.
    listed = page(client, en("orders:sales") + "?state=in_progress")
    assert f'data-order="{sales[1].pk}"' in listed and f'data-order="{sales[2].pk}"' not in listed


def test_completed_orders_show_the_commission_and_the_net(client, seller, sales, rival):
    completed = sales[0]
    client.force_login(seller)
    html = page(client, en("orders:dashboard"))
    line = row(html, "order", completed.pk)
    assert f"#{completed.pk}" in line
    assert attr(line, "total") == "50 LYD"
    assert re.sub(r"\s+", " ", attr(line, "commission")) == "10 LYD (20%)"
    assert attr(line, "earnings") == "40 LYD"
    assert "refunded" not in line
    rival_orders = Order.objects.filter(seller=rival).values_list("pk", flat=True)
    for pk in rival_orders:
        assert f'data-order="{pk}"' not in html


def test_the_reputation_summary(client, seller, sales):
    client.force_login(seller)
    html = page(client, en("orders:dashboard"))
    assert attr(html, "figure", "completed") == "1"
    assert attr(html, "figure", "on_time") == "100%"
    assert attr(html, "figure", "repeat") == "0"
    assert attr(html, "figure", "rating") == "New"


def test_a_dispute_split_shows_the_refunded_share(client, buyer, seller, service, moderator):
    order = buy(buyer, service)[2][0]
    perform(order, "start", seller)
    perform(order, "deliver", seller, note="done")
    perform(order, "dispute", buyer, note="not what I asked")
    perform(
        order, "resolve", moderator, as_staff=True, note="half", outcome="split", buyer_amount="20"
    )
    client.force_login(seller)
    line = row(page(client, en("orders:dashboard")), "order", order.pk)
    assert attr(line, "refunded") == "20 LYD refunded to the buyer"
    assert attr(line, "earnings") == "24 LYD"  # (50 − 20) − 20 %


def test_the_services_table_counts_views_and_orders_of_the_period(
    client, seller, service, sales, rival_service
):
    paused = ServiceFactory(seller=seller, price=D("30"))
    Service.objects.filter(pk=paused.pk).update(is_paused=True)
    today = timezone.localdate()
    ServiceViewDay.objects.bulk_create(
        [
            ServiceViewDay(service=service, day=today, views=20),
            ServiceViewDay(service=service, day=today - timedelta(days=29), views=10),
            ServiceViewDay(service=service, day=today - timedelta(days=45), views=50),
            ServiceViewDay(service=rival_service, day=today, views=999),
        ]
    )
    # An order paid 40 days ago is outside the 30 days, inside the 90.
    Order.objects.filter(pk=sales[2].pk).update(paid_at=timezone.now() - timedelta(days=40))
    client.force_login(seller)

    html = page(client, en("orders:dashboard"))
    line = row(html, "service", service.pk)
    assert (attr(line, "views"), attr(line, "orders"), attr(line, "conversion")) == (
        "30",
        "2",
        "6.7%",
    )
    assert attr(line, "status") == "Public"
    quiet = row(html, "service", paused.pk)
    assert (attr(quiet, "views"), attr(quiet, "orders"), attr(quiet, "conversion")) == (
        "0",
        "0",
        "—",
    )
    assert attr(quiet, "status") == "Paused"
    assert f'data-service="{rival_service.pk}"' not in html
    assert (attr(html, "total-views"), attr(html, "total-orders")) == ("30", "2")

    line = row(page(client, en("orders:dashboard") + "?days=90"), "service", service.pk)
    assert (attr(line, "views"), attr(line, "orders"), attr(line, "conversion")) == (
        "80",
        "3",
        "3.8%",
    )
    line = row(page(client, en("orders:dashboard") + "?days=7"), "service", service.pk)
    assert (attr(line, "views"), attr(line, "orders")) == ("20", "2")


@pytest.mark.parametrize(
    "value, days", [("7", 7), ("30", 30), ("90", 90), ("15", 30), ("abc", 30), ("", 30)]
)
def test_the_period_is_one_of_the_offered_ones(client, seller, value, days):
    client.force_login(seller)
    response = client.get(en("orders:dashboard"), {"days": value})
    assert response.status_code == 200
    assert response.context["days"] == days
    assert f'href="?days={days}#services" aria-current="page"' in response.content.decode()


def test_the_service_status_follows_review_and_pause(seller, tree_of_services):
    statuses = {
        name: [str(label) for label, _css in dashboard_views.service_statuses(service)]
        for name, service in tree_of_services.items()
    }
    assert statuses == {
        "public": ["Public"],
        "paused": ["Paused"],
        "suspended": ["Suspended by staff"],
        "draft": ["Draft"],
        "in review": ["Awaiting review"],
        "rejected": ["Changes requested"],
        "edit in review": ["Public", "Your edit awaits review"],
    }


@pytest.fixture
def tree_of_services(seller):
    def made(**fields):
        service = ServiceFactory(seller=seller)
        Service.objects.filter(pk=service.pk).update(**fields)
        return Service.objects.select_related("seller").get(pk=service.pk)

    with translation.override("en"):
        yield {
            "public": made(),
            "paused": made(is_paused=True),
            "suspended": made(is_suspended=True),
            "draft": made(live=False, moderation_status="draft"),
            "in review": made(live=False, moderation_status="pending"),
            "rejected": made(live=False, moderation_status="rejected"),
            "edit in review": made(moderation_status="pending"),
        }


# --- Query budget -------------------------------------------------------------------------------

# Measured: 20 on SQLite and PostgreSQL, whatever the number of services and orders. Ten are the
# dashboard's own (three ledger accounts, the paid-out total, the open orders by state, the
# recent completed orders, the services, their views, their orders in the period, the
# profile); the other ten are the site's shell (site, theme, session, user, unread counts,
# the navigation's pages). The response time is cached by the messaging app. Plus headroom.
DASHBOARD_BUDGET = 22


def test_the_dashboard_costs_the_same_queries_for_one_service_or_many(
    client, buyer, seller, service, django_assert_max_num_queries
):
    client.force_login(seller)
    url = en("orders:dashboard")
    page(client, url)  # accounts created, caches warm
    with django_assert_max_num_queries(DASHBOARD_BUDGET) as few:
        page(client, url)

    credit_wallet(buyer, "2000")
    more = [ServiceFactory(seller=seller, price=D("20")) for _ in range(6)]
    for extra in more:
        ServiceViewDay.objects.create(service=extra, day=timezone.localdate(), views=9)
    for extra in [service, *more, *more]:  # one checkout each: the cart merges equal lines
        complete(buy(buyer, extra)[2][0], buyer, seller)
    buy(buyer, *more)  # six new orders
    with django_assert_max_num_queries(DASHBOARD_BUDGET) as many:
        html = page(client, url)
    assert html.count("<tr data-service=") == 7
    assert html.count("<tr data-order=") == dashboard_views.RECENT_COUNT
    assert len(many.captured_queries) == len(few.captured_queries), [
        query["sql"] for query in many.captured_queries
    ]


# --- Statements ---------------------------------------------------------------------------------


@pytest.fixture
def odd_service(seller):
    """33.333 LYD: 20 % of it is 6.6666, rounded half-up to 6.667 per order."""
    return ServiceFactory(seller=seller, price=D("33.333"))


@pytest.fixture
def months(buyer, seller, odd_service, rival, rival_service):
    """Completed orders on both sides of the month boundaries, in Libyan time (UTC+2):

    - February 28, 23:59 → February
    - March 1, 00:00 and March 31, 23:59:59 and a third in mid-March → March
    - April 1, 00:00 → April
    The rival's order completed in March never shows.
    """
    credit_wallet(buyer, "500")
    orders = [complete(buy(buyer, odd_service)[2][0], buyer, seller) for _ in range(5)]
    for order, moment in zip(
        orders,
        [
            (2026, 2, 28, 23, 59, 59),
            (2026, 3, 1, 0, 0, 0),
            (2026, 3, 15, 12, 0, 0),
            (2026, 3, 31, 23, 59, 59),
            (2026, 4, 1, 0, 0, 0),
        ],
        strict=True,
    ):
        closed_at_local(order, *moment)
    rivals = buy(buyer, rival_service)[2][0]
    complete(rivals, buyer, rival)
    closed_at_local(rivals, 2026, 3, 10, 10, 0, 0)
    # Not completed: an open order and a cancelled one are no part of a statement.
    buy(buyer, odd_service)  # stays new
    cancelled = buy(buyer, odd_service)[2][0]
    perform(cancelled, "cancel", seller, note="no time")
    Order.objects.filter(pk=cancelled.pk).update(
        closed_at=timezone.make_aware(datetime(2026, 3, 20, 12), TRIPOLI)
    )
    return {"feb": orders[:1], "mar": orders[1:4], "apr": orders[4:], "rival": rivals}


def test_the_months_are_listed_newest_first(client, seller, months):
    client.force_login(seller)
    html = page(client, en("orders:statements"))
    assert re.findall(r'data-month="([\d-]+)"', html) == ["2026-04", "2026-03", "2026-02"]
    march = row(html, "month", "2026-03")
    assert f'href="{en("orders:statement", "2026-03")}"' in march
    assert "99.999 LYD" in march and "20.001 LYD" in march and "79.998 LYD" in march


def test_a_statement_lists_the_months_orders_with_exact_totals(client, seller, months):
    client.force_login(seller)
    response = client.get(en("orders:statement", "2026-03"))
    assert response.status_code == 200
    statement = response.context["statement"]
    assert [order.pk for order in statement.orders] == [order.pk for order in months["mar"]]
    for order in statement.orders:
        assert (order.commission_rate, order.commission, order.seller_earnings) == (
            D("20.00"),
            D("6.667"),
            D("26.666"),
        )
    assert (
        statement.total,
        statement.seller_share,
        statement.commission,
        statement.earnings,
    ) == (D("99.999"), D("99.999"), D("20.001"), D("79.998"))
    html = response.content.decode()
    assert [attr(html, "sum", name) for name in ("total", "share", "commission", "earnings")] == [
        "99.999 LYD",
        "99.999 LYD",
        "20.001 LYD",
        "79.998 LYD",
    ]
    line = row(html, "order", months["mar"][0].pk)
    assert f"#{months['mar'][0].pk}" in line and "33.333 LYD" in line and "20%" in line
    assert "01/03/2026" in line or "03/01/2026" in line
    assert f'data-order="{months["rival"].pk}"' not in html


def test_the_month_boundaries_are_midnight_in_tripoli(client, seller, months):
    client.force_login(seller)

    def listed(month):
        return [o.pk for o in client.get(en("orders:statement", month)).context["statement"].orders]

    assert listed("2026-02") == [order.pk for order in months["feb"]]
    assert listed("2026-04") == [order.pk for order in months["apr"]]
    assert listed("2026-01") == []


def test_a_split_order_shows_the_sellers_share(client, buyer, seller, service, moderator):
    order = buy(buyer, service)[2][0]
    perform(order, "start", seller)
    perform(order, "deliver", seller, note="done")
    perform(order, "dispute", seller, note="no answer")
    perform(
        order, "resolve", moderator, as_staff=True, note="split", outcome="split", buyer_amount="5"
    )
    month = timezone.localdate().strftime("%Y-%m")
    client.force_login(seller)
    response = client.get(en("orders:statement", month))
    statement = response.context["statement"]
    assert (statement.total, statement.seller_share, statement.commission, statement.earnings) == (
        D("50.000"),
        D("45.000"),
        D("9.000"),
        D("36.000"),
    )
    assert attr(row(response.content.decode(), "order", order.pk), "share") == "45 LYD"


@pytest.mark.parametrize("month", ["2026-13", "2026-00", "0000-05", "9999-12"])
def test_an_invalid_month_is_a_404(client, seller, month):
    client.force_login(seller)
    page(client, f"/en/dashboard/statements/{month}/", status=404)
    page(client, f"/en/dashboard/statements/{month}/pdf/", status=404)


@pytest.mark.parametrize("path", ["2026-3", "26-03", "2026-03-01", "march"])
def test_other_month_spellings_are_not_found(client, seller, path):
    client.force_login(seller)
    page(client, f"/en/dashboard/statements/{path}/", status=404)


def test_the_statement_pdf(client, seller, months):
    if not pdf_available():
        pytest.skip("WeasyPrint cannot load Pango here")
    client.force_login(seller)
    html = page(client, en("orders:statement", "2026-03"))
    assert f'href="{en("orders:statement_pdf", "2026-03")}"' in html
    response = client.get(en("orders:statement_pdf", "2026-03"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert 'filename="microlibya-statement-2026-03.pdf"' in response["Content-Disposition"]


def test_without_pdf_support_the_page_says_so_and_the_pdf_is_a_404(
    client, seller, months, monkeypatch
):
    monkeypatch.setattr(dashboard_views, "pdf_available", lambda: False)
    client.force_login(seller)
    html = page(client, en("orders:statement", "2026-03"))
    assert attr(html, "pdf-unavailable") == "PDF statements are not available on this server."
    assert en("orders:statement_pdf", "2026-03") not in html
    page(client, en("orders:statement_pdf", "2026-03"), status=404)


def test_a_seller_only_ever_sees_their_own_statement(client, rival, months):
    client.force_login(rival)
    march = client.get(en("orders:statement", "2026-03")).context["statement"]
    assert [order.pk for order in march.orders] == [months["rival"].pk]
    assert (march.total, march.commission, march.earnings) == (
        D("80.000"),
        D("16.000"),
        D("64.000"),
    )
    assert re.findall(r'data-month="([\d-]+)"', page(client, en("orders:statements"))) == [
        "2026-03"
    ]
