"""The staff group that moderates the marketplace, and what its admin screens share.

Each app grants the group the permissions its moderation needs after every migrate (permissions
only exist once their app has migrated), so a fresh site has a working moderators' group. The
staff queues (withdrawals, reviews, identities) share a permission policy, an inspect view and
the safe return to a filtered listing.
"""

from datetime import datetime

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import InspectView

MODERATORS_GROUP = "Moderators"


def grant_moderators(app_config, codenames: list[str]) -> Group:
    """Give the moderators' group the app's permissions named in ``codenames`` and the right
    to open the admin."""
    create_permissions(app_config, verbosity=0)
    group, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    own = Permission.objects.filter(
        content_type__app_label=app_config.label, codename__in=codenames
    )
    admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    group.permissions.add(*own, *admin)
    return group


def register_records_policy(model) -> None:
    """Staff read and act on ``model`` in the admin but never add or delete rows by hand:
    the marketplace's services create them (payments, disputes, reports)."""

    class RecordsPolicy(ModelPermissionPolicy):
        def user_has_permission(self, user, action):
            return action not in ("add", "delete") and super().user_has_permission(user, action)

    register_permission_policy(model, RecordsPolicy(model))


class StaffQueuePolicy(ModelPermissionPolicy):
    """Staff holding ``permission`` see the model's rows in the admin and act on them only
    through the screen's own buttons, which call the services: the generic add, edit and
    delete views stay closed to everyone."""

    def __init__(self, model, permission: str):
        super().__init__(model)
        self.permission = permission

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and user.has_perm(self.permission)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return self.auth_model._default_manager.none()
        app_label, codename = self.permission.split(".")
        permissions = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        )
        return self.auth_model._default_manager.filter(
            Q(is_superuser=True)
            | Q(user_permissions__in=permissions)
            | Q(groups__permissions__in=permissions),
            is_active=True,
        ).distinct()


def register_staff_queue_policy(model, permission: str) -> None:
    register_permission_policy(model, StaffQueuePolicy(model, permission))


class StaffInspectView(InspectView):
    """Wagtail's inspect page, with times in the site's time zone (its template formats the
    stored UTC value as it is) and a dash for empty values instead of "None"."""

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, datetime):
            return timezone.localtime(value)
        return "—" if value is None or value == "" else value


def next_url_or(request, fallback: str) -> str:
    """Where a posted listing button came from (``next``, sent by Wagtail's ``w-action``), so
    the listing keeps its filters and page; ``fallback`` when it is missing or off-site."""
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return fallback


def posting_attrs(url: str) -> dict:
    """Attributes that make an admin button POST to ``url`` (with the CSRF token and
    ``next``) through Wagtail's action controller, which ignores the link's own href."""
    return {
        "data-controller": "w-action",
        "data-action": "w-action#post",
        "data-w-action-url-value": url,
    }
