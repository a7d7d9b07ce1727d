"""Service review through Wagtail's workflow: a new service and every edit of a live one go to
the review task ("مراجعة الخدمات") of the moderators' group. Approval publishes the latest revision;
"request changes" sends the reviewer's comment to the seller as the reason."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.dispatch import receiver
from wagtail.models import (
    GroupApprovalTask,
    Workflow,
    WorkflowContentType,
    WorkflowState,
    WorkflowTask,
)
from wagtail.signals import published, task_rejected, unpublished, workflow_cancelled
from wagtail.snippets.models import create_extra_permissions

from marketplace.accounts.staff import grant_moderators
from marketplace.catalog.models import ModerationStatus, Service

WORKFLOW_NAME = "مراجعة الخدمات"  # data shown to Arabic-speaking staff


def service_workflow() -> Workflow:
    """The workflow new and edited services go through."""
    link = (
        WorkflowContentType.objects.select_related("workflow")
        .filter(content_type=ContentType.objects.get_for_model(Service))
        .first()
    )
    return link.workflow if link else ensure_review_setup()


def ensure_review_setup(**kwargs) -> Workflow:
    """Create the moderators' group, its permissions and the review workflow if missing.
    Runs after every migrate, because permissions only exist then."""
    catalog = apps.get_app_config("catalog")
    create_extra_permissions(catalog)  # publish/lock, normally added after this app's turn
    group = grant_moderators(catalog, ["change_service", "publish_service", "view_service"])
    task, _created = GroupApprovalTask.objects.get_or_create(name=WORKFLOW_NAME)
    task.groups.add(group)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    link, _created = WorkflowContentType.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(Service), defaults={"workflow": workflow}
    )
    return link.workflow


def submit_for_review(service: Service, user) -> WorkflowState:
    """Put the service's latest revision in the review queue (or back in it after changes were
    requested). An edit made while already in review is reviewed as the latest revision."""
    state = service.current_workflow_state
    if state is None:
        state = service_workflow().start(service, user)
    elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
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
