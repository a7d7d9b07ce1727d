"""Notifications about messages: one in the bell per unread streak of a conversation; by
e-mail only in the periodic digest of unread messages."""

from django.utils.translation import gettext_lazy as _

from marketplace.notifications.events import register_event

register_event(
    "message.received",
    _("New message from %(sender)s"),
    label=_("Someone sends me a message (e-mailed in a digest)"),
    digest=True,
)
