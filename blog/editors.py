"""The editors' right to the blog's categories: Wagtail's "Editors" group (made by its first
migrations) writes pages, and posts need categories to file them under. Granted after every
migrate, when the permissions exist."""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

EDITORS_GROUP = "Editors"
CATEGORY_PERMISSIONS = ["add_blogcategory", "change_blogcategory", "view_blogcategory"]


def grant_editors(sender, **kwargs) -> None:
    create_permissions(sender, verbosity=0)
    group = Group.objects.filter(name=EDITORS_GROUP).first()
    if group is None:
        return
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label=sender.label, codename__in=CATEGORY_PERMISSIONS
        )
    )
