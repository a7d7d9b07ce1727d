"""Notifications the catalog sends to sellers."""

from django.utils.translation import gettext_lazy as _

from marketplace.notifications.events import register_event

register_event("service.approved", _("Your service “%(title)s” is approved and public"))
register_event("service.rejected", _("Your service “%(title)s” needs changes"))
register_event("service.suspended", _("Your service “%(title)s” was suspended"))
register_event("service.restored", _("Your service “%(title)s” is public again"))
