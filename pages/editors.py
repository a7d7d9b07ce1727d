"""Rights of Wagtail's "Editors" group (made by its first migrations) beyond pages: the blog's
categories, the landing page templates. Granted after every migrate, when the permissions
exist."""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

EDITORS_GROUP = "Editors"


def grant_to_editors(*codenames: str):
    """A `post_migrate` receiver giving the editors these permissions of the sending app
    (connect it with ``weak=False``)."""

    def grant(sender, **kwargs) -> None:
        create_permissions(sender, verbosity=0)
        group = Group.objects.filter(name=EDITORS_GROUP).first()
        if group is None:
            return
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label=sender.label, codename__in=codenames)
        )

    return grant
