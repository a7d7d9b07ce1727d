from django import template

from marketplace.accounts.badges import badges_for

register = template.Library()


@register.filter
def badges(profile):
    """The badges of ``profile`` (a seller's), for ``accounts/badges.html``."""
    return badges_for(profile)
