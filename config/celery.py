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
    "auto-complete-delivered-orders": {
        "task": "marketplace.orders.tasks.auto_complete_delivered",
        "schedule": crontab(minute="*/15"),
    },
    "mark-late-orders": {
        "task": "marketplace.orders.tasks.mark_late_orders",
        "schedule": crontab(minute="*/15"),
    },
    "clear-seller-earnings": {
        "task": "marketplace.orders.tasks.clear_earnings",
        "schedule": crontab(minute=5),
    },
    "expire-unpaid-payments": {
        "task": "marketplace.orders.tasks.expire_unpaid_payments",
        "schedule": crontab(minute="*/10"),
    },
    "expire-open-projects": {
        "task": "marketplace.projects.tasks.expire_projects",
        "schedule": crontab(minute=20),
    },
    "publish-scheduled-pages": {
        "task": "pages.tasks.publish_scheduled",
        "schedule": crontab(minute="*/5"),
    },
    "generate-landing-pages": {
        "task": "pages.tasks.generate_landing_pages",
        "schedule": crontab(hour=2, minute=15),
    },
    "purge-old-read-notifications": {
        "task": "marketplace.notifications.tasks.purge_old_read_notifications",
        "schedule": crontab(hour=3, minute=30),
    },
}
