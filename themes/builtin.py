"""The core's own hook implementations: the two bundled themes."""

from functools import cache
from pathlib import Path

from plugins.hookspecs import hookimpl
from themes.registry import Theme

BUNDLED_THEMES_DIR = Path(__file__).resolve().parent / "bundled"


@cache
def bundled_themes() -> list[Theme]:
    return [Theme.from_directory(BUNDLED_THEMES_DIR / name) for name in ("default", "souq")]


@hookimpl
def themes():
    return bundled_themes()
