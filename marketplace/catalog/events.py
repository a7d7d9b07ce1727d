"""Notifications the catalog sends to sellers. Decisions that need the seller to act (changes
requested, a suspension) always reach them; good news may be switched off."""

from django.utils.translation import gettext_lazy as _

from marketplace.notifications.events import register_event

register_event(
    "service.approved",
    _("Your service “%(title)s” is approved and public"),
    label=_("A service of mine is approved"),
)
register_event(
    "service.rejected",
    _("Your service “%(title)s” needs changes"),
    label=_("A service of mine needs changes"),
    optional=False,
)
register_event(
    "service.suspended",
    _("Your service “%(title)s” was suspended"),
    label=_("A service of mine is suspended"),
    optional=False,
)
register_event(
    "service.restored",
    _("Your service “%(title)s” is public again"),
    label=_("A suspended service of mine is public again"),
)
