"""Render and send the e-mail of a notification, in the recipient's language."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from marketplace.notifications.events import get_event


def build_email(notification) -> EmailMultiAlternatives:
    user = notification.user
    kind = get_event(notification.event)
    with translation.override(user.language or settings.LANGUAGE_CODE):
        context = {
            **notification.context,
            "notification": notification,
            "user": user,
            "site_url": settings.SITE_URL,
            "link": _absolute_link(notification.url),
            "LANGUAGE_BIDI": translation.get_language_bidi(),
            "LANGUAGE_CODE": translation.get_language(),
        }
        subject = " ".join(notification.title.split())
        text = render_to_string(f"{kind.template_base}.txt", context)
        html = render_to_string(f"{kind.template_base}.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [user.email])
    message.attach_alternative(html, "text/html")
    return message


def _absolute_link(path: str) -> str:
    """The notification's path (checked by notify()) under the recipient's language prefix."""
    if not path:
        return ""
    language = translation.get_language()
    if language != settings.LANGUAGE_CODE and not path.startswith(f"/{language}/"):
        path = f"/{language}{path}"
    return f"{settings.SITE_URL}{path}"
