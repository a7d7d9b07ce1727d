"""The e-mail digest of unread messages: one e-mail for all the messages a user has left
unread for a while, instead of one e-mail per message; nothing when they read them in time.

Each message goes into at most one digest: a user's digest is claimed (``digested_at``) under a
lock on the user's row before it is sent, and released again if the mail server fails.
"""

from collections import OrderedDict
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext

from marketplace.messaging.models import Block, Message
from marketplace.notifications.emails import compose_email
from marketplace.notifications.preferences import channels_for

EXCERPT_LENGTH = 160


def digest_cutoff(now: datetime | None = None) -> datetime:
    """Messages older than this and still unread go into a digest."""
    return (now or timezone.now()) - timedelta(minutes=settings.MESSAGE_DIGEST_AFTER_MINUTES)


def waiting_recipients(cutoff: datetime) -> list[int]:
    return list(
        _waiting(Message.objects.all(), cutoff)
        .order_by()
        .values_list("recipient_id", flat=True)
        .distinct()
    )


def send_digest(user_id: int, cutoff: datetime) -> int:
    """E-mail ``user_id`` the digest of their waiting messages; the number of messages in it
    (0 when there is nothing to send or they switched these e-mails off)."""
    user = get_user_model().objects.select_related("profile").get(pk=user_id)
    with transaction.atomic():
        get_user_model().objects.select_for_update().filter(pk=user_id).first()
        ids = list(
            _waiting(Message.objects.filter(recipient_id=user_id), cutoff).values_list(
                "pk", flat=True
            )
        )
        claimed = Message.objects.filter(pk__in=ids, digested_at__isnull=True).update(
            digested_at=timezone.now()
        )
    if not claimed or not user.is_active or not channels_for(user, "message.received").email:
        return 0
    messages = list(
        Message.objects.filter(pk__in=ids, read_at__isnull=True)
        .select_related("sender__profile", "conversation")
        .prefetch_related("attachments")
        .order_by("created_at", "pk")
    )
    if not messages:  # all read between the claim and now
        return 0
    try:
        _build(user, messages).send()
    except Exception:
        Message.objects.filter(pk__in=ids).update(digested_at=None)
        raise
    return len(messages)


def _waiting(messages, cutoff):
    """Unread, not in a digest yet, old enough, and not from someone the recipient blocked."""
    blocked = Block.objects.filter(blocker=OuterRef("recipient"), blocked=OuterRef("sender"))
    return messages.filter(
        read_at__isnull=True, digested_at__isnull=True, created_at__lte=cutoff
    ).exclude(Exists(blocked))


def _build(user, messages):
    count = len(messages)
    with translation.override(user.language or settings.LANGUAGE_CODE):
        threads = OrderedDict()
        for message in messages:
            thread = threads.setdefault(
                message.conversation_id,
                {
                    "sender": message.sender.public_name,
                    "count": 0,
                    # Under the recipient's language prefix, like every link of the e-mail.
                    "url": f"{settings.SITE_URL}{message.conversation.get_absolute_url()}",
                },
            )
            thread["count"] += 1
            thread["excerpt"] = _excerpt(message)
        subject = ngettext(
            "You have %(count)d unread message on MicroLibya",
            "You have %(count)d unread messages on MicroLibya",
            count,
        ) % {"count": count}
        inbox = reverse("messaging:inbox")
    return compose_email(
        user,
        subject=subject,
        template_base="messaging/email/digest",
        context={"threads": list(threads.values()), "count": count, "name": user.public_name},
        link=inbox,
        event="message.received",
    )


def _excerpt(message) -> str:
    text = " ".join(message.body.split())
    if len(text) > EXCERPT_LENGTH:
        text = text[: EXCERPT_LENGTH - 1].rstrip() + "…"
    if not text and message.attachments.all():
        text = "📎 " + ", ".join(attachment.name for attachment in message.attachments.all())
    return text
