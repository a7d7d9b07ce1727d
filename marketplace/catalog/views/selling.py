"""The seller's side: my services, add, edit, pause and resume."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from marketplace.catalog import services
from marketplace.catalog.forms import ServiceForm
from marketplace.catalog.models import Service


@login_required
def my_services(request):
    mine = (
        Service.objects.filter(seller=request.user)
        .select_related("category__parent", "seller")
        .prefetch_related("images__image")
        .order_by("-created_at")
    )
    return TemplateResponse(request, "catalog/my_services.html", {"services": mine})


def _own_service(request, pk) -> Service:
    """The seller's own service; anybody else's is a 404."""
    return get_object_or_404(Service, pk=pk, seller=request.user)


@login_required
def service_create(request):
    return _edit(request, Service(seller=request.user))


@login_required
def service_edit(request, pk):
    service = _own_service(request, pk)
    if service.is_suspended:
        messages.error(request, _("A suspended service cannot be edited."))
        return redirect("catalog:my_services")
    return _edit(request, service.get_latest_revision_as_object())


def _edit(request, service):
    form = ServiceForm(
        request.POST or None, request.FILES or None, instance=service, seller=request.user
    )
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            service = services.save_and_submit(form.build_service(), request.user)
        if service.live:
            messages.success(
                request,
                _("Your changes were sent for review. The approved version stays public."),
            )
        else:
            messages.success(request, _("Your service was sent for review."))
        return redirect("catalog:my_services")
    return TemplateResponse(
        request, "catalog/service_form.html", {"form": form, "service": service}
    )


@login_required
@require_POST
def service_pause(request, pk):
    return _switch(request, pk, services.pause, _("The service is paused; buyers cannot see it."))


@login_required
@require_POST
def service_resume(request, pk):
    return _switch(request, pk, services.resume, _("The service is active again."))


def _switch(request, pk, operation, message):
    operation(_own_service(request, pk), request.user)
    messages.success(request, message)
    return redirect("catalog:my_services")
