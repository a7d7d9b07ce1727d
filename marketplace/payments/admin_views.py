"""Staff confirm an offline payment once the money is in the bank, or reject it."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from marketplace.payments import services
from marketplace.payments.models import OPEN_STATUSES, Payment, PaymentStatus

CONFIRM = "payments.change_payment"
# Gateways whose payments a person confirms instead of a webhook.
OFFLINE_GATEWAYS = {"bank_transfer"}


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Why is it rejected?"),
        help_text=gettext_lazy("The buyer reads this, e.g. “no transfer with this reference”."),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
    )


def _unconfirmed_offline_payment(pk) -> Payment:
    """An offline payment not confirmed yet: open, or ended (expired, rejected) — money that
    turns up late is still confirmed, into the buyer's balance."""
    return get_object_or_404(
        Payment.objects.select_related("buyer"),
        pk=pk,
        status__in=[*OPEN_STATUSES, PaymentStatus.CANCELLED, PaymentStatus.FAILED],
        gateway__in=OFFLINE_GATEWAYS,
    )


@permission_required(CONFIRM, raise_exception=True)
def confirm(request, pk):
    payment = _unconfirmed_offline_payment(pk)
    if request.method == "POST":
        services.mark_succeeded(payment, confirmed_by=request.user)
        messages.success(
            request,
            _("Payment %(number)s confirmed; its orders are with the sellers now.")
            % {"number": payment.number},
        )
        return redirect(reverse("wagtailsnippets_payments_payment:list"))
    return TemplateResponse(
        request,
        "payments/admin/confirm.html",
        {"payment": payment, "reject_form": RejectForm(), "orders": payment.orders.all()},
    )


@require_POST
@permission_required(CONFIRM, raise_exception=True)
def reject(request, pk):
    payment = _unconfirmed_offline_payment(pk)
    form = RejectForm(request.POST)
    if not payment.is_open:
        messages.error(request, _("This payment has already ended; there is nothing to reject."))
        return redirect(reverse("wagtailsnippets_payments_payment:list"))
    if form.is_valid():
        try:
            services.reject(payment, request.user, form.cleaned_data["reason"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("Payment %(number)s rejected.") % {"number": payment.number}
            )
            return redirect(reverse("wagtailsnippets_payments_payment:list"))
    return TemplateResponse(
        request,
        "payments/admin/confirm.html",
        {"payment": payment, "reject_form": form, "orders": payment.orders.all()},
        status=400,
    )
