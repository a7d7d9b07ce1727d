"""The seller's dashboard and monthly commission statements, about the signed-in user only.

The dashboard costs a fixed number of queries however many services and orders the seller
has: balances (one query per ledger account), the paid-out total, the profile, the open orders
counted by state in one query, the last completed orders, the services, their views
(``catalog.stats.views_by_service``) and their orders in the period (one grouped query each).

A statement lists the orders completed in one calendar month of Libyan time (Africa/Tripoli,
the site's time zone): what each order cost, the seller's share (the total minus what a
dispute gave back to the buyer), the commission and the net earnings. Totals are added in
Python Decimals: SQLite adds decimals as floats.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncMonth
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from marketplace.accounts.services import ensure_profile
from marketplace.catalog.models import ModerationStatus, Service
from marketplace.catalog.stats import views_by_service
from marketplace.ledger.money import ZERO, to_money
from marketplace.ledger.services import payouts_of, pending_earnings_of, wallet_of
from marketplace.ledger.withdrawals import withdrawn_total
from marketplace.messaging.services import response_hours
from marketplace.orders.models import OPEN_STATES, Order, OrderState
from marketplace.orders.views.receipts import pdf_available

PERIODS = (7, 30, 90)
DEFAULT_PERIOD = 30
RECENT_COUNT = 10


def period_from(value) -> int:
    """The ``?days=`` of the services table: one of PERIODS, else the default."""
    try:
        days = int(value)
    except (TypeError, ValueError):
        return DEFAULT_PERIOD
    return days if days in PERIODS else DEFAULT_PERIOD


def local_midnight(day: date) -> datetime:
    """The start of ``day`` in the site's time zone (Africa/Tripoli)."""
    return timezone.make_aware(datetime.combine(day, time.min), timezone.get_default_timezone())


def percent_text(rate: Decimal | None) -> str:
    """A commission rate without useless zeros: 20.00 → "20", 12.50 → "12.5"."""
    if rate is None:
        return ""
    return format(Decimal(rate).normalize(), "f")


def conversion_text(orders: int, views: int) -> str:
    """Orders per view in percent with one decimal ("2.5"), or "" without views."""
    if not views:
        return ""
    return format((Decimal(orders * 100) / Decimal(views)).quantize(Decimal("0.1")), "f")


def service_statuses(service: Service) -> list[tuple[str, str]]:
    """``(label, css modifier)`` pairs describing where the service stands, as on the seller's
    list of services."""
    if service.is_suspended:
        return [(_("Suspended by staff"), "bad")]
    if not service.live:
        if service.moderation_status == ModerationStatus.PENDING:
            return [(_("Awaiting review"), "wait")]
        if service.moderation_status == ModerationStatus.REJECTED:
            return [(_("Changes requested"), "bad")]
        return [(_("Draft"), "")]
    statuses = [(_("Paused"), "wait") if service.is_paused else (_("Public"), "ok")]
    if service.moderation_status == ModerationStatus.PENDING:
        statuses.append((_("Your edit awaits review"), "wait"))
    elif service.moderation_status == ModerationStatus.REJECTED:
        statuses.append((_("Changes requested"), "bad"))
    return statuses


def _with_shares(order: Order) -> Order:
    """The seller's share of the order (the total minus any refund) and the rate as text."""
    order.seller_share = order.total - order.refunded
    order.rate_text = percent_text(order.commission_rate)
    return order


@login_required
@never_cache
def dashboard(request):
    seller = request.user
    days = period_from(request.GET.get("days"))
    since = timezone.localdate() - timedelta(days=days - 1)

    # Each account is read as stored now (created empty on first use, like the wallet page).
    earnings = {
        "pending": pending_earnings_of(seller).balance,
        "available": wallet_of(seller).balance,
        "paying_out": payouts_of(seller).balance,
        "withdrawn": withdrawn_total(seller),
    }

    sales = Order.objects.filter(seller=seller)
    counted = sales.filter(state__in=OPEN_STATES).aggregate(
        late=Count("pk", filter=Q(is_late=True)),
        **{state.value: Count("pk", filter=Q(state=state)) for state in OPEN_STATES},
    )
    open_orders = [
        {"state": state.value, "label": state.label, "count": counted[state.value]}
        for state in OPEN_STATES
    ]

    recent = [
        _with_shares(order)
        for order in sales.filter(state=OrderState.COMPLETED).order_by("-closed_at", "-pk")[
            :RECENT_COUNT
        ]
    ]

    services = list(Service.objects.filter(seller=seller).order_by("-created_at", "-pk"))
    views = views_by_service([service.pk for service in services], since)
    ordered = dict(
        sales.filter(paid_at__gte=local_midnight(since))
        .values_list("service_id")
        .annotate(orders=Count("pk"))
        .order_by()
    )
    for service in services:
        service.period_views = views.get(service.pk, 0)
        service.period_orders = ordered.get(service.pk, 0)
        service.conversion = conversion_text(service.period_orders, service.period_views)
        service.statuses = service_statuses(service)
    total_views = sum(service.period_views for service in services)
    total_orders = sum(service.period_orders for service in services)

    return TemplateResponse(
        request,
        "orders/dashboard.html",
        {
            "earnings": earnings,
            "profile": ensure_profile(seller),
            "response_hours": response_hours(seller),
            "open_orders": open_orders,
            "open_total": sum(row["count"] for row in open_orders),
            "late_count": counted["late"],
            "recent": recent,
            "recent_count": RECENT_COUNT,
            "services": services,
            "total_views": total_views,
            "total_orders": total_orders,
            "total_conversion": conversion_text(total_orders, total_views),
            "days": days,
            "periods": PERIODS,
            "since": since,
        },
    )


# --- Monthly commission statements ------------------------------------------------------------


@dataclass
class Statement:
    month: date  # the first day of the month
    orders: list[Order]
    total: Decimal
    seller_share: Decimal
    commission: Decimal
    earnings: Decimal
    refunded: Decimal

    @property
    def last_day(self) -> date:
        return next_month(self.month) - timedelta(days=1)


def next_month(month: date) -> date:
    return date(month.year + 1, 1, 1) if month.month == 12 else date(month.year, month.month + 1, 1)


def completed_sales(seller):
    return Order.objects.filter(
        seller=seller, state=OrderState.COMPLETED, closed_at__isnull=False
    ).order_by()


def statement_months(seller) -> list[dict]:
    """The months in which ``seller`` completed orders, newest first, with their count and
    sums (rounded to the dirham: the database may add in floating point)."""
    months = (
        completed_sales(seller)
        .annotate(month=TruncMonth("closed_at", tzinfo=timezone.get_default_timezone()))
        .values("month")
        .annotate(
            count=Count("pk"),
            total=Sum("total"),
            commission=Sum("commission"),
            earnings=Sum("seller_earnings"),
        )
        .order_by("-month")
    )
    return [
        {
            "month": timezone.localtime(row["month"], timezone.get_default_timezone()).date()
            if isinstance(row["month"], datetime)
            else row["month"],
            "count": row["count"],
            "total": to_money(row["total"] or ZERO),
            "commission": to_money(row["commission"] or ZERO),
            "earnings": to_money(row["earnings"] or ZERO),
        }
        for row in months
    ]


def statement_for(seller, month: date) -> Statement:
    """Every order ``seller`` completed in ``month`` (Libyan time), oldest first, and the sums."""
    end = next_month(month)
    orders = [
        _with_shares(order)
        for order in completed_sales(seller)
        .filter(closed_at__gte=local_midnight(month), closed_at__lt=local_midnight(end))
        .order_by("closed_at", "pk")
    ]

    def total(field: str) -> Decimal:
        return sum((getattr(order, field) or ZERO for order in orders), ZERO)

    return Statement(
        month=month,
        orders=orders,
        total=total("total"),
        seller_share=total("seller_share"),
        commission=total("commission"),
        earnings=total("seller_earnings"),
        refunded=total("refunded"),
    )


@login_required
@never_cache
def statements(request):
    return TemplateResponse(
        request,
        "orders/statements.html",
        {"months": statement_months(request.user)},
    )


def _statement_context(request, month: date) -> dict:
    return {
        "statement": statement_for(request.user, month),
        "seller": request.user,
        "pdf_available": pdf_available(),
        "generated_at": timezone.now(),
    }


@login_required
@never_cache
def statement(request, month):
    return TemplateResponse(request, "orders/statement.html", _statement_context(request, month))


@login_required
@never_cache
def statement_pdf(request, month):
    if not pdf_available():
        raise Http404
    from weasyprint import HTML

    context = _statement_context(request, month)
    html = render_to_string("orders/statement_pdf.html", context, request=request)
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"microlibya-statement-{month:%Y-%m}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
