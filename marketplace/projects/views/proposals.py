"""The seller's side of proposals: send one, read it, edit or withdraw it, and list mine.
The buyer and moderators may read a proposal too; nobody else learns it exists."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from marketplace.projects import access, rules, services
from marketplace.projects.forms import ProposalForm
from marketplace.projects.models import (
    SELLER_STATE_CHOICES,
    Proposal,
    seller_state_filter,
)

PAGE_SIZE = 20


def _refusal(project, seller) -> str:
    """Why ``seller`` may not send a proposal on ``project`` now ("" when they may)."""
    error = services.proposal_refusal(project, seller)
    return " ".join(error.messages) if error else ""


def _refused(request, error: ValidationError, to):
    messages.error(request, " ".join(error.messages))
    return redirect(to)


@login_required
def proposal_create(request, pk):
    project = access.visible_project(request.user, pk)
    refusal = _refusal(project, request.user)
    if refusal:
        messages.error(request, refusal)
        return redirect(project)
    form = ProposalForm(request.POST or None, request.FILES or None, project=project)
    if request.method == "POST" and form.is_valid():
        try:
            proposal = services.send_proposal(
                project,
                request.user,
                price=form.cleaned_data["price"],
                days=form.cleaned_data["days"],
                cover_letter=form.cleaned_data["cover_letter"],
                files=form.cleaned_data["attachments"],
            )
        except ValidationError as error:
            if not hasattr(error, "error_dict"):
                return _refused(request, error, project)
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Your proposal was sent. The buyer is told and can reply to you.")
            )
            return redirect(proposal)
    return TemplateResponse(
        request,
        "projects/proposal_form.html",
        {
            "form": form,
            "project": project,
            "proposals_left": rules.proposals_left(request.user),
            "monthly_limit": rules.monthly_limit(request.user),
        },
    )


def proposal_detail(request, pk):
    proposal = access.readable_proposal(request.user, pk)
    project = proposal.project
    is_seller = request.user.pk == proposal.seller_id
    return TemplateResponse(
        request,
        "projects/proposal_detail.html",
        {
            "proposal": proposal,
            "project": project,
            "seller": proposal.seller,
            "is_seller": is_seller,
            "is_buyer": request.user.pk == project.buyer_id,
            "may_change": is_seller and project.is_open and proposal.is_live,
            "attachments": proposal.attachments.all(),
            "order": proposal.order if proposal.order_id else None,
        },
    )


def _own_proposal(request, pk) -> Proposal:
    """The seller's own proposal; anybody else's is a 404."""
    return get_object_or_404(
        Proposal.objects.select_related("project__buyer", "project__category__parent"),
        pk=pk,
        seller=request.user,
    )


@login_required
def proposal_edit(request, pk):
    proposal = _own_proposal(request, pk)
    project = proposal.project
    if not (project.is_open and proposal.is_live):
        messages.error(request, _("This proposal can no longer change."))
        return redirect(proposal)
    form = ProposalForm(
        request.POST or None, request.FILES or None, project=project, proposal=proposal
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_proposal(
                proposal,
                request.user,
                price=form.cleaned_data["price"],
                days=form.cleaned_data["days"],
                cover_letter=form.cleaned_data["cover_letter"],
                files=form.cleaned_data["attachments"],
                remove=form.cleaned_data["remove_attachments"],
            )
        except ValidationError as error:
            if not hasattr(error, "error_dict"):
                return _refused(request, error, proposal)
            form.add_error(None, error)
        else:
            messages.success(request, _("Your proposal was updated."))
            return redirect(proposal)
    return TemplateResponse(
        request,
        "projects/proposal_form.html",
        {"form": form, "project": project, "proposal": proposal},
    )


@login_required
@require_POST
def proposal_withdraw(request, pk):
    proposal = _own_proposal(request, pk)
    try:
        services.withdraw_proposal(proposal, request.user)
    except ValidationError as error:
        return _refused(request, error, proposal)
    messages.success(
        request,
        _("Your proposal was withdrawn. You may send a new one while the project is open."),
    )
    return redirect(proposal)


@login_required
def my_proposals(request):
    proposals = (
        Proposal.objects.filter(seller=request.user)
        .select_related("project__category__parent", "project__buyer__profile")
        .order_by("-sent_at", "-pk")
    )
    # The seller is never told about a shortlist: it is listed (and filtered) as "sent".
    state = request.GET.get("state", "")
    if state not in dict(SELLER_STATE_CHOICES):
        state = ""
    if state:
        proposals = proposals.filter(seller_state_filter(state))
    page = Paginator(proposals, PAGE_SIZE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "projects/my_proposals.html",
        {
            "page": page,
            "state": state,
            "states": SELLER_STATE_CHOICES,
            "proposals_left": rules.proposals_left(request.user),
            "monthly_limit": rules.monthly_limit(request.user),
        },
    )
