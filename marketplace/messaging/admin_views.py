"""Staff resolve a message report with a note of what they did."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from marketplace.messaging import services
from marketplace.messaging.models import MessageReport

RESOLVE = "messaging.change_messagereport"


class ResolveForm(forms.Form):
    note = forms.CharField(
        label=gettext_lazy("What did you do?"),
        help_text=gettext_lazy("For the other staff, e.g. “warned the seller”. Not sent."),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        required=False,
    )


@permission_required(RESOLVE, raise_exception=True)
def resolve(request, pk):
    report = get_object_or_404(
        MessageReport.objects.select_related("message__sender", "message__conversation"), pk=pk
    )
    form = ResolveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.resolve_report(report, request.user, form.cleaned_data["note"])
        messages.success(request, _("The report is resolved."))
        return redirect(reverse("wagtailsnippets_messaging_messagereport:list"))
    return TemplateResponse(
        request, "messaging/admin/resolve.html", {"report": report, "form": form}
    )
