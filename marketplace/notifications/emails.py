"""Render and send e-mails to users: always in the recipient's language, with a plain-text and
an HTML part, and an unsubscribe link for the kinds a user may switch off."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from marketplace.notifications.events import get_event
from marketplace.notifications.links import neutral_path, path_in_language
from marketplace.notifications.preferences import unsubscribe_token


def build_email(notification) -> EmailMultiAlternatives:
    kind = get_event(notification.event)
    with translation.override(_language(notification.user)):
        subject = " ".join(notification.title.split())
    return compose_email(
        notification.user,
        subject=subject,
        template_base=kind.template_base,
        context={**notification.context, "notification": notification},
        link=notification.url,
        event=notification.event,
    )


def compose_email(
    user, *, subject: str, template_base: str, context: dict, link: str = "", event: str = ""
) -> EmailMultiAlternatives:
    """Render ``template_base``.txt and .html for ``user``. With an optional ``event``, the
    e-mail carries an unsubscribe link (and the List-Unsubscribe headers mail clients show)."""
    with translation.override(_language(user)):
        unsubscribe_url = _unsubscribe_url(user, event)
        context = {
            **context,
            "user": user,
            "subject": subject,
            "site_url": settings.SITE_URL,
            "link": _absolute_link(link),
            "unsubscribe_url": unsubscribe_url,
            "LANGUAGE_BIDI": translation.get_language_bidi(),
            "LANGUAGE_CODE": translation.get_language(),
        }
        text = render_to_string(f"{template_base}.txt", context)
        text += render_to_string("notifications/email/footer.txt", context)
        html = render_to_string(f"{template_base}.html", context)
    headers = {}
    if unsubscribe_url:
        headers = {
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    message = EmailMultiAlternatives(
        subject, text, settings.DEFAULT_FROM_EMAIL, [user.email], headers=headers
    )
    message.attach_alternative(html, "text/html")
    return message


def _language(user) -> str:
    return user.language or settings.LANGUAGE_CODE


def _unsubscribe_url(user, event: str) -> str:
    if not event or not get_event(event).optional:
        return ""
    path = reverse("notifications:unsubscribe", kwargs={"token": unsubscribe_token(user, event)})
    return f"{settings.SITE_URL}{path}"


def _absolute_link(path: str) -> str:
    """A path on this site (notify() checks it) under the recipient's language prefix."""
    if not path:
        return ""
    path = path_in_language(neutral_path(path), translation.get_language())
    return f"{settings.SITE_URL}{path}"
