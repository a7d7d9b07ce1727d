"""The admin's Plugins screen: list, switch on/off, edit settings (per site)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Site

from plugins.forms import PluginSettingsForm
from plugins.manager import installed_plugins
from plugins.models import PluginState
from plugins.services import UnknownPlugin, plugin_settings, save_plugin_settings, set_active

MANAGE_PERMISSION = "plugins.change_pluginstate"


def _require_permission(request):
    if not request.user.has_perm(MANAGE_PERMISSION):
        raise PermissionDenied


def _selected_site(request):
    site_id = request.GET.get("site") or request.POST.get("site")
    if site_id:
        if not str(site_id).isdigit():
            raise Http404
        return get_object_or_404(Site, pk=site_id)
    return Site.objects.filter(is_default_site=True).first() or get_object_or_404(Site, pk=1)


def plugin_list(request):
    _require_permission(request)
    site = _selected_site(request)
    states = {state.slug: state for state in PluginState.objects.filter(site=site)}
    rows = [
        {"plugin": plugin, "state": states.get(slug)}
        for slug, plugin in sorted(installed_plugins().items())
    ]
    return TemplateResponse(
        request,
        "plugins/admin/plugin_list.html",
        {"rows": rows, "site": site, "sites": Site.objects.all()},
    )


@require_POST
def plugin_toggle(request, slug):
    _require_permission(request)
    site = _selected_site(request)
    activate = request.POST.get("active") == "1"
    try:
        set_active(slug, site, activate)
    except UnknownPlugin as error:
        messages.error(request, str(error))
    else:
        name = installed_plugins()[slug].name
        if activate:
            messages.success(request, _("“%(name)s” is now active.") % {"name": name})
        else:
            messages.success(request, _("“%(name)s” is now inactive.") % {"name": name})
    return redirect(f"{reverse('plugins_list')}?site={site.pk}")


def plugin_settings_form(request, slug):
    _require_permission(request)
    plugin = installed_plugins().get(slug)
    if plugin is None:
        raise Http404
    site = _selected_site(request)
    form = PluginSettingsForm(
        plugin.settings_schema,
        plugin_settings(slug, site),
        data=request.POST if request.method == "POST" else None,
    )
    if request.method == "POST" and form.is_valid():
        save_plugin_settings(slug, site, form.cleaned_settings())
        messages.success(request, _("Settings of “%(name)s” saved.") % {"name": plugin.name})
        return redirect(request.get_full_path())
    return TemplateResponse(
        request,
        "plugins/admin/plugin_settings.html",
        {"plugin": plugin, "form": form, "site": site},
    )
