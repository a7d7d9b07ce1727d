"""Order lists and the order page. Only the order's buyer and seller see an order (staff
handle disputes in the admin); anyone else gets a 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from marketplace.messaging import services as messaging
from marketplace.messaging.forms import MessageForm
from marketplace.orders.models import DeliveryFile, Dispute, Order, OrderState
from marketplace.orders.origins import origin_of
from marketplace.orders.reviews import review_refusal, window_closes_at
from marketplace.orders.services import WorkflowError, allowed_actions, perform, set_instructions
from marketplace.orders.workflow import PEOPLE_ACTIONS, TRANSITIONS

ACTION_LABELS = {t.action: t.label for t in TRANSITIONS if t.action in PEOPLE_ACTIONS}
# The main step first, the way out last.
ACTION_ORDER = ["start", "accept", "deliver", "request_revision", "cancel", "dispute"]
# What a side is waiting for, when the next step is the other side's.
WAITING = {
    ("buyer", OrderState.NEW): gettext_lazy(
        "The seller has been told about your order and will start soon. Add your instructions "
        "below if you have not yet."
    ),
    ("buyer", OrderState.IN_PROGRESS): gettext_lazy("The seller is working on your order."),
    ("buyer", OrderState.REVISION_REQUESTED): gettext_lazy(
        "The seller is making the changes you asked for."
    ),
    ("seller", OrderState.DELIVERED): gettext_lazy(
        "Delivered. Waiting for the buyer to accept or ask for changes; without an answer the "
        "order completes by itself."
    ),
    ("buyer", OrderState.DISPUTED): gettext_lazy("Our staff are reviewing the dispute."),
    ("seller", OrderState.DISPUTED): gettext_lazy("Our staff are reviewing the dispute."),
}
# Actions whose form asks for a message (the others are a single button).
ACTIONS_WITH_NOTE = {"deliver", "request_revision", "dispute", "cancel"}


def _listing(request, orders, template, side):
    state = request.GET.get("state", "")
    if state in OrderState.values:
        orders = orders.filter(state=state)
    payment = request.GET.get("payment", "")
    if payment.isdigit():
        orders = orders.filter(payment_id=int(payment))
    page = Paginator(orders, 20).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        template,
        {"page": page, "state": state, "states": OrderState.choices, "side": side},
    )


@login_required
@never_cache
def purchases(request):
    orders = Order.objects.filter(buyer=request.user).select_related("seller__profile")
    return _listing(request, orders, "orders/list.html", "purchases")


@login_required
@never_cache
def sales(request):
    orders = (
        Order.objects.filter(seller=request.user)
        .exclude(state=OrderState.AWAITING_PAYMENT)
        .select_related("buyer__profile")
    )
    return _listing(request, orders, "orders/list.html", "sales")


def _own_order(request, pk) -> Order:
    order = get_object_or_404(
        Order.objects.select_related("buyer__profile", "seller__profile", "payment", "service"),
        pk=pk,
    )
    role = order.party_role(request.user)
    # The seller sees an order once it is paid.
    if role is None or (role == "seller" and order.state == OrderState.AWAITING_PAYMENT):
        raise Http404
    return order


@login_required
@never_cache
def detail(request, pk):
    order = _own_order(request, pk)
    conversation = messaging.find_conversation(order.buyer, order.seller, order)
    thread = []
    if conversation:
        messaging.mark_read(conversation, request.user)
        thread = list(messaging.thread_messages(conversation).order_by("created_at", "pk"))
    role = order.party_role(request.user)
    actions = sorted(allowed_actions(order, request.user), key=ACTION_ORDER.index)
    events = list(order.events.select_related("actor"))
    deliveries = _with_revision_requests(order.deliveries.prefetch_related("files"), events)
    reviews = []
    if order.state == OrderState.COMPLETED:
        reviews = list(order.reviews.select_related("author__profile"))
    return TemplateResponse(
        request,
        "orders/detail.html",
        {
            "order": order,
            "origin": origin_of(order),
            "role": role,
            "other": order.seller if role == "buyer" else order.buyer,
            "actions": [
                {"name": a, "label": ACTION_LABELS[a], "needs_note": a in ACTIONS_WITH_NOTE}
                for a in actions
            ],
            "events": events,
            "deliveries": deliveries,
            "waiting_for": WAITING.get((role, order.state), ""),
            "dispute": Dispute.objects.filter(order=order).first(),
            "conversation": conversation,
            "thread_messages": thread,
            "message_form": MessageForm(),
            "can_edit_instructions": role == "buyer"
            and order.state in (OrderState.NEW, OrderState.IN_PROGRESS),
            **_review_context(order, request.user, reviews),
        },
    )


def _review_context(order: Order, user, reviews: list) -> dict:
    """Both sides' reviews of a completed order, and whether ``user`` may still write theirs."""
    if order.state != OrderState.COMPLETED:
        return {}
    return {
        "my_review": next((r for r in reviews if r.author_id == user.pk), None),
        "their_review": next((r for r in reviews if r.author_id != user.pk), None),
        "can_review": review_refusal(order, user, reviews) is None,
        "review_closes_at": window_closes_at(order),
        "rating_choices": range(5, 0, -1),
    }


def _with_revision_requests(deliveries, events):
    """Attach to each delivery the buyer's request for changes that followed it."""
    deliveries = list(deliveries)
    requests = [event for event in events if event.action == "request_revision"]
    for delivery in deliveries:
        delivery.revision_request = next(
            (event for event in requests if event.created_at >= delivery.created_at), None
        )
        if delivery.revision_request:
            requests.remove(delivery.revision_request)
    return deliveries


@login_required
@require_POST
def act(request, pk, action):
    order = _own_order(request, pk)
    if action not in PEOPLE_ACTIONS:
        raise Http404
    try:
        perform(
            order,
            action,
            request.user,
            note=request.POST.get("note", ""),
            files=request.FILES.getlist("files"),
        )
    except WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, str(DONE_MESSAGES[action]))
    return redirect(order)


DONE_MESSAGES = {
    "start": gettext_lazy("You started the order. The buyer has been told."),
    "deliver": gettext_lazy("Delivered. The buyer has been asked to review your work."),
    "request_revision": gettext_lazy("The seller has been asked for changes."),
    "accept": gettext_lazy("Thank you! The order is completed and the seller is paid."),
    "cancel": gettext_lazy("The order is cancelled. The money went back to the buyer's balance."),
    "dispute": gettext_lazy("The dispute is open. Our staff will look at it and decide."),
}


@login_required
@require_POST
def instructions(request, pk):
    order = _own_order(request, pk)
    try:
        set_instructions(order, request.user, request.POST.get("instructions", ""))
    except WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your instructions are saved."))
    return redirect(order)


@login_required
def delivery_file(request, pk, file_pk):
    order = _own_order(request, pk)
    delivered = get_object_or_404(DeliveryFile, pk=file_pk, delivery__order=order)
    response = FileResponse(delivered.file.open("rb"), as_attachment=True, filename=delivered.name)
    response["Content-Security-Policy"] = "sandbox"
    return response
