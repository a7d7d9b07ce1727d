"""Notifications about orders. Steps that need the other side to act always reach them."""

from django.utils.translation import gettext_lazy as _

from marketplace.notifications.events import register_event

register_event(
    "order.new",
    _("New order %(number)s: %(title)s"),
    label=_("Someone orders one of my services"),
    optional=False,
)
register_event(
    "order.started",
    _("The seller started your order %(number)s"),
    label=_("A seller starts working on my order"),
)
register_event(
    "order.delivered",
    _("Your order %(number)s was delivered: please review it"),
    label=_("A seller delivers my order"),
    optional=False,
)
register_event(
    "order.revision_requested",
    _("The buyer asked for changes to order %(number)s"),
    label=_("A buyer asks for changes"),
    optional=False,
)
register_event(
    "order.completed",
    _("Order %(number)s is completed"),
    label=_("An order of mine completes"),
)
register_event(
    "order.auto_completed",
    _("Order %(number)s completed by itself after the review period"),
    label=_("An order I did not answer completes by itself"),
)
register_event(
    "order.cancelled",
    _("Order %(number)s was cancelled"),
    label=_("An order is cancelled"),
    optional=False,
)
register_event(
    "order.late",
    _("Order %(number)s is past its delivery deadline"),
    label=_("An order is late"),
)
register_event(
    "order.disputed",
    _("A dispute was opened on order %(number)s"),
    label=_("A dispute is opened on my order"),
    optional=False,
)
register_event(
    "order.dispute_resolved",
    _("The dispute on order %(number)s was decided"),
    label=_("A dispute on my order is decided"),
    optional=False,
)
register_event(
    "order.earnings_cleared",
    _("Your earnings from order %(number)s can be withdrawn"),
    label=_("My earnings become available"),
)
register_event(
    "review.received",
    _("New review of order %(number)s: %(rating)s/5"),
    label=_("Someone reviews me"),
)
register_event(
    "review.replied",
    _("The seller replied to your review of order %(number)s"),
    label=_("A seller replies to my review"),
)
register_event(
    "review.hidden",
    _("Your review of order %(number)s was hidden by staff"),
    label=_("Staff hide one of my reviews"),
    optional=False,
)
