from wagtail.models import Site

from plugins.context import begin_request, end_request


class CurrentSiteMiddleware:
    """Make the request's Wagtail site known to plugin hooks (and the theme) for its duration."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = begin_request(Site.find_for_request(request))
        try:
            return self.get_response(request)
        finally:
            end_request(token)
