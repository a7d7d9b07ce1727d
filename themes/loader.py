"""Template loaders that put the active theme first in the search path."""

from django.template.loaders.cached import Loader as CachedLoader
from django.template.loaders.filesystem import Loader as FilesystemLoader

from themes.active import active_theme


class ActiveThemeLoader(FilesystemLoader):
    """Looks in the active theme's ``templates/`` folder only."""

    def get_dirs(self):
        return [active_theme().template_dir]


class ThemeAwareCachedLoader(CachedLoader):
    """Django's cached loader, with one cache entry per theme."""

    def cache_key(self, template_name, skip=None):
        return f"{active_theme().slug}:{super().cache_key(template_name, skip)}"
