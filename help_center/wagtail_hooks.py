from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from help_center.reports import FeedbackReportView, can_view_report


class FeedbackReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_report(request.user)


@hooks.register("register_admin_urls")
def register_feedback_report_urls():
    return [
        path(
            "reports/help-feedback/",
            FeedbackReportView.as_view(),
            name="help_center_feedback_report",
        ),
        path(
            "reports/help-feedback/results/",
            FeedbackReportView.as_view(results_only=True),
            name="help_center_feedback_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return FeedbackReportMenuItem(
        _("Help article feedback"),
        reverse("help_center_feedback_report"),
        name="help-feedback",
        icon_name="help",
        order=1300,
    )
