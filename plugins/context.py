"""The site the current request is for, so hooks and themes know which settings apply,
and a per-request memo so one page asks the cache for the active plugins only once."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.core.cache import cache
from wagtail.models import Site

_current_request: ContextVar[tuple[Site | None, dict] | None] = ContextVar(
    "current_request", default=None
)


def begin_request(site: Site | None):
    return _current_request.set((site, {}))


def end_request(token) -> None:
    _current_request.reset(token)


DEFAULT_SITE_KEY = "plugins:default_site"


@contextmanager
def site_scope():
    """Outside a request (tasks, commands), remember the site and the active plugins for the
    duration of one operation, as a request does; inside a request, change nothing."""
    if _current_request.get() is not None:
        yield
        return
    token = begin_request(current_site())
    try:
        yield
    finally:
        end_request(token)


def current_site() -> Site | None:
    """The request's site, or the default site outside a request (tasks, commands)."""
    state = _current_request.get()
    if state is not None and state[0] is not None:
        return state[0]
    # Tasks ask for it at every step: keep it in the cache (forgotten when a site changes).
    site = cache.get(DEFAULT_SITE_KEY)
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
        if site is not None:
            cache.set(DEFAULT_SITE_KEY, site, timeout=300)
    return site


def forget_default_site(**kwargs) -> None:
    cache.delete(DEFAULT_SITE_KEY)


def request_memo() -> dict | None:
    """A dict that lives as long as the current request (None outside a request)."""
    state = _current_request.get()
    return state[1] if state is not None else None
