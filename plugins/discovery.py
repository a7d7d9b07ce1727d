"""Find plugins without importing them, so settings.py can add them to INSTALLED_APPS.

A plugin is a Python package that is also a Django app. Bundled plugins are listed here;
third-party ones declare an entry point in the group ``microlibya.plugins`` whose value is the
package name, e.g. ``sahara = "microlibya_sahara"``.
"""

import logging
from dataclasses import dataclass
from importlib.metadata import entry_points
from importlib.util import find_spec

logger = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "microlibya.plugins"

# Plugins shipped inside this repository, as (slug, package).
BUNDLED_PLUGINS: list[tuple[str, str]] = [
    ("bank_transfer", "plugins.bank_transfer"),
    ("libyan_bank", "plugins.libyan_bank"),
    ("stripe", "plugins.stripe"),
]


@dataclass(frozen=True)
class DiscoveredPlugin:
    slug: str
    module: str
    distribution: str | None  # the pip distribution, None for bundled plugins


def discover_plugins() -> list[DiscoveredPlugin]:
    found = [DiscoveredPlugin(slug, module, None) for slug, module in BUNDLED_PLUGINS]
    seen = {plugin.slug for plugin in found}
    for entry_point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name):
        if entry_point.name in seen:
            continue
        if find_spec(entry_point.value.split(".")[0]) is None:
            # Left-over metadata of a half-removed package: adding it would stop start-up.
            logger.error("Plugin %s: module %s is missing", entry_point.name, entry_point.value)
            continue
        seen.add(entry_point.name)
        dist = entry_point.dist.name if entry_point.dist else None
        found.append(DiscoveredPlugin(entry_point.name, entry_point.value, dist))
    return found


def installed_plugin_apps() -> list[str]:
    """Django app labels to add to INSTALLED_APPS."""
    return [plugin.module for plugin in discover_plugins()]
