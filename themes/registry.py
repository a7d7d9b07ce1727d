"""Themes: a folder with ``manifest.json``, ``templates/`` and ``static/``.

Themes are offered through the ``themes`` plugin hook (the bundled ones by the core), so an
installed plugin package can ship a theme. The active theme is a per-site setting.
"""

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.utils.safestring import mark_safe

from plugins.manager import hook_implementations
from plugins.services import call_hook

logger = logging.getLogger(__name__)

TOKEN_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
TOKEN_VALUE = re.compile(r"^[#(),.%\w\s'\"-]+$")


class ThemeError(ValueError):
    pass


@dataclass(frozen=True)
class Theme:
    slug: str
    name: str
    path: Path
    version: str = "1.0"
    description: str = ""
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


def _collect(results) -> dict[str, Theme]:
    themes = {}
    for batch in results:
        for theme in batch or []:
            themes.setdefault(theme.slug, theme)
    return themes


def available_themes(site=None) -> dict[str, Theme]:
    """Themes the site may use: the core's and those of its active plugins."""
    return _collect(call_hook("themes", site=site))


def _themes_of(impl):
    try:
        return impl.function()
    except Exception:  # a broken plugin theme must not break the theme picker or static files
        logger.exception("The themes hook of %s failed", impl.plugin_name)
        return []


def all_installed_themes() -> dict[str, Theme]:
    """Every theme of every installed plugin, active or not (for collecting static files)."""
    return _collect(_themes_of(impl) for impl in hook_implementations("themes"))


def default_theme() -> Theme:
    return all_installed_themes()[settings.DEFAULT_THEME]


def theme_choices():
    return [(slug, theme.name) for slug, theme in sorted(all_installed_themes().items())]
