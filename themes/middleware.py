from wagtail.models import Site

from plugins.context import reset_current_site, set_current_site
from themes.active import reset_active_theme, resolve_theme, set_active_theme


class ActiveThemeMiddleware:
    """Resolve the request's site and its active theme for templates and plugin hooks."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        site = Site.find_for_request(request)
        site_token = set_current_site(site)
        theme = resolve_theme(request, site)
        request.theme = theme
        theme_token = set_active_theme(theme)
        try:
            return self.get_response(request)
        finally:
            reset_active_theme(theme_token)
            reset_current_site(site_token)
