from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from marketplace.accounts.staff import register_records_policy
from marketplace.messaging import admin_views
from marketplace.messaging.models import MessageReport, ReportStatus

register_records_policy(MessageReport)


class MessageReportViewSet(SnippetViewSet):
    """One queue for staff: messages their recipients reported, and messages whose senders
    shared contact details despite the warning."""

    model = MessageReport
    icon = "warning"
    menu_label = _("Message reports")
    menu_order = 310
    add_to_admin_menu = True
    list_display = [
        "message",
        Column("sender", label=_("Sender"), accessor="message.sender"),
        "reason",
        "reporter",
        "created_at",
        "status",
    ]
    list_filter = ["status", "reason"]
    search_fields = ["message__body", "note"]
    ordering = ["status", "-created_at"]
    copy_view_enabled = False
    inspect_view_enabled = True
    panels = [
        FieldPanel(name, read_only=True)
        for name in [
            "message",
            "reason",
            "note",
            "reporter",
            "created_at",
            "status",
            "resolution_note",
            "resolved_by",
            "resolved_at",
        ]
    ]

    def get_queryset(self, request):
        return MessageReport.objects.select_related("message__sender__profile", "reporter__profile")


register_snippet(MessageReportViewSet)


@hooks.register("register_admin_urls")
def messaging_admin_urls():
    return [
        path(
            "messaging/reports/<int:pk>/resolve/",
            admin_views.resolve,
            name="messaging_resolve_report",
        )
    ]


@hooks.register("register_snippet_listing_buttons")
def report_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, MessageReport):
        return []
    buttons = [
        Button(
            _("Read the conversation"),
            url=snippet.conversation_url(),
            icon_name="view",
            attrs={"target": "_blank", "rel": "noopener"},
            priority=50,
        )
    ]
    if snippet.status == ReportStatus.OPEN and user.has_perm(admin_views.RESOLVE):
        buttons.append(
            Button(
                _("Resolve"),
                url=reverse("messaging_resolve_report", args=[snippet.pk]),
                icon_name="tick",
                priority=55,
            )
        )
    return buttons
