"""Notifications about payments, sent to the buyer."""

from django.utils.translation import gettext_lazy as _

from marketplace.notifications.events import register_event

register_event(
    "payment.succeeded",
    _("Payment %(number)s of %(amount)s LYD received"),
    label=_("A payment of mine is received"),
)
register_event(
    "payment.ended_unpaid",
    _("Payment %(number)s: %(status)s"),
    label=_("A payment of mine failed or expired"),
    optional=False,
)
