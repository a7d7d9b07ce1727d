from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from plugins.services import call_hook

register = template.Library()


@register.simple_tag(takes_context=True)
def plugin_slot(context, name):
    """Render what active plugins put in the slot ``name`` (see hookspecs.template_slot)."""
    parts = call_hook("template_slot", name=name, context=context.flatten())
    return mark_safe("".join(str(conditional_escape(part)) for part in parts))
