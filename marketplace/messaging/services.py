"""Conversations: start, send, read, block, report. Views, the API and other apps call these;
every check (who may write, blocks, the rate limit, attachments, contact details) lives here,
so the pages and the API apply the same rules."""

import math
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import (
    Avg,
    Count,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Subquery,
)
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from marketplace.messaging.contact import contact_kinds
from marketplace.messaging.models import (
    MESSAGE_MAX_LENGTH,
    Attachment,
    Block,
    Conversation,
    Message,
    MessageReport,
    ReportReason,
    ReportStatus,
    pair_key,
)
from marketplace.messaging.uploads import check_attachment
from marketplace.notifications.services import mark_read_for_link, notify
from marketplace.rules.models import MarketplaceSettings

RESPONSE_TIME_WINDOW = timedelta(days=90)
NO_RESPONSE_TIME = -1  # cached for users who never answered
STAFF_READ_PERMISSION = "messaging.view_conversation"


class ContactDetailsWarning(ValidationError):
    """The message shares contact details: the sender must confirm before it is sent."""

    def __init__(self, kinds: list[str]):
        super().__init__(
            _(
                "Your message seems to contain contact details (a phone number, an e-mail "
                "address or a link to another messaging app). Dealing outside MicroLibya loses "
                "the guarantee: if something goes wrong we cannot get your money back."
            ),
            code="contact_details",
        )
        self.kinds = kinds


# --- Reading -------------------------------------------------------------------------------


def can_read(conversation: Conversation, user) -> bool:
    """The two parties read a thread. Staff with the permission may look into a thread only
    once one of its messages was reported or flagged: private talk stays private."""
    if conversation.has_party(user):
        return True
    return user.has_perm(STAFF_READ_PERMISSION) and (
        MessageReport.objects.filter(message__conversation=conversation).exists()
    )


def conversations_of(user):
    return Conversation.objects.filter(Q(starter=user) | Q(recipient=user))


def inbox(user, *, unread_only: bool = False):
    """The user's conversations, newest activity first, each with its unread count and its
    last message's text."""
    last = Message.objects.filter(conversation=OuterRef("pk")).order_by("-created_at", "-pk")
    conversations = (
        conversations_of(user)
        .select_related("starter__profile", "recipient__profile", "subject_type")
        .prefetch_related("subject")
        .annotate(
            unread=Count(
                "messages", filter=Q(messages__recipient=user, messages__read_at__isnull=True)
            ),
            last_body=Subquery(last.values("body")[:1]),
            last_sender_id=Subquery(last.values("sender_id")[:1]),
        )
        .order_by("-last_message_at", "-pk")
    )
    if unread_only:
        conversations = conversations.filter(unread__gt=0)
    # Threads opened for an order have no message until someone writes.
    return conversations.filter(Exists(Message.objects.filter(conversation=OuterRef("pk"))))


def thread_messages(conversation: Conversation):
    return conversation.messages.select_related("sender__profile").prefetch_related("attachments")


def unread_message_count(user) -> int:
    return Message.objects.filter(recipient=user, read_at__isnull=True).count()


def mark_read(conversation: Conversation, user) -> int:
    """Mark what the other party sent ``user`` as read (their read receipts) and the
    notifications that point to this conversation."""
    if not conversation.has_party(user):
        return 0
    count = Message.objects.filter(
        conversation=conversation, recipient=user, read_at__isnull=True
    ).update(read_at=timezone.now())
    if count:
        mark_read_for_link(user, "message.received", conversation.get_absolute_url())
    return count


# --- Writing -------------------------------------------------------------------------------


def blocked_between(first, second) -> bool:
    return Block.objects.filter(
        Q(blocker=first, blocked=second) | Q(blocker=second, blocked=first)
    ).exists()


def find_conversation(first, second, subject=None) -> Conversation | None:
    conversations = Conversation.objects.filter(pair=pair_key(first, second))
    if subject is None:
        return conversations.filter(subject_type__isnull=True).first()
    return conversations.filter(
        subject_type=ContentType.objects.get_for_model(subject), subject_id=subject.pk
    ).first()


def start_conversation(
    sender, recipient, body: str = "", *, subject=None, files=(), confirm_contact=False
) -> Message:
    """Write to ``recipient``, about ``subject`` if given: in the pair's existing thread about
    it, or in a new one (new threads count against the hourly limit)."""
    if recipient == sender:
        raise ValidationError(_("You cannot write to yourself."), code="self")
    existing = find_conversation(sender, recipient, subject)
    if existing:
        return send_message(existing, sender, body, files=files, confirm_contact=confirm_contact)
    checked = _check_message(sender, recipient, body, files, confirm_contact)
    try:
        with files_removed_on_failure() as stored, transaction.atomic():
            _check_rate_limit(sender)
            conversation = Conversation.objects.create(
                starter=sender, recipient=recipient, subject=subject
            )
            return _post(conversation, sender, recipient, checked, stored)
    except IntegrityError:
        # Both sides opened the same thread at once: write into the one that won.
        conversation = find_conversation(sender, recipient, subject)
        if conversation is None:
            raise
        return send_message(
            conversation, sender, body, files=files, confirm_contact=confirm_contact
        )


def open_thread(first, second, subject) -> Conversation:
    """The pair's thread about ``subject``, created empty if there is none yet (an order's
    conversation exists from the start, before anyone writes, and is not rate limited)."""
    existing = find_conversation(first, second, subject)
    if existing:
        return existing
    try:
        with transaction.atomic():
            return Conversation.objects.create(starter=first, recipient=second, subject=subject)
    except IntegrityError:
        return find_conversation(first, second, subject)


def waiting_for_reply_since(conversation: Conversation, waiting_user):
    """When ``waiting_user`` first wrote after the other party's last message, or None when
    they are not waiting for an answer."""
    other = conversation.other_party(waiting_user)
    last_answer = conversation.messages.filter(sender=other).order_by("-created_at").first()
    waiting = conversation.messages.filter(sender=waiting_user)
    if last_answer:
        waiting = waiting.filter(created_at__gt=last_answer.created_at)
    first = waiting.order_by("created_at").first()
    return first.created_at if first else None


def send_message(
    conversation: Conversation, sender, body: str = "", *, files=(), confirm_contact=False
) -> Message:
    if not conversation.has_party(sender):
        raise PermissionDenied
    recipient = conversation.other_party(sender)
    checked = _check_message(sender, recipient, body, files, confirm_contact)
    with files_removed_on_failure() as stored, transaction.atomic():
        return _post(conversation, sender, recipient, checked, stored)


@contextmanager
def files_removed_on_failure():
    """Yield a list for the names of the files a message stores; if the transaction fails
    after they were written, delete them (a rollback does not touch the disk)."""
    stored: list = []
    try:
        yield stored
    except BaseException:
        for file in stored:
            file.storage.delete(file.name)
        raise


@dataclass(frozen=True)
class _CheckedMessage:
    body: str
    files: list  # (upload, CheckedUpload) pairs
    kinds: list[str]


def _check_message(sender, recipient, body, files, confirm_contact) -> _CheckedMessage:
    if not recipient.is_active:
        raise ValidationError(_("This account is closed."), code="inactive")
    if blocked_between(sender, recipient):
        raise ValidationError(_("Messages between you and this user are blocked."), code="blocked")
    body = (body or "").strip()
    files = list(files or [])
    if not body and not files:
        raise ValidationError(_("Write a message or attach a file."), code="empty")
    if len(body) > MESSAGE_MAX_LENGTH:
        raise ValidationError(
            _("A message may be at most %(limit)d characters; this one has %(count)d."),
            code="too_long",
            params={"limit": MESSAGE_MAX_LENGTH, "count": len(body)},
        )
    limit = settings.MESSAGE_ATTACHMENTS_PER_MESSAGE
    if len(files) > limit:
        raise ValidationError(
            _("Attach at most %(limit)d files to one message."),
            code="too_many_files",
            params={"limit": limit},
        )
    checked_files = [(upload, check_attachment(upload)) for upload in files]
    # A phone number in a file's name is as much a way around the platform as in the text.
    names = [_name_as_words(info.name) for _upload, info in checked_files]
    kinds = contact_kinds("\n".join([body, *names]))
    if kinds and not confirm_contact:
        raise ContactDetailsWarning(kinds)
    return _CheckedMessage(body, checked_files, kinds)


def _name_as_words(file_name: str) -> str:
    """``call_me_0912345678.pdf`` → ``call me 0912345678``: the detector reads words."""
    stem = file_name.rsplit(".", 1)[0]
    return stem.replace("_", " ").replace(".", " ")


def _check_rate_limit(sender) -> None:
    """At most N new conversations per hour. The sender's row is locked so that parallel
    requests count one after the other."""
    get_user_model().objects.select_for_update().filter(pk=sender.pk).first()
    limit = MarketplaceSettings.current().new_conversations_per_hour
    started = Conversation.objects.filter(
        starter=sender, created_at__gte=timezone.now() - timedelta(hours=1)
    ).count()
    if started >= limit:
        raise ValidationError(
            _(
                "You have started %(limit)d conversations in the last hour. Please wait a "
                "little before starting another one, or reply in an existing conversation."
            ),
            code="rate_limited",
            params={"limit": limit},
        )


def _post(conversation, sender, recipient, checked: _CheckedMessage, stored: list) -> Message:
    now = timezone.now()
    had_unread = Message.objects.filter(
        conversation=conversation, recipient=recipient, read_at__isnull=True
    ).exists()
    message = Message.objects.create(
        conversation=conversation,
        sender=sender,
        recipient=recipient,
        body=checked.body,
        created_at=now,
        contact_kinds=checked.kinds,
    )
    for upload, info in checked.files:
        attachment = Attachment(
            message=message, name=info.name, content_type=info.content_type, size=info.size
        )
        attachment.file.save(info.name, upload, save=False)
        stored.append(attachment.file)
        attachment.save()
    Conversation.objects.filter(pk=conversation.pk).update(last_message_at=now)
    conversation.last_message_at = now
    if sender == conversation.recipient:
        _record_first_reply(conversation, now)
    if checked.kinds:
        MessageReport.objects.create(message=message, reason=ReportReason.CONTACT_SHARED)
    if not had_unread:
        # One notification per unread streak: the bell says "new message", the inbox counts.
        notify(
            recipient,
            "message.received",
            url=conversation.get_absolute_url(),
            sender=sender.public_name,
            conversation=conversation.pk,
        )
    return message


def _record_first_reply(conversation, now) -> None:
    """Only the first reply counts, even when two arrive at once (a conditional update)."""
    if Conversation.objects.filter(pk=conversation.pk, first_reply_at__isnull=True).update(
        first_reply_at=now
    ):
        conversation.first_reply_at = now
        key = _response_hours_key(conversation.recipient_id)
        transaction.on_commit(lambda: cache.delete(key))


# --- Safety --------------------------------------------------------------------------------


def block_user(blocker, blocked) -> Block:
    if blocker == blocked:
        raise ValidationError(_("You cannot block yourself."), code="self")
    block, _created = Block.objects.get_or_create(blocker=blocker, blocked=blocked)
    return block


def unblock_user(blocker, blocked) -> None:
    Block.objects.filter(blocker=blocker, blocked=blocked).delete()


def report_message(message: Message, reporter, reason: str, note: str = "") -> MessageReport:
    """Only the message's recipient reports it, once: reporting again while the report is open
    updates it; a report staff resolved stays resolved."""
    if message.recipient_id != reporter.pk:
        raise PermissionDenied
    if reason not in ReportReason.values or reason == ReportReason.CONTACT_SHARED:
        raise ValidationError(_("Choose why you report this message."), code="reason")
    report, created = MessageReport.objects.get_or_create(
        message=message, reporter=reporter, defaults={"reason": reason, "note": note.strip()[:1000]}
    )
    if not created and report.status == ReportStatus.OPEN:
        report.reason, report.note = reason, note.strip()[:1000]
        report.save(update_fields=["reason", "note"])
    return report


def resolve_report(report: MessageReport, staff, note: str = "") -> MessageReport:
    report.status = ReportStatus.RESOLVED
    report.resolution_note = note.strip()[:1000]
    report.resolved_by = staff
    report.resolved_at = timezone.now()
    report.save(update_fields=["status", "resolution_note", "resolved_by", "resolved_at"])
    return report


# --- Response time -------------------------------------------------------------------------


def response_time(user) -> timedelta | None:
    """How long ``user`` takes on average to answer a conversation someone else started: from
    its first message to their first reply, over the answered ones of the last 90 days."""
    delay = ExpressionWrapper(F("first_reply_at") - F("created_at"), output_field=DurationField())
    average = Conversation.objects.filter(
        recipient=user,
        created_at__gte=timezone.now() - RESPONSE_TIME_WINDOW,
        first_reply_at__isnull=False,
    ).aggregate(average=Avg(delay))["average"]
    return None if average is None else timedelta(seconds=round(average.total_seconds()))


def response_hours(user) -> int | None:
    """The response time in whole hours, rounded up (0 means within the hour). Service pages
    and profiles show it, so it is cached for an hour, and forgotten at a first reply."""
    cached = cache.get(_response_hours_key(user.pk))
    if cached is not None:
        return None if cached == NO_RESPONSE_TIME else cached
    delay = response_time(user)
    if delay is None:
        hours = None
    else:
        hours = math.ceil(delay.total_seconds() / 3600) if delay >= timedelta(hours=1) else 0
    cache.set(_response_hours_key(user.pk), NO_RESPONSE_TIME if hours is None else hours, 3600)
    return hours


def _response_hours_key(user_id: int) -> str:
    return f"messaging:response-hours:{user_id}"
