"""Themes: a folder with ``manifest.json``, ``templates/`` and ``static/``.

Themes are offered through the ``themes`` plugin hook (the bundled ones by the core), so an
installed plugin package can ship a theme. The active theme is a per-site setting.
A manifest's ``name`` and ``description`` may be one string or one per language:
``{"ar": "...", "en": "..."}``.
"""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from plugins.services import call_hook

TOKEN_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
TOKEN_VALUE = re.compile(r"^[#(),.%\w\s'\"-]+$")


class ThemeError(ValueError):
    pass


@dataclass(frozen=True)
class Theme:
    slug: str
    name: str | dict
    path: Path
    version: str = "1.0"
    description: str | dict = ""
    author: str = ""
    screenshot: str = ""
    stylesheet: str = ""
    tokens: dict = field(default_factory=dict)

    @classmethod
    def from_directory(cls, path: Path) -> "Theme":
        path = Path(path)
        try:
            manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ThemeError(f"{path}: unreadable manifest.json ({error})") from error
        tokens = manifest.get("tokens", {})
        for name, value in tokens.items():
            # Tokens end up inside a <style> element: allow only plain CSS values.
            if not TOKEN_NAME.match(name) or not TOKEN_VALUE.match(str(value)):
                raise ThemeError(f"{path}: invalid design token {name!r}: {value!r}")
        slug = manifest["slug"]
        return cls(
            slug=slug,
            name=manifest.get("name", slug),
            path=path,
            version=manifest.get("version", "1.0"),
            description=manifest.get("description", ""),
            author=manifest.get("author", ""),
            screenshot=manifest.get("screenshot", ""),
            stylesheet=manifest.get("stylesheet", ""),
            tokens=tokens,
        )

    @property
    def display_name(self) -> str:
        return _in_active_language(self.name)

    @property
    def display_description(self) -> str:
        return _in_active_language(self.description)

    @property
    def template_dir(self) -> Path:
        return self.path / "templates"

    @property
    def static_dir(self) -> Path:
        return self.path / "static"

    @property
    def stylesheet_path(self) -> str:
        """The theme's own stylesheet as a static-files path ("" when it has none)."""
        return f"themes/{self.slug}/{self.stylesheet}" if self.stylesheet else ""

    @property
    def css_variables(self) -> str:
        # Safe inside <style>: names and values were checked against TOKEN_NAME/TOKEN_VALUE.
        return mark_safe("".join(f"--ml-{name}:{value};" for name, value in self.tokens.items()))


def _in_active_language(text) -> str:
    if isinstance(text, dict):
        language = (get_language() or settings.LANGUAGE_CODE)[:2]
        return text.get(language) or text.get(settings.LANGUAGE_CODE) or next(iter(text.values()))
    return text


def available_themes(site=None) -> dict[str, Theme]:
    """Themes the site may use: the core's and those of its active plugins."""
    themes = {}
    for batch in call_hook("themes", site=site):
        for theme in batch:
            themes.setdefault(theme.slug, theme)
    return themes


def default_theme() -> Theme:
    from themes.builtin import bundled_themes

    return next(theme for theme in bundled_themes() if theme.slug == settings.DEFAULT_THEME)
