from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

# Areas that are private to an account or have nothing for a search engine.
PRIVATE_PREFIXES = [
    "admin/",
    "accounts/",
    "cart/",
    "orders/",
    "wallet/",
    "dashboard/",
    "messages/",
    "notifications/",
    "payments/",
    "projects/new/",
    "projects/mine/",
    "projects/proposals/",
    "i18n/",
    "api/",
]


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    language_prefixes = ["/"] + [
        f"/{code}/" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
    ]
    lines = ["User-agent: *"]
    for prefix in PRIVATE_PREFIXES:
        for language in language_prefixes:
            if prefix in {"admin/", "api/"} and language != "/":
                continue  # not translated: they only exist at the root
            lines.append(f"Disallow: {language}{prefix}")
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap_index'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
