"""Activation, settings and isolated calling of plugin hooks.

Every call into plugin code goes through ``call_hook``/``first_result``: only active plugins
are called, and an exception is logged and recorded on the plugin instead of propagating.
"""

import logging
from datetime import timedelta

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from plugins.context import current_site, request_memo
from plugins.manager import CORE, hook_implementations, installed_plugins
from plugins.models import PluginState

logger = logging.getLogger(__name__)


class UnknownPlugin(LookupError):
    pass


def _cache_key(site_id) -> str:
    return f"plugins:active:{site_id}"


def active_slugs(site=None) -> frozenset[str]:
    site = site or current_site()
    if site is None:
        return frozenset()
    memo = request_memo()
    key = _cache_key(site.pk)
    if memo is not None and key in memo:
        return memo[key]
    slugs = cache.get(key)
    if slugs is None:
        slugs = frozenset(
            PluginState.objects.filter(site=site, is_active=True).values_list("slug", flat=True)
        )
        cache.set(key, slugs, timeout=300)
    slugs &= installed_plugins().keys()
    if memo is not None:
        memo[key] = slugs
    return slugs


def _forget_active(site) -> None:
    cache.delete(_cache_key(site.pk))
    memo = request_memo()
    if memo is not None:
        memo.pop(_cache_key(site.pk), None)


def _require_installed(slug: str):
    plugin = installed_plugins().get(slug)
    if plugin is None:
        raise UnknownPlugin(_("No installed plugin is called “%(slug)s”.") % {"slug": slug})
    return plugin


def set_active(slug: str, site, active: bool) -> PluginState:
    plugin = _require_installed(slug)
    if active and plugin.load_error:
        raise UnknownPlugin(
            _("The plugin “%(slug)s” failed to load: %(error)s")
            % {"slug": slug, "error": plugin.load_error}
        )
    with transaction.atomic():
        state, _created = PluginState.objects.select_for_update().get_or_create(
            site=site, slug=slug
        )
        state.is_active = active
        if active:
            state.last_error = ""
            state.last_error_at = None
        state.save()
    # Forget now and again after commit, so no request caches the state in between.
    _forget_active(site)
    transaction.on_commit(lambda: _forget_active(site))
    return state


def plugin_settings(slug: str, site=None) -> dict:
    """The plugin's settings for the site, with the schema's defaults filled in."""
    plugin = _require_installed(slug)
    site = site or current_site()
    stored = {}
    if site is not None:
        state = PluginState.objects.filter(site=site, slug=slug).first()
        stored = state.settings if state else {}
    values = {field.name: field.default for field in plugin.settings_schema}
    values.update(stored)
    return values


def save_plugin_settings(slug: str, site, values: dict) -> PluginState:
    _require_installed(slug)
    with transaction.atomic():
        state, _created = PluginState.objects.select_for_update().get_or_create(
            site=site, slug=slug
        )
        state.settings = {**state.settings, **values}
        state.save(update_fields=["settings", "updated_at"])
    return state


ERROR_RECORD_INTERVAL = timedelta(minutes=1)


def record_error(slug: str, site, error: BaseException) -> None:
    """Keep the plugin's last error for the Plugins screen (at most one write a minute)."""
    message = f"{type(error).__name__}: {error}"[:2000]
    recent = timezone.now() - ERROR_RECORD_INTERVAL
    try:
        if PluginState.objects.filter(
            site=site, slug=slug, last_error=message, last_error_at__gt=recent
        ).exists():
            return
        with transaction.atomic():
            state, _created = PluginState.objects.get_or_create(site=site, slug=slug)
            state.last_error = message
            state.last_error_at = timezone.now()
            state.save(update_fields=["last_error", "last_error_at", "updated_at"])
    except Exception:  # the database itself may be what failed
        logger.exception("Could not record the error of plugin %s", slug)


def _plugin_slug(impl) -> str | None:
    """The plugin slug of a hook implementation, or None for the always-on core."""
    return None if impl.plugin_name.startswith(f"{CORE}:") else impl.plugin_name


def _callable_impls(hook_name: str, site):
    active = active_slugs(site)
    for impl in hook_implementations(hook_name):
        slug = _plugin_slug(impl)
        if slug is None or slug in active:
            yield slug, impl


def _call_one(slug, impl, site, kwargs):
    wanted = {name: kwargs[name] for name in impl.argnames if name in kwargs}
    if slug is None:
        return impl.function(**wanted)
    try:
        # A savepoint: a plugin's database error must not poison the caller's transaction.
        with transaction.atomic():
            return impl.function(**wanted)
    except Exception as error:
        logger.exception("Plugin %s failed in hook %s", slug, impl.function.__name__)
        record_error(slug, site, error)
        return None


def call_hook(hook_name: str, site=None, **kwargs) -> list:
    """Call ``hook_name`` on the core and every active plugin; return the non-None results."""
    site = site or current_site()
    results = []
    for slug, impl in _callable_impls(hook_name, site):
        result = _call_one(slug, impl, site, kwargs)
        if result is not None:
            results.append(result)
    return results


def first_result(hook_name: str, site=None, **kwargs):
    """For filter hooks: the first non-None answer of an active plugin, else None."""
    site = site or current_site()
    for slug, impl in _callable_impls(hook_name, site):
        result = _call_one(slug, impl, site, kwargs)
        if result is not None:
            return result
    return None
