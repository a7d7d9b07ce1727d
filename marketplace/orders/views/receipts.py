"""A receipt per payment for the buyer: a page, and the same page as a PDF (WeasyPrint,
which needs the Pango library; without it the page still works and says so)."""

import logging
from functools import cache

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse

from marketplace.payments.models import Payment, PaymentStatus
from marketplace.payments.registry import get_gateway

logger = logging.getLogger(__name__)


def _receipt_context(request, pk) -> dict:
    payment = get_object_or_404(Payment, pk=pk, status=PaymentStatus.SUCCEEDED)
    if payment.buyer_id != request.user.pk:
        raise Http404
    gateway = get_gateway(payment.gateway)
    return {
        "payment": payment,
        "gateway_name": gateway.name if gateway else payment.gateway,
        "orders": payment.orders.select_related("seller__profile").order_by("pk"),
        "pdf_available": pdf_available(),
    }


@login_required
def receipt(request, pk):
    return TemplateResponse(request, "orders/receipt.html", _receipt_context(request, pk))


@login_required
def receipt_pdf(request, pk):
    context = _receipt_context(request, pk)
    if not context["pdf_available"]:
        raise Http404
    from weasyprint import HTML

    html = render_to_string("orders/receipt_pdf.html", context, request=request)
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"microlibya-receipt-{context['payment'].number}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@cache
def pdf_available() -> bool:
    """Whether WeasyPrint and its Pango library load (asked once per process)."""
    try:
        import weasyprint  # noqa: F401  (loads Pango)
    except OSError:
        logger.warning("PDF receipts need the Pango library (apt-get install libpango-1.0-0)")
        return False
    return True
