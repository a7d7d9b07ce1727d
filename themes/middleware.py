from plugins.context import current_site
from themes.active import reset_active_theme, resolve_theme, set_active_theme


class ActiveThemeMiddleware:
    """Resolve the request's active theme for the template loader and the templates.

    Runs after plugins' CurrentSiteMiddleware, which made the request's site current.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.theme = resolve_theme(request, current_site())
        token = set_active_theme(request.theme)
        try:
            return self.get_response(request)
        finally:
            reset_active_theme(token)
