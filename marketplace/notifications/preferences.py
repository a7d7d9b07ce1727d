"""Which channels a user wants for each kind of notification, and the e-mail unsubscribe token."""

from dataclasses import dataclass

from django.core import signing

from marketplace.notifications.events import EVENTS, EventKind, get_event
from marketplace.notifications.models import NotificationPreference

UNSUBSCRIBE_SALT = "notifications.unsubscribe"


@dataclass(frozen=True)
class Channels:
    in_site: bool
    email: bool


def default_channels(kind: EventKind) -> Channels:
    return Channels(in_site=True, email=kind.send_email)


def channels_for(user, event: str) -> Channels:
    kind = get_event(event)
    if not kind.optional:
        return default_channels(kind)
    choice = NotificationPreference.objects.filter(user=user, event=event).first()
    if choice is None:
        return default_channels(kind)
    return Channels(in_site=choice.in_site, email=choice.email and kind.send_email)


def all_channels(user) -> dict[str, Channels]:
    """Every kind's channels for ``user``, for the preferences page (one query)."""
    chosen = {
        choice.event: Channels(choice.in_site, choice.email)
        for choice in NotificationPreference.objects.filter(user=user)
    }
    return {
        slug: chosen.get(slug, default_channels(kind)) if kind.optional else default_channels(kind)
        for slug, kind in EVENTS.items()
    }


def set_channels(user, event: str, *, in_site: bool, email: bool) -> None:
    if not get_event(event).optional:
        raise ValueError(f"{event} cannot be switched off")
    NotificationPreference.objects.update_or_create(
        user=user, event=event, defaults={"in_site": in_site, "email": email}
    )


def unsubscribe_token(user, event: str) -> str:
    return signing.dumps([user.pk, event], salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> tuple[int, str] | None:
    """The (user id, event) a genuine token names, or None. Links never expire: an old
    e-mail's unsubscribe link must still work."""
    try:
        user_id, event = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    kind = EVENTS.get(event)
    if kind is None or not kind.optional:
        return None
    return user_id, event
