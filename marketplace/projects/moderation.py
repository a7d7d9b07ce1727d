"""Project review through Wagtail's workflow, in the same queue as services: a new project
goes to the moderators' review task; approval publishes it (it opens for proposals), "request
changes" sends the reviewer's comment to the buyer as the reason."""

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
from marketplace.projects.models import Project, ProjectState

WORKFLOW_NAME = "مراجعة المشاريع"  # data shown to Arabic-speaking staff


def project_workflow() -> Workflow:
    link = (
        WorkflowContentType.objects.select_related("workflow")
        .filter(content_type=ContentType.objects.get_for_model(Project))
        .first()
    )
    return link.workflow if link else ensure_review_setup()


def ensure_review_setup(**kwargs) -> Workflow:
    """Create the review task and workflow for projects and give the moderators' group what
    it needs. Runs after every migrate, because permissions only exist then."""
    projects = apps.get_app_config("projects")
    create_extra_permissions(projects)
    group = grant_moderators(projects, ["change_project", "publish_project", "view_project"])
    task, _created = GroupApprovalTask.objects.get_or_create(name=WORKFLOW_NAME)
    task.groups.add(group)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    link, _created = WorkflowContentType.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(Project), defaults={"workflow": workflow}
    )
    return link.workflow


def submit_for_review(project: Project, user) -> WorkflowState:
    """Put the project's latest revision in the review queue (or back in it after changes
    were requested)."""
    state = project.current_workflow_state
    if state is None:
        state = project_workflow().start(project, user)
    elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    return state


@receiver(published, sender=Project)
def project_published(sender, instance, revision=None, **kwargs):
    from marketplace.projects import services

    services.record_approval(instance)


@receiver(task_rejected)
def project_changes_requested(sender, instance, user=None, **kwargs):
    content_object = instance.workflow_state.content_object
    if isinstance(content_object, Project):
        from marketplace.projects import services

        services.record_rejection(content_object, instance.get_comment())


@receiver(workflow_cancelled, sender=WorkflowState)
def project_review_cancelled(sender, instance, user=None, **kwargs):
    """Staff cancelled the review in the admin: the project waits for the buyer to send it
    again, as after a request for changes."""
    content_object = instance.content_object
    if isinstance(content_object, Project) and content_object.state == ProjectState.PENDING:
        Project.objects.filter(pk=content_object.pk).update(state=ProjectState.REJECTED)


@receiver(unpublished, sender=Project)
def project_unpublished(sender, instance, user=None, **kwargs):
    """Staff took an open project down in the admin: it closes, and the sellers still in the
    running hear that it ended."""
    from marketplace.projects import services

    services.take_down(instance)
