"""Projects in the admin: moderators review them in the same queue as services (Wagtail's
workflow: "Approve" opens the project, "Request changes" sends the comment to the buyer), and
staff read proposals.

Nobody adds or deletes a project by hand, and an open one is no longer edited here
(``permissions.py``). Staff take an open project down by unpublishing it (it closes).
Proposals are read only, by the moderators (who may read any proposal on the site).
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet, SnippetViewSetGroup

from marketplace.accounts.staff import StaffInspectView, register_staff_queue_policy
from marketplace.projects import permissions
from marketplace.projects.access import MODERATE
from marketplace.projects.models import Project, Proposal

permissions.register()
register_staff_queue_policy(Proposal, MODERATE)


class ProjectEditView(EditView):
    """Wagtail checks the model-level permission here; the policy's per-project answer (no
    edits once open) is applied too."""

    def dispatch(self, request, *args, **kwargs):
        policy = permissions.ProjectPermissionPolicy(Project)
        if not policy.user_has_permission_for_instance(request.user, "change", self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ProjectViewSet(SnippetViewSet):
    model = Project
    icon = "clipboard-list"
    menu_label = _("Projects")
    menu_order = 10
    list_display = ["title", "buyer", "category", "state", "proposal_count", "created_at"]
    list_filter = ["state", "category__parent"]
    search_fields = ["title", "buyer__username", "buyer__email"]
    ordering = ["-created_at"]
    copy_view_enabled = False
    inspect_view_enabled = True  # how staff read a project that is no longer edited here
    edit_view_class = ProjectEditView
    panels = [
        FieldPanel("buyer", read_only=True),
        FieldPanel("title"),
        FieldPanel("category"),
        FieldPanel("description"),
        FieldPanel("skills"),
        MultiFieldPanel(
            [FieldPanel("budget_min"), FieldPanel("budget_max"), FieldPanel("duration_days")],
            heading=_("Budget and duration"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("state", read_only=True),
                FieldPanel("rejection_reason", read_only=True),
                FieldPanel("expires_at", read_only=True),
                FieldPanel("proposal_count", read_only=True),
            ],
            heading=_("State"),
        ),
    ]

    def get_queryset(self, request):
        return Project.objects.select_related("buyer", "category")


class ProposalViewSet(SnippetViewSet):
    model = Proposal
    icon = "doc-full"
    menu_label = _("Proposals")
    menu_order = 20
    add_to_reference_index = False
    list_display = [
        Column("project", label=_("Project"), accessor="project.title"),
        Column("seller", label=_("Seller"), accessor="seller.public_name"),
        "price",
        "days",
        "state",
        DateColumn("sent_at", label=_("Sent"), sort_key="sent_at"),
    ]
    list_filter = ["state"]
    search_fields = ["project__title", "seller__username", "seller__email"]
    ordering = ["-sent_at", "-pk"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = StaffInspectView
    inspect_view_fields = [
        "project",
        "seller",
        "price",
        "days",
        "cover_letter",
        "state",
        "decline_reason",
        "order",
        "created_at",
        "sent_at",
        "updated_at",
    ]

    def get_queryset(self, request):
        return Proposal.objects.select_related("project", "seller__profile", "order")


class ProjectsGroup(SnippetViewSetGroup):
    items = (ProjectViewSet, ProposalViewSet)
    menu_icon = "clipboard-list"
    menu_label = _("Projects")
    menu_name = "projects"
    menu_order = 310


register_snippet(ProjectsGroup)
