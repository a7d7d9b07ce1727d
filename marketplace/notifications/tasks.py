"""E-mail delivery of notifications.

Each e-mail is claimed (pending → sending) before it is sent, so a retried, duplicated or
redelivered task does not send it again. Delivery is at least once, not exactly once: a worker
killed between the mail server's acceptance and the "sent" mark, or a claim older than
STALE_CLAIM taken back by the sweeper, can send one e-mail twice.
"""

import logging
from datetime import timedelta

from celery import shared_task
from django.db.models import F
from django.utils import timezone

from marketplace.notifications.emails import build_email
from marketplace.notifications.models import EmailStatus, Notification

logger = logging.getLogger(__name__)

STALE_CLAIM = timedelta(hours=1)
RESEND_AFTER = timedelta(minutes=10)
KEEP_READ = timedelta(days=180)


MAX_ATTEMPTS = 6


@shared_task(bind=True, max_retries=MAX_ATTEMPTS - 1, default_retry_delay=60)
def send_notification_email(self, notification_id: int) -> str:
    claimed = Notification.objects.filter(
        pk=notification_id, email_status=EmailStatus.PENDING
    ).update(
        email_status=EmailStatus.SENDING,
        email_claimed_at=timezone.now(),
        email_attempts=F("email_attempts") + 1,
    )
    if not claimed:
        return "already handled"
    notification = Notification.objects.select_related("user", "user__profile").get(
        pk=notification_id
    )
    try:
        build_email(notification).send()
    except Exception as error:
        gave_up = notification.email_attempts >= MAX_ATTEMPTS
        Notification.objects.filter(pk=notification_id).update(
            email_status=EmailStatus.FAILED if gave_up else EmailStatus.PENDING,
            email_claimed_at=None,
        )
        if gave_up:
            logger.error("Gave up e-mailing notification %s: %s", notification_id, error)
            return "failed"
        raise self.retry(exc=error) from error
    Notification.objects.filter(pk=notification_id).update(
        email_status=EmailStatus.SENT, email_sent_at=timezone.now()
    )
    return "sent"


@shared_task
def resend_unsent_emails() -> int:
    """Queue again e-mails whose task was lost (broker down, worker killed mid-send)."""
    now = timezone.now()
    Notification.objects.filter(
        email_status=EmailStatus.SENDING, email_claimed_at__lt=now - STALE_CLAIM
    ).update(email_status=EmailStatus.PENDING, email_claimed_at=None)
    stuck = list(
        Notification.objects.filter(
            email_status=EmailStatus.PENDING, created_at__lt=now - RESEND_AFTER
        ).values_list("pk", flat=True)[:500]
    )
    for pk in stuck:
        send_notification_email.delay(pk)
    return len(stuck)


@shared_task
def purge_old_read_notifications() -> int:
    deleted, _ = Notification.objects.filter(read_at__lt=timezone.now() - KEEP_READ).delete()
    return deleted
