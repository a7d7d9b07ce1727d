"""notify(): the one call every capability uses to tell a user something."""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone

from marketplace.notifications.events import get_event
from marketplace.notifications.links import neutral_path
from marketplace.notifications.models import EmailStatus, Notification
from marketplace.notifications.preferences import channels_for

logger = logging.getLogger(__name__)


def notify(user, event: str, *, url: str = "", dedupe_key: str | None = None, **context):
    """Create an in-site notification for ``user`` and e-mail it in their language, through the
    channels the user chose for this kind (None when they want neither).

    ``url`` is a path on this site, in any language (it is stored without the language
    prefix). ``context`` must be JSON-serialisable; it fills the title
    and the e-mail templates. With ``dedupe_key``, a second call for the same key returns the
    first notification.
    """
    from plugins.services import call_hook

    kind = get_event(event)
    if url and (not url.startswith("/") or url.startswith("//")):
        raise ValueError(f"A notification links to a path on this site, not {url!r}")
    url = neutral_path(url)
    context.setdefault("name", user.public_name)
    channels = channels_for(user, event)
    if not (channels.in_site or channels.email):
        return None
    send_email = channels.email and not kind.digest
    if dedupe_key:
        existing = Notification.objects.filter(dedupe_key=dedupe_key).first()
        if existing:
            return existing
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                user=user,
                event=event,
                context=context,
                url=url,
                dedupe_key=dedupe_key,
                in_site=channels.in_site,
                email_status=EmailStatus.PENDING if send_email else EmailStatus.SKIPPED,
            )
    except IntegrityError:
        if not dedupe_key:
            raise
        return Notification.objects.get(dedupe_key=dedupe_key)
    if send_email:
        transaction.on_commit(lambda: _queue_email(notification.pk))
    transaction.on_commit(lambda: call_hook("notification_created", notification=notification))
    return notification


def _queue_email(notification_id: int) -> None:
    """Queue the e-mail; if the broker (or, in-process, the mail server) fails, the page the
    user is on still works: the row stays pending and the sweeper task sends it later."""
    from marketplace.notifications.tasks import send_notification_email

    try:
        send_notification_email.delay(notification_id)
    except Exception:
        logger.exception("Could not queue the e-mail of notification %s", notification_id)


def shown_to(user):
    """The notifications ``user`` sees in the site."""
    return Notification.objects.filter(user=user, in_site=True)


def unread_count(user) -> int:
    return shown_to(user).filter(read_at__isnull=True).count()


def mark_read(notification: Notification) -> None:
    if notification.read_at is None:
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(
            read_at=timezone.now()
        )


def mark_all_read(user) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def mark_read_for_link(user, event: str, url: str) -> int:
    """Mark read the notifications of one kind that lead to ``url``: opening the page they
    point to (a conversation, say) is reading them."""
    return Notification.objects.filter(
        user=user, event=event, url=neutral_path(url), read_at__isnull=True
    ).update(read_at=timezone.now())
