"""Project review through Wagtail's workflow, in the same queue as services: a new project
goes to the moderators' review task; approval publishes it (it opens for proposals), "request
changes" sends the reviewer's comment to the buyer as the reason."""

from django.dispatch import receiver
from wagtail.models import Workflow, WorkflowState
from wagtail.signals import published, task_rejected, unpublished, workflow_cancelled

from marketplace.accounts.review_workflow import ensure_review_workflow, submit, workflow_of
from marketplace.projects.models import Project, ProjectState

WORKFLOW_NAME = "مراجعة المشاريع"  # data shown to Arabic-speaking staff


def project_workflow() -> Workflow:
    """The workflow new and edited projects go through."""
    return workflow_of(Project) or ensure_review_setup()


def ensure_review_setup(**kwargs) -> Workflow:
    """The moderators' group, its permissions and the review workflow (after every migrate)."""
    return ensure_review_workflow(
        Project, WORKFLOW_NAME, ["change_project", "publish_project", "view_project"]
    )


def submit_for_review(project: Project, user) -> WorkflowState:
    """Put the project's latest revision in the review queue (or back in it after changes
    were requested)."""
    return submit(project, user, project_workflow())


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
