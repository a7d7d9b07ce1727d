"""The buyer's side: post a project, edit it while it waits for review, close it, list my
projects, and decide on the proposals (shortlist, decline, accept and pay)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from marketplace.ledger.money import format_lyd
from marketplace.ledger.services import balance_of, wallet_of
from marketplace.orders.checkout import CheckoutError, wallet_shortfall_message
from marketplace.payments.gateways import StartResult
from marketplace.payments.registry import available_gateways
from marketplace.payments.wallet import WALLET
from marketplace.projects import services
from marketplace.projects.forms import ProjectForm
from marketplace.projects.models import (
    CLOSABLE_STATES,
    EDITABLE_STATES,
    Project,
    Proposal,
)

PAGE_SIZE = 20


def _refusal(error: ValidationError) -> str:
    return " ".join(error.messages)


# --- Projects -------------------------------------------------------------------------------


@login_required
def project_create(request):
    form = ProjectForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            project = services.post_project(
                request.user, form.draft(), files=form.cleaned_data["attachments"]
            )
        except ValidationError as error:
            form.add_service_errors(error)
        else:
            messages.success(
                request,
                _(
                    "Your project was sent to review. Sellers can see it and send proposals "
                    "once it is approved."
                ),
            )
            return redirect(project)
    return TemplateResponse(request, "projects/project_form.html", {"form": form})


def _own_project(request, pk) -> Project:
    """The buyer's own project; anybody else's is a 404."""
    return get_object_or_404(
        Project.objects.select_related("category__parent"), pk=pk, buyer=request.user
    )


@login_required
def project_edit(request, pk):
    project = _own_project(request, pk)
    if project.state not in EDITABLE_STATES:
        messages.error(
            request,
            _("A published project can no longer be edited.")
            if project.live
            else _("This project can no longer be edited."),
        )
        return redirect(project)
    form = ProjectForm(request.POST or None, request.FILES or None, project=project)
    if request.method == "POST" and form.is_valid():
        try:
            project = services.edit_project(
                project,
                request.user,
                form.draft(),
                files=form.cleaned_data["attachments"],
                remove=form.cleaned_data["remove_attachments"],
            )
        except ValidationError as error:
            form.add_service_errors(error)
        else:
            messages.success(request, _("Your changes were sent to review."))
            return redirect(project)
    return TemplateResponse(
        request, "projects/project_form.html", {"form": form, "project": project}
    )


def _safe_next(request, default: str) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


@login_required
@require_POST
def project_close(request, pk):
    project = _own_project(request, pk)
    try:
        services.close_project(project, request.user)
    except ValidationError as error:
        messages.error(request, _refusal(error))
    else:
        messages.success(request, _("The project is closed. Sellers can no longer send proposals."))
    return redirect(_safe_next(request, project.get_absolute_url()))


@login_required
@never_cache
def my_projects(request):
    projects = (
        Project.objects.filter(buyer=request.user)
        .select_related("category__parent")
        .prefetch_related(
            # The accepted proposal's order, for the projects that became one.
            Prefetch(
                "proposals",
                queryset=Proposal.objects.filter(order__isnull=False).select_related("order"),
                to_attr="hired",
            )
        )
        .order_by("-created_at", "-pk")
    )
    page = Paginator(projects, PAGE_SIZE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "projects/my_projects.html",
        {
            "page": page,
            "editable_states": EDITABLE_STATES,
            "closable_states": CLOSABLE_STATES,
        },
    )


# --- Proposals ------------------------------------------------------------------------------


def _buyers_proposal(request, pk) -> Proposal:
    """A proposal on one of the buyer's projects; for anybody else (the seller included) a
    404."""
    return get_object_or_404(
        Proposal.objects.select_related("project", "seller__profile"),
        pk=pk,
        project__buyer=request.user,
    )


def _back_to(proposal: Proposal) -> str:
    return f"{proposal.project.get_absolute_url()}#proposal-{proposal.pk}"


@login_required
@require_POST
def proposal_shortlist(request, pk):
    proposal = _buyers_proposal(request, pk)
    on = request.POST.get("on", "1") != "0"
    try:
        services.shortlist(proposal, request.user, on=on)
    except ValidationError as error:
        messages.error(request, _refusal(error))
    else:
        messages.success(
            request,
            _("The proposal is on your shortlist.")
            if on
            else _("The proposal is off your shortlist."),
        )
    return redirect(_back_to(proposal))


@login_required
@require_POST
def proposal_decline(request, pk):
    proposal = _buyers_proposal(request, pk)
    try:
        services.decline_proposal(proposal, request.user, request.POST.get("reason", ""))
    except ValidationError as error:
        messages.error(request, _refusal(error))
    else:
        messages.success(request, _("The proposal was declined. The seller was told."))
    return redirect(_back_to(proposal))


@login_required
@never_cache
def proposal_accept(request, pk):
    proposal = _buyers_proposal(request, pk)
    project = proposal.project
    if request.method == "POST":
        try:
            payment, result, order = services.accept_proposal(
                proposal, request.user, request.POST.get("gateway", ""), request
            )
        except ValidationError as error:
            messages.error(request, _refusal(error))
        except CheckoutError as error:
            messages.error(request, str(error))
        else:
            if result.kind == StartResult.PAID:
                messages.success(
                    request,
                    _("Paid. %(seller)s can start on your project now.")
                    % {"seller": proposal.seller.public_name},
                )
                return redirect(order)
            if result.kind == StartResult.REDIRECT:
                return redirect(result.url)
            return redirect(payment)
        return redirect(reverse("projects:accept", args=[proposal.pk]))
    acceptable = project.is_open and proposal.is_live
    gateways, wallet_short, balance = [], "", None
    if acceptable:
        gateways = available_gateways(request.user, proposal.price)
        balance = balance_of(wallet_of(request.user))
        if all(gateway.id != WALLET for gateway in gateways):
            wallet_short = wallet_shortfall_message(request.user, proposal.price)
    return TemplateResponse(
        request,
        "projects/accept.html",
        {
            "proposal": proposal,
            "project": project,
            "seller": proposal.seller,
            "acceptable": acceptable,
            "gateways": gateways,
            "wallet_id": WALLET,
            "wallet_balance": format_lyd(balance) if balance is not None else "",
            "wallet_short": wallet_short,
        },
    )
