"""The process-wide pluggy manager: core hook implementations plus every installed plugin."""

import importlib
import logging
from dataclasses import dataclass
from functools import cache
from importlib.metadata import PackageNotFoundError, version

import pluggy
from django.utils.translation import gettext_lazy as _

from plugins import hookspecs
from plugins.discovery import discover_plugins
from plugins.meta import PluginMeta

logger = logging.getLogger(__name__)

CORE = "core"
# Core modules that implement hooks; they are always active.
CORE_HOOK_MODULES = ["themes.builtin"]


@dataclass(frozen=True)
class InstalledPlugin:
    slug: str
    module: str
    version: str  # or a lazy translated "bundled"/"unknown"
    meta: PluginMeta
    load_error: str = ""

    @property
    def name(self):
        return self.meta.name

    @property
    def description(self):
        return self.meta.description

    @property
    def settings_schema(self):
        return self.meta.settings


def _version_of(distribution: str | None) -> str:
    if distribution is None:
        return _("bundled")
    try:
        return version(distribution)
    except PackageNotFoundError:
        return _("unknown")


@cache
def get_manager() -> tuple[pluggy.PluginManager, dict[str, InstalledPlugin]]:
    manager = pluggy.PluginManager(hookspecs.PROJECT)
    manager.add_hookspecs(hookspecs)
    for module_name in CORE_HOOK_MODULES:
        manager.register(importlib.import_module(module_name), name=f"{CORE}:{module_name}")

    installed: dict[str, InstalledPlugin] = {}
    for found in discover_plugins():
        meta, load_error = PluginMeta(name=found.slug), ""
        try:
            module = importlib.import_module(f"{found.module}.plugin")
            meta = getattr(module, "meta", None) or meta
            manager.register(module, name=found.slug)
        except Exception as error:  # a broken plugin must not stop the site
            logger.exception("Plugin %s could not be loaded", found.slug)
            load_error = f"{type(error).__name__}: {error}"
        installed[found.slug] = InstalledPlugin(
            found.slug, found.module, _version_of(found.distribution), meta, load_error
        )
    return manager, installed


def installed_plugins() -> dict[str, InstalledPlugin]:
    return get_manager()[1]


def hook_implementations(hook_name: str):
    """Implementations of ``hook_name``, in pluggy's call order (last registered first)."""
    manager = get_manager()[0]
    return list(reversed(getattr(manager.hook, hook_name).get_hookimpls()))
