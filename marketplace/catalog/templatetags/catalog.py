import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from marketplace.catalog import text
from marketplace.ledger.money import format_lyd

register = template.Library()
_TOKEN = re.compile(r"([\w\u064b-\u0652\u0640]+)")


@register.simple_tag(takes_context=True)
def highlight(context, value):
    """``value`` escaped, with the words matching the search query (``groups`` in the
    context) in ``<mark>``."""
    groups = context.get("groups")
    if not groups:
        return escape(value)
    parts = _TOKEN.split(str(value))
    return mark_safe(
        "".join(
            f"<mark>{escape(part)}</mark>"
            if index % 2 and text.matches(part, groups)
            else escape(part)
            for index, part in enumerate(parts)
        )
    )


@register.filter
def lyd(amount):
    """A price in dinars (see ledger.money.format_lyd)."""
    return "" if amount is None else format_lyd(amount)


@register.filter
def lyd_abs(amount):
    """An amount's size in dinars, for lists that show the sign separately."""
    return "" if amount is None else format_lyd(abs(amount))
