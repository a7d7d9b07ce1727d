import logging

from celery import shared_task
from django.core.management import call_command

from pages.landing.generator import GenerationRunning, Generator

logger = logging.getLogger(__name__)


@shared_task
def publish_scheduled() -> None:
    """Publish what editors scheduled ("go live" dates) and unpublish what expired (beat,
    every five minutes): Wagtail's own `publish_scheduled` command."""
    call_command("publish_scheduled")


@shared_task
def generate_landing_pages() -> dict[str, int] | None:
    """The nightly generation (beat): every template's pages follow the day's data."""
    try:
        report = Generator().run()
    except GenerationRunning:
        logger.warning("Landing pages: another generation is running; this one is skipped.")
        return None
    logger.info("Landing pages generated: %s", report.as_dict())
    return report.as_dict()
