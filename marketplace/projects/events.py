"""Notifications about projects and proposals. The ones that need someone to act (changes
requested, an accepted proposal) always reach them; the rest may be switched off."""

from django.utils.translation import gettext_lazy as _

from marketplace.notifications.events import register_event

register_event(
    "project.approved",
    _("Your project “%(title)s” is approved and open for proposals"),
    label=_("A project of mine is approved"),
)
register_event(
    "project.rejected",
    _("Your project “%(title)s” needs changes"),
    label=_("A project of mine needs changes"),
    optional=False,
)
register_event(
    "project.expired",
    _("Your project “%(title)s” expired without a hire"),
    label=_("A project of mine expires"),
)
register_event(
    "proposal.received",
    _("New proposal from %(seller)s on “%(title)s”"),
    label=_("A seller sends a proposal on my project"),
)
register_event(
    "proposal.declined",
    _("Your proposal on “%(title)s” was declined"),
    label=_("A buyer declines my proposal"),
)
register_event(
    "proposal.accepted",
    _("Your proposal on “%(title)s” was accepted"),
    label=_("A buyer accepts my proposal"),
    optional=False,
)
register_event(
    "proposal.payment_lapsed",
    _("The buyer's payment for “%(title)s” did not arrive: your proposal is open again"),
    label=_("An accepted proposal of mine is not paid in time"),
)
register_event(
    "proposal.not_selected",
    _("The buyer of “%(title)s” chose another proposal"),
    label=_("A project I proposed on hires someone else"),
)
register_event(
    "proposal.project_ended",
    _("The project “%(title)s” ended without a hire"),
    label=_("A project I proposed on ends without a hire"),
)
