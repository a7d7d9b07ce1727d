from celery import shared_task
from django.utils.dateparse import parse_datetime

from marketplace.messaging import digest


@shared_task
def send_message_digests() -> int:
    """Beat task: queue one digest per user with messages left unread long enough."""
    cutoff = digest.digest_cutoff()
    recipients = digest.waiting_recipients(cutoff)
    for user_id in recipients:
        send_message_digest.delay(user_id, cutoff.isoformat())
    return len(recipients)


@shared_task(bind=True, max_retries=5, default_retry_delay=120)
def send_message_digest(self, user_id: int, cutoff: str) -> int:
    try:
        return digest.send_digest(user_id, parse_datetime(cutoff))
    except Exception as error:
        raise self.retry(exc=error) from error
