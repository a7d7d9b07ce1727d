"""Notifications about withdrawals, sent to the seller."""

from django.utils.translation import gettext_lazy as _

from marketplace.notifications.events import register_event

register_event(
    "withdrawal.paid",
    _("Withdrawal %(number)s of %(amount)s LYD was paid"),
    label=_("A withdrawal of mine is paid"),
    optional=False,
)
register_event(
    "withdrawal.rejected",
    _("Withdrawal %(number)s was rejected; %(amount)s LYD are back in your balance"),
    label=_("A withdrawal of mine is rejected"),
    optional=False,
)
