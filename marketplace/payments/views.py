"""The buyer's payment page and the gateways' webhooks."""

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from marketplace.payments.gateways import GatewayError, WebhookRejected
from marketplace.payments.models import Payment
from marketplace.payments.registry import get_gateway
from marketplace.payments.services import PaymentError, apply_gateway_event, cancel_pending

logger = logging.getLogger(__name__)


def _own_payment(request, pk) -> Payment:
    payment = get_object_or_404(Payment, pk=pk)
    if payment.buyer_id != request.user.pk:
        raise Http404
    return payment


@login_required
@never_cache
def detail(request, pk):
    """Where a payment stands; while it is open, what the gateway needs from the buyer."""
    payment = _own_payment(request, pk)
    gateway = get_gateway(payment.gateway)
    if request.method == "POST":
        if gateway is None or not payment.is_open:
            # A second click after the payment went through: show where it stands.
            messages.info(request, _("This payment is no longer waiting for anything from you."))
            return redirect(payment)
        try:
            gateway.submit(payment, request)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        except (GatewayError, PaymentError) as error:
            messages.error(request, str(error))
        return redirect(payment)
    context = {"payment": payment, "gateway": gateway}
    if gateway is not None and payment.is_open and gateway.page_template:
        context.update(gateway.page_context(payment, request))
    return TemplateResponse(request, "payments/detail.html", context)


@login_required
def proof(request, pk):
    """The receipt of a transfer, for the buyer who uploaded it and staff who confirm it."""
    payment = get_object_or_404(Payment, pk=pk)
    allowed = payment.buyer_id == request.user.pk or request.user.has_perm(
        "payments.change_payment"
    )
    if not allowed or not payment.proof:
        raise Http404
    response = FileResponse(
        payment.proof.open("rb"), as_attachment=True, filename=payment.proof_name or "receipt"
    )
    response["Content-Security-Policy"] = "sandbox"
    return response


@csrf_exempt
@require_POST
def webhook(request, gateway_id):
    """A gateway tells us about payments. The gateway verifies the request; each event is
    applied once, whatever how many times it is delivered."""
    gateway = get_gateway(gateway_id)
    if gateway is None:
        raise Http404
    try:
        events = gateway.handle_webhook(request)
    except WebhookRejected as error:
        logger.warning("%s webhook rejected: %s", gateway_id, error)
        return HttpResponseBadRequest(str(error), content_type="text/plain")
    handled = 0
    for event in events:
        try:
            handled += apply_gateway_event(gateway_id, event)
        except PaymentError as error:
            logger.error("%s event %s not applied: %s", gateway_id, event.event_id, error)
            return HttpResponseBadRequest(str(error), content_type="text/plain")
    return gateway.webhook_response(handled, len(events))


@login_required
@require_POST
def cancel(request, pk):
    """The buyer gives up an open payment: its orders are cancelled."""
    payment = _own_payment(request, pk)
    try:
        cancel_pending(payment)
    except PaymentError as error:
        messages.error(request, str(error))
    return redirect(payment)
