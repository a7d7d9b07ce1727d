"""Attachments are served only to who may read what they belong to, as downloads."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from marketplace.messaging.views import attachment_response
from marketplace.projects.access import can_read_proposal
from marketplace.projects.models import ProjectAttachment, ProposalAttachment


def project_file(request, pk):
    item = get_object_or_404(ProjectAttachment.objects.select_related("project__buyer"), pk=pk)
    if not item.project.is_visible_to(request.user):
        raise Http404
    return attachment_response(item)


def proposal_file(request, pk):
    item = get_object_or_404(ProposalAttachment.objects.select_related("proposal__project"), pk=pk)
    if not can_read_proposal(request.user, item.proposal):
        raise Http404
    return attachment_response(item)
