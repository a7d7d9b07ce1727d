"""The seller's withdrawal pages: request one, follow them, cancel one still waiting."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from marketplace.ledger import withdrawals
from marketplace.ledger.forms import WithdrawalForm
from marketplace.ledger.models import Withdrawal
from marketplace.ledger.payout_methods import available_methods, get_method
from marketplace.ledger.services import balance_of, payouts_of, wallet_of
from marketplace.rules.models import MarketplaceSettings


@login_required
@never_cache
def withdrawal_list(request):
    requests = Withdrawal.objects.filter(seller=request.user).order_by("-created_at", "-pk")
    page = Paginator(requests, 20).get_page(request.GET.get("page"))
    methods = {}
    for withdrawal in page.object_list:
        if withdrawal.method not in methods:
            methods[withdrawal.method] = get_method(withdrawal.method)
        method = methods[withdrawal.method]
        withdrawal.method_name = method.name if method else withdrawal.method
        withdrawal.lines = method.describe(withdrawal.details) if method else []
    return TemplateResponse(
        request,
        "ledger/withdrawals.html",
        {
            "page": page,
            "available": balance_of(wallet_of(request.user)),
            "in_payout": balance_of(payouts_of(request.user)),
            "withdrawn": withdrawals.withdrawn_total(request.user),
        },
    )


@login_required
@never_cache
def withdrawal_new(request):
    methods = available_methods()
    posted = request.method == "POST"
    form = WithdrawalForm(request.POST if posted else None, methods=methods)
    only = methods[0].id if len(methods) == 1 else ""
    chosen = request.POST.get("method", "") if posted else only
    # Only the chosen method's details are checked: another method's empty fields are not
    # errors.
    detail_forms = {
        method.id: method.form_class(
            request.POST if posted and method.id == chosen else None,
            prefix=method.id,
            initial=_last_details(request.user, method.id),
        )
        for method in methods
    }
    if posted and form.is_valid():
        method = get_method(form.cleaned_data["method"])
        details_form = detail_forms.get(form.cleaned_data["method"])
        if method and details_form.is_valid():
            try:
                withdrawal = withdrawals.request_withdrawal(
                    request.user,
                    form.cleaned_data["amount"],
                    method,
                    method.clean_details(details_form.cleaned_data),
                )
            except withdrawals.WithdrawalError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    _("Withdrawal %(number)s requested. Staff will send it soon.")
                    % {"number": withdrawal.number},
                )
                return redirect("ledger:withdrawals")
    rules = MarketplaceSettings.current()
    return TemplateResponse(
        request,
        "ledger/withdrawal_new.html",
        {
            "form": form,
            "methods": [(method, detail_forms[method.id]) for method in methods],
            "withdrawable": withdrawals.withdrawable(request.user),
            "minimum": rules.minimum_withdrawal,
            "chosen": chosen,
        },
        status=400 if posted else 200,
    )


@login_required
@require_POST
def withdrawal_cancel(request, pk):
    withdrawal = get_object_or_404(Withdrawal, pk=pk, seller=request.user)
    try:
        withdrawals.cancel_withdrawal(withdrawal, request.user)
    except withdrawals.WithdrawalError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, _("The withdrawal was cancelled; the money is back in your balance.")
        )
    return redirect("ledger:withdrawals")


def _last_details(seller, method_id: str) -> dict:
    """What the seller gave last time for this method, to fill the form again."""
    last = (
        Withdrawal.objects.filter(seller=seller, method=method_id)
        .order_by("-created_at", "-pk")
        .values_list("details", flat=True)
        .first()
    )
    return last or {}
