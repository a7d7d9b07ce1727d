"""The site the current request is for, so hooks and themes know which settings apply."""

from contextvars import ContextVar

from wagtail.models import Site

_current_site: ContextVar[Site | None] = ContextVar("current_site", default=None)


def set_current_site(site: Site | None):
    return _current_site.set(site)


def reset_current_site(token) -> None:
    _current_site.reset(token)


def current_site() -> Site | None:
    """The request's site, or the default site outside a request (tasks, commands)."""
    site = _current_site.get()
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    return site
