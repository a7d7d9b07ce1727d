"""The order workflow as one table: in which states an action is allowed, who may take it,
on what condition, and where it leads. ``perform`` in services.py applies it.

Roles: the order's buyer and seller, staff who resolve disputes, and the system (payments
and the timers). A timer can only do what the table lets the system do.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils.translation import gettext_lazy as _

from marketplace.orders.models import Order, OrderState

BUYER, SELLER, STAFF, SYSTEM = "buyer", "seller", "staff", "system"

S = OrderState


@dataclass(frozen=True)
class Rules:
    """The settings a condition may need, read once per transition."""

    now: datetime
    auto_complete_after: timedelta
    no_reply_after: timedelta
    clearance: timedelta
    buyer_waiting_since: datetime | None  # the seller has not answered the buyer since then


# A condition returns None when the action is allowed, or the reason it is not.
Condition = Callable[[Order, Rules], str | None]


def _past_deadline(order: Order, rules: Rules):
    if order.due_at and rules.now > order.due_at:
        return None
    return _("The delivery deadline has not passed yet.")


def _seller_silent(order: Order, rules: Rules):
    since = rules.buyer_waiting_since
    if since and rules.now - since >= rules.no_reply_after:
        return None
    return _("The seller has answered you recently.")


def _late_or_silent(order: Order, rules: Rules):
    if _past_deadline(order, rules) is None or _seller_silent(order, rules) is None:
        return None
    return _(
        "Once the seller has started, you can cancel only when the delivery deadline has passed "
        "or the seller has not answered your messages for a while. You can open a dispute instead."
    )


def _delivered_long_ago(order: Order, rules: Rules):
    if order.delivered_at and rules.now - order.delivered_at >= rules.auto_complete_after:
        return None
    return _("The buyer still has time to answer the delivery.")


def _due_and_not_marked(order: Order, rules: Rules):
    if order.is_late:
        return _("This order is already marked late.")
    return _past_deadline(order, rules)


def _clearance_over(order: Order, rules: Rules):
    if order.cleared_at is not None:
        return _("These earnings are already available.")
    if not order.seller_earnings:
        return _("This order earned the seller nothing.")
    if order.closed_at and rules.now - order.closed_at >= rules.clearance:
        return None
    return _("The clearance period is not over yet.")


@dataclass(frozen=True)
class Transition:
    action: str
    sources: tuple[str, ...]
    target: str | None  # None: the state does not change (or the outcome decides, for "resolve")
    who: dict[str, Condition | None]  # role → its condition (None: always allowed)
    label: object = ""  # the button's text, for the actions people take


TRANSITIONS: tuple[Transition, ...] = (
    Transition("pay", (S.AWAITING_PAYMENT,), S.NEW, {SYSTEM: None}),
    Transition("expire", (S.AWAITING_PAYMENT,), S.CANCELLED, {SYSTEM: None}),
    Transition("start", (S.NEW,), S.IN_PROGRESS, {SELLER: None}, _("Start working")),
    Transition(
        "deliver",
        (S.IN_PROGRESS, S.REVISION_REQUESTED),
        S.DELIVERED,
        {SELLER: None},
        _("Deliver the work"),
    ),
    Transition(
        "request_revision",
        (S.DELIVERED,),
        S.REVISION_REQUESTED,
        {BUYER: None},
        _("Ask for changes"),
    ),
    Transition("accept", (S.DELIVERED,), S.COMPLETED, {BUYER: None}, _("Accept the delivery")),
    Transition("auto_complete", (S.DELIVERED,), S.COMPLETED, {SYSTEM: _delivered_long_ago}),
    Transition(
        "cancel",
        (S.NEW,),
        S.CANCELLED,
        {BUYER: None, SELLER: None},
        _("Cancel the order"),
    ),
    Transition(
        "cancel",
        (S.IN_PROGRESS, S.REVISION_REQUESTED),
        S.CANCELLED,
        {BUYER: _late_or_silent, SELLER: None},
        _("Cancel the order"),
    ),
    Transition(
        "mark_late",
        (S.NEW, S.IN_PROGRESS, S.REVISION_REQUESTED),
        None,
        {SYSTEM: _due_and_not_marked},
    ),
    Transition(
        "dispute",
        (S.IN_PROGRESS, S.DELIVERED, S.REVISION_REQUESTED),
        S.DISPUTED,
        {BUYER: None, SELLER: None},
        _("Open a dispute"),
    ),
    Transition("resolve", (S.DISPUTED,), None, {STAFF: None}),
    Transition("clear", (S.COMPLETED,), None, {SYSTEM: _clearance_over}),
)

ACTIONS = frozenset(transition.action for transition in TRANSITIONS)
PEOPLE_ACTIONS = ("start", "deliver", "request_revision", "accept", "cancel", "dispute")


def find_transition(order: Order, action: str) -> Transition | None:
    for transition in TRANSITIONS:
        if transition.action == action and order.state in transition.sources:
            return transition
    return None


def refusal(order: Order, action: str, role: str | None, rules: Rules) -> str | None:
    """Why ``role`` may not take ``action`` on ``order`` now, or None when it may."""
    if action not in ACTIONS:
        return _("Unknown action.")
    transition = find_transition(order, action)
    if transition is None:
        return _("This cannot be done while the order is “%(state)s”.") % {
            "state": order.get_state_display()
        }
    if role not in transition.who:
        return _("You are not allowed to do this on this order.")
    condition = transition.who[role]
    return condition(order, rules) if condition else None
