"""The e-mail task through a real Celery worker and the Redis broker."""

import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail

from config.celery import app as celery_app
from marketplace.notifications.models import Notification
from marketplace.notifications.services import notify


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_real_worker_sends_the_email_once(require_services, user):
    celery_app.conf.task_always_eager = False
    with start_worker(celery_app, perform_ping_check=False, pool="solo"):
        notification = notify(user, "account.welcome")
        for _ in range(100):
            notification.refresh_from_db()
            if notification.email_status == "sent":
                break
            time.sleep(0.1)
        # The same task queued again (a broker redelivery) changes nothing.
        celery_app.send_task(
            "marketplace.notifications.tasks.send_notification_email", args=[notification.pk]
        ).get(timeout=10)
    assert Notification.objects.get(pk=notification.pk).email_status == "sent"
    assert len(mail.outbox) == 1
