"""Public project pages: the open projects with their filters, and a project's page (which
also shows the buyer their proposals, and a seller their own)."""

from django import forms
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from marketplace.accounts.services import ensure_profile
from marketplace.catalog import text
from marketplace.catalog.models import Category
from marketplace.projects import access, rules, services
from marketplace.projects.filters import open_projects
from marketplace.projects.models import (
    CLOSABLE_STATES,
    EDITABLE_STATES,
    ProjectState,
    Proposal,
    ProposalState,
)

PAGE_SIZE = 20
POSTED_CHOICES = [
    ("", _("Any time")),
    ("1", _("Last 24 hours")),
    ("3", _("Last 3 days")),
    ("7", _("Last 7 days")),
    ("30", _("Last 30 days")),
]
PROPOSALS_CHOICES = [
    ("", _("Any number")),
    ("lt5", _("Fewer than 5")),
    ("5-10", _("5 to 10")),
    ("gt10", _("More than 10")),
]
# Each choice as the bounds (inclusive) that ``filters.matching`` takes.
PROPOSAL_BOUNDS = {
    "lt5": {"max_proposals": 4},
    "5-10": {"min_proposals": 5, "max_proposals": 10},
    "gt10": {"min_proposals": 11},
}


class ProjectFilterForm(forms.Form):
    """The list's GET filters. Invalid values are shown as errors and left out."""

    q = forms.CharField(label=_("Search"), max_length=200, required=False)
    category = forms.SlugField(label=_("Category"), required=False, allow_unicode=True)
    budget_min = forms.DecimalField(
        label=_("Budget from"), min_value=0, max_digits=14, decimal_places=3, required=False
    )
    budget_max = forms.DecimalField(
        label=_("Budget up to"), min_value=0, max_digits=14, decimal_places=3, required=False
    )
    posted = forms.ChoiceField(label=_("Posted"), choices=POSTED_CHOICES, required=False)
    proposals = forms.ChoiceField(label=_("Proposals"), choices=PROPOSALS_CHOICES, required=False)

    def clean_category(self):
        slug = self.cleaned_data["category"]
        if not slug:
            return None
        try:
            return Category.objects.get(slug=slug)
        except Category.DoesNotExist:
            message = _("There is no category “%(slug)s”.")
            raise forms.ValidationError(message, params={"slug": slug}) from None

    def clean(self):
        data = super().clean()
        low, high = data.get("budget_min"), data.get("budget_max")
        if low is not None and high is not None and low > high:
            self.add_error("budget_max", _("The top of the budget is below its bottom."))
        return data


def project_list(request):
    form = ProjectFilterForm(request.GET or None)
    filters = {}
    if form.is_bound:
        form.is_valid()  # the page shows the errors; the valid fields still apply
        filters = {key: value for key, value in form.cleaned_data.items() if value}
    posted, proposals = filters.pop("posted", ""), filters.pop("proposals", "")
    projects = open_projects(
        **filters,
        posted_within_days=int(posted) if posted else None,
        **PROPOSAL_BOUNDS.get(proposals, {}),
    )
    page = Paginator(projects, PAGE_SIZE).get_page(request.GET.get("page"))
    query = filters.get("q", "")
    return TemplateResponse(
        request,
        "projects/project_list.html",
        {
            "form": form,
            "page": page,
            "query": query,
            # The catalog's {% highlight %} marks the words that matched the search.
            "groups": text.query_groups(query) if query else [],
            "top_categories": Category.objects.top_level().prefetch_related("children"),
            "posted_choices": POSTED_CHOICES,
            "proposals_choices": PROPOSALS_CHOICES,
        },
    )


def project_detail(request, pk, slug):
    project = access.visible_project(request.user, pk)
    if slug != project.slug:
        return redirect(project, permanent=True)
    user = request.user
    is_buyer = user.is_authenticated and user.pk == project.buyer_id
    posted, hire_rate = services.hire_rate(project.buyer)
    context = {
        "project": project,
        "buyer": project.buyer,
        "buyer_profile": ensure_profile(project.buyer),
        "projects_posted": posted,
        "hire_rate": hire_rate,
        "skills": [item.tag for item in project.tagged_items.select_related("tag")],
        "attachments": project.attachments.all(),
        "is_buyer": is_buyer,
        "is_editable": project.state in EDITABLE_STATES,
        "is_closable": project.state in CLOSABLE_STATES,
        "is_rejected": project.state == ProjectState.REJECTED,
    }
    if is_buyer:
        # Every proposal, only ever for the buyer: competitors never see each other's.
        # A withdrawn proposal is no longer the buyer's to read.
        context["proposals"] = (
            project.proposals.exclude(state=ProposalState.WITHDRAWN)
            .select_related("seller__profile")
            .prefetch_related("attachments")
        )
    elif user.is_authenticated:
        mine = Proposal.objects.filter(project=project, seller=user).first()
        context["my_proposal"] = mine
        may_send = project.is_open and (mine is None or mine.state == ProposalState.WITHDRAWN)
        context["may_propose"] = may_send
        if may_send:
            context["proposals_left"] = rules.proposals_left(user)
    return TemplateResponse(request, "projects/project_detail.html", context)
