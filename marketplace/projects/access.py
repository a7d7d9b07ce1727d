"""Who may see what. A proposal is read by its seller and by the project's buyer (and
moderators); competitors never see each other's proposals or prices."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from marketplace.projects.models import Project, Proposal, ProposalState

MODERATE = "projects.publish_project"


def visible_project(user, pk: int) -> Project:
    project = get_object_or_404(
        Project.objects.select_related("buyer__profile", "category__parent"), pk=pk
    )
    if not project.is_visible_to(user):
        raise Http404
    return project


def can_read_proposal(user, proposal: Proposal) -> bool:
    """Its seller always; the project's buyer unless the seller withdrew it; moderators."""
    if not user.is_authenticated:
        return False
    if user.pk == proposal.seller_id or user.has_perm(MODERATE):
        return True
    return user.pk == proposal.project.buyer_id and proposal.state != ProposalState.WITHDRAWN


def readable_proposal(user, pk: int) -> Proposal:
    proposal = get_object_or_404(
        Proposal.objects.select_related("project__buyer", "project__category", "seller__profile"),
        pk=pk,
    )
    if not can_read_proposal(user, proposal):
        raise Http404
    return proposal
