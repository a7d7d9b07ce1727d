"""The moderators' review of what sellers and buyers publish (services, projects): a Wagtail
workflow per model with one approval task for the moderators' group. Each app names its
workflow and the permissions its reviewers need; this module builds and starts them."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    GroupApprovalTask,
    Workflow,
    WorkflowContentType,
    WorkflowState,
    WorkflowTask,
)
from wagtail.snippets.models import create_extra_permissions

from marketplace.accounts.staff import grant_moderators


def ensure_review_workflow(model, name: str, codenames: list[str]) -> Workflow:
    """Create ``model``'s workflow ``name`` and its task for the moderators' group, and give
    the group ``codenames``, if missing. Runs after every migrate: permissions only exist
    then (publish and lock ones are added here, as they would be after the app's turn)."""
    app_config = apps.get_app_config(model._meta.app_label)
    create_extra_permissions(app_config)
    group = grant_moderators(app_config, codenames)
    task, _created = GroupApprovalTask.objects.get_or_create(name=name)
    task.groups.add(group)
    workflow, _created = Workflow.objects.get_or_create(name=name)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    link, _created = WorkflowContentType.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(model), defaults={"workflow": workflow}
    )
    return link.workflow


def workflow_of(model) -> Workflow | None:
    link = (
        WorkflowContentType.objects.select_related("workflow")
        .filter(content_type=ContentType.objects.get_for_model(model))
        .first()
    )
    return link.workflow if link else None


def submit(instance, user, workflow: Workflow) -> WorkflowState:
    """Put ``instance``'s latest revision in ``workflow``'s queue, or back in it after changes
    were requested. An edit made while already in review is reviewed as the latest revision."""
    state = instance.current_workflow_state
    if state is None:
        state = workflow.start(instance, user)
    elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    return state
