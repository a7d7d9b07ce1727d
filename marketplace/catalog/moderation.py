"""Service review through Wagtail's workflow: a new service and every edit of a live one go to
the review task ("مراجعة الخدمات") of the moderators' group. Approval publishes the latest revision;
"request changes" sends the reviewer's comment to the seller as the reason."""

from django.dispatch import receiver
from wagtail.models import Workflow, WorkflowState
from wagtail.signals import published, task_rejected, unpublished, workflow_cancelled

from marketplace.accounts.review_workflow import ensure_review_workflow, submit, workflow_of
from marketplace.catalog.models import ModerationStatus, Service

WORKFLOW_NAME = "مراجعة الخدمات"  # data shown to Arabic-speaking staff


def service_workflow() -> Workflow:
    """The workflow new and edited services go through."""
    return workflow_of(Service) or ensure_review_setup()


def ensure_review_setup(**kwargs) -> Workflow:
    """The moderators' group, its permissions and the review workflow (after every migrate)."""
    return ensure_review_workflow(
        Service, WORKFLOW_NAME, ["change_service", "publish_service", "view_service"]
    )


def submit_for_review(service: Service, user) -> WorkflowState:
    """Put the service's latest revision in the review queue (or back in it after changes were
    requested). An edit made while already in review is reviewed as the latest revision."""
    state = submit(service, user, service_workflow())
    Service.objects.filter(pk=service.pk).update(
        moderation_status=ModerationStatus.PENDING, rejection_reason=""
    )
    return state


@receiver(published, sender=Service)
def service_published(sender, instance, revision=None, **kwargs):
    from marketplace.catalog import services

    services.record_approval(instance)


@receiver(task_rejected)
def service_changes_requested(sender, instance, user=None, **kwargs):
    content_object = instance.workflow_state.content_object
    if isinstance(content_object, Service):
        from marketplace.catalog import services

        services.record_rejection(content_object, instance.get_comment())


@receiver(workflow_cancelled, sender=WorkflowState)
def service_review_cancelled(sender, instance, user=None, **kwargs):
    content_object = instance.content_object
    if isinstance(content_object, Service):
        from marketplace.catalog import services

        services.record_review_ended(Service.objects.get(pk=content_object.pk))


@receiver(unpublished, sender=Service)
def service_unpublished(sender, instance, **kwargs):
    from marketplace.catalog import services

    services.record_review_ended(instance)
