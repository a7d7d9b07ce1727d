"""Which theme the current request uses."""

from contextvars import ContextVar

from themes.registry import Theme, available_themes, default_theme

_active_theme: ContextVar[Theme | None] = ContextVar("active_theme", default=None)


def resolve_theme(request, site) -> Theme:
    from themes.models import ThemeSettings

    if site is None:
        return default_theme()
    slug = ThemeSettings.for_request(request).theme
    # A theme whose plugin was switched off falls back to the default one.
    return available_themes(site).get(slug) or default_theme()


def set_active_theme(theme: Theme | None):
    return _active_theme.set(theme)


def reset_active_theme(token) -> None:
    _active_theme.reset(token)


def active_theme() -> Theme:
    return _active_theme.get() or default_theme()
