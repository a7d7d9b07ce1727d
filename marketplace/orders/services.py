"""``perform``: the one function that moves an order through its workflow.

It locks the order row, checks the workflow table, moves the money, records an
``OrderEvent``, calls the plugin hooks and notifies the other side, all in one database
transaction: if any step fails, nothing happened.
"""

from datetime import timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from marketplace.ledger.money import format_lyd, parse_amount
from marketplace.messaging import services as messaging
from marketplace.messaging.uploads import check_attachment
from marketplace.notifications.services import notify
from marketplace.orders import money, reputation, signals
from marketplace.orders.models import (
    Delivery,
    DeliveryFile,
    Dispute,
    DisputeOutcome,
    Order,
    OrderEvent,
    OrderState,
)
from marketplace.orders.workflow import (
    BUYER,
    PEOPLE_ACTIONS,
    SELLER,
    STAFF,
    SYSTEM,
    Rules,
    find_transition,
    refusal,
)
from marketplace.rules.models import MarketplaceSettings
from plugins.context import site_scope

MAX_DELIVERY_FILES = 5


class WorkflowError(Exception):
    """The action is not allowed now; the message says why, in the user's language."""


def role_of(order: Order, actor, *, as_staff: bool = False) -> str | None:
    if actor is None:
        return SYSTEM
    if as_staff:
        return STAFF if actor.has_perm("orders.resolve_dispute") else None
    return order.party_role(actor)


def _rules(order: Order, action: str, role: str | None) -> Rules:
    settings = MarketplaceSettings.current()
    waiting_since = None
    if action == "cancel" and role == BUYER:
        conversation = messaging.find_conversation(order.buyer, order.seller, order)
        if conversation:
            waiting_since = messaging.waiting_for_reply_since(conversation, order.buyer)
    return Rules(
        now=timezone.now(),
        auto_complete_after=timedelta(days=settings.auto_complete_days),
        no_reply_after=timedelta(hours=settings.no_reply_cancel_hours),
        clearance=timedelta(days=settings.clearance_days),
        buyer_waiting_since=waiting_since,
    )


def allowed_actions(order: Order, user) -> list[str]:
    """The actions ``user`` may take on ``order`` now, for the order page's buttons."""
    role = role_of(order, user)
    if role is None:
        return []
    rules = _rules(order, "cancel", role)  # the widest set of facts any action needs
    return [
        action
        for action in PEOPLE_ACTIONS
        if find_transition(order, action) and refusal(order, action, role, rules) is None
    ]


def perform(order: Order, action: str, actor=None, *, as_staff=False, note="", **params) -> Order:
    """Take ``action`` on ``order`` as ``actor`` (None: the system). Raises WorkflowError
    (nothing changed) when the table does not allow it."""
    # Files a delivery writes are deleted again if the step fails after writing them.
    with site_scope(), messaging.files_removed_on_failure() as stored_files, transaction.atomic():
        params["stored_files"] = stored_files
        # Lock the order row only, not the buyer's and seller's rows it is joined with.
        order = (
            Order.objects.select_for_update(of=("self",))
            .select_related("buyer__profile", "seller__profile")
            .get(pk=order.pk)
        )
        role = role_of(order, actor, as_staff=as_staff)
        rules = _rules(order, action, role)
        reason = refusal(order, action, role, rules)
        if reason:
            raise WorkflowError(reason)
        transition = find_transition(order, action)
        from_state = order.state
        note = (note or "").strip()
        EFFECTS.get(action, _no_effect)(order, actor, rules, note, params)
        if transition.target:
            order.state = transition.target
        order.save()
        event = OrderEvent.objects.create(
            order=order,
            action=action,
            actor=actor,
            from_state=from_state,
            to_state=order.state,
            note=note,
        )
        _after(order, event)
        return order


def _after(order: Order, event: OrderEvent) -> None:
    from plugins.services import call_hook

    call_hook("order_changed", order=order, event=event)
    signals.order_changed.send(Order, order=order, event=event)
    if order.state == OrderState.COMPLETED and event.from_state != OrderState.COMPLETED:
        reputation.order_completed(order)
        call_hook("order_completed", order=order)
    for recipient, kind in NOTIFICATIONS.get(event.action, ()):
        user = order.buyer if recipient == BUYER else order.seller
        if event.actor is not None and user.pk == event.actor.pk:
            continue
        notify(
            user,
            kind,
            url=order.get_absolute_url(),
            number=order.number,
            title=order.title,
            amount=format_lyd(order.total),
            note=event.note,
        )


# --- Effects: what each action changes besides the state -----------------------------------


def _no_effect(order, actor, rules, note, params):
    pass


def _pay(order, actor, rules, note, params):
    money.fund(order)
    order.paid_at = rules.now
    order.due_at = rules.now + timedelta(days=order.delivery_days)
    messaging.open_thread(order.buyer, order.seller, order)


def _start(order, actor, rules, note, params):
    order.started_at = rules.now


def _deliver(order, actor, rules, note, params):
    files = list(params.get("files") or ())
    if not note:
        raise WorkflowError(_("Write a message with your delivery."))
    if len(files) > MAX_DELIVERY_FILES:
        raise WorkflowError(
            _("Attach at most %(count)d files to a delivery.") % {"count": MAX_DELIVERY_FILES}
        )
    try:
        checked = [(upload, check_attachment(upload)) for upload in files]
    except ValidationError as error:
        raise WorkflowError(" ".join(error.messages)) from error
    delivery = Delivery.objects.create(order=order, message=note)
    for upload, info in checked:
        upload.seek(0)
        delivered = DeliveryFile(
            delivery=delivery, name=info.name, content_type=info.content_type, size=info.size
        )
        delivered.file.save(info.name, upload, save=False)
        params["stored_files"].append(delivered.file)
        delivered.save()
    order.delivered_at = rules.now


def _request_revision(order, actor, rules, note, params):
    if not note:
        raise WorkflowError(_("Tell the seller what to change."))
    order.delivered_at = None


def _release(order, actor, rules, note, params):
    money.settle(order, to_buyer=Decimal("0.000"), step="release")
    order.closed_at = rules.now


def _cancel(order, actor, rules, note, params):
    money.settle(order, to_buyer=order.total, step="refund")
    order.closed_at = rules.now


def _mark_late(order, actor, rules, note, params):
    order.is_late = True


def _dispute(order, actor, rules, note, params):
    if not note:
        raise WorkflowError(_("Explain what went wrong; staff will read it."))
    Dispute.objects.update_or_create(
        order=order,
        defaults={
            "opened_by": actor,
            "reason": note,
            "previous_state": order.state,
            "outcome": "",
            "buyer_amount": None,
            "resolution_note": "",
            "resolved_by": None,
            "resolved_at": None,
        },
    )


def _resolve(order, actor, rules, note, params):
    outcome = params.get("outcome")
    if not note:
        raise WorkflowError(_("Write a note for both sides explaining the decision."))
    to_buyer = {
        DisputeOutcome.RELEASE: Decimal("0.000"),
        DisputeOutcome.REFUND: order.total,
    }.get(outcome)
    if outcome == DisputeOutcome.SPLIT:
        to_buyer = split_amount(order, params.get("buyer_amount"))
    if to_buyer is None:
        raise WorkflowError(_("Choose a decision: release, refund or split."))
    step = {Decimal("0.000"): "release", order.total: "refund"}.get(to_buyer, "split")
    money.settle(order, to_buyer=to_buyer, step=step)
    order.closed_at = rules.now
    order.state = OrderState.CANCELLED if to_buyer == order.total else OrderState.COMPLETED
    Dispute.objects.filter(order=order).update(
        outcome=outcome,
        buyer_amount=to_buyer,
        resolution_note=note,
        resolved_by=actor,
        resolved_at=rules.now,
    )


def split_amount(order: Order, value) -> Decimal:
    """The buyer's share of a split: more than nothing, less than the whole, in dirhams."""
    amount = parse_amount(value)
    if amount is None or not Decimal("0") < amount < order.total:
        raise WorkflowError(
            _("The buyer's share must be more than 0 and less than %(total)s LYD.")
            % {"total": format_lyd(order.total)}
        )
    return amount


def _clear(order, actor, rules, note, params):
    money.clear(order)
    order.cleared_at = rules.now


EFFECTS = {
    "pay": _pay,
    "start": _start,
    "deliver": _deliver,
    "request_revision": _request_revision,
    "accept": _release,
    "auto_complete": _release,
    "cancel": _cancel,
    "mark_late": _mark_late,
    "dispute": _dispute,
    "resolve": _resolve,
    "clear": _clear,
}

# Who hears about each step (the person who took it is never told about their own step).
NOTIFICATIONS = {
    "pay": ((SELLER, "order.new"),),
    "start": ((BUYER, "order.started"),),
    "deliver": ((BUYER, "order.delivered"),),
    "request_revision": ((SELLER, "order.revision_requested"),),
    "accept": ((SELLER, "order.completed"),),
    "auto_complete": ((SELLER, "order.completed"), (BUYER, "order.auto_completed")),
    "cancel": ((BUYER, "order.cancelled"), (SELLER, "order.cancelled")),
    "mark_late": ((BUYER, "order.late"), (SELLER, "order.late")),
    "dispute": ((BUYER, "order.disputed"), (SELLER, "order.disputed")),
    "resolve": ((BUYER, "order.dispute_resolved"), (SELLER, "order.dispute_resolved")),
    "clear": ((SELLER, "order.earnings_cleared"),),
}


def set_instructions(order: Order, buyer, text: str) -> Order:
    """The buyer tells the seller what they need, until the seller delivers."""
    if order.buyer_id != buyer.pk:
        raise WorkflowError(_("Only the buyer writes the instructions."))
    if order.state not in (OrderState.NEW, OrderState.IN_PROGRESS):
        raise WorkflowError(_("The instructions can no longer be changed."))
    order.instructions = text.strip()[:5000]
    order.save(update_fields=["instructions"])
    return order
