"""Staff decide a dispute: the workflow's "resolve" step with the chosen outcome."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from marketplace.messaging import services as messaging
from marketplace.orders.models import Dispute, DisputeOutcome
from marketplace.orders.services import WorkflowError, perform

RESOLVE = "orders.resolve_dispute"


class ResolveForm(forms.Form):
    outcome = forms.ChoiceField(
        label=gettext_lazy("Decision"), choices=DisputeOutcome.choices, widget=forms.RadioSelect
    )
    buyer_amount = forms.DecimalField(
        label=gettext_lazy("For a split: the buyer's share (LYD)"),
        help_text=gettext_lazy("The rest goes to the seller, minus the commission."),
        max_digits=14,
        decimal_places=3,
        required=False,
    )
    note = forms.CharField(
        label=gettext_lazy("Note to both sides"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=3000,
    )


@permission_required(RESOLVE, raise_exception=True)
def resolve(request, pk):
    dispute = get_object_or_404(
        Dispute.objects.select_related("order__buyer", "order__seller", "opened_by"),
        pk=pk,
        resolved_at__isnull=True,
    )
    order = dispute.order
    form = ResolveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            perform(
                order,
                "resolve",
                request.user,
                as_staff=True,
                note=data["note"],
                outcome=data["outcome"],
                buyer_amount=data["buyer_amount"],
            )
        except WorkflowError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The dispute is decided and both sides are told."))
            return redirect(reverse("wagtailsnippets_orders_dispute:list"))
    conversation = messaging.find_conversation(order.buyer, order.seller, order)
    return TemplateResponse(
        request,
        "orders/admin/resolve.html",
        {
            "dispute": dispute,
            "order": order,
            "form": form,
            "events": order.events.select_related("actor"),
            "deliveries": order.deliveries.all(),
            "thread_messages": messaging.thread_messages(conversation).order_by("created_at")
            if conversation
            else [],
        },
        status=400 if request.method == "POST" else 200,
    )
