from django.utils import translation


class ApiLanguageMiddleware:
    """The API has no language prefix, so LocaleMiddleware gives it the default language; it
    answers instead in the request's Accept-Language (or the language cookie), Arabic by
    default. Goes after LocaleMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/api/"):
            translation.activate(translation.get_language_from_request(request))
            request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)
