"""Payments in the admin: every payment to look up, and the queue of offline payments staff
confirm (the money arrived) or reject (with a reason the buyer reads)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from marketplace.accounts.staff import register_records_policy
from marketplace.payments import admin_views
from marketplace.payments.models import Payment, PaymentStatus

register_records_policy(Payment)


class PaymentViewSet(SnippetViewSet):
    model = Payment
    icon = "form"
    menu_label = _("Payments")
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["id", "buyer", "gateway", "amount", "status", "payer_reference", "created_at"]
    list_filter = ["status", "gateway"]
    search_fields = ["payer_reference", "external_id", "buyer__username", "buyer__email"]
    ordering = ["-created_at"]
    copy_view_enabled = False
    inspect_view_enabled = True
    panels = [
        FieldPanel(name, read_only=True)
        for name in [
            "buyer",
            "gateway",
            "amount",
            "status",
            "payer_reference",
            "external_id",
            "failure_reason",
            "created_at",
            "paid_at",
            "expires_at",
            "confirmed_by",
        ]
    ]

    def get_queryset(self, request):
        return Payment.objects.select_related("buyer")


register_snippet(PaymentViewSet)


@hooks.register("register_admin_urls")
def payments_admin_urls():
    return [
        path("payments/<int:pk>/confirm/", admin_views.confirm, name="payments_confirm"),
        path("payments/<int:pk>/reject/", admin_views.reject, name="payments_reject"),
    ]


@hooks.register("register_snippet_listing_buttons")
def payment_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, Payment) or not user.has_perm(admin_views.CONFIRM):
        return []
    buttons = []
    if snippet.proof:
        buttons.append(
            Button(
                _("Receipt"),
                url=reverse("payments:proof", args=[snippet.pk]),
                icon_name="doc-full",
                priority=40,
            )
        )
    if (
        snippet.status != PaymentStatus.SUCCEEDED
        and snippet.gateway in admin_views.OFFLINE_GATEWAYS
    ):
        buttons.append(
            Button(
                _("Confirm or reject"),
                url=reverse("payments_confirm", args=[snippet.pk]),
                icon_name="tick",
                priority=45,
            )
        )
    return buttons
