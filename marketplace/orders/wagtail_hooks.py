"""Disputes in the admin: staff read both sides and decide — release, refund or split.
Reviews in the admin: staff hide an abusive one (with a reason) or show it again."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from marketplace.accounts.staff import (
    StaffInspectView,
    posting_attrs,
    register_records_policy,
    register_staff_queue_policy,
)
from marketplace.orders import admin_views, review_admin
from marketplace.orders.models import Dispute, Review

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


# --- Reviews ----------------------------------------------------------------------------------

register_staff_queue_policy(Review, review_admin.HIDE)


class ReviewViewSet(SnippetViewSet):
    model = Review
    icon = "pick"
    menu_label = _("Reviews")
    menu_order = 318
    add_to_admin_menu = True
    add_to_reference_index = False
    list_display = [
        "order__number",
        Column("author", label=_("Author"), accessor="author.public_name"),
        Column("subject", label=_("Reviewed person"), accessor="subject.public_name"),
        Column("rating", label=_("Stars"), accessor=review_admin.stars, sort_key="rating"),
        Column("text", label=_("Review"), accessor=review_admin.short_text),
        Column("reply", label=_("Reply"), accessor=review_admin.short_reply),
        DateColumn("created_at", label=_("Written"), sort_key="created_at"),
        BooleanColumn("is_hidden", label=_("Hidden")),
    ]
    list_filter = ["is_hidden"]
    search_fields = ["text", "reply"]
    ordering = ["-created_at", "-pk"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = StaffInspectView
    inspect_view_fields = [
        "order",
        "author",
        "subject",
        "by_buyer",
        "service",
        "rating",
        "text",
        "reply",
        "created_at",
        "is_hidden",
        "hidden_reason",
        "hidden_by",
        "hidden_at",
    ]

    def get_queryset(self, request):
        return Review.objects.select_related("order", "author__profile", "subject__profile")


register_snippet(ReviewViewSet)


@hooks.register("register_admin_urls")
def review_admin_urls():
    return [
        path("reviews/<int:pk>/hide/", review_admin.hide, name="orders_hide_review"),
        path("reviews/<int:pk>/show/", review_admin.show, name="orders_show_review"),
    ]


@hooks.register("register_snippet_listing_buttons")
def review_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, Review) or not user.has_perm(review_admin.HIDE):
        return []
    if snippet.is_hidden:
        url = reverse("orders_show_review", args=[snippet.pk])
        return [
            Button(
                _("Show again"),
                url=url,
                icon_name="view",
                attrs=posting_attrs(url),
                priority=45,
            )
        ]
    return [
        Button(
            _("Hide"),
            url=reverse("orders_hide_review", args=[snippet.pk]),
            icon_name="hidden",
            priority=45,
        )
    ]
