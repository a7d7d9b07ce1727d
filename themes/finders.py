"""Serve and collect the bundled themes' ``static/`` folders under ``themes/<slug>/``.

A plugin's theme needs no finder: the plugin is a Django app, so its ``static/themes/<slug>/``
folder is found like any app's static files (without calling the plugin's hooks).
"""

from django.contrib.staticfiles.finders import BaseFinder
from django.contrib.staticfiles.utils import get_files
from django.core.files.storage import FileSystemStorage

from themes.builtin import bundled_themes


class ThemeStaticFinder(BaseFinder):
    def _storages(self):
        for theme in bundled_themes():
            if theme.static_dir.is_dir():
                yield theme, FileSystemStorage(location=str(theme.static_dir))

    def find(self, path, find_all=False, **kwargs):
        matches = []
        for theme, storage in self._storages():
            prefix = f"themes/{theme.slug}/"
            if path.startswith(prefix) and storage.exists(path[len(prefix) :]):
                match = storage.path(path[len(prefix) :])
                if not find_all:
                    return match
                matches.append(match)
        return matches

    def list(self, ignore_patterns):
        for theme, storage in self._storages():
            storage.prefix = f"themes/{theme.slug}"
            for path in get_files(storage, ignore_patterns):
                yield path, storage

    def check(self, **kwargs):
        return []
