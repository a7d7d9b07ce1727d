import logging

from celery import shared_task

from landing.generator import GenerationRunning, Generator

logger = logging.getLogger(__name__)


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
