from celery import shared_task

from marketplace.projects import services


@shared_task
def expire_projects() -> int:
    """Open projects past their time without a hire expire (beat, hourly)."""
    return services.expire_projects()
