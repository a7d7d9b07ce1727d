"""Withdrawals in the admin: the queue of sellers' requests, oldest first, each with the
seller's payment details; a page per request to approve, mark paid or reject it; and the CSV
file of approved requests for the bank."""

from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from marketplace.accounts.staff import register_staff_queue_policy
from marketplace.ledger import admin_views
from marketplace.ledger.models import Withdrawal
from marketplace.ledger.money import format_lyd

register_staff_queue_policy(Withdrawal, admin_views.PROCESS)


def _seller(withdrawal):
    seller = withdrawal.seller
    return format_html(
        '<a href="{}" target="_blank" rel="noopener">{}</a>',
        seller.get_absolute_url(),
        seller.public_name,
    )


def _amount(withdrawal):
    return _("%(amount)s LYD") % {"amount": format_lyd(withdrawal.amount)}


class WithdrawalViewSet(SnippetViewSet):
    model = Withdrawal
    icon = "resubmit"
    menu_label = _("Withdrawals")
    menu_order = 325
    add_to_admin_menu = True
    add_to_reference_index = False
    index_view_class = admin_views.WithdrawalIndexView
    inspect_view_class = admin_views.WithdrawalInspectView
    inspect_template_name = "ledger/admin/withdrawal_inspect.html"
    filterset_class = admin_views.WithdrawalFilterSet
    list_display = [
        "number",
        Column("seller", label=_("Seller"), accessor=_seller),
        Column("amount", label=_("Amount"), accessor=_amount, sort_key="amount"),
        Column("method", label=_("Method and details"), accessor=admin_views.method_html),
        DateColumn("created_at", label=_("Requested"), sort_key="created_at"),
        "status",
    ]
    search_fields = ["seller__username", "seller__email", "bank_reference"]
    ordering = ["created_at", "pk"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "seller",
        "amount",
        "method",
        "details",
        "status",
        "created_at",
        "approved_at",
        "exported_at",
        "decided_at",
        "decided_by",
        "bank_reference",
        "rejection_reason",
    ]

    def get_queryset(self, request):
        return Withdrawal.objects.select_related("seller__profile")


register_snippet(WithdrawalViewSet)


@hooks.register("register_admin_urls")
def ledger_admin_urls():
    return [
        path("withdrawals/export/", admin_views.export_approved, name="ledger_withdrawals_export"),
        path(
            "withdrawals/<int:pk>/approve/",
            admin_views.approve,
            name="ledger_withdrawal_approve",
        ),
        path("withdrawals/<int:pk>/pay/", admin_views.mark_paid, name="ledger_withdrawal_pay"),
        path("withdrawals/<int:pk>/reject/", admin_views.reject, name="ledger_withdrawal_reject"),
    ]
