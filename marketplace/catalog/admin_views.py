"""Staff actions the snippet editor has no button for: suspend (with a reason) and restore."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from marketplace.catalog import services
from marketplace.catalog.models import Service

MODERATE = "catalog.publish_service"


class SuspendForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason (sent to the seller)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )


def _listing_url():
    from django.urls import reverse

    return reverse("wagtailsnippets_catalog_service:list")


@permission_required(MODERATE, raise_exception=True)
def suspend(request, pk):
    service = get_object_or_404(Service, pk=pk)
    form = SuspendForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.suspend(service, request.user, form.cleaned_data["reason"])
        messages.success(request, _("“%(title)s” is suspended.") % {"title": service.title})
        return redirect(_listing_url())
    return TemplateResponse(
        request, "catalog/admin/suspend.html", {"service": service, "form": form}
    )


@permission_required(MODERATE, raise_exception=True)
@require_POST
def restore(request, pk):
    service = get_object_or_404(Service, pk=pk)
    services.restore(service, request.user)
    messages.success(request, _("“%(title)s” is restored.") % {"title": service.title})
    return redirect(_listing_url())
