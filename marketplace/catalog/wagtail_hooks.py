from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from marketplace.accounts.staff import posting_attrs
from marketplace.catalog import admin_views
from marketplace.catalog.models import Category, Service


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    list_display = ["name_ar", "name_en", "parent", "slug", "price_cap", "position"]
    list_filter = ["parent"]
    search_fields = ["name_ar", "name_en", "slug"]
    ordering = ["parent__position", "parent_id", "position"]
    panels = [
        FieldPanel("parent"),
        MultiFieldPanel(
            [FieldPanel("name_ar"), FieldPanel("name_en"), FieldPanel("slug")], heading=_("Name")
        ),
        MultiFieldPanel(
            [FieldPanel("description_ar"), FieldPanel("description_en")],
            heading=_("Description"),
        ),
        FieldPanel("icon"),
        FieldPanel("price_cap"),
        FieldPanel("position"),
    ]


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "tag"
    menu_label = _("Services")
    list_display = [
        "title",
        "seller",
        "category",
        "moderation_status",
        BooleanColumn("live", label=_("Public version")),
        BooleanColumn("is_paused", label=_("Paused")),
        BooleanColumn("is_suspended", label=_("Suspended")),
    ]
    list_filter = ["moderation_status", "live", "is_paused", "is_suspended", "category__parent"]
    search_fields = ["title", "seller__username", "seller__email"]
    ordering = ["-created_at"]
    copy_view_enabled = False
    panels = [
        FieldPanel("seller"),
        FieldPanel("title"),
        FieldPanel("category"),
        FieldPanel("description"),
        FieldPanel("requirements"),
        FieldPanel("price"),
        FieldPanel("delivery_days"),
        FieldPanel("tags"),
        InlinePanel("extras", label=_("Extras"), max_num=5),
        InlinePanel("images", label=_("Images"), min_num=1, max_num=5),
        MultiFieldPanel(
            [
                FieldPanel("moderation_status", read_only=True),
                FieldPanel("rejection_reason", read_only=True),
                FieldPanel("is_paused", read_only=True),
                FieldPanel("is_suspended", read_only=True),
                FieldPanel("suspension_reason", read_only=True),
            ],
            heading=_("State"),
        ),
    ]


class CatalogGroup(SnippetViewSetGroup):
    items = (CategoryViewSet, ServiceViewSet)
    menu_icon = "tag"
    menu_label = _("Catalog")
    menu_name = "catalog"


register_snippet(CatalogGroup)


@hooks.register("register_admin_urls")
def catalog_admin_urls():
    return [
        path("catalog/services/<int:pk>/suspend/", admin_views.suspend, name="catalog_suspend"),
        path("catalog/services/<int:pk>/restore/", admin_views.restore, name="catalog_restore"),
    ]


@hooks.register("register_snippet_listing_buttons")
def suspend_or_restore_button(snippet, user, next_url=None):
    if not isinstance(snippet, Service) or not user.has_perm(admin_views.MODERATE):
        return []
    if snippet.is_suspended:
        restore_url = reverse("catalog_restore", args=[snippet.pk])
        return [
            Button(
                _("Restore"),
                url=restore_url,
                icon_name="undo",
                attrs=posting_attrs(restore_url),
                priority=60,
            )
        ]
    return [
        Button(
            _("Suspend"),
            url=reverse("catalog_suspend", args=[snippet.pk]),
            icon_name="warning",
            priority=60,
        )
    ]


@hooks.register("register_log_actions")
def catalog_log_actions(actions):
    def with_reason(label):
        def message(log_entry):
            reason = log_entry.data.get("reason")
            return f"{label}: {reason}" if reason else str(label)

        return message

    actions.register_action("catalog.pause", _("Pause"), _("Paused by the seller"))
    actions.register_action("catalog.resume", _("Resume"), _("Resumed by the seller"))
    actions.register_action("catalog.suspend", _("Suspend"), with_reason(_("Suspended")))
    actions.register_action("catalog.restore", _("Restore"), _("Restored by staff"))
