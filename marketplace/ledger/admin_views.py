"""The withdrawals queue in the admin: staff approve a request, put the approved ones in a CSV
file for the bank, then mark each one paid with the bank's reference — or reject it, and the
money goes back to the seller's balance. Every decision is made by ``withdrawals``; these views
only collect it."""

import csv
import io

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets import HeaderButton
from wagtail.snippets.views.snippets import IndexView

from marketplace.accounts.staff import StaffInspectView, posting_attrs
from marketplace.ledger import withdrawals
from marketplace.ledger.models import OPEN_WITHDRAWAL_STATES, Withdrawal, WithdrawalStatus
from marketplace.ledger.money import format_lyd, to_money
from marketplace.ledger.payout_methods import get_method, method_classes

PROCESS = "ledger.process_withdrawal"
# The status filter's default: every request whose money still waits in the payouts account.
WAITING = "waiting"
ALL = "all"
_UNRESOLVED = object()


def _method_of(withdrawal: Withdrawal):
    """The withdrawal's method (None when its plugin is off), as the listing resolved it."""
    method = getattr(withdrawal, "payout_method", _UNRESOLVED)
    return get_method(withdrawal.method) if method is _UNRESOLVED else method


def method_name(withdrawal: Withdrawal) -> str:
    method = _method_of(withdrawal)
    return str(method.name) if method else withdrawal.method


def describe(withdrawal: Withdrawal) -> list[tuple[str, str]]:
    """The seller's payment details as (label, value) lines; raw when the method's plugin is
    switched off, so staff can still read what the seller gave."""
    method = _method_of(withdrawal)
    if method is None:
        return [(str(name), str(value)) for name, value in withdrawal.details.items()]
    return [(str(label), str(value)) for label, value in method.describe(withdrawal.details)]


def method_html(withdrawal: Withdrawal):
    """The method's name over its details, for the listing."""
    lines = format_html_join("", "<br>{}: <bdi>{}</bdi>", describe(withdrawal))
    return format_html("<strong>{}</strong>{}", method_name(withdrawal), lines)


def method_choices():
    known = {method_id: cls.name for method_id, cls in method_classes().items()}
    for method_id in Withdrawal.objects.order_by().values_list("method", flat=True).distinct():
        known.setdefault(method_id, method_id)
    return sorted(known.items())


class WithdrawalFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=[
            (WAITING, gettext_lazy("Waiting (not paid yet)")),
            *WithdrawalStatus.choices,
            (ALL, gettext_lazy("All")),
        ],
        empty_label=None,
        initial=WAITING,
        method="filter_status",
        widget=forms.RadioSelect,
    )
    method = django_filters.ChoiceFilter(
        label=gettext_lazy("Method"),
        choices=method_choices,
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Withdrawal
        fields = ["status", "method"]

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and not data.get("status"):
            data = data.copy()
            data["status"] = WAITING
        super().__init__(data, *args, **kwargs)

    def filter_status(self, queryset, name, value):
        if value == WAITING:
            return queryset.filter(status__in=OPEN_WITHDRAWAL_STATES)
        if value == ALL:
            return queryset
        return queryset.filter(status=value)


class WithdrawalIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        """One "bank file" button per active method (each bank file has its own columns)."""
        if not self.request.user.has_perm(PROCESS):
            return []
        export_url = reverse("ledger_withdrawals_export")
        buttons = []
        for method_id, method_class in method_classes().items():
            url = f"{export_url}?{urlencode({'method': method_id})}"
            buttons.append(
                HeaderButton(
                    _("Bank file: %(method)s (CSV)") % {"method": method_class.name},
                    url=url,
                    icon_name="download",
                    # A POST: the export marks the requests as sent in a bank file.
                    attrs=posting_attrs(url),
                )
            )
        return buttons

    def paginate_queryset(self, queryset, page_size):
        """Resolve each method once for the page, not once per row (each reads its plugin's
        settings)."""
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = object_list = list(object_list)
        methods = {}
        for withdrawal in object_list:
            if withdrawal.method not in methods:
                methods[withdrawal.method] = get_method(withdrawal.method)
            withdrawal.payout_method = methods[withdrawal.method]
        return paginator, page, object_list, is_paginated


class PayForm(forms.Form):
    bank_reference = forms.CharField(
        label=gettext_lazy("The bank's reference of the transfer"),
        help_text=gettext_lazy("The seller sees it with the payment."),
        max_length=100,
        error_messages={"required": gettext_lazy("Write the bank's reference of the transfer.")},
    )


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Why is it rejected?"),
        help_text=gettext_lazy(
            "The seller reads this, e.g. “the IBAN does not match the account holder”. "
            "The money goes back to their balance."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        error_messages={"required": gettext_lazy("Write the reason; the seller will read it.")},
    )


class WithdrawalInspectView(StaffInspectView):
    """The request's page, with the decisions its status allows."""

    page_title = gettext_lazy("Withdrawal")

    def get_object(self, queryset=None):
        withdrawal = get_object_or_404(
            Withdrawal.objects.select_related("seller__profile", "decided_by"), pk=self.pk
        )
        withdrawal.payout_method = get_method(withdrawal.method)
        return withdrawal

    def get_seller_display_value(self):
        seller = self.object.seller
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a> ({})',
            seller.get_absolute_url(),
            seller.public_name,
            seller.email,
        )

    def get_amount_display_value(self):
        return _("%(amount)s LYD") % {"amount": format_lyd(self.object.amount)}

    def get_method_display_value(self):
        return method_name(self.object)

    def get_details_display_value(self):
        return format_html_join("", "<div>{}: <bdi>{}</bdi></div>", describe(self.object))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        withdrawal = self.object
        context.update(
            withdrawal=withdrawal,
            can_approve=withdrawal.status == WithdrawalStatus.PENDING,
            pay_form=PayForm() if withdrawal.is_open else None,
            reject_form=RejectForm() if withdrawal.is_open else None,
            in_bank_file=withdrawal.status == WithdrawalStatus.SENT,
        )
        return context


def _listing():
    return redirect(reverse("wagtailsnippets_ledger_withdrawal:list"))


def _decide(request, pk, decision, form=None):
    """Run ``decision(withdrawal)``; refusals (an invalid form or a WithdrawalError) become an
    error message on the request's page, and nothing changes."""
    withdrawal = get_object_or_404(Withdrawal, pk=pk)
    page = reverse("wagtailsnippets_ledger_withdrawal:inspect", args=[withdrawal.pk])
    if form is not None and not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return redirect(page)
    try:
        return decision(withdrawal)
    except withdrawals.WithdrawalError as error:
        messages.error(request, str(error))
        return redirect(page)


@require_POST
@permission_required(PROCESS, raise_exception=True)
def approve(request, pk):
    def decision(withdrawal):
        withdrawals.approve_withdrawal(withdrawal, request.user)
        messages.success(
            request,
            _("Withdrawal %(number)s approved; it goes in the next bank file.")
            % {"number": withdrawal.number},
        )
        return _listing()

    return _decide(request, pk, decision)


@require_POST
@permission_required(PROCESS, raise_exception=True)
def mark_paid(request, pk):
    form = PayForm(request.POST)

    def decision(withdrawal):
        withdrawals.mark_paid(withdrawal, request.user, form.cleaned_data["bank_reference"])
        messages.success(
            request,
            _("Withdrawal %(number)s marked paid; the seller is told.")
            % {"number": withdrawal.number},
        )
        return _listing()

    return _decide(request, pk, decision, form)


@require_POST
@permission_required(PROCESS, raise_exception=True)
def reject(request, pk):
    form = RejectForm(request.POST)

    def decision(withdrawal):
        withdrawals.reject_withdrawal(withdrawal, request.user, form.cleaned_data["reason"])
        messages.success(
            request,
            _("Withdrawal %(number)s rejected; the money is back in the seller's balance.")
            % {"number": withdrawal.number},
        )
        return _listing()

    return _decide(request, pk, decision, form)


def _cell(value) -> str:
    """A CSV cell a spreadsheet will not run as a formula (sellers type the names)."""
    value = str(value)
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


@permission_required(PROCESS, raise_exception=True)
@require_POST
def export_approved(request):
    """The approved requests of one method not yet in a bank file, oldest first, as the
    bank's payout file (they are marked sent, so the next file does not repeat them): UTF-8
    with a byte-order mark, so that Excel shows the Arabic names."""
    method_id = request.GET.get("method", "")
    method = get_method(method_id)
    if method is None:
        messages.error(request, _("Choose a withdrawal method that is switched on."))
        return _listing()
    approved = withdrawals.take_for_bank_file(method_id, request.user)
    if not approved:
        messages.info(
            request,
            _("No approved withdrawals to send by %(method)s.") % {"method": method.name},
        )
        return _listing()
    rows = [(withdrawal, method.describe(withdrawal.details)) for withdrawal in approved]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [_("Number"), _("Seller"), _("Amount (LYD)"), *(label for label, _v in rows[0][1])]
    )
    for withdrawal, lines in rows:
        writer.writerow(
            [
                withdrawal.number,
                _cell(withdrawal.seller.public_name),
                f"{to_money(withdrawal.amount):.3f}",
                *(_cell(value) for _label, value in lines),
            ]
        )
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    filename = f"withdrawals-{method_id}-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
