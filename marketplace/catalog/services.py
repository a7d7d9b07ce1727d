"""Catalog operations: views, the admin, the importer and tasks call these."""

from django.db import transaction
from django.urls import reverse
from wagtail.log_actions import log

from marketplace.catalog.models import ModerationStatus, Service
from marketplace.catalog.moderation import submit_for_review
from marketplace.catalog.search import index
from marketplace.notifications.services import notify
from plugins.services import call_hook


def my_services_url() -> str:
    return reverse("catalog:my_services")


@transaction.atomic
def save_and_submit(service: Service, user) -> Service:
    """Save the seller's version of ``service`` (built in memory with its extras, images and
    tags) and send it to review. A live service keeps its public version: the edit is only a
    revision until approved."""
    if service.pk and service.live:
        service.save_revision(user=user)
    else:
        service.live = False  # nothing is public before the first approval
        service.save()
        service.save_revision(user=user, log_action=True)
    submit_for_review(service, user)
    service.moderation_status = ModerationStatus.PENDING
    return service


@transaction.atomic
def publish_imported(service: Service, user=None) -> Service:
    """Save and publish at once (trusted imports): the row, a revision, the index."""
    service.save()
    revision = service.save_revision(user=user)
    revision.publish(user=user, skip_permission_checks=True)
    return service


def record_approval(service: Service) -> None:
    """After a revision is published: the status, the index, the seller and the hooks. The
    published object carries the row's review status (``Service.with_content_json``)."""
    was_pending = service.moderation_status == ModerationStatus.PENDING
    Service.objects.filter(pk=service.pk).update(
        moderation_status=ModerationStatus.APPROVED, rejection_reason=""
    )
    service.moderation_status = ModerationStatus.APPROVED
    transaction.on_commit(lambda: index.update_service(service))
    if was_pending:
        notify(
            service.seller,
            "service.approved",
            url=service.get_absolute_url(),
            title=service.title,
        )
    call_hook("service_approved", service=service)


def record_rejection(service: Service, reason: str) -> None:
    Service.objects.filter(pk=service.pk).update(
        moderation_status=ModerationStatus.REJECTED, rejection_reason=reason
    )
    notify(
        service.seller,
        "service.rejected",
        url=my_services_url(),
        title=service.title,
        reason=reason,
    )


def record_review_ended(service: Service) -> None:
    """Staff cancelled the review, or unpublished the service in the admin: the status follows
    what is live (the approved version, or nothing), and the index with it."""
    status = ModerationStatus.APPROVED if service.live else ModerationStatus.DRAFT
    Service.objects.filter(pk=service.pk).update(moderation_status=status, rejection_reason="")
    service.moderation_status = status
    transaction.on_commit(lambda: index.update_service(service))


def _set_flags(service: Service, user, action: str, reason: str = "", **flags) -> Service:
    with transaction.atomic():
        locked = Service.objects.select_for_update().get(pk=service.pk)
        for name, value in flags.items():
            setattr(locked, name, value)
        locked.save(update_fields=list(flags))
        log(instance=locked, action=action, user=user, data={"reason": reason} if reason else {})
        transaction.on_commit(lambda: index.update_service(locked))
    return locked


def pause(service: Service, user) -> Service:
    return _set_flags(service, user, "catalog.pause", is_paused=True)


def resume(service: Service, user) -> Service:
    return _set_flags(service, user, "catalog.resume", is_paused=False)


def suspend(service: Service, user, reason: str) -> Service:
    service = _set_flags(
        service, user, "catalog.suspend", reason, is_suspended=True, suspension_reason=reason
    )
    notify(
        service.seller,
        "service.suspended",
        url=my_services_url(),
        title=service.title,
        reason=reason,
    )
    return service


def restore(service: Service, user) -> Service:
    service = _set_flags(service, user, "catalog.restore", is_suspended=False, suspension_reason="")
    notify(service.seller, "service.restored", url=service.get_absolute_url(), title=service.title)
    return service
