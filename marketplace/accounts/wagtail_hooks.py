"""Identity verification in the admin: find a user, grant or withdraw the verified-identity
badge (one posted button per row)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from marketplace.accounts import admin_views
from marketplace.accounts.models import Profile
from marketplace.accounts.staff import (
    StaffInspectView,
    posting_attrs,
    register_staff_queue_policy,
)

register_staff_queue_policy(Profile, admin_views.VERIFY)


class IdentityViewSet(SnippetViewSet):
    model = Profile
    icon = "user"
    menu_label = _("Identity verification")
    menu_name = "identity"
    menu_order = 330
    add_to_admin_menu = True
    # Profiles are saved on every rating change: keep them out of Wagtail's reference index.
    add_to_reference_index = False
    index_view_class = admin_views.IdentityIndexView
    list_display = [
        "user",
        "display_name",
        Column("email", label=_("E-mail"), accessor="user.email"),
        DateColumn(
            "joined", label=_("Joined"), accessor="user.date_joined", sort_key="user__date_joined"
        ),
        BooleanColumn("identity_verified", label=_("Verified identity")),
        DateColumn("identity_verified_at", label=_("Verified on"), sort_key="identity_verified_at"),
    ]
    list_filter = ["identity_verified"]
    search_fields = [
        "user__username",
        "user__email",
        "user__first_name",
        "user__last_name",
        "display_name",
    ]
    ordering = ["user__username"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = StaffInspectView
    inspect_view_fields = [
        "user",
        "display_name",
        "city",
        "bio",
        "identity_verified",
        "identity_verified_at",
    ]

    def get_queryset(self, request):
        return Profile.objects.select_related("user")


register_snippet(IdentityViewSet)


@hooks.register("register_admin_urls")
def accounts_admin_urls():
    return [
        path(
            "identity/<int:pk>/verify/",
            admin_views.set_identity,
            {"verified": True},
            name="accounts_verify_identity",
        ),
        path(
            "identity/<int:pk>/unverify/",
            admin_views.set_identity,
            {"verified": False},
            name="accounts_unverify_identity",
        ),
    ]


@hooks.register("register_snippet_listing_buttons")
def identity_button(snippet, user, next_url=None):
    """One button that shows (and posts) the other state: grant or withdraw the badge."""
    if not isinstance(snippet, Profile) or not user.has_perm(admin_views.VERIFY):
        return []
    if snippet.identity_verified:
        label, url_name, icon = _("Withdraw the badge"), "accounts_unverify_identity", "cross"
    else:
        label, url_name, icon = _("Verify identity"), "accounts_verify_identity", "tick"
    url = reverse(url_name, args=[snippet.pk])
    return [
        Button(
            label,
            url=url,
            icon_name=icon,
            attrs=posting_attrs(url),
            priority=45,
        )
    ]


@hooks.register("register_log_actions")
def accounts_log_actions(actions):
    actions.register_action(
        "accounts.verify_identity", _("Verify identity"), _("Identity verified by staff")
    )
    actions.register_action(
        "accounts.unverify_identity", _("Withdraw the badge"), _("Verified identity withdrawn")
    )
