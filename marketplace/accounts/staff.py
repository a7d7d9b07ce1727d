"""The staff group that moderates the marketplace.

Each app grants the group the permissions its moderation needs after every migrate (permissions
only exist once their app has migrated), so a fresh site has a working moderators' group.
"""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

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
    from wagtail.permission_policies import ModelPermissionPolicy
    from wagtail.permissions import register_permission_policy

    class RecordsPolicy(ModelPermissionPolicy):
        def user_has_permission(self, user, action):
            return action not in ("add", "delete") and super().user_has_permission(user, action)

    register_permission_policy(model, RecordsPolicy(model))
