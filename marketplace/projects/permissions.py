"""What staff may do to a project in the admin.

Moderators review a project while it waits (pending, or changes requested). Once it is open,
its row belongs to the marketplace's steps (proposals, acceptance, expiry): an admin edit
published over it could write back an older state (an open project already in progress), so
the admin no longer edits it. Taking it down (unpublish) stays possible; nobody adds or deletes
projects by hand."""

from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from marketplace.projects.models import EDITABLE_STATES, Project


class ProjectPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action not in ("add", "delete") and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "change" and instance.state not in EDITABLE_STATES:
            return False
        return super().user_has_permission_for_instance(user, action, instance)


def register() -> None:
    register_permission_policy(Project, ProjectPermissionPolicy(Project))
