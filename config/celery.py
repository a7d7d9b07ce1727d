"""Celery application. Without REDIS_URL tasks run eagerly in-process (see settings)."""

import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("microlibya")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

app.conf.beat_schedule = {
    "send-message-digests": {
        "task": "marketplace.messaging.tasks.send_message_digests",
        "schedule": crontab(minute="*/5"),
    },
    "resend-unsent-notification-emails": {
        "task": "marketplace.notifications.tasks.resend_unsent_emails",
        "schedule": crontab(minute="*/10"),
    },
    "purge-old-read-notifications": {
        "task": "marketplace.notifications.tasks.purge_old_read_notifications",
        "schedule": crontab(hour=3, minute=30),
    },
}
