"""Disputes in the admin: staff read both sides and decide — release, refund or split."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from marketplace.accounts.staff import register_records_policy
from marketplace.orders import admin_views
from marketplace.orders.models import Dispute

register_records_policy(Dispute)


class DisputeViewSet(SnippetViewSet):
    model = Dispute
    icon = "warning"
    menu_label = _("Disputes")
    menu_order = 315
    add_to_admin_menu = True
    list_display = [
        "order",
        Column("total", label=_("Amount"), accessor="order.total"),
        "opened_by",
        "opened_at",
        "outcome",
        "resolved_at",
    ]
    list_filter = ["outcome"]
    search_fields = ["reason", "order__title"]
    ordering = ["-opened_at"]
    copy_view_enabled = False
    inspect_view_enabled = True
    panels = [
        FieldPanel(name, read_only=True)
        for name in [
            "order",
            "opened_by",
            "reason",
            "opened_at",
            "outcome",
            "buyer_amount",
            "resolution_note",
            "resolved_by",
            "resolved_at",
        ]
    ]

    def get_queryset(self, request):
        return Dispute.objects.select_related("order", "opened_by")


register_snippet(DisputeViewSet)


@hooks.register("register_admin_urls")
def orders_admin_urls():
    return [path("disputes/<int:pk>/resolve/", admin_views.resolve, name="orders_resolve_dispute")]


@hooks.register("register_snippet_listing_buttons")
def dispute_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, Dispute) or not snippet.is_open:
        return []
    if not user.has_perm(admin_views.RESOLVE):
        return []
    return [
        Button(
            _("Decide"),
            url=reverse("orders_resolve_dispute", args=[snippet.pk]),
            icon_name="tick",
            priority=45,
        )
    ]
