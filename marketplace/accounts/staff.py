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
