from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from plugins import views


@hooks.register("register_admin_urls")
def register_plugin_admin_urls():
    return [
        path("plugins/", views.plugin_list, name="plugins_list"),
        path("plugins/<slug:slug>/toggle/", views.plugin_toggle, name="plugins_toggle"),
        path("plugins/<slug:slug>/settings/", views.plugin_settings_form, name="plugins_settings"),
    ]


class PluginsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.MANAGE_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_plugins_menu_item():
    return PluginsMenuItem(_("Plugins"), reverse("plugins_list"), icon_name="cogs", order=9000)
