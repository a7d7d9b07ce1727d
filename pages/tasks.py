from celery import shared_task
from django.core.management import call_command


@shared_task
def publish_scheduled() -> None:
    """Publish what editors scheduled ("go live" dates) and unpublish what expired (beat,
    every five minutes): Wagtail's own `publish_scheduled` command."""
    call_command("publish_scheduled")
