"""Serve and collect each installed theme's ``static/`` folder under ``themes/<slug>/``."""

from django.contrib.staticfiles.finders import BaseFinder
from django.contrib.staticfiles.utils import get_files
from django.core.files.storage import FileSystemStorage

from themes.registry import all_installed_themes


class ThemeStaticFinder(BaseFinder):
    def _storages(self):
        for theme in all_installed_themes().values():
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
