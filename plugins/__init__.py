"""Plugin framework: pluggy hook specifications, discovery, activation and isolation.

Plugin authors import ``hookimpl`` and ``PluginMeta`` from here; see docs/plugins.md.
"""

from plugins.hookspecs import hookimpl
from plugins.meta import PluginMeta, SettingField

__all__ = ["PluginMeta", "SettingField", "hookimpl"]
