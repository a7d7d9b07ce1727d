"""The admin's "Help article feedback" report: each article's yes and no answers and the
share of yes, for the articles the user may edit."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, FloatField, OuterRef, Q, Subquery
from django.db.models.functions import Cast, Length, NullIf, Substr
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, LocaleColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from help_center.models import HelpArticlePage


def editable_articles(user):
    """The help articles ``user`` may edit (all of them for a superuser)."""
    return PagePermissionPolicy(HelpArticlePage).instances_user_has_permission_for(user, "change")


def can_view_report(user) -> bool:
    return user.is_active and (user.is_superuser or editable_articles(user).exists())


def _share(article) -> str:
    return "—" if article.share is None else f"{article.share:.0f}%"


class FeedbackReportView(ReportView):
    page_title = _("Help article feedback")
    header_icon = "help"
    index_url_name = "help_center_feedback_report"
    index_results_url_name = "help_center_feedback_report_results"
    default_ordering = "-no"
    columns = [
        TitleColumn(
            "title", label=_("Article"), url_name="wagtailadmin_pages:edit", sort_key="title"
        ),
        Column("category", label=_("Category")),
        LocaleColumn(),
        NumberColumn("yes", label=_("Helpful"), sort_key="yes"),
        NumberColumn("no", label=_("Not helpful"), sort_key="no"),
        Column("share", label=_("Share of helpful votes"), accessor=_share, sort_key="share"),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not can_view_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        """Counts, share of yes (none without votes) and the category's title (the parent's:
        the article's path less its last step), in one query."""
        parent_path = Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
        yes = Count("votes", filter=Q(votes__helpful=True))
        no = Count("votes", filter=Q(votes__helpful=False))
        return (
            editable_articles(self.request.user)
            .annotate(
                yes=yes,
                no=no,
                share=Cast(yes, FloatField()) * 100 / NullIf(yes + no, 0),
                category=Subquery(Page.objects.filter(path=parent_path).values("title")[:1]),
            )
            .select_related("locale")
        )

    def order_queryset(self, queryset):
        """Articles without votes last either way, then in tree order (stable pages)."""
        field = F(self.ordering.removeprefix("-"))
        descending = self.ordering.startswith("-")
        order = field.desc(nulls_last=True) if descending else field.asc(nulls_last=True)
        return queryset.order_by(order, "path")
